import { exportFileName, exportScale, MAX_CANVAS_AREA, MAX_CANVAS_SIDE } from './export-scale';

describe('exportScale', () => {
  it('exports small maps at 2×', () => {
    expect(exportScale(1600, 900)).toBe(2);
  });

  it('shrinks very wide maps (12 stages × 200 touchpoints) to fit the canvas limits', () => {
    const width = 148 + 200 * 200;
    const height = 1_000;
    const scale = exportScale(width, height);
    expect(scale).toBeLessThan(1);
    expect(width * scale).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
    expect(width * scale * height * scale).toBeLessThanOrEqual(MAX_CANVAS_AREA);
  });

  it('keeps a 200-touchpoint map readable where the browser allows wider canvases', () => {
    const width = 148 + 200 * 200;
    expect(exportScale(width, 1_000, 2, 32_000)).toBeGreaterThan(0.75);
    expect(exportScale(width, 1_000, 2, 32_000) * width).toBeLessThanOrEqual(32_000);
  });

  it('copes with empty sizes', () => {
    expect(exportScale(0, 100)).toBe(2);
  });
});

describe('exportFileName', () => {
  it('keeps Chinese names and removes characters file systems refuse', () => {
    expect(exportFileName('报修 / 回访: 2026?', 'png', new Date('2026-03-01T10:00:00Z'))).toBe('报修 回访 2026 2026-03-01.png');
    expect(exportFileName('  ', 'csv', new Date('2026-03-01T10:00:00Z'))).toBe('journey 2026-03-01.csv');
  });
});
