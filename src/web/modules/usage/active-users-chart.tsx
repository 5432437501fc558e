import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountUsage } from '../../../shared/usage.ts';
import { useLocale } from '../../i18n/index.ts';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { type ChartOption, cssColor, EChart } from './echart.tsx';

type Series = 'dau' | 'wau' | 'mau';
const SERIES: { key: Series; color: [string, string] }[] = [
  { key: 'dau', color: ['--accent', '#1f7a5a'] },
  { key: 'wau', color: ['--chart-2', '#3b7dd8'] },
  { key: 'mau', color: ['--chart-3', '#8a5cd0'] },
];

/** DAU, WAU and MAU per day: loaded on its own so ECharts is fetched only when a usage tab opens. */
export default function ActiveUsersChart({ points }: { points: AccountUsage['active_users'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const option = useMemo<ChartOption>(() => {
    const axisDay = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
    const text2 = cssColor('--text-2', '#535a64');
    const border = cssColor('--border', '#e4e7eb');
    return {
      animation: false,
      grid: { left: 8, right: 16, top: 36, bottom: 4, containLabel: true },
      legend: {
        top: 0,
        left: 0,
        icon: 'roundRect',
        itemWidth: 12,
        itemHeight: 4,
        textStyle: { color: text2 },
      },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (value) => formatNumber(Number(value), locale),
      },
      xAxis: {
        type: 'category',
        boundaryGap: false,
        data: points.map((p) => p.day),
        axisLabel: {
          color: text2,
          hideOverlap: true,
          formatter: (day: string) => axisDay.format(new Date(`${day}T00:00:00Z`)),
        },
        axisLine: { lineStyle: { color: border } },
        axisTick: { show: false },
        axisPointer: { label: { formatter: ({ value }) => formatDate(String(value), locale) } },
      },
      yAxis: {
        type: 'value',
        minInterval: 1,
        axisLabel: { color: text2, formatter: (value: number) => formatNumber(value, locale) },
        splitLine: { lineStyle: { color: border } },
      },
      series: SERIES.map(({ key, color }) => ({
        type: 'line',
        name: t(`usage.activeUsers.${key}`),
        data: points.map((p) => p[key]),
        showSymbol: false,
        smooth: false,
        lineStyle: { width: key === 'dau' ? 1.5 : 2 },
        color: cssColor(...color),
      })),
    };
  }, [points, locale, t]);

  const last = points.at(-1);
  const label = t('usage.activeUsers.summary', {
    dau: formatNumber(last?.dau ?? 0, locale),
    wau: formatNumber(last?.wau ?? 0, locale),
    mau: formatNumber(last?.mau ?? 0, locale),
  });
  return <EChart option={option} height={280} label={label} />;
}
