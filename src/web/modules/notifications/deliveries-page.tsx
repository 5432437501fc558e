import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DELIVERY_STATUSES, type Delivery } from '../../../shared/notifications.ts';
import { useLocale } from '../../i18n/index.ts';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import { Badge, type Tone } from '../../ui/badge.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { type RecordColumn, RecordTable } from '../../ui/record-table.tsx';
import { RowRetryButton } from '../../ui/row-retry-button.tsx';
import { SectionHeader } from '../settings/settings-layout.tsx';
import { useDeliveries, useRetryDelivery } from './notifications-api.ts';
import '../rules/rules.css';

const TONE: Record<Delivery['status'], Tone> = {
  pending: 'gray',
  retrying: 'amber',
  sent: 'green',
  failed: 'red',
};

/** Settings › Deliveries: every message rules sent, newest first, with a Retry for failed ones. */
export function DeliveriesPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Delivery['status'] | undefined>(undefined);
  const deliveries = useDeliveries(status);
  const columns = useDeliveryColumns();
  const empty = {
    inline: true,
    title: status ? t('notifications.deliveries.emptyFiltered') : t('notifications.deliveries.empty'),
  };
  return (
    <section>
      <SectionHeader
        title={t('notifications.deliveries.title')}
        description={t('notifications.deliveries.description')}
      />
      <StatusFilter status={status} onChange={setStatus} />
      <div className="card card-flush">
        <QueryState query={deliveries} placement="card">
          {(list) => (
            <RecordTable
              records={list}
              columns={columns}
              recordId={(d) => d.id}
              label={t('notifications.deliveries.title')}
              empty={empty}
              actions={(d) =>
                d.status === 'failed' && (
                  <RowRetryButton
                    useRetry={useRetryDelivery}
                    label={t('notifications.deliveries.retry')}
                    doneMessage={t('notifications.deliveries.retried')}
                    id={d.id}
                  />
                )
              }
              testId="deliveries-table"
            />
          )}
        </QueryState>
      </div>
    </section>
  );
}

type StatusFilterProps = {
  status: Delivery['status'] | undefined;
  onChange: (status: Delivery['status'] | undefined) => void;
};

function StatusFilter({ status, onChange }: StatusFilterProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="filter-row">
      <legend className="visually-hidden">{t('notifications.deliveries.filter')}</legend>
      <div className="segmented">
        {[undefined, ...DELIVERY_STATUSES].map((s) => (
          <button
            key={s ?? 'all'}
            type="button"
            aria-pressed={s === status}
            className={`segmented-option${s === status ? ' segmented-option-active' : ''}`}
            onClick={() => onChange(s)}
          >
            {s ? t(`notifications.deliveries.statuses.${s}`) : t('notifications.deliveries.all')}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

function useDeliveryColumns(): RecordColumn<Delivery>[] {
  const { t } = useTranslation();
  const locale = useLocale();
  return [
    {
      id: 'channel',
      header: t('notifications.deliveries.channel'),
      cell: (d) => (
        <>
          <span className="strong">{d.channel_name ?? t(`notifications.deliveries.kinds.${d.kind}`)}</span>
          <span className="cell-sub">
            {t(`notifications.deliveries.kinds.${d.kind}`)}
            {d.recipient ? ` · ${d.recipient}` : ''}
          </span>
        </>
      ),
    },
    {
      id: 'rule',
      header: t('notifications.deliveries.rule'),
      cell: (d) => (
        <>
          {d.rule_name ?? '—'}
          {d.account_name && <span className="cell-sub">{d.account_name}</span>}
        </>
      ),
    },
    {
      id: 'status',
      header: t('notifications.deliveries.status'),
      cell: (d) => (
        <>
          <Badge tone={TONE[d.status]} dot>
            {t(`notifications.deliveries.statuses.${d.status}`)}
          </Badge>
          {d.response_status !== null && <span className="cell-sub">HTTP {d.response_status}</span>}
        </>
      ),
    },
    {
      id: 'attempts',
      header: t('notifications.deliveries.attempts'),
      className: 'align-end numeric',
      cell: (d) => formatNumber(d.attempts, locale),
    },
    {
      id: 'error',
      header: t('notifications.deliveries.lastError'),
      className: 'error-cell',
      cell: (d) => d.last_error ?? '',
    },
    {
      id: 'time',
      header: t('notifications.deliveries.time'),
      className: 'muted nowrap',
      cell: (d) => (
        <>
          {formatDateTime(d.created_at, locale)}
          {d.delivered_at && <span className="cell-sub">{formatDateTime(d.delivered_at, locale)}</span>}
        </>
      ),
    },
  ];
}
