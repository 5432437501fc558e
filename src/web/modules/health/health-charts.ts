import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  MarkPointComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { ChartOption } from '../usage/echart.tsx';

// The health charts add bars, a heat map and band/marker overlays to what the usage charts register.
use([
  LineChart,
  BarChart,
  HeatmapChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  MarkAreaComponent,
  MarkLineComponent,
  MarkPointComponent,
  VisualMapComponent,
  CanvasRenderer,
]);

/** Options for the shared EChart component; its type lists only line charts, ours use more series kinds. */
export const asOption = (o: Record<string, unknown>) => o as unknown as ChartOption;
export { EChart } from '../usage/echart.tsx';
