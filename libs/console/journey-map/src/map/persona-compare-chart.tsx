'use client';

import { useMemo } from 'react';
import { Skeleton } from 'antd';
import { useLazyEChart } from '@opencx/console-shell/charts/use-lazy-echart';

const loadChart = () => import('./persona-compare.echarts');

/** One x position of the chart: a label and the two curves' values there (null: that curve has no point here). */
export interface CurvePair {
  name: string;
  a: number | null;
  b: number | null;
}

/** Two emotion curves (two personas, or a current and a future state) on one −3…+3 chart (ECharts loaded on first use, its own chunk). */
export function PersonaCompareChart({ rows, nameA, nameB, label, testId = 'persona-compare-chart' }: { rows: readonly CurvePair[]; nameA: string; nameB: string; label: string; testId?: string }) {
  const option = useMemo(
    () => ({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { data: [nameA, nameB], top: 0 },
      grid: { left: 36, right: 16, top: 32, bottom: 48 },
      xAxis: { type: 'category', data: rows.map((r) => r.name), axisLabel: { interval: 0, rotate: rows.length > 8 ? 30 : 0 } },
      yAxis: { type: 'value', min: -3, max: 3, interval: 1 },
      series: [
        { name: nameA, type: 'line', data: rows.map((r) => r.a), symbolSize: 8, lineStyle: { width: 3 }, color: '#0b5cd5' },
        { name: nameB, type: 'line', data: rows.map((r) => r.b), symbolSize: 8, lineStyle: { width: 3, type: 'dashed' }, color: '#d4380d' },
      ],
    }),
    [rows, nameA, nameB],
  );
  const { el, ready } = useLazyEChart(loadChart, option);

  return (
    <div style={{ position: 'relative', height: 260, width: '100%' }}>
      {ready ? null : <Skeleton.Node active style={{ width: '100%', height: 260 }} />}
      <div ref={el} role="img" aria-label={label} data-testid={testId} data-ready={ready} style={{ position: 'absolute', inset: 0 }} />
    </div>
  );
}
