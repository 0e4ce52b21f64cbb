import { EMOTION_MAX, EMOTION_MIN } from '@opencx/domain';
import type { CurveBox } from './emotion-curve';
import type { TouchpointKpis, TouchpointMetricKpi } from './types';

/** The periods the map offers, in days back from today (inclusive of today). */
export const KPI_PERIODS = [30, 90, 365] as const;
export type KpiPeriod = (typeof KPI_PERIODS)[number];
/** Below this many answers a figure is shown greyed with an "n<30" hint, never judged. */
export const CHIP_LOW_SAMPLE_N = 30;
/** Chips a card has room for; the rest are in the tooltip of the last. */
export const MAX_CHIPS = 4;

const pad = (n: number) => String(n).padStart(2, '0');
const localDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** The window of the last `days` days ending today, as local calendar dates (YYYY-MM-DD). */
export function periodWindow(days: number, today: Date): { from: string; to: string } {
  const from = new Date(today.getFullYear(), today.getMonth(), today.getDate() - (days - 1));
  return { from: localDay(from), to: localDay(today) };
}

export type ChipTone = 'good' | 'warning' | 'bad' | 'low' | 'neutral';

export interface KpiChip {
  key: string;
  label: string;
  /** The metric's full name in the map's language (the tooltip's title). */
  name: string;
  text: string;
  n: number;
  value: number;
  tone: ChipTone;
  status: string;
  low: number | null;
  high: number | null;
  target: number | null;
  /** An open KPI alert on this metric here: the value and p-value that opened it. */
  alert: { value: number; n: number; pValue: number } | null;
}

const SHORT_LABEL: Record<string, string> = { nps: 'NPS', csat: 'CSAT', ces: 'CES' };

/** A figure as a chip shows it: NPS signed, shares in %, durations and numbers with their unit. */
export function formatKpiValue(kind: string, value: number, unit: string | null | undefined): string {
  if (kind === 'nps') return `${value > 0 ? '+' : value < 0 ? '−' : ''}${Math.abs(Math.round(value))}`;
  if (kind === 'csat' || kind === 'ces' || kind === 'rate') return `${Math.round(value)}%`;
  const v = Math.abs(value) >= 100 ? String(Math.round(value)) : String(Math.round(value * 10) / 10);
  if (unit === 'minutes') return `${v}′`;
  if (unit === 'hours') return `${v} h`;
  return unit && unit !== '%' ? `${v} ${unit}` : v;
}

function toneOf(m: TouchpointMetricKpi): ChipTone {
  if (m.figure.n < CHIP_LOW_SAMPLE_N) return 'low';
  return m.figure.status === 'ON_TARGET' ? 'good' : m.figure.status === 'WARNING' ? 'warning' : m.figure.status === 'OFF_TARGET' ? 'bad' : 'neutral';
}

/**
 * The chips of one touchpoint: every metric with answers in the window (absent at n = 0, never
 * "0"), survey metrics first as the API orders them; the label is the short survey name or the
 * metric's name in the map's language.
 */
export function kpiChips(kpis: TouchpointKpis | undefined, locale: string): KpiChip[] {
  if (!kpis) return [];
  return kpis.metrics
    .filter((m) => m.figure.n > 0 && m.figure.value !== null && m.figure.value !== undefined)
    .map((m) => ({
      key: m.key,
      label: SHORT_LABEL[m.kind] ?? (locale === 'zh-CN' ? m.nameZh : m.nameEn),
      name: locale === 'zh-CN' ? m.nameZh : m.nameEn,
      text: formatKpiValue(m.kind, m.figure.value as number, m.unit),
      n: m.figure.n,
      value: m.figure.value as number,
      tone: toneOf(m),
      status: m.figure.status,
      low: m.figure.low ?? null,
      high: m.figure.high ?? null,
      target: m.figure.target ?? null,
      alert: kpis.alerts?.get(m.key) ?? null,
    }));
}

/** y of a measured (continuous) emotion in the curve box: same scale as the designed curve, not rounded. */
export function measuredY(value: number, box: CurveBox): number {
  const v = Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, value));
  const inner = box.height - 2 * box.padding;
  return Math.round((box.padding + ((EMOTION_MAX - v) / (EMOTION_MAX - EMOTION_MIN)) * inner) * 100) / 100;
}

export interface MeasuredPoint {
  id: string;
  x: number;
  y: number;
  value: number;
  n: number;
  lowSample: boolean;
  lowY: number | null;
  highY: number | null;
}

/**
 * Measured emotion points in map order, only where customers answered (n > 0), split into runs of
 * neighbouring columns: a gap (a touchpoint nobody rated) breaks the line rather than inventing a value.
 */
export function measuredRuns(columns: readonly { id: string; x: number }[], kpis: ReadonlyMap<string, TouchpointKpis>, box: CurveBox): MeasuredPoint[][] {
  const runs: MeasuredPoint[][] = [];
  let run: MeasuredPoint[] = [];
  for (const c of columns) {
    const e = kpis.get(c.id)?.emotion;
    if (!e || e.n === 0 || e.value === null || e.value === undefined) {
      if (run.length) runs.push(run);
      run = [];
      continue;
    }
    run.push({
      id: c.id,
      x: c.x,
      y: measuredY(e.value, box),
      value: e.value,
      n: e.n,
      lowSample: e.lowSample,
      lowY: e.low === null || e.low === undefined ? null : measuredY(e.low, box),
      highY: e.high === null || e.high === undefined ? null : measuredY(e.high, box),
    });
  }
  if (run.length) runs.push(run);
  return runs;
}
