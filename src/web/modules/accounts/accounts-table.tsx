import { useNavigate } from '@tanstack/react-router';
import { flexRender, getCoreRowModel, type Header, type Row, useReactTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type CSSProperties, type ReactNode, useEffect, useMemo, useRef } from 'react';
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
  const { sort, onSort, placeholder } = props;
  const navigate = useNavigate();
  const { scrollRef, table, rows, items, totalHeight } = useAccountsGrid(props);
  const gridTemplateColumns = table
    .getVisibleLeafColumns()
    .map((c) => (c.columnDef.meta as ColumnMeta | undefined)?.width ?? '1fr')
    .join(' ');
  const open = (accountId: string) => void navigate({ to: '/accounts/$accountId', params: { accountId } });

  return (
    <div className="data-grid" ref={scrollRef}>
      <table className="data-grid-table" aria-rowcount={rows.length}>
        <thead className="data-grid-header">
          <tr style={{ gridTemplateColumns, height: HEADER_HEIGHT }}>
            {table.getFlatHeaders().map((header) => (
              <SortableHeader key={header.id} header={header} sort={sort} onSort={onSort} />
            ))}
          </tr>
        </thead>
        {!placeholder && (
          <tbody className="data-grid-body" style={{ height: totalHeight - HEADER_HEIGHT }}>
            {items.map((item) => {
              const row = rows[item.index];
              const style = {
                gridTemplateColumns,
                height: ROW_HEIGHT,
                transform: `translateY(${item.start - HEADER_HEIGHT}px)`,
              };
              if (!row) return <LoaderRow key="loader" style={style} />;
              return (
                <AccountRow
                  key={row.id}
                  row={row}
                  index={item.index}
                  style={style}
                  onOpen={() => open(row.id)}
                />
              );
            })}
          </tbody>
        )}
      </table>
      {placeholder}
    </div>
  );
}

/** The table model and the virtual window over it; loads the next page as its end comes near. */
function useAccountsGrid(props: AccountsTableProps) {
  const { accounts, sort, hasNextPage, isFetchingNextPage, fetchNextPage, resetKey } = props;
  const { t } = useTranslation();
  const locale = useLocale();
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

  return { scrollRef, table, rows, items, totalHeight: virtualizer.getTotalSize() };
}

type SortableHeaderProps = Pick<AccountsTableProps, 'sort' | 'onSort'> & { header: Header<Account, unknown> };

/** A column header; a sortable one is a button that sorts ascending first, then flips the order. */
function SortableHeader({ header, sort, onSort }: SortableHeaderProps) {
  const { t } = useTranslation();
  const meta = header.column.columnDef.meta as ColumnMeta | undefined;
  const label = flexRender(header.column.columnDef.header, header.getContext());
  const sorted = sort.sort === header.column.id ? sort.order : null;
  const toggleSort = () => {
    const id = header.column.id as AccountSort;
    onSort(id, sort.sort === id && sort.order === 'asc' ? 'desc' : 'asc');
  };
  return (
    <th
      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
      className={meta?.align === 'end' ? 'align-end' : undefined}
    >
      {header.column.getCanSort() ? (
        <button
          type="button"
          className={`sort-button${sorted ? ' sort-button-active' : ''}`}
          onClick={toggleSort}
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
}

type AccountRowProps = { row: Row<Account>; index: number; style: CSSProperties; onOpen: () => void };

function AccountRow({ row, index, style, onOpen }: AccountRowProps) {
  return (
    <tr aria-rowindex={index + 1} className="data-grid-row" style={style} onClick={onOpen}>
      {row.getVisibleCells().map((cell) => {
        const meta = cell.column.columnDef.meta as ColumnMeta | undefined;
        return (
          <td key={cell.id} className={meta?.align === 'end' ? 'align-end' : undefined}>
            <div className="cell-inner">{flexRender(cell.column.columnDef.cell, cell.getContext())}</div>
          </td>
        );
      })}
    </tr>
  );
}

/** The row after the last loaded one while more pages exist. */
function LoaderRow({ style }: { style: CSSProperties }) {
  return (
    <tr className="data-grid-row data-grid-loader" style={style}>
      <td>
        <div className="skeleton" style={{ width: 240, height: 12 }} />
      </td>
    </tr>
  );
}
