import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountSort } from '../../../shared/accounts.ts';
import { useLocale } from '../../i18n/index.ts';
import { describeError } from '../../lib/errors.ts';
import { formatNumber } from '../../lib/format.ts';
import { EmptyState, ErrorState, Skeleton, Spinner } from '../../ui/feedback.tsx';
import { AccountsIcon, FilterIcon, PlusIcon } from '../../ui/icons.tsx';
import { usePermissions } from '../auth/session.ts';
import { accountListQuery } from './accounts-api.ts';
import { AccountsFilters } from './accounts-filters.tsx';
import { type AccountsSearch, DEFAULT_SORT, hasFilters, toApiQuery } from './accounts-search.ts';
import { AccountsTable } from './accounts-table.tsx';
import { NewAccountDialog } from './new-account-dialog.tsx';
import { SavedViews } from './saved-views.tsx';

const route = getRouteApi('/app/accounts');

export function AccountsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const { canWrite } = usePermissions();
  const [creating, setCreating] = useState(false);
  const query = useInfiniteQuery({ ...accountListQuery(search), placeholderData: keepPreviousData });

  const accounts = query.data?.pages.flatMap((page) => page.data) ?? [];
  const total = query.data?.pages[0]?.total;
  const sort = { sort: search.sort ?? DEFAULT_SORT.sort, order: search.order ?? DEFAULT_SORT.order };

  const update = (change: Partial<AccountsSearch>) =>
    // resetScroll off: the router would carry the grid's old scroll position over to the new
    // results; the grid itself goes back to the top when filters or sort change.
    void navigate({ search: (prev) => ({ ...prev, ...change }), replace: true, resetScroll: false });
  const replaceAll = (next: AccountsSearch) => void navigate({ search: next, resetScroll: false });
  const onSort = (s: AccountSort, order: 'asc' | 'desc') =>
    update(
      s === DEFAULT_SORT.sort && order === DEFAULT_SORT.order
        ? { sort: undefined, order: undefined }
        : { sort: s, order },
    );
  const clearFilters = () => replaceAll({ sort: search.sort, order: search.order });

  let placeholder: React.ReactNode;
  if (query.isPending) {
    placeholder = (
      <div className="data-grid-placeholder">
        <Skeleton rows={12} height={18} />
      </div>
    );
  } else if (query.isError && accounts.length === 0) {
    placeholder = (
      <ErrorState
        message={describeError(query.error)}
        onRetry={() => void query.refetch()}
        retryLabel={t('common.retry')}
      />
    );
  } else if (accounts.length === 0) {
    placeholder = hasFilters(search) ? (
      <EmptyState
        icon={<FilterIcon size={22} />}
        title={t('accounts.empty.filteredTitle')}
        body={t('accounts.empty.filteredBody')}
        action={
          <button type="button" className="button" onClick={clearFilters}>
            {t('accounts.filters.clear')}
          </button>
        }
      />
    ) : (
      <EmptyState
        icon={<AccountsIcon size={22} />}
        title={t('accounts.empty.title')}
        body={t(canWrite ? 'accounts.empty.body' : 'accounts.empty.bodyReadOnly')}
        action={
          canWrite && (
            <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
              <PlusIcon />
              {t('accounts.new')}
            </button>
          )
        }
      />
    );
  }

  return (
    <div className="page page-fill">
      <header className="page-header">
        <div>
          <h1>{t('accounts.title')}</h1>
          <p className="page-subtitle" aria-live="polite">
            {total === undefined ? (
              <span className="skeleton skeleton-inline" />
            ) : (
              t('accounts.total', { count: total, formatted: formatNumber(total, locale) })
            )}
            {query.isFetching && !query.isFetchingNextPage && !query.isPending && <Spinner size={12} />}
          </p>
        </div>
        {canWrite && (
          <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
            <PlusIcon />
            {t('accounts.new')}
          </button>
        )}
      </header>
      <SavedViews search={search} onApply={replaceAll} canWrite={canWrite} />
      <AccountsFilters search={search} onChange={update} onClear={clearFilters} />
      <AccountsTable
        accounts={accounts}
        sort={sort}
        onSort={onSort}
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        fetchNextPage={() => void query.fetchNextPage()}
        placeholder={placeholder}
        resetKey={JSON.stringify(toApiQuery(search))}
      />
      {creating && <NewAccountDialog onClose={() => setCreating(false)} />}
    </div>
  );
}
