'use client';

import { useEffect, useRef } from 'react';
import { init, use as registerEcharts, type ComposeOption } from 'echarts/core';
import { CustomChart, LineChart, type CustomSeriesOption, type LineSeriesOption } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, type GridComponentOption, type LegendComponentOption, type TooltipComponentOption } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

registerEcharts([LineChart, CustomChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

type Option = ComposeOption<LineSeriesOption | CustomSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

export interface ImpactPoint {
  value: number;
  low: number;
  high: number;
  n: number;
}

export interface ImpactChartProps {
  labels: { before: string; after: string; treated: string; control: string };
  treated: [ImpactPoint | null, ImpactPoint | null];
  control: [ImpactPoint | null, ImpactPoint | null];
  unit: string;
}

const COLORS = { treated: '#1677ff', control: '#8c8c8c' };

/** Error bars: a vertical line from low to high with small caps, at each category. */
function intervalSeries(name: string, color: string, points: [ImpactPoint | null, ImpactPoint | null], offset: number): CustomSeriesOption {
  return {
    type: 'custom',
    name,
    data: points.map((p, i) => (p ? [i, p.low, p.high] : [i, NaN, NaN])),
    renderItem: (_params, api) => {
      const low = api.coord([api.value(0) as number, api.value(1) as number]);
      const high = api.coord([api.value(0) as number, api.value(2) as number]);
      const x = low[0] + offset;
      const style = { stroke: color, lineWidth: 1.5 };
      return {
        type: 'group',
        children: [
          { type: 'line', shape: { x1: x, y1: low[1], x2: x, y2: high[1] }, style },
          { type: 'line', shape: { x1: x - 5, y1: low[1], x2: x + 5, y2: low[1] }, style },
          { type: 'line', shape: { x1: x - 5, y1: high[1], x2: x + 5, y2: high[1] }, style },
        ],
      };
    },
    tooltip: { show: false },
    z: 1,
  };
}

/** Before/after figures of the action's touchpoints and of the controls, each with its 95 % interval. */
export default function ImpactChart({ labels, treated, control, unit }: ImpactChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = init(ref.current, undefined, { renderer: 'svg' });
    const line = (name: string, color: string, points: [ImpactPoint | null, ImpactPoint | null]): LineSeriesOption => ({
      type: 'line',
      name,
      data: points.map((p) => (p ? Number(p.value.toFixed(2)) : null)),
      symbolSize: 9,
      itemStyle: { color },
      lineStyle: { color },
      z: 2,
    });
    const option: Option = {
      animation: false,
      grid: { left: 48, right: 24, top: 36, bottom: 28 },
      legend: { data: [labels.treated, labels.control], top: 0 },
      tooltip: { trigger: 'axis', valueFormatter: (v) => (v === null || v === undefined ? '—' : `${v}${unit}`) },
      xAxis: { type: 'category', data: [labels.before, labels.after] },
      yAxis: { type: 'value', scale: true },
      series: [line(labels.treated, COLORS.treated, treated), intervalSeries(labels.treated, COLORS.treated, treated, -4), line(labels.control, COLORS.control, control), intervalSeries(labels.control, COLORS.control, control, 4)],
    };
    chart.setOption(option);
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [labels, treated, control, unit]);
  return <div ref={ref} data-testid="impact-chart" role="img" aria-label={`${labels.treated} / ${labels.control}`} style={{ width: '100%', height: 260 }} />;
}
