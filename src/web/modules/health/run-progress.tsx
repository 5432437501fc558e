import { useTranslation } from 'react-i18next';
import type { HealthRun } from '../../../shared/health.ts';
import { useLocale } from '../../i18n/index.ts';
import { formatNumber } from '../../lib/format.ts';
import { useHealthRun } from './health-api.ts';

/** A full recompute's progress bar, following the run until it is done or has failed. */
export function RunProgress({ initial }: { initial: HealthRun }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const query = useHealthRun(initial.id);
  const run = query.data ?? initial;
  const finished = run.status === 'done' || run.status === 'failed';
  const share = run.total > 0 ? run.done / run.total : finished ? 1 : 0;
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
  return (
    <div className="run-progress" data-testid="run-progress" data-status={run.status}>
      <div>
        <strong>{t(`health.run.status.${run.status}`)}</strong>{' '}
        <span className="muted">
          {t('health.run.counts', {
            done: formatNumber(run.done, locale),
            total: formatNumber(run.total, locale),
            percent,
          })}
        </span>
      </div>
      <div
        className="progress"
        role="progressbar"
        aria-label={t('health.run.label')}
        aria-valuemin={0}
        aria-valuemax={run.total}
        aria-valuenow={run.done}
      >
        <div className="progress-fill" style={{ width: `${share * 100}%` }} />
      </div>
      {run.status === 'failed' && run.error && <p className="field-error">{run.error}</p>}
    </div>
  );
}
