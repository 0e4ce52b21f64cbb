/** What a lazily loaded chart module gives: an ECharts instance on an element (the module registers only its own parts). */
export interface ChartHandle {
  setOption(option: unknown, notMerge?: boolean): void;
  getDataURL(opts: { type: 'png'; pixelRatio?: number; backgroundColor?: string }): string;
  resize(): void;
  dispose(): void;
}

export interface ChartModule {
  init(el: HTMLElement): ChartHandle;
}

export type ChartKind = 'trend' | 'heatmap' | 'quadrant';

/** One dynamic import per chart kind: each is its own chunk, none is in the first load. */
export const CHART_LOADERS: Record<ChartKind, () => Promise<ChartModule>> = {
  trend: () => import('./trend.echarts'),
  heatmap: () => import('./heatmap.echarts'),
  quadrant: () => import('./quadrant.echarts'),
};
