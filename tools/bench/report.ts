/** How a benchmark reports: its figures, and checks each computed against a bar in the same run. */
export interface BenchCheck {
  label: string;
  /** The measured figure as printed (e.g. `0.62×`, `38.1 ms`, `5`). */
  value: string | number;
  pass: boolean;
}

export interface BenchResult {
  name: string;
  /** Figures with their baselines measured in the same run. */
  lines: string[];
  checks: BenchCheck[];
  /** Raw figures by name (e.g. `rowsPerSecond`), for benchmarks that compare runs (the scale curve). */
  figures?: Record<string, number>;
}

/** The bar a check is held to, as its label states it (`… (bar ≥ 0.5×)`, `… ≤ 5`, `p99 < 50 ms …`). */
export function barOf(label: string): string {
  const stated = /\(bar ([^)]*)\)/.exec(label)?.[1] ?? /(?:≥|≤|<|>)\s*[\d.,]+\s*(?:×|ms|kB)?/.exec(label)?.[0];
  return stated?.trim() ?? '';
}

/**
 * How far a check is from its bar, as a factor where 1 is exactly the bar and more is better
 * (`≥ 0.5×` met by 0.6× is 1.2; `< 50 ms` met by 25 ms is 2); null when value or bar is not numeric.
 */
export function headroom(check: BenchCheck): number | null {
  const bar = barOf(check.label);
  const threshold = Number(/[\d.]+/.exec(bar.replace(/,/g, ''))?.[0]);
  const value = Number(/-?[\d.]+/.exec(String(check.value).replace(/,/g, ''))?.[0]);
  if (!Number.isFinite(threshold) || !Number.isFinite(value) || threshold === 0) return null;
  if (bar.startsWith('≥') || bar.startsWith('>')) return value / threshold;
  if (bar.startsWith('≤') || bar.startsWith('<')) return value === 0 ? Infinity : threshold / value;
  return null;
}

/** A plain-text table of every check: benchmark, check, value, bar, PASS/FAIL. */
export function benchTable(results: BenchResult[]): string {
  const rows = results.flatMap((r) => r.checks.map((c) => [r.name.split(' (')[0], c.label.replace(/\s*\(bar [^)]*\)/, ''), String(c.value), barOf(c.label), c.pass ? 'PASS' : 'FAIL']));
  const head = ['benchmark', 'check', 'value', 'bar', 'result'];
  const widths = head.map((h, k) => Math.max(h.length, ...rows.map((row) => row[k].length)));
  const line = (cells: string[]) => `| ${cells.map((c, k) => c.padEnd(widths[k])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A small SVG chart: one bar per check, its headroom against the bar on a log scale (the line at 1× is the bar). */
export function benchChart(results: BenchResult[], title: string): string {
  const checks = results.flatMap((r) => r.checks.map((c) => ({ bench: r.name.split(' (')[0], check: c, factor: headroom(c) })));
  const rowHeight = 22;
  const labelWidth = 520;
  const plotWidth = 360;
  const height = 40 + rowHeight * checks.length;
  // log10 scale from 0.01× to 100×, the bar (1×) in the middle.
  const x = (f: number) => labelWidth + ((Math.max(-2, Math.min(2, Math.log10(f))) + 2) / 4) * plotWidth;
  const rows = checks.map(({ bench, check, factor }, i) => {
    const y = 30 + i * rowHeight;
    const colour = check.pass ? '#2e7d32' : '#c62828';
    const label = escapeXml(`${bench}: ${check.label}`.slice(0, 80));
    const bar = factor === null ? '' : `<rect x="${x(0.01)}" y="${y}" width="${Math.max(1, x(factor) - x(0.01)).toFixed(1)}" height="${rowHeight - 8}" fill="${colour}"/>`;
    return `<text x="4" y="${y + 11}" font-size="11">${label}</text>${bar}<text x="${labelWidth + plotWidth + 6}" y="${y + 11}" font-size="11" fill="${colour}">${escapeXml(String(check.value))} ${check.pass ? 'PASS' : 'FAIL'}</text>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${labelWidth + plotWidth + 140}" height="${height}" font-family="sans-serif">`,
    `<text x="4" y="16" font-size="13" font-weight="bold">${escapeXml(title)} — headroom against each bar (log scale, line = bar)</text>`,
    ...rows,
    `<line x1="${x(1)}" y1="24" x2="${x(1)}" y2="${height - 4}" stroke="#000" stroke-dasharray="3,3"/>`,
    '</svg>',
  ].join('\n');
}
