import { barOf, benchChart, benchTable, headroom } from './report';

it('reads the bar a check states', () => {
  expect(barOf('REST ÷ raw unnest (bar ≥ 0.7×)')).toBe('≥ 0.7×');
  expect(barOf('SQL statements per request ≤ 5')).toBe('≤ 5');
  expect(barOf('p99 < 50 ms at an open-loop 100 req/s')).toBe('< 50 ms');
  expect(barOf('no bar here')).toBe('');
});

it('measures headroom against the bar: 1 is exactly the bar, more is better', () => {
  // Each fixture's verdict is computed from its figure and bar, as a benchmark computes it (headroom reads neither).
  expect(headroom({ label: 'x (bar ≥ 0.5×)', value: '0.60×', pass: 0.6 >= 0.5 })).toBeCloseTo(0.6 / 0.5, 10);
  expect(headroom({ label: 'x (bar ≤ 1.5×)', value: '3.00×', pass: 3 <= 1.5 })).toBeCloseTo(1.5 / 3, 10);
  expect(headroom({ label: 'p95 < 50 ms', value: '25.0 ms', pass: 25 < 50 })).toBeCloseTo(2, 10);
  expect(headroom({ label: 'x (bar ≥ 100×)', value: '1,250×', pass: 1250 >= 100 })).toBeCloseTo(12.5, 10);
  expect(headroom({ label: 'no bar', value: '3', pass: false })).toBeNull();
});

it('tabulates every check with its value, bar and verdict, and charts one row per check', () => {
  const results = [
    { name: 'batch api (30 × 1000 rows)', lines: [], checks: [{ label: 'REST ÷ raw unnest (bar ≥ 0.7×)', value: '0.25×', pass: 0.25 >= 0.7 }, { label: 'REST ÷ naive save (bar ≥ 20×)', value: '31.0×', pass: 31 >= 20 }] },
  ];
  const table = benchTable(results).split('\n');
  expect(table).toHaveLength(4);
  expect(table[2]).toMatch(/^\| batch api +\| REST ÷ raw unnest +\| 0\.25× +\| ≥ 0\.7× +\| FAIL +\|$/);
  expect(table[3]).toMatch(/\| PASS +\|$/);
  const svg = benchChart(results, 'test');
  expect(svg.match(/<rect /g)).toHaveLength(2);
  expect(svg).toContain('fill="#c62828"');
  expect(svg).toContain('fill="#2e7d32"');
});
