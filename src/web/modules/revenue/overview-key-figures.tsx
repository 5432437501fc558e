import { useTranslation } from 'react-i18next';
import type { RetentionResponse } from '../../../shared/revenue.ts';
import { latestFigures } from './key-figures.ts';
import { formatPeriod, formatRate, money } from './revenue-format.ts';

/** ARR now and the latest period's retention, summed over groups when grouped. */
export function KeyFigures({ retention }: { retention: RetentionResponse }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const latest = latestFigures(retention);
  const period = latest.period ? formatPeriod(latest.period, retention.interval, locale) : '';
  const figures: [string, string][] = [
    [t('revenue.overview.arr'), money(latest.endingArr, retention.currency, locale)],
    [t('revenue.overview.grr'), formatRate(latest.grossRetention, locale)],
    [t('revenue.overview.nrr'), formatRate(latest.netRetention, locale)],
    [t('revenue.overview.logoChurn'), formatRate(latest.logoChurn, locale)],
  ];
  return (
    <dl className="stat-row revenue-stats">
      {figures.map(([label, value]) => (
        <div className="stat" key={label}>
          <dt>{label}</dt>
          <dd>
            {value}
            <span className="stat-note">{t('revenue.overview.latest', { period })}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
