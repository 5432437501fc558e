import { Link } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { HealthAlert } from '../../../shared/health.ts';
import { useLocale } from '../../i18n/index.ts';
import { describeError } from '../../lib/errors.ts';
import { formatDateTime, formatNumber, formatRelative } from '../../lib/format.ts';
import { ErrorState, Skeleton } from '../../ui/feedback.tsx';
import { AlertIcon, CheckIcon } from '../../ui/icons.tsx';
import { showToast } from '../../ui/toast.tsx';
import { usePermissions } from '../auth/session.ts';
import { useAcknowledgeAlert, useHealthAlerts } from './health-api.ts';
import { formatScore, isHealthColor } from './health-format.ts';

const num = (v: unknown) => (typeof v === 'number' ? v : Number(v));

/** One early warning in words: what crossed which line, with the numbers that crossed it. */
export function describeAlert(alert: HealthAlert, locale: string, t: TFunction): string {
  const d = alert.details;
  const color = (c: unknown) => (isHealthColor(c) ? t(`health.colors.${c}`) : t('health.colors.none'));
  switch (alert.kind) {
    case 'band_worse':
      return t('health.alerts.bandWorse', {
        from: color(d.from_color),
        to: color(d.to_color),
        fromScore: formatScore(num(d.from_score), locale),
        toScore: formatScore(num(d.to_score), locale),
      });
    case 'score_drop':
      return t('health.alerts.scoreDrop', {
        count: num(d.days),
        points: formatNumber(num(d.points), locale),
        fromScore: formatScore(num(d.from_score), locale),
        toScore: formatScore(num(d.to_score), locale),
      });
    case 'measure_trend': {
      const scores = Array.isArray(d.scores)
        ? d.scores.map((s) => formatScore(num(s), locale)).join(' → ')
        : '';
      return t('health.alerts.measureTrend', {
        measure: String(d.measure_label ?? d.measure ?? ''),
        count: num(d.weeks),
        scores,
      });
    }
  }
}

/** Open early warnings, newest first; one account's, or everyone's with the account named. */
export function AlertList({ accountId }: { accountId?: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const query = useHealthAlerts(accountId);
  const acknowledge = useAcknowledgeAlert();
  const { canWrite } = usePermissions();

  if (query.isPending) return <Skeleton rows={3} height={16} />;
  if (query.isError)
    return (
      <ErrorState
        message={describeError(query.error)}
        onRetry={() => void query.refetch()}
        retryLabel={t('common.retry')}
      />
    );
  if (query.data.length === 0) return <p className="card-empty health-note">{t('health.alerts.empty')}</p>;
  return (
    <ul className="alert-list" data-testid="health-alerts">
      {query.data.map((alert) => (
        <li key={alert.id} className="alert-item">
          <AlertIcon size={16} />
          <div className="alert-item-body">
            <div className="alert-item-title">
              {!accountId && (
                <>
                  <Link
                    to="/accounts/$accountId"
                    params={{ accountId: alert.account_id }}
                    search={{ tab: 'health' }}
                  >
                    {alert.account_name}
                  </Link>
                  {': '}
                </>
              )}
              {describeAlert(alert, locale, t)}
            </div>
            <div className="alert-item-meta" title={formatDateTime(alert.created_at, locale)}>
              {t(`health.alerts.kinds.${alert.kind}`)} · {formatRelative(alert.created_at, locale)}
            </div>
          </div>
          {canWrite && (
            <button
              type="button"
              className="button button-sm"
              disabled={acknowledge.isPending}
              onClick={() =>
                acknowledge.mutate(alert.id, {
                  onSuccess: () => showToast(t('health.alerts.acknowledged'), 'success'),
                })
              }
            >
              <CheckIcon size={14} />
              {t('health.alerts.acknowledge')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
