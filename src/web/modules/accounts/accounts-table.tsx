import { useNavigate } from '@tanstack/react-router';
import { flexRender, getCoreRowModel, type Header, useReactTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account, AccountSort } from '../../../shared/accounts.ts';
import { useLocale } from '../../i18n/index.ts';
import { ArrowDownIcon, ArrowUpIcon, SortIcon } from '../../ui/icons.tsx';
import { accountColumns, type ColumnMeta } from './account-columns.tsx';

const ROW_HEIGHT = 52;
const HEADER_HEIGHT = 38;
/** Start loading the next page this many rows before the end comes into view. */
const PREFETCH_ROWS = 40;

type AccountsTableProps = {
  accounts: Account[];
  sort: { sort: AccountSort; order: 'asc' | 'desc' };
  onSort: (sort: AccountSort, order: 'asc' | 'desc') => void;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => void;
  /** Shown under the header instead of rows (skeleton or empty state). */
  placeholder?: ReactNode;
  /** Changes whenever filters or sort change; the grid then scrolls back to the top. */
  resetKey: string;
};

/** The accounts grid: only the rows in view are in the DOM, so 100k accounts scroll as smoothly as 10. */
export function AccountsTable(props: AccountsTableProps) {
  const { accounts, sort, onSort, hasNextPage, isFetchingNextPage, fetchNextPage, placeholder, resetKey } =
    props;
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const scrollRef = useRef<HTMLDivElement>(null);

  const columns = useMemo(() => accountColumns(t, locale), [t, locale]);
  const table = useReactTable({
    data: accounts,
    columns,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    state: { sorting: [{ id: sort.sort, desc: sort.order === 'desc' }] },
    getRowId: (account) => account.id,
  });
  const rows = table.getRowModel().rows;
  const gridTemplateColumns = table
    .getVisibleLeafColumns()
    .map((c) => (c.columnDef.meta as ColumnMeta | undefined)?.width ?? '1fr')
    .join(' ');

  const virtualizer = useVirtualizer({
    count: rows.length + (hasNextPage ? 1 : 0),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollMargin: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastIndex >= rows.length - PREFETCH_ROWS) fetchNextPage();
  }, [lastIndex, rows.length, hasNextPage, isFetchingNextPage, fetchNextPage]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new sort or filter starts at the top
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [resetKey]);

  const toggleSort = (header: Header<Account, unknown>) => {
    const id = header.column.id as AccountSort;
    const order = sort.sort === id && sort.order === 'asc' ? 'desc' : 'asc';
    onSort(id, order);
  };

  return (
    <div className="data-grid" ref={scrollRef}>
      <table className="data-grid-table" aria-rowcount={rows.length}>
        <thead className="data-grid-header">
          <tr style={{ gridTemplateColumns, height: HEADER_HEIGHT }}>
            {table.getFlatHeaders().map((header) => {
              const meta = header.column.columnDef.meta as ColumnMeta | undefined;
              const label = flexRender(header.column.columnDef.header, header.getContext());
              const sorted = sort.sort === header.column.id ? sort.order : null;
              return (
                <th
                  key={header.id}
                  aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  className={meta?.align === 'end' ? 'align-end' : undefined}
                >
                  {header.column.getCanSort() ? (
                    <button
                      type="button"
                      className={`sort-button${sorted ? ' sort-button-active' : ''}`}
                      onClick={() => toggleSort(header)}
                      title={t(sorted === 'asc' ? 'accounts.sortDesc' : 'accounts.sortAsc')}
                    >
                      <span>{label}</span>
                      {sorted === 'asc' ? (
                        <ArrowUpIcon size={12} />
                      ) : sorted === 'desc' ? (
                        <ArrowDownIcon size={12} />
                      ) : (
                        <SortIcon size={12} className="sort-idle" />
                      )}
                    </button>
                  ) : (
                    label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        {!placeholder && (
          <tbody className="data-grid-body" style={{ height: virtualizer.getTotalSize() - HEADER_HEIGHT }}>
            {items.map((item) => {
              const row = rows[item.index];
              const style = {
                gridTemplateColumns,
                height: ROW_HEIGHT,
                transform: `translateY(${item.start - HEADER_HEIGHT}px)`,
              };
              if (!row) {
                return (
                  <tr key="loader" className="data-grid-row data-grid-loader" style={style}>
                    <td>
                      <div className="skeleton" style={{ width: 240, height: 12 }} />
                    </td>
                  </tr>
                );
              }
              return (
                <tr
                  key={row.id}
                  aria-rowindex={item.index + 1}
                  className="data-grid-row"
                  style={style}
                  onClick={() => void navigate({ to: '/accounts/$accountId', params: { accountId: row.id } })}
                >
                  {row.getVisibleCells().map((cell) => {
                    const meta = cell.column.columnDef.meta as ColumnMeta | undefined;
                    return (
                      <td key={cell.id} className={meta?.align === 'end' ? 'align-end' : undefined}>
                        <div className="cell-inner">
                          {flexRender(cell.column.columnDef.cell, cell.getContext())}
                        </div>
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        )}
      </table>
      {placeholder}
    </div>
  );
}
