import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreviewResult } from '../../../shared/health.ts';
import { useLocale } from '../../i18n/index.ts';
import { formatNumber } from '../../lib/format.ts';
import { asOption, EChart } from './health-charts.ts';
import { HEALTH_HEX } from './health-format.ts';
import type { Draft } from './scorecard-draft.ts';

/** How many accounts the draft would give each score, each bar in its band's color. */
export default function Histogram({ data, bands }: { data: PreviewResult; bands: Draft['color_bands'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const option = useMemo(
    () =>
      asOption({
        grid: { left: 32, right: 8, top: 10, bottom: 24 },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        xAxis: {
          type: 'category',
          data: data.histogram.map((b) => `${formatNumber(b.from, locale)}–${formatNumber(b.to, locale)}`),
          axisLabel: { fontSize: 9, interval: 1 },
        },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          {
            type: 'bar',
            name: t('health.preview.accountsAxis'),
            barCategoryGap: '12%',
            data: data.histogram.map((b) => {
              const mid = Math.round((b.from + b.to) / 2);
              const band = bands.find((x) => mid >= x.min && mid <= x.max);
              return { value: b.count, itemStyle: { color: HEALTH_HEX[band?.color ?? 'none'] } };
            }),
          },
        ],
      }),
    [data, bands, locale, t],
  );
  return <EChart option={option} height={170} label={t('health.preview.histogramLabel')} />;
}
