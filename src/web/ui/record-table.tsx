import { type ColumnDef, flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { type KeyboardEvent, type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type EmptyMessage, EmptyMessageView } from './query-state.tsx';

/** One column: its header (also the cell's label when rows stack at phone width) and how a record fills it. */
export type RecordColumn<T> = {
  id: string;
  header: string;
  cell: (record: T) => ReactNode;
  /** Class of both the header and the cells, e.g. `num` or `nowrap`. */
  className?: string;
};

type RecordTableProps<T> = {
  records: readonly T[];
  columns: readonly RecordColumn<T>[];
  recordId: (record: T) => string;
  /** The table's accessible name. */
  label: string;
  /** Shown instead of the table when there are no records. */
  empty?: EmptyMessage;
  /** Buttons at the end of the row (a RowDeleteButton, a "Test" button…). */
  actions?: (record: T) => ReactNode;
  /** Makes a row open on click, Enter or Space. Controls inside the row stop the click themselves. */
  onActivate?: (record: T) => void;
  rowClassName?: (record: T) => string | undefined;
  /** Extra attributes of a row, e.g. `aria-expanded` for a row that opens a detail row. */
  rowAttributes?: (record: T) => Record<string, string | boolean | undefined>;
  /** A row under the record's own (an expanded detail), or nothing. */
  detail?: (record: T) => ReactNode;
  /** Extra class of the table, for a page's own cell styles. */
  className?: string;
  testId?: string;
};

const ACTIONS_ID = '__actions';

function toColumnDefs<T>(columns: readonly RecordColumn<T>[]): ColumnDef<T>[] {
  return columns.map((column) => ({
    id: column.id,
    header: column.header,
    cell: ({ row }) => column.cell(row.original),
  }));
}

function activateOnKey<T>(record: T, onActivate: (record: T) => void) {
  return (e: KeyboardEvent<HTMLTableRowElement>) => {
    // Keys pressed on a control inside the row belong to that control.
    if (e.target !== e.currentTarget || (e.key !== 'Enter' && e.key !== ' ')) return;
    e.preventDefault();
    onActivate(record);
  };
}

/** The one table of records: header row, one row per record, row actions, empty state; rows stack on a phone. */
export function RecordTable<T>(props: RecordTableProps<T>) {
  const {
    records,
    columns,
    recordId,
    label,
    empty,
    actions,
    onActivate,
    rowClassName,
    rowAttributes,
    detail,
  } = props;
  const { t } = useTranslation();
  const columnDefs = useMemo(() => toColumnDefs(columns), [columns]);
  const table = useReactTable({
    data: records as T[],
    columns: columnDefs,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (record) => recordId(record),
  });
  if (records.length === 0 && empty) return <EmptyMessageView {...empty} />;
  const classOf = new Map(columns.map((c) => [c.id, c.className]));
  return (
    <div className="table-wrap">
      <table
        className={`table record-table ${props.className ?? ''}`}
        aria-label={label}
        data-testid={props.testId}
      >
        <thead>
          <tr>
            {table.getFlatHeaders().map((header) => (
              <th key={header.id} scope="col" className={classOf.get(header.id)}>
                {flexRender(header.column.columnDef.header, header.getContext())}
              </th>
            ))}
            {actions && (
              <th scope="col" className="col-actions" key={ACTIONS_ID}>
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => {
            const record = row.original;
            const className = [onActivate ? 'row-clickable' : undefined, rowClassName?.(record)]
              .filter(Boolean)
              .join(' ');
            return (
              <RowWithDetail key={row.id} detail={detail?.(record)}>
                <tr
                  className={className || undefined}
                  {...rowAttributes?.(record)}
                  {...(onActivate && {
                    tabIndex: 0,
                    onClick: () => onActivate(record),
                    onKeyDown: activateOnKey(record, onActivate),
                  })}
                >
                  {row.getVisibleCells().map((cell) => (
                    <td
                      key={cell.id}
                      className={classOf.get(cell.column.id)}
                      data-label={(cell.column.columnDef.header as string) || undefined}
                    >
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ))}
                  {actions && <td className="col-actions nowrap">{actions(record)}</td>}
                </tr>
              </RowWithDetail>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function RowWithDetail({ children, detail }: { children: ReactNode; detail: ReactNode }) {
  return (
    <>
      {children}
      {detail}
    </>
  );
}
