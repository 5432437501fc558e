import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RetentionResponse, WaterfallResponse } from '../../../shared/revenue.ts';
import { currencyFractionDigits } from '../../lib/format.ts';
import { CHART_COLORS, RevenueChart, type RevenueChartOption } from './revenue-chart.tsx';
import { compactMoney, formatPeriod, formatRate, money } from './revenue-format.ts';

const grid = { left: 64, right: 56, top: 36, bottom: 28 };
// ECharts plots major units; tooltips and axes format them back through Intl.
const unit = (currency: string) => 10 ** currencyFractionDigits(currency);

/** ARR at each period's end (bars; a line per group when grouped) with GRR and NRR on the right axis. */
export function ArrChart({ retention }: { retention: RetentionResponse }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const option = useMemo<RevenueChartOption>(() => {
    const { currency, interval } = retention;
    const periods = [...new Set(retention.data.map((r) => r.period_start))];
    const groups = [...new Set(retention.data.map((r) => r.group))];
    const label = (p: string) => formatPeriod(p, interval, locale);
    const byGroup = (g: string | null, pick: (r: RetentionResponse['data'][number]) => number | null) =>
      periods.map((p) => {
        const row = retention.data.find((r) => r.period_start === p && r.group === g);
        return row ? pick(row) : null;
      });
    const single = retention.group_by === 'none';
    const arrSeries = groups.map((g) => ({
      name: single ? t('revenue.overview.arr') : (g ?? t('revenue.filters.noGroup')),
      type: single ? ('bar' as const) : ('line' as const),
      data: byGroup(g, (r) => r.ending_arr / unit(currency)),
      itemStyle: single ? { color: CHART_COLORS.arr, borderRadius: [3, 3, 0, 0] } : undefined,
      barMaxWidth: 28,
    }));
    const rateSeries = single
      ? [
          { name: t('revenue.columns.grr'), key: 'grr' as const, color: CHART_COLORS.grr },
          { name: t('revenue.columns.nrr'), key: 'nrr' as const, color: CHART_COLORS.nrr },
        ].map((s) => ({
          name: s.name,
          type: 'line' as const,
          yAxisIndex: 1,
          smooth: true,
          symbolSize: 5,
          itemStyle: { color: s.color },
          data: byGroup(null, (r) => r[s.key]),
        }))
      : [];
    return {
      grid,
      legend: { top: 0, type: 'scroll' },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v) =>
          typeof v === 'number' && Math.abs(v) < 10
            ? formatRate(v, locale)
            : money(Number(v) * unit(currency), currency, locale),
      },
      xAxis: { type: 'category', data: periods.map(label) },
      yAxis: [
        {
          type: 'value',
          axisLabel: { formatter: (v: number) => compactMoney(v * unit(currency), currency, locale) },
        },
        {
          type: 'value',
          show: single,
          axisLabel: { formatter: (v: number) => formatRate(v, locale) },
          splitLine: { show: false },
        },
      ],
      series: [...arrSeries, ...rateSeries],
    };
  }, [retention, locale, t]);
  return <RevenueChart option={option} height={300} label={t('revenue.overview.arrChartLabel')} />;
}

/** Each period's movements as stacked bars: new and expansion up, contraction and churn down. */
export function WaterfallChart({ waterfall }: { waterfall: WaterfallResponse }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const option = useMemo<RevenueChartOption>(() => {
    const { currency, interval } = waterfall;
    const bars = (key: 'new' | 'expansion' | 'contraction' | 'churn', sign: 1 | -1) => ({
      name: t(`revenue.columns.${key}`),
      type: 'bar' as const,
      stack: 'movements',
      barMaxWidth: 28,
      itemStyle: { color: CHART_COLORS[key] },
      data: waterfall.data.map((w) => (sign * w[key]) / unit(currency)),
    });
    return {
      grid,
      legend: { top: 0 },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v) => money(Number(v) * unit(currency), currency, locale),
      },
      xAxis: {
        type: 'category',
        data: waterfall.data.map((w) => formatPeriod(w.period_start, interval, locale)),
      },
      yAxis: {
        type: 'value',
        axisLabel: { formatter: (v: number) => compactMoney(v * unit(currency), currency, locale) },
      },
      series: [bars('new', 1), bars('expansion', 1), bars('contraction', -1), bars('churn', -1)],
    };
  }, [waterfall, locale, t]);
  return <RevenueChart option={option} height={260} label={t('revenue.overview.waterfallChartLabel')} />;
}

/** Logo and revenue churn rates per period (all accounts in the filter). */
export function ChurnChart({ retention }: { retention: RetentionResponse }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const option = useMemo<RevenueChartOption>(() => {
    const rows = retention.data.filter((r) => r.group === (retention.group_by === 'none' ? null : r.group));
    const periods = [...new Set(rows.map((r) => r.period_start))];
    // Grouped rows are summed back to one line: churned over starting, across groups.
    const rate = (
      p: string,
      num: (r: (typeof rows)[number]) => number,
      den: (r: (typeof rows)[number]) => number,
    ) => {
      const inPeriod = rows.filter((r) => r.period_start === p);
      const d = inPeriod.reduce((s, r) => s + den(r), 0);
      return d === 0 ? null : inPeriod.reduce((s, r) => s + num(r), 0) / d;
    };
    return {
      grid,
      legend: { top: 0 },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v) => formatRate(v === undefined ? null : Number(v), locale),
      },
      xAxis: { type: 'category', data: periods.map((p) => formatPeriod(p, retention.interval, locale)) },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatRate(v, locale) } },
      series: [
        {
          name: t('revenue.columns.logoChurn'),
          type: 'line',
          smooth: false,
          itemStyle: { color: CHART_COLORS.churn },
          data: periods.map((p) =>
            rate(
              p,
              (r) => r.churned_logos,
              (r) => r.starting_logos,
            ),
          ),
        },
        {
          name: t('revenue.columns.revenueChurn'),
          type: 'line',
          smooth: false,
          itemStyle: { color: CHART_COLORS.contraction },
          data: periods.map((p) =>
            rate(
              p,
              (r) => r.contraction + r.churn,
              (r) => r.starting_arr,
            ),
          ),
        },
      ],
    };
  }, [retention, locale, t]);
  return <RevenueChart option={option} height={260} label={t('revenue.overview.churnChartLabel')} />;
}
