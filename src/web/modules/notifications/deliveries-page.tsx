import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DELIVERY_STATUSES, type Delivery } from '../../../shared/notifications.ts';
import { useLocale } from '../../i18n/index.ts';
import { describeError } from '../../lib/errors.ts';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import { Badge, type Tone } from '../../ui/badge.tsx';
import { ErrorState, Skeleton } from '../../ui/feedback.tsx';
import { showToast } from '../../ui/toast.tsx';
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
  const locale = useLocale();
  const [status, setStatus] = useState<Delivery['status'] | undefined>(undefined);
  const deliveries = useDeliveries(status);
  const retry = useRetryDelivery();
  let body: React.ReactNode;
  if (deliveries.isPending) body = <Skeleton rows={5} height={18} />;
  else if (deliveries.isError)
    body = (
      <ErrorState
        message={describeError(deliveries.error)}
        onRetry={() => void deliveries.refetch()}
        retryLabel={t('common.retry')}
      />
    );
  else if (deliveries.data.length === 0)
    body = (
      <p className="card-empty notify-empty">
        {status ? t('notifications.deliveries.emptyFiltered') : t('notifications.deliveries.empty')}
      </p>
    );
  else
    body = (
      <div className="table-wrap">
        <table className="table" data-testid="deliveries-table">
          <thead>
            <tr>
              <th>{t('notifications.deliveries.channel')}</th>
              <th>{t('notifications.deliveries.rule')}</th>
              <th>{t('notifications.deliveries.status')}</th>
              <th className="align-end">{t('notifications.deliveries.attempts')}</th>
              <th>{t('notifications.deliveries.lastError')}</th>
              <th>{t('notifications.deliveries.time')}</th>
              <th className="col-actions">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {deliveries.data.map((d) => (
              <tr key={d.id}>
                <td>
                  <span className="strong">
                    {d.channel_name ?? t(`notifications.deliveries.kinds.${d.kind}`)}
                  </span>
                  <span className="cell-sub">
                    {t(`notifications.deliveries.kinds.${d.kind}`)}
                    {d.recipient ? ` · ${d.recipient}` : ''}
                  </span>
                </td>
                <td>
                  {d.rule_name ?? '—'}
                  {d.account_name && <span className="cell-sub">{d.account_name}</span>}
                </td>
                <td>
                  <Badge tone={TONE[d.status]} dot>
                    {t(`notifications.deliveries.statuses.${d.status}`)}
                  </Badge>
                  {d.response_status !== null && <span className="cell-sub">HTTP {d.response_status}</span>}
                </td>
                <td className="align-end numeric">{formatNumber(d.attempts, locale)}</td>
                <td className="error-cell">{d.last_error ?? ''}</td>
                <td className="muted nowrap">
                  {formatDateTime(d.created_at, locale)}
                  {d.delivered_at && (
                    <span className="cell-sub">{formatDateTime(d.delivered_at, locale)}</span>
                  )}
                </td>
                <td className="col-actions">
                  {d.status === 'failed' && (
                    <button
                      type="button"
                      className="button button-sm"
                      disabled={retry.isPending && retry.variables === d.id}
                      onClick={() =>
                        retry.mutate(d.id, {
                          onSuccess: () => showToast(t('notifications.deliveries.retried'), 'success'),
                        })
                      }
                    >
                      {t('notifications.deliveries.retry')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  return (
    <section>
      <SectionHeader
        title={t('notifications.deliveries.title')}
        description={t('notifications.deliveries.description')}
      />
      <fieldset className="filter-row">
        <legend className="visually-hidden">{t('notifications.deliveries.filter')}</legend>
        <div className="segmented">
          {[undefined, ...DELIVERY_STATUSES].map((s) => (
            <button
              key={s ?? 'all'}
              type="button"
              aria-pressed={s === status}
              className={`segmented-option${s === status ? ' segmented-option-active' : ''}`}
              onClick={() => setStatus(s)}
            >
              {s ? t(`notifications.deliveries.statuses.${s}`) : t('notifications.deliveries.all')}
            </button>
          ))}
        </div>
      </fieldset>
      <div className="card card-flush">{body}</div>
    </section>
  );
}
