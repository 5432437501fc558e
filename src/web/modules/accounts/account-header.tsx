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
  const locale = useLocale();
  const { canDeleteAccounts } = usePermissions();
  const [confirming, setConfirming] = useState(false);
  const remove = useDeleteAccount();
  const navigate = useNavigate();
  const renewalDays = account.renewal_date ? daysUntil(account.renewal_date) : null;
  const renewalSoon = renewalDays !== null && renewalDays >= 0 && renewalDays <= RENEWAL_SOON_DAYS;

  return (
    <header className="account-header">
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
      <div className="account-title-row">
        <div className="account-identity">
          <span className="account-monogram" aria-hidden="true">
            {Array.from(account.name)[0]?.toUpperCase()}
          </span>
          <div>
            <h1>{account.name}</h1>
            <div className="account-badges">
              {account.domain && (
                <a
                  className="account-domain"
                  href={`https://${account.domain}`}
                  target="_blank"
                  rel="noreferrer"
                >
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
        {canDeleteAccounts && (
          <button type="button" className="button button-danger-ghost" onClick={() => setConfirming(true)}>
            <TrashIcon size={14} />
            {t('account.delete')}
          </button>
        )}
      </div>
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
        <div className="stat">
          <dt>{t('account.fields.renewalDate')}</dt>
          <dd>
            {account.renewal_date ? (
              <>
                {formatDate(account.renewal_date, locale)}
                <span className={`stat-note${renewalSoon ? ' stat-note-warn' : ''}`}>
                  {formatRelative(account.renewal_date, locale)}
                </span>
              </>
            ) : (
              <span className="muted">{t('common.notSet')}</span>
            )}
          </dd>
        </div>
        <div className="stat">
          <dt>{t('accounts.columns.contacts')}</dt>
          <dd className="numeric">{formatNumber(account.contact_count, locale)}</dd>
        </div>
      </dl>
      {confirming && (
        <ConfirmDialog
          title={t('account.deleteTitle', { name: account.name })}
          body={t('account.deleteBody')}
          confirmLabel={t('account.delete')}
          pending={remove.isPending}
          onClose={() => setConfirming(false)}
          onConfirm={() =>
            remove.mutate(account.id, {
              onSuccess: () => {
                showToast(t('account.deleted', { name: account.name }), 'success');
                void navigate({ to: '/accounts' });
              },
            })
          }
        />
      )}
    </header>
  );
}
