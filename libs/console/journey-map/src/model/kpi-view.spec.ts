import { formatKpiValue, kpiChips, measuredRuns, measuredY, periodWindow } from './kpi-view';
import type { TouchpointKpis } from './types';

const metric = (key: string, kind: string, value: number | null, n: number, status: string, unit: string | null = null) => ({
  metricId: key,
  key,
  kind,
  nameEn: `${key} en`,
  nameZh: `${key} 中`,
  unit,
  direction: 'higher_is_better',
  bound: true,
  figure: { value, n, low: null, high: null, lowSample: n < 30, target: 80, status: status as never },
});
const tp = (id: string, emotion: { value: number | null; n: number }, metrics: ReturnType<typeof metric>[] = []): TouchpointKpis => ({
  touchpointId: id,
  emotion: { ...emotion, low: emotion.value === null ? null : emotion.value - 0.5, high: emotion.value === null ? null : emotion.value + 0.5, lowSample: emotion.n < 30 },
  metrics,
});

describe('KPI chips', () => {
  it('windows the last N days ending today', () => {
    expect(periodWindow(30, new Date(2026, 10, 28))).toEqual({ from: '2026-10-30', to: '2026-11-28' });
    expect(periodWindow(365, new Date(2026, 10, 28))).toEqual({ from: '2025-11-29', to: '2026-11-28' });
  });

  it('formats NPS signed, shares in %, durations with their unit', () => {
    expect(formatKpiValue('nps', 32.4, null)).toBe('+32');
    expect(formatKpiValue('nps', -7.6, null)).toBe('−8');
    expect(formatKpiValue('csat', 81.6, '%')).toBe('82%');
    expect(formatKpiValue('duration', 12.34, 'minutes')).toBe('12.3′');
    expect(formatKpiValue('duration', 130.4, 'hours')).toBe('130 h');
  });

  it('is absent at n = 0, greyed below 30 and coloured by status otherwise', () => {
    const chips = kpiChips(
      tp('a', { value: 1, n: 40 }, [metric('nps', 'nps', 20, 40, 'WARNING'), metric('csat', 'csat', null, 0, 'NO_DATA'), metric('ces', 'ces', 90, 12, 'LOW_SAMPLE'), metric('x', 'numeric', 3, 50, 'ON_TARGET')]),
      'zh-CN',
    );
    expect(chips.map((c) => [c.label, c.text, c.n, c.tone])).toEqual([
      ['NPS', '+20', 40, 'warning'],
      ['CES', '90%', 12, 'low'],
      ['x 中', '3', 50, 'good'],
    ]);
    expect(kpiChips(undefined, 'en')).toEqual([]);
  });
});

describe('measured emotion curve', () => {
  const box = { height: 138, padding: 16 };
  it('places values on the designed scale without rounding', () => {
    expect(measuredY(3, box)).toBe(16);
    expect(measuredY(-3, box)).toBe(122);
    expect(measuredY(0, box)).toBe(69);
    expect(measuredY(1.5, box)).toBe(42.5);
    expect(measuredY(-9, box)).toBe(122);
  });

  it('draws points only where n > 0 and breaks the line at gaps', () => {
    const kpis = new Map([
      ['a', tp('a', { value: 1.5, n: 40 })],
      ['b', tp('b', { value: null, n: 0 })],
      ['c', tp('c', { value: -1.5, n: 3 })],
      ['d', tp('d', { value: 0, n: 31 })],
    ]);
    const runs = measuredRuns(['a', 'b', 'c', 'd', 'e'].map((id, i) => ({ id, x: 100 + 200 * i })), kpis, box);
    expect(runs.map((r) => r.map((p) => p.id))).toEqual([['a'], ['c', 'd']]);
    expect(runs[1][0]).toMatchObject({ x: 500, y: 95.5, n: 3, lowSample: true, lowY: measuredY(-2, box), highY: measuredY(-1, box) });
  });

  it('marks the chip of a metric with an open KPI alert, and only that one', () => {
    const alert = { id: 'al', touchpointId: 'a', metricKey: 'nps', value: -12, n: 45, pValue: 0.002, windowFrom: '2026-11-22', windowTo: '2026-11-28' };
    const chips = kpiChips({ ...tp('a', { value: 1, n: 45 }, [metric('nps', 'nps', -12, 45, 'OFF_TARGET'), metric('csat', 'csat', 70, 45, 'WARNING')]), alerts: new Map([['nps', alert]]) }, 'en');
    expect(chips.map((c) => [c.key, c.alert])).toEqual([
      ['nps', alert],
      ['csat', null],
    ]);
  });
});
