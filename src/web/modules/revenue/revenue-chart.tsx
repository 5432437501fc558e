import { BarChart, type BarSeriesOption, LineChart, type LineSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  type GridComponentOption,
  LegendComponent,
  type LegendComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components';
import { type ComposeOption, init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { withSafeTooltips } from '../../lib/escape-html.ts';

// Bars (waterfall, forecast) and lines (ARR, rates): only what the revenue charts draw.
use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type RevenueChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/** An ECharts canvas that follows its container's width; `label` describes it to screen readers. */
export function RevenueChart({
  option,
  height,
  label,
}: {
  option: RevenueChartOption;
  height: number;
  label: string;
}) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof init> | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const instance = init(container.current, null, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(container.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(withSafeTooltips(option), { notMerge: true });
  }, [option]);

  return <div ref={container} className="revenue-chart" style={{ height }} role="img" aria-label={label} />;
}

export const CHART_COLORS = {
  arr: '#2f6fd6',
  grr: '#8a5cd0',
  nrr: '#1f9d74',
  new: '#2f6fd6',
  expansion: '#1f9d74',
  contraction: '#e0a030',
  churn: '#d64545',
  muted: '#98a2b3',
};
