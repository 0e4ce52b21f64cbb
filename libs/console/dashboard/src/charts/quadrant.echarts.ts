import * as echarts from 'echarts/core';
import { ScatterChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { ChartHandle } from './chart-module';

echarts.use([ScatterChart, GridComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

export const init = (el: HTMLElement): ChartHandle => echarts.init(el) as unknown as ChartHandle;
