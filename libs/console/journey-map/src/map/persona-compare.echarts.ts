import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface PersonaCompareChartHandle {
  setOption(option: unknown, notMerge?: boolean): void;
  resize(): void;
  dispose(): void;
}

/** The comparison chart's ECharts (line chart only), loaded when the comparison opens. */
export const init = (el: HTMLElement): PersonaCompareChartHandle => echarts.init(el) as unknown as PersonaCompareChartHandle;
