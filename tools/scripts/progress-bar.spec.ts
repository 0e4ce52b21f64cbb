import { progressBar } from './progress-bar';

describe('progressBar', () => {
  it('redraws one line on a terminal and ends it at 100 %', () => {
    const out: string[] = [];
    const bar = progressBar((s) => out.push(s), true);
    bar(0, 4000);
    bar(1000, 4000);
    bar(4000, 4000);
    expect(out.every((s) => s.startsWith('\r'))).toBe(true);
    expect(out[1]).toContain(' 25 % (1,000/4,000)');
    expect(out[2].endsWith('100 % (4,000/4,000)\n')).toBe(true);
    expect(out.slice(0, 2).some((s) => s.includes('\n'))).toBe(false);
  });

  it('writes a line per 10 % step elsewhere, not one per batch', () => {
    const out: string[] = [];
    const bar = progressBar((s) => out.push(s), false);
    for (let done = 0; done <= 30000; done += 1000) bar(done, 30000);
    expect(out).toHaveLength(11);
    expect(out[0]).toBe('[opencx] feedback 0 % (0/30000)\n');
    expect(out[10]).toBe('[opencx] feedback 100 % (30000/30000)\n');
  });
});
