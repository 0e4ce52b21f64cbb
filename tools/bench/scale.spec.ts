import { curveRows, curveTable } from './scale.bench';

describe('scale curve table', () => {
  const rows = curveRows('kpi', 'responses', [
    { size: 10_000, cost: 4, shown: 'p95 4 ms' },
    { size: 100_000, cost: 5, shown: 'p95 5 ms' },
    { size: 1_000_000, cost: 10, shown: 'p95 10 ms' },
  ]);

  it('gives each size its cost and size ratio to the previous size, none at the first', () => {
    // 5 ÷ 4 = 1.25, 10 ÷ 5 = 2; sizes grow 10× each step.
    expect(rows.map((r) => [r.size, r.costRatio, r.sizeRatio])).toEqual([
      ['10,000 responses', null, null],
      ['100,000 responses', 1.25, 10],
      ['1,000,000 responses', 2, 10],
    ]);
  });

  it('prints one line per size under a header', () => {
    const lines = curveTable(rows).split('\n');
    expect(lines).toHaveLength(2 + 3);
    expect(lines[0]).toMatch(/^\| benchmark +\| size +\| cost +\| × previous \| size × \|$/);
    expect(lines[2]).toContain('| —');
    expect(lines[3]).toContain('| 1.25×');
    expect(lines[4]).toMatch(/\| 2\.00× +\| 10× +\|$/);
  });
});
