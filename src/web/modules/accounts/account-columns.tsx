import { Link } from '@tanstack/react-router';
import { createColumnHelper } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type { Account } from '../../../shared/accounts.ts';
import { formatDate, formatMoney, formatNumber, formatRelative } from '../../lib/format.ts';
import { HealthBadge } from '../health/health-badge.tsx';
import { CoverageBadge, LifecycleBadge } from './badges.tsx';

const column = createColumnHelper<Account>();

export type ColumnMeta = { width: string; align?: 'end' };

/** Columns of the accounts table. Ids of sortable columns are the API's sort keys. */
export function accountColumns(t: TFunction, locale: string) {
  return [
    column.accessor('name', {
      header: t('accounts.columns.name'),
      enableSorting: true,
      meta: { width: 'minmax(172px, 2.4fr)' },
      cell: ({ row }) => (
        <div className="cell-name">
          <Link
            to="/accounts/$accountId"
            params={{ accountId: row.original.id }}
            className="cell-name-link"
            onClick={(e) => e.stopPropagation()}
          >
            {row.original.name}
          </Link>
          {row.original.domain && <span className="cell-sub">{row.original.domain}</span>}
        </div>
      ),
    }),
    column.accessor('health_score', {
      id: 'health',
      header: t('accounts.columns.health'),
      enableSorting: true,
      meta: { width: 'minmax(64px, .5fr)' },
      cell: ({ row }) => <HealthBadge score={row.original.health_score} color={row.original.health_color} />,
    }),
    column.accessor('segment', {
      header: t('accounts.columns.segment'),
      enableSorting: false,
      meta: { width: 'minmax(92px, 1fr)' },
      cell: ({ getValue }) => getValue() ?? <span className="muted">—</span>,
    }),
    column.accessor('tier', {
      header: t('accounts.columns.tier'),
      enableSorting: false,
      meta: { width: 'minmax(56px, .6fr)' },
      cell: ({ getValue }) => getValue() ?? <span className="muted">—</span>,
    }),
    column.accessor('coverage_model', {
      header: t('accounts.columns.coverage'),
      enableSorting: false,
      meta: { width: 'minmax(104px, 1fr)' },
      cell: ({ getValue }) => <CoverageBadge model={getValue()} />,
    }),
    column.accessor('lifecycle_stage', {
      header: t('accounts.columns.lifecycle'),
      enableSorting: false,
      meta: { width: 'minmax(108px, 1fr)' },
      cell: ({ getValue }) => <LifecycleBadge stage={getValue()} />,
    }),
    column.accessor('owner_name', {
      id: 'owner',
      header: t('accounts.columns.owner'),
      enableSorting: false,
      meta: { width: 'minmax(112px, 1.1fr)' },
      cell: ({ getValue }) => getValue() ?? <span className="muted">{t('accounts.unassigned')}</span>,
    }),
    column.accessor('arr', {
      header: t('accounts.columns.arr'),
      enableSorting: true,
      meta: { width: 'minmax(124px, 1fr)', align: 'end' },
      cell: ({ row }) => (
        <span className="numeric">{formatMoney(row.original.arr, row.original.currency, locale)}</span>
      ),
    }),
    column.accessor('renewal_date', {
      header: t('accounts.columns.renewal'),
      enableSorting: true,
      meta: { width: 'minmax(108px, 1fr)' },
      cell: ({ getValue }) => {
        const day = getValue();
        return day ? formatDate(day, locale) : <span className="muted">—</span>;
      },
    }),
    column.accessor('contact_count', {
      header: t('accounts.columns.contacts'),
      enableSorting: false,
      meta: { width: 'minmax(76px, .6fr)', align: 'end' },
      cell: ({ getValue }) => <span className="numeric">{formatNumber(getValue(), locale)}</span>,
    }),
    column.accessor('active_users_30d', {
      header: () => (
        <span title={t('accounts.columns.activeUsersHint')}>{t('accounts.columns.activeUsers')}</span>
      ),
      enableSorting: false,
      meta: { width: 'minmax(96px, .7fr)', align: 'end' },
      cell: ({ getValue }) =>
        getValue() > 0 ? (
          <span className="numeric">{formatNumber(getValue(), locale)}</span>
        ) : (
          <span className="muted">—</span>
        ),
    }),
    column.accessor('updated_at', {
      header: t('accounts.columns.updated'),
      enableSorting: true,
      meta: { width: 'minmax(92px, .8fr)' },
      cell: ({ getValue }) => <span className="muted">{formatRelative(getValue(), locale, 'short')}</span>,
    }),
  ];
}
