import type { BenchResult } from './report';
import { apiBench } from './api.bench';
import { ingestBench } from './ingest.bench';
import { kpiBench } from './kpi.bench';
import { bySize, fmt, type Size } from './bench-kit';

/**
 * The scale curve (issue 14): ingest, kpi and api run at growing sizes (the same benchmark functions,
 * given the size), printed as a table of each size's cost and its ratio to the previous size's,
 * with the size ratio beside it: a cost ratio at or under the size ratio is linear or better.
 *   ingest: seconds for the CSV import end to end; kpi: p95 of `kpis`; api: CPU ms per `journey(id)`.
 * `--size large` adds 10 M responses (hours of data generation, asked for explicitly).
 */
export const SCALE_SIZES: Record<Size, { responses: number[]; touchpoints: number[] }> = {
  tiny: { responses: [2_000, 4_000], touchpoints: [5, 10] },
  small: { responses: [10_000, 100_000, 1_000_000], touchpoints: [20, 200, 1_000] },
  large: { responses: [10_000, 100_000, 1_000_000, 10_000_000], touchpoints: [20, 200, 1_000] },
};

interface Point {
  size: number;
  cost: number;
  shown: string;
}

export interface CurveRow {
  benchmark: string;
  size: string;
  figure: string;
  /** This size's cost ÷ the previous size's; null at the first size. */
  costRatio: number | null;
  /** This size ÷ the previous size; null at the first size. */
  sizeRatio: number | null;
}

/** Each point with its cost and size ratios to the previous point. */
export function curveRows(benchmark: string, unit: string, points: Point[]): CurveRow[] {
  return points.map((p, i) => ({
    benchmark,
    size: `${p.size.toLocaleString('en')} ${unit}`,
    figure: p.shown,
    costRatio: i === 0 ? null : p.cost / points[i - 1].cost,
    sizeRatio: i === 0 ? null : p.size / points[i - 1].size,
  }));
}

/** The curve as a plain-text table. */
export function curveTable(rows: CurveRow[]): string {
  const head = ['benchmark', 'size', 'cost', '× previous', 'size ×'];
  const cells = rows.map((r) => [r.benchmark, r.size, r.figure, r.costRatio === null ? '—' : `${fmt(r.costRatio, 2)}×`, r.sizeRatio === null ? '—' : `${fmt(r.sizeRatio, 0)}×`]);
  const widths = head.map((h, k) => Math.max(h.length, ...cells.map((c) => c[k].length)));
  const line = (c: string[]) => `| ${c.map((x, k) => x.padEnd(widths[k])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}

/** Cost growth over size growth at the last step (1 = linear). */
const lastStepGrowth = (rows: CurveRow[]) => {
  const last = rows[rows.length - 1];
  return (last.costRatio ?? 1) / (last.sizeRatio ?? 1);
};

export async function scaleBench(size: Size, log: (line: string) => void): Promise<BenchResult> {
  const sizes = bySize(size, SCALE_SIZES);
  const prefixed = (name: string, n: number) => (line: string) => log(`[${name} ${n.toLocaleString('en')}] ${line}`);
  const figuresOf = (result: BenchResult) => {
    if (!result.figures) throw new Error(`${result.name} reported no figures`);
    return result.figures;
  };

  const ingest: Point[] = [];
  for (const n of sizes.responses) {
    const f = figuresOf(await ingestBench(size, prefixed('ingest', n), n));
    ingest.push({ size: n, cost: f.seconds, shown: `${fmt(f.seconds, 2)} s (${fmt(f.rowsPerSecond, 0)} rows/s, ${fmt(f.vsCopy, 2)}× COPY)` });
  }
  const kpi: Point[] = [];
  for (const n of sizes.responses) {
    const f = figuresOf(await kpiBench(size, prefixed('kpi', n), n));
    kpi.push({ size: n, cost: f.p95, shown: `p95 ${fmt(f.p95)} ms (p50 ${fmt(f.p50)} ms, ${fmt(f.cpuMs)} ms CPU)` });
  }
  const api: Point[] = [];
  for (const n of sizes.touchpoints) {
    const f = figuresOf(await apiBench(size, prefixed('api', n), n));
    api.push({ size: n, cost: f.cpuMs, shown: `${fmt(f.cpuMs, 2)} ms CPU/req (${fmt(f.perSecond, 0)} req/s, p50 ${fmt(f.p50)} ms, ${fmt(f.vsFloor, 2)}× floor)` });
  }

  const rows = { ingest: curveRows('ingest', 'responses', ingest), kpi: curveRows('kpi', 'responses', kpi), api: curveRows('api', 'touchpoints', api) };
  const table = curveTable([...rows.ingest, ...rows.kpi, ...rows.api]);
  const ingestGrowth = lastStepGrowth(rows.ingest);
  const apiGrowth = lastStepGrowth(rows.api);
  const kpiGrowth = rows.kpi[rows.kpi.length - 1].costRatio ?? 1;
  return {
    name: `scale (responses ${sizes.responses.map((n) => n.toLocaleString('en')).join(' / ')}; touchpoints ${sizes.touchpoints.join(' / ')})`,
    lines: table.split('\n'),
    checks: [
      { label: 'ingest: time growth ÷ size growth at the largest step (bar ≤ 1.5×)', value: `${fmt(ingestGrowth, 2)}×`, pass: ingestGrowth <= 1.5 },
      { label: 'kpi: p95 at the largest size ÷ p95 at the previous size (bar ≤ 1.5×)', value: `${fmt(kpiGrowth, 2)}×`, pass: kpiGrowth <= 1.5 },
      { label: 'api: CPU per request growth ÷ touchpoint growth at the largest step (bar ≤ 1.5×)', value: `${fmt(apiGrowth, 2)}×`, pass: apiGrowth <= 1.5 },
    ],
    figures: Object.fromEntries(
      Object.entries({ ingest, kpi, api }).flatMap(([name, points]) => points.map((p) => [`${name}@${p.size}`, p.cost])),
    ),
  };
}
