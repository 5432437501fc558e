import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/accounts.ts';
import { useLocale } from '../../i18n/index.ts';
import { daysUntil, formatDate, formatMoney, formatNumber, formatRelative } from '../../lib/format.ts';
import { Avatar } from '../../ui/avatar.tsx';
import { Badge } from '../../ui/badge.tsx';
import { ConfirmDialog } from '../../ui/dialog.tsx';
import { ChevronRightIcon, TrashIcon } from '../../ui/icons.tsx';
import { showToast } from '../../ui/toast.tsx';
import { usePermissions } from '../auth/session.ts';
import { HealthBadge } from '../health/health-badge.tsx';
import { useDeleteAccount } from './accounts-api.ts';
import { CoverageBadge, LifecycleBadge } from './badges.tsx';

/** Renewals this close are flagged so nobody is surprised by them. */
const RENEWAL_SOON_DAYS = 90;

export function AccountHeader({ account }: { account: Account }) {
  const { t } = useTranslation();
  const { canDeleteAccounts } = usePermissions();
  const [confirming, setConfirming] = useState(false);
  return (
    <header className="account-header">
      <AccountBreadcrumbs account={account} />
      <div className="account-title-row">
        <AccountIdentity account={account} />
        {canDeleteAccounts && (
          <button type="button" className="button button-danger-ghost" onClick={() => setConfirming(true)}>
            <TrashIcon size={14} />
            {t('account.delete')}
          </button>
        )}
      </div>
      <AccountStats account={account} />
      {confirming && <DeleteAccountDialog account={account} onClose={() => setConfirming(false)} />}
    </header>
  );
}

function AccountBreadcrumbs({ account }: { account: Account }) {
  const { t } = useTranslation();
  return (
    <nav className="breadcrumbs" aria-label={t('common.breadcrumbs')}>
      <Link to="/accounts">{t('accounts.title')}</Link>
      <ChevronRightIcon size={12} />
      {account.parent_id && (
        <>
          <Link to="/accounts/$accountId" params={{ accountId: account.parent_id }}>
            {account.parent_name}
          </Link>
          <ChevronRightIcon size={12} />
        </>
      )}
      <span aria-current="page">{account.name}</span>
    </nav>
  );
}

/** Monogram, name, domain and the badges that classify the account. */
function AccountIdentity({ account }: { account: Account }) {
  return (
    <div className="account-identity">
      <span className="account-monogram" aria-hidden="true">
        {Array.from(account.name)[0]?.toUpperCase()}
      </span>
      <div>
        <h1>{account.name}</h1>
        <div className="account-badges">
          {account.domain && (
            <a className="account-domain" href={`https://${account.domain}`} target="_blank" rel="noreferrer">
              {account.domain}
            </a>
          )}
          <CoverageBadge model={account.coverage_model} />
          <LifecycleBadge stage={account.lifecycle_stage} />
          {account.segment && <Badge>{account.segment}</Badge>}
          {account.tier && <Badge>{account.tier}</Badge>}
        </div>
      </div>
    </div>
  );
}

/** Health, owner, ARR, renewal and contacts at a glance. */
function AccountStats({ account }: { account: Account }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <dl className="stat-row stat-row-health">
      <div className="stat">
        <dt>{t('health.title')}</dt>
        <dd>
          <Link
            to="/accounts/$accountId"
            params={{ accountId: account.id }}
            search={{ tab: 'health' }}
            className="health-stat-link"
            data-testid="header-health"
          >
            <HealthBadge score={account.health_score} color={account.health_color} size="lg" />
          </Link>
        </dd>
      </div>
      <div className="stat">
        <dt>{t('account.fields.owner')}</dt>
        <dd>
          {account.owner_name ? (
            <span className="with-avatar">
              <Avatar name={account.owner_name} size={20} />
              {account.owner_name}
            </span>
          ) : (
            <span className="muted">{t('accounts.unassigned')}</span>
          )}
        </dd>
      </div>
      <div className="stat">
        <dt>{t('account.fields.arr')}</dt>
        <dd className="numeric">{formatMoney(account.arr, account.currency, locale)}</dd>
      </div>
      <RenewalStat renewalDate={account.renewal_date} />
      <div className="stat">
        <dt>{t('accounts.columns.contacts')}</dt>
        <dd className="numeric">{formatNumber(account.contact_count, locale)}</dd>
      </div>
    </dl>
  );
}

function RenewalStat({ renewalDate }: { renewalDate: string | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const renewalDays = renewalDate ? daysUntil(renewalDate) : null;
  const renewalSoon = renewalDays !== null && renewalDays >= 0 && renewalDays <= RENEWAL_SOON_DAYS;
  return (
    <div className="stat">
      <dt>{t('account.fields.renewalDate')}</dt>
      <dd>
        {renewalDate ? (
          <>
            {formatDate(renewalDate, locale)}
            <span className={`stat-note${renewalSoon ? ' stat-note-warn' : ''}`}>
              {formatRelative(renewalDate, locale)}
            </span>
          </>
        ) : (
          <span className="muted">{t('common.notSet')}</span>
        )}
      </dd>
    </div>
  );
}

function DeleteAccountDialog({ account, onClose }: { account: Account; onClose: () => void }) {
  const { t } = useTranslation();
  const remove = useDeleteAccount();
  const navigate = useNavigate();
  return (
    <ConfirmDialog
      title={t('account.deleteTitle', { name: account.name })}
      body={t('account.deleteBody')}
      confirmLabel={t('account.delete')}
      pending={remove.isPending}
      onClose={onClose}
      onConfirm={() =>
        remove.mutate(account.id, {
          onSuccess: () => {
            showToast(t('account.deleted', { name: account.name }), 'success');
            void navigate({ to: '/accounts' });
          },
        })
      }
    />
  );
}
