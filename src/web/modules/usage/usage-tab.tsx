import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/accounts.ts';
import type { AccountUsage } from '../../../shared/usage.ts';
import { useLocale } from '../../i18n/index.ts';
import { describeError } from '../../lib/errors.ts';
import { formatNumber } from '../../lib/format.ts';
import { EmptyState, ErrorState, Skeleton } from '../../ui/feedback.tsx';
import { ConnectSource } from './connect-source.tsx';
import { ContactsLastSeen } from './contacts-last-seen.tsx';
import { FeatureAdoption } from './feature-adoption.tsx';
import { formatDaysAgo } from './last-seen.ts';
import { RawEvents } from './raw-events.tsx';
import { TopEvents } from './top-events.tsx';
import { useAccountUsage } from './usage-api.ts';
import './usage.css';

const ActiveUsersChart = lazy(() => import('./active-users-chart.tsx'));

export function UsageTab({ account }: { account: Account }) {
  const { t } = useTranslation();
  const query = useAccountUsage(account.id);

  if (query.isPending) {
    return (
      <div className="card">
        <Skeleton rows={6} height={18} />
      </div>
    );
  }
  if (query.isError) {
    return (
      <ErrorState
        message={describeError(query.error)}
        onRetry={() => void query.refetch()}
        retryLabel={t('common.retry')}
      />
    );
  }
  const usage = query.data;
  if (!usage.has_events) {
    return (
      <section className="card usage-connect">
        <EmptyState title={t('usage.empty.title')} body={t('usage.empty.body')} />
        <ConnectSource account={account} />
      </section>
    );
  }

  return (
    <div className="usage">
      <UsageStats usage={usage} />
      <section className="card card-span">
        <header className="card-header">
          <h2 className="card-title">{t('usage.activeUsers.title')}</h2>
          <span className="muted">{t('usage.lastDays', { count: usage.active_users.length })}</span>
        </header>
        <Suspense fallback={<Skeleton rows={6} height={30} />}>
          <ActiveUsersChart points={usage.active_users} />
        </Suspense>
      </section>
      <TopEvents events={usage.top_events} />
      <FeatureAdoption adoption={usage.feature_adoption} />
      <ContactsLastSeen contacts={usage.contacts} />
      <RawEvents accountId={account.id} eventNames={usage.top_events.map((e) => e.event)} />
    </div>
  );
}

function UsageStats({ usage }: { usage: AccountUsage }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const latest = usage.active_users.at(-1);
  const lastActive = usage.active_users.findLast((p) => p.dau > 0)?.day;
  const { adoption, key_features } = usage.feature_adoption;
  const used = key_features.filter((f) => f.used).length;
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <dl className="stat-row card-span usage-stats">
      {(['dau', 'wau', 'mau'] as const).map((key) => (
        <div key={key} className="stat">
          <dt>{t(`usage.stats.${key}`)}</dt>
          <dd>
            {formatNumber(latest?.[key] ?? 0, locale)}
            {key === 'dau' && !latest?.dau && (
              <span className="stat-note">
                {lastActive
                  ? t('usage.stats.lastActive', { when: formatDaysAgo(lastActive, locale) })
                  : t('usage.stats.notActive')}
              </span>
            )}
          </dd>
        </div>
      ))}
      <div className="stat">
        <dt>{t('usage.stats.adoption')}</dt>
        <dd>
          {adoption === null ? (
            <span className="muted">—</span>
          ) : (
            <>
              {percent.format(adoption)}
              <span className="stat-note">
                {t('usage.adoption.usedOf', {
                  used: formatNumber(used, locale),
                  total: formatNumber(key_features.length, locale),
                })}
              </span>
            </>
          )}
        </dd>
      </div>
    </dl>
  );
}
