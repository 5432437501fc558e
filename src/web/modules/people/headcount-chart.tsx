import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamMetrics } from '../../../shared/people.ts';
import { useLocale } from '../../i18n/index.ts';
import { formatNumber } from '../../lib/format.ts';
import { type ChartOption, cssColor, EChart } from '../usage/echart.tsx';

/** Headcount at each month end of the period. */
export default function HeadcountChart({ points }: { points: TeamMetrics['headcount'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const option = useMemo<ChartOption>(() => {
    const month = new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' });
    const text2 = cssColor('--text-2', '#535a64');
    const border = cssColor('--border', '#e4e7eb');
    return {
      animation: false,
      grid: { left: 8, right: 16, top: 16, bottom: 4, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: (v) => formatNumber(Number(v), locale) },
      xAxis: {
        type: 'category',
        data: points.map((p) => p.month),
        axisLabel: { color: text2, formatter: (m: string) => month.format(new Date(`${m}-01T00:00:00Z`)) },
        axisLine: { lineStyle: { color: border } },
        axisTick: { show: false },
      },
      yAxis: {
        type: 'value',
        minInterval: 1,
        axisLabel: { color: text2, formatter: (v: number) => formatNumber(v, locale) },
        splitLine: { lineStyle: { color: border } },
      },
      series: [
        {
          type: 'line',
          step: 'end',
          name: t('people.metrics.headcount'),
          data: points.map((p) => p.headcount),
          areaStyle: { opacity: 0.08 },
          color: cssColor('--accent', '#1f7a5a'),
        },
      ],
    };
  }, [points, locale, t]);
  const last = points.at(-1)?.headcount ?? 0;
  return <EChart option={option} height={240} label={t('people.metrics.headcountChart', { count: last })} />;
}
