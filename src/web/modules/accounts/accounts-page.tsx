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
import type { QueryLike } from '../../ui/query-state.tsx';
import { usePermissions } from '../auth/session.ts';
import { accountListQuery } from './accounts-api.ts';
import { AccountsFilters } from './accounts-filters.tsx';
import { type AccountsSearch, DEFAULT_SORT, hasFilters, toApiQuery } from './accounts-search.ts';
import { AccountsTable } from './accounts-table.tsx';
import { NewAccountDialog } from './new-account-dialog.tsx';
import { SavedViews } from './saved-views.tsx';

const route = getRouteApi('/app/accounts');

export function AccountsPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const { canWrite } = usePermissions();
  const [creating, setCreating] = useState(false);
  const query = useInfiniteQuery({ ...accountListQuery(search), placeholderData: keepPreviousData });

  const accounts = query.data?.pages.flatMap((page) => page.data) ?? [];
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

  return (
    <div className="page page-fill">
      <AccountsHeader query={query} canWrite={canWrite} onNew={() => setCreating(true)} />
      <SavedViews search={search} onApply={replaceAll} canWrite={canWrite} />
      <AccountsFilters search={search} onChange={update} onClear={clearFilters} />
      <AccountsTable
        accounts={accounts}
        sort={sort}
        onSort={onSort}
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        fetchNextPage={() => void query.fetchNextPage()}
        placeholder={
          query.isPending || accounts.length === 0 ? (
            <AccountsPlaceholder
              query={query}
              filtered={hasFilters(search)}
              canWrite={canWrite}
              onClearFilters={clearFilters}
              onNew={() => setCreating(true)}
            />
          ) : undefined
        }
        resetKey={JSON.stringify(toApiQuery(search))}
      />
      {creating && <NewAccountDialog onClose={() => setCreating(false)} />}
    </div>
  );
}

/** What the header and placeholder read from the accounts query. */
type AccountsQuery = Pick<QueryLike<unknown>, 'isPending' | 'isError' | 'error' | 'refetch'> & {
  data?: { pages: { total?: number }[] } | undefined;
  isFetching: boolean;
  isFetchingNextPage: boolean;
};

function AccountsHeader({
  query,
  canWrite,
  onNew,
}: {
  query: AccountsQuery;
  canWrite: boolean;
  onNew: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const total = query.data?.pages[0]?.total;
  return (
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
      {canWrite && <NewAccountButton onClick={onNew} />}
    </header>
  );
}

function NewAccountButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="button button-primary" onClick={onClick}>
      <PlusIcon />
      {t('accounts.new')}
    </button>
  );
}

type AccountsPlaceholderProps = {
  query: AccountsQuery;
  filtered: boolean;
  canWrite: boolean;
  onClearFilters: () => void;
  onNew: () => void;
};

/**
 * What the grid shows instead of rows. Not QueryState: the skeleton sits inside the grid, and a
 * failed next page keeps the rows already loaded instead of replacing them with the error.
 */
function AccountsPlaceholder({ query, filtered, canWrite, onClearFilters, onNew }: AccountsPlaceholderProps) {
  const { t } = useTranslation();
  if (query.isPending)
    return (
      <div className="data-grid-placeholder">
        <Skeleton rows={12} height={18} />
      </div>
    );
  if (query.isError)
    return (
      <ErrorState
        message={describeError(query.error)}
        onRetry={() => void query.refetch()}
        retryLabel={t('common.retry')}
      />
    );
  if (filtered)
    return (
      <EmptyState
        icon={<FilterIcon size={22} />}
        title={t('accounts.empty.filteredTitle')}
        body={t('accounts.empty.filteredBody')}
        action={
          <button type="button" className="button" onClick={onClearFilters}>
            {t('accounts.filters.clear')}
          </button>
        }
      />
    );
  return (
    <EmptyState
      icon={<AccountsIcon size={22} />}
      title={t('accounts.empty.title')}
      body={t(canWrite ? 'accounts.empty.body' : 'accounts.empty.bodyReadOnly')}
      action={canWrite && <NewAccountButton onClick={onNew} />}
    />
  );
}
