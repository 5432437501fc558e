import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckIcon, CopyIcon } from '../../ui/icons.tsx';
import { usePermissions } from '../auth/session.ts';

const KEY_PLACEHOLDER = 'YOUR_WRITE_KEY';

/** The analytics-node calls that attach a user to an account and record what they do. */
export function sourceSnippet(host: string, groupId: string, accountName: string): string {
  return [
    "import { Analytics } from '@segment/analytics-node';",
    `const analytics = new Analytics({ writeKey: '${KEY_PLACEHOLDER}', host: '${host}' });`,
    `analytics.group({ userId: 'user-42', groupId: '${groupId}', traits: { name: '${accountName}' } });`,
    `analytics.track({ userId: 'user-42', event: 'Report Exported', context: { groupId: '${groupId}' } });`,
    'await analytics.closeAndFlush();',
  ].join('\n');
}

/**
 * How to connect a Segment or RudderStack source: an ingest key, this server's address, and the calls to make.
 * With an `account`, the calls use its external ID as the groupId, which is how events find it.
 */
export function ConnectSource({ account }: { account?: { name: string; external_id: string | null } }) {
  const { t } = useTranslation();
  const { isAdmin } = usePermissions();
  const host = window.location.origin;
  return (
    <ol className="connect-steps">
      <li>
        <strong>{t('usage.connect.keyTitle')}</strong>
        <p>
          {t(isAdmin ? 'usage.connect.keyBody' : 'usage.connect.keyBodyAskAdmin')}{' '}
          {isAdmin && (
            <Link to="/settings/api-keys" className="connect-link">
              {t('usage.connect.keyLink')}
            </Link>
          )}
        </p>
      </li>
      <li>
        <strong>{t('usage.connect.hostTitle')}</strong>
        <p>{t('usage.connect.hostBody')}</p>
        <CopyableCode text={host} />
      </li>
      <li>
        <strong>{t('usage.connect.callsTitle')}</strong>
        <p>
          {!account
            ? t('usage.connect.callsBody')
            : account.external_id
              ? t('usage.connect.callsBodyAccount', { groupId: account.external_id })
              : t('usage.connect.callsBodyNoExternalId')}
        </p>
        <CopyableCode
          text={sourceSnippet(host, account?.external_id ?? 'acct-1001', jsString(account?.name ?? 'Acme'))}
          block
        />
        <p className="connect-note">{t('usage.connect.rudderstack')}</p>
      </li>
    </ol>
  );
}

function CopyableCode({ text, block }: { text: string; block?: boolean }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      // No clipboard (plain http): the text stays selectable by hand.
    }
  };
  return (
    <div className={`secret${block ? ' connect-snippet' : ''}`}>
      {block ? <pre className="secret-value">{text}</pre> : <code className="secret-value">{text}</code>}
      <button type="button" className="button button-sm" onClick={() => void copy()}>
        {copied ? <CheckIcon size={14} /> : <CopyIcon size={14} />}
        {copied ? t('common.copied') : t('common.copy')}
      </button>
    </div>
  );
}

/** Text safe inside a single-quoted JavaScript string. */
function jsString(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
}
