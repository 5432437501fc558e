import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  RENEWAL_HEALTH_COLORS,
  RENEWAL_OUTCOMES,
  type RenewalHealthResponse,
} from '../../../shared/revenue.ts';
import { RevenueChart, type RevenueChartOption } from './revenue-chart.tsx';
import { formatRate, money } from './revenue-format.ts';

export const OUTCOME_COLORS = {
  renewed: '#2f6fd6',
  expanded: '#1f9d74',
  downgraded: '#e0a030',
  churned: '#d64545',
} as const;

/** Closed renewals per health color at renewal, stacked by outcome, as shares of the color's renewals. */
export function RenewalHealthChart({ health }: { health: RenewalHealthResponse }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const option = useMemo<RevenueChartOption>(() => {
    const colors = RENEWAL_HEALTH_COLORS.filter(
      (c) => c !== 'none' || health.colors.some((x) => x.color === 'none' && x.renewals > 0),
    );
    const totalOf = (color: string) => health.colors.find((x) => x.color === color)?.renewals ?? 0;
    return {
      grid: { left: 48, right: 24, top: 36, bottom: 28 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', valueFormatter: (v) => formatRate(Number(v), locale) },
      xAxis: { type: 'category', data: colors.map((c) => t(`revenue.renewalHealth.colors.${c}`)) },
      yAxis: {
        type: 'value',
        max: 1,
        axisLabel: { formatter: (v: number) => formatRate(v, locale) },
      },
      series: RENEWAL_OUTCOMES.map((outcome) => ({
        name: t(`revenue.renewalHealth.outcomes.${outcome}`),
        type: 'bar' as const,
        stack: 'outcome',
        barMaxWidth: 56,
        itemStyle: { color: OUTCOME_COLORS[outcome] },
        data: colors.map((color) => {
          const total = totalOf(color);
          const cell = health.cells.find((c) => c.color === color && c.outcome === outcome);
          return total === 0 ? 0 : (cell?.renewals ?? 0) / total;
        }),
      })),
    };
  }, [health, t, locale]);
  return <RevenueChart option={option} height={260} label={t('revenue.renewalHealth.chartLabel')} />;
}

/** The color × outcome matrix: renewals and their ARR per cell, then the churn rate of each color. */
export function RenewalHealthTable({ health }: { health: RenewalHealthResponse }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <div className="table-wrap">
      <table className="table revenue-table" aria-label={t('revenue.renewalHealth.table')}>
        <thead>
          <tr>
            <th>{t('revenue.renewalHealth.color')}</th>
            {RENEWAL_OUTCOMES.map((o) => (
              <th key={o} className="align-end">
                {t(`revenue.renewalHealth.outcomes.${o}`)}
              </th>
            ))}
            <th className="align-end">{t('revenue.renewalHealth.total')}</th>
            <th className="align-end">{t('revenue.renewalHealth.averageScore')}</th>
            <th className="align-end">{t('revenue.renewalHealth.churnRate')}</th>
          </tr>
        </thead>
        <tbody>
          {health.colors.map((c) => (
            <tr key={c.color}>
              <td>
                <span className={`revenue-health-dot revenue-health-${c.color}`} aria-hidden="true" />
                {t(`revenue.renewalHealth.colors.${c.color}`)}
              </td>
              {RENEWAL_OUTCOMES.map((o) => {
                const cell = health.cells.find((x) => x.color === c.color && x.outcome === o);
                return (
                  <td key={o} className="numeric">
                    {cell?.renewals ?? 0}
                    <span className="revenue-cell-note">
                      {money(cell?.arr ?? 0, health.currency, locale)}
                    </span>
                  </td>
                );
              })}
              <td className="numeric">
                {c.renewals}
                <span className="revenue-cell-note">{money(c.arr, health.currency, locale)}</span>
              </td>
              <td className="numeric">
                {c.average_score === null
                  ? '—'
                  : new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(c.average_score)}
              </td>
              <td className="numeric">
                {formatRate(c.churn_rate, locale)}
                <span className="revenue-cell-note">
                  {t('revenue.renewalHealth.ofArr', { rate: formatRate(c.churned_arr_rate, locale) })}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
