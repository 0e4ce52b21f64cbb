import type { MetricDirection, MetricKind } from '@opencx/domain';

/** What a metric definition is created from: a core metric or a plugin preset. */
export interface MetricSeed {
  key: string;
  kind: MetricKind;
  name: { en: string; 'zh-CN': string };
  unit?: string;
  scale: { min: number; max: number };
  direction: MetricDirection;
  defaultTarget: number;
  warningThreshold?: number;
}

/** How each kind's reported figure is computed (DESIGN.md §3); stored with every definition. */
export const METRIC_FORMULAS: Record<MetricKind, string> = {
  nps: 'nps_0_10: 100 × (promoters 9–10 − detractors 0–6) / answers; adjusted-Wald 95% interval',
  csat: 'top2box_1_5: % of answers 4–5; Wilson 95% interval',
  ces: 'top3box_1_7: % of answers 5–7 (CES 2.0, higher = easier); Wilson interval; mean with t interval',
  numeric: 'mean of observations',
  duration: 'mean duration; share within SLA',
  rate: '% of observations equal to 1',
};

export const CORE_METRICS: readonly MetricSeed[] = [
  { key: 'nps', kind: 'nps', name: { en: 'Net Promoter Score', 'zh-CN': '净推荐值 NPS' }, scale: { min: 0, max: 10 }, direction: 'higher_is_better', defaultTarget: 30, warningThreshold: 0 },
  { key: 'csat', kind: 'csat', name: { en: 'Customer satisfaction (top-2-box)', 'zh-CN': '客户满意度 CSAT（满意率）' }, unit: '%', scale: { min: 1, max: 5 }, direction: 'higher_is_better', defaultTarget: 85, warningThreshold: 75 },
  { key: 'ces', kind: 'ces', name: { en: 'Customer effort (share easy, 5–7)', 'zh-CN': '客户费力度 CES（省力率）' }, unit: '%', scale: { min: 1, max: 7 }, direction: 'higher_is_better', defaultTarget: 80, warningThreshold: 65 },
];
