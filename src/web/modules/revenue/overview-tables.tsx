import { useTranslation } from 'react-i18next';
import type { CohortsResponse, RetentionResponse, WaterfallResponse } from '../../../shared/revenue.ts';
import { formatPeriod, formatRate, money } from './revenue-format.ts';

/** Retention per period (and group): the figures the charts draw, as numbers to read and check. */
export function RetentionTable({ retention }: { retention: RetentionResponse }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { currency } = retention;
  const grouped = retention.group_by !== 'none';
  const f = retention.formulas;
  return (
    <div className="table-wrap">
      <table className="table revenue-table" aria-label={t('revenue.overview.retentionTable')}>
        <thead>
          <tr>
            {grouped && <th>{t('revenue.columns.group')}</th>}
            <th>{t('revenue.columns.period')}</th>
            <th className="align-end">{t('revenue.columns.startingArr')}</th>
            <th className="align-end">{t('revenue.columns.endingArr')}</th>
            <th className="align-end" title={f.grr}>
              {t('revenue.columns.grr')}
            </th>
            <th className="align-end" title={f.nrr}>
              {t('revenue.columns.nrr')}
            </th>
            <th className="align-end" title={f.logo_churn_rate}>
              {t('revenue.columns.logoChurn')}
            </th>
            <th className="align-end" title={f.revenue_churn_rate}>
              {t('revenue.columns.revenueChurn')}
            </th>
            <th className="align-end" title={f.expansion_rate}>
              {t('revenue.columns.expansionRate')}
            </th>
            <th className="align-end" title={f.renewal_rate_count}>
              {t('revenue.columns.renewalRate')}
            </th>
            <th className="align-end" title={f.renewal_rate_arr}>
              {t('revenue.columns.renewalRateArr')}
            </th>
          </tr>
        </thead>
        <tbody>
          {retention.data.map((r) => (
            <tr key={`${r.group}|${r.period_start}`}>
              {grouped && <td>{r.group ?? t('revenue.filters.noGroup')}</td>}
              <td className="nowrap">{formatPeriod(r.period_start, retention.interval, locale)}</td>
              <td className="numeric">{money(r.starting_arr, currency, locale)}</td>
              <td className="numeric">{money(r.ending_arr, currency, locale)}</td>
              <td className="numeric">{formatRate(r.grr, locale)}</td>
              <td className="numeric">{formatRate(r.nrr, locale)}</td>
              <td className="numeric">{formatRate(r.logo_churn_rate, locale)}</td>
              <td className="numeric">{formatRate(r.revenue_churn_rate, locale)}</td>
              <td className="numeric">{formatRate(r.expansion_rate, locale)}</td>
              <td className="numeric">{formatRate(r.renewal_rate_count, locale)}</td>
              <td className="numeric">{formatRate(r.renewal_rate_arr, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function WaterfallTable({ waterfall }: { waterfall: WaterfallResponse }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const m = (v: number) => money(v, waterfall.currency, locale);
  return (
    <div className="table-wrap">
      <table className="table revenue-table" aria-label={t('revenue.overview.waterfallTable')}>
        <thead>
          <tr>
            <th>{t('revenue.columns.period')}</th>
            <th className="align-end">{t('revenue.columns.start')}</th>
            <th className="align-end">{t('revenue.columns.new')}</th>
            <th className="align-end">{t('revenue.columns.expansion')}</th>
            <th className="align-end">{t('revenue.columns.contraction')}</th>
            <th className="align-end">{t('revenue.columns.churn')}</th>
            <th className="align-end">{t('revenue.columns.end')}</th>
          </tr>
        </thead>
        <tbody>
          {waterfall.data.map((w) => (
            <tr key={w.period_start}>
              <td className="nowrap">{formatPeriod(w.period_start, waterfall.interval, locale)}</td>
              <td className="numeric">{m(w.start)}</td>
              <td
                className="numeric"
                title={
                  w.reactivation
                    ? `${t('revenue.overview.ofWhichReactivation')}: ${m(w.reactivation)}`
                    : undefined
                }
              >
                {m(w.new)}
              </td>
              <td className="numeric">{m(w.expansion)}</td>
              <td className="numeric">{m(w.contraction ? -w.contraction : 0)}</td>
              <td className="numeric">{m(w.churn ? -w.churn : 0)}</td>
              <td className="numeric strong">{m(w.end)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Cohorts as a triangle: each row a start quarter, each column quarters since, shaded by retention. */
export function CohortTable({ cohorts }: { cohorts: CohortsResponse }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const width = Math.max(0, ...cohorts.data.map((c) => c.quarters.length));
  if (cohorts.data.length === 0) return <p className="card-empty">{t('revenue.overview.cohortsEmpty')}</p>;
  return (
    <div className="table-wrap">
      <table className="table revenue-table cohort-table" aria-label={t('revenue.overview.cohorts')}>
        <thead>
          <tr>
            <th>{t('revenue.columns.cohort')}</th>
            <th className="align-end">{t('revenue.columns.accounts')}</th>
            <th className="align-end">{t('revenue.columns.startingArr')}</th>
            {Array.from({ length: width }, (_, i) => `Q+${i}`).map((offset) => (
              <th key={offset} className="align-end">
                {offset}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {cohorts.data.map((c) => (
            <tr key={c.cohort}>
              <td className="nowrap">{c.cohort}</td>
              <td className="numeric">{c.accounts}</td>
              <td className="numeric">{money(c.starting_arr, cohorts.currency, locale)}</td>
              {Array.from({ length: width }, (_, i) => `Q+${i}`).map((offset, i) => {
                const q = c.quarters[i];
                return (
                  <td
                    key={offset}
                    className="numeric cohort-cell"
                    style={
                      q
                        ? { background: `rgba(31, 157, 116, ${Math.min(q.retention, 1.5) * 0.3})` }
                        : undefined
                    }
                  >
                    {q ? formatRate(q.retention, locale) : ''}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
