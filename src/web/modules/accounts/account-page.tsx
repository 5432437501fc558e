import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/index.ts';
import { ApiError } from '../../lib/api.ts';
import { describeError } from '../../lib/errors.ts';
import { formatNumber } from '../../lib/format.ts';
import { EmptyState, ErrorState, Skeleton } from '../../ui/feedback.tsx';
import { TimelineTab } from '../cockpit/timeline-tab.tsx';
import { HealthTab } from '../health/health-tab.tsx';
import { UsageTab } from '../usage/usage-tab.tsx';
import { AccountHeader } from './account-header.tsx';
import { ACCOUNT_TABS } from './account-tabs.ts';
import { accountQuery } from './accounts-api.ts';
import { ContactsTab } from './contacts-tab.tsx';
import { ContractsTab } from './contracts-tab.tsx';
import { OverviewTab } from './overview-tab.tsx';
import { TeamTab } from './team-tab.tsx';

const route = getRouteApi('/app/accounts/$accountId');

export function AccountPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { accountId } = route.useParams();
  const { tab = 'overview' } = route.useSearch();
  const query = useQuery(accountQuery(accountId));

  if (query.isPending) {
    return (
      <div className="page">
        <div className="account-header">
          <Skeleton rows={3} height={20} />
        </div>
      </div>
    );
  }
  if (query.isError) {
    const notFound = query.error instanceof ApiError && query.error.status === 404;
    return (
      <div className="page">
        {notFound ? (
          <EmptyState
            title={t('account.notFoundTitle')}
            body={t('account.notFoundBody')}
            action={
              <Link to="/accounts" className="button">
                {t('errors.backToAccounts')}
              </Link>
            }
          />
        ) : (
          <ErrorState
            message={describeError(query.error)}
            onRetry={() => void query.refetch()}
            retryLabel={t('common.retry')}
          />
        )}
      </div>
    );
  }

  const account = query.data;
  return (
    <div className="page">
      <AccountHeader account={account} />
      <nav className="tabs" aria-label={t('account.tabsLabel')}>
        {ACCOUNT_TABS.map((name) => (
          <Link
            key={name}
            from="/accounts/$accountId"
            search={name === 'overview' ? {} : { tab: name }}
            replace
            className={`tab${tab === name ? ' tab-active' : ''}`}
            aria-current={tab === name ? 'page' : undefined}
          >
            {t(`account.tabs.${name}`)}
            {name === 'contacts' && (
              <span className="tab-count">{formatNumber(account.contact_count, locale)}</span>
            )}
          </Link>
        ))}
      </nav>
      <div className="tab-panel">
        {tab === 'overview' && <OverviewTab account={account} />}
        {tab === 'contacts' && <ContactsTab accountId={account.id} />}
        {tab === 'team' && <TeamTab accountId={account.id} />}
        {tab === 'contracts' && <ContractsTab accountId={account.id} />}
        {tab === 'usage' && <UsageTab account={account} />}
        {tab === 'health' && <HealthTab accountId={account.id} />}
        {tab === 'timeline' && <TimelineTab accountId={account.id} />}
      </div>
    </div>
  );
}
