import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiKey } from '../../../shared/auth.ts';
import { useLocale } from '../../i18n/index.ts';
import { describeError } from '../../lib/errors.ts';
import { formatDate, formatRelative } from '../../lib/format.ts';
import { Badge } from '../../ui/badge.tsx';
import { ConfirmDialog } from '../../ui/dialog.tsx';
import { EmptyState, ErrorState, Skeleton } from '../../ui/feedback.tsx';
import { KeyIcon, PlusIcon } from '../../ui/icons.tsx';
import { showToast } from '../../ui/toast.tsx';
import { CreateApiKeyDialog } from './create-api-key-dialog.tsx';
import { useApiKeys, useRevokeApiKey } from './settings-api.ts';
import { SectionHeader } from './settings-layout.tsx';

export function ApiKeysPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const keys = useApiKeys();
  const revoke = useRevokeApiKey();
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const createButton = (
    <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
      <PlusIcon />
      {t('apiKeys.create')}
    </button>
  );

  let body: React.ReactNode;
  if (keys.isPending) body = <Skeleton rows={4} height={18} />;
  else if (keys.isError)
    body = (
      <ErrorState
        message={describeError(keys.error)}
        onRetry={() => void keys.refetch()}
        retryLabel={t('common.retry')}
      />
    );
  else if (keys.data.length === 0)
    body = (
      <div className="card">
        <EmptyState
          icon={<KeyIcon size={22} />}
          title={t('apiKeys.empty.title')}
          body={t('apiKeys.empty.body')}
          action={createButton}
        />
      </div>
    );
  else
    body = (
      <div className="card card-flush table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th>{t('apiKeys.fields.name')}</th>
              <th>{t('apiKeys.fields.key')}</th>
              <th>{t('apiKeys.fields.scopes')}</th>
              <th>{t('apiKeys.fields.created')}</th>
              <th>{t('apiKeys.fields.lastUsed')}</th>
              <th className="col-actions">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {keys.data.map((key) => (
              <tr key={key.id} className={key.revoked_at ? 'row-muted' : undefined}>
                <td className="strong">{key.name}</td>
                <td>
                  <code className="key-prefix">{key.prefix}…</code>
                </td>
                <td>
                  <span className="badge-list">
                    {key.scopes.map((scope) => (
                      <Badge key={scope} tone={scope === 'admin' ? 'red' : 'gray'}>
                        {t(`enums.scopes.${scope}`)}
                      </Badge>
                    ))}
                  </span>
                </td>
                <td>{formatDate(key.created_at, locale)}</td>
                <td className="muted">
                  {key.last_used_at ? formatRelative(key.last_used_at, locale) : t('apiKeys.neverUsed')}
                </td>
                <td className="col-actions">
                  {key.revoked_at ? (
                    <Badge tone="gray">{t('apiKeys.revoked')}</Badge>
                  ) : (
                    <button
                      type="button"
                      className="button button-danger-ghost button-sm"
                      onClick={() => setRevoking(key)}
                    >
                      {t('apiKeys.revoke')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );

  return (
    <section>
      <SectionHeader
        title={t('settings.sections.apiKeys')}
        description={t('apiKeys.description')}
        action={keys.data && keys.data.length > 0 ? createButton : undefined}
      />
      {body}
      {creating && <CreateApiKeyDialog onClose={() => setCreating(false)} />}
      {revoking && (
        <ConfirmDialog
          title={t('apiKeys.revokeTitle', { name: revoking.name })}
          body={t('apiKeys.revokeBody')}
          confirmLabel={t('apiKeys.revoke')}
          pending={revoke.isPending}
          onClose={() => setRevoking(null)}
          onConfirm={() =>
            revoke.mutate(revoking.id, {
              onSuccess: () => {
                setRevoking(null);
                showToast(t('apiKeys.revokedToast'), 'success');
              },
            })
          }
        />
      )}
    </section>
  );
}
