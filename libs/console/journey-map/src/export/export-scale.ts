/**
 * Chromium and Firefox draw canvases up to 32,767 px a side, Safari up to about 16k, and all refuse
 * very large areas: exports try the larger limit first and fall back (see exportCanvasSides).
 */
export const MAX_CANVAS_SIDE = 16_000;
export const MAX_CANVAS_AREA = 120_000_000;
export const CANVAS_SIDE_ATTEMPTS: readonly number[] = [32_000, MAX_CANVAS_SIDE, 8_000];

/** Pixel ratio for an export: sharp (2×) when it fits, smaller for very wide maps. */
export function exportScale(width: number, height: number, preferred = 2, maxSide = MAX_CANVAS_SIDE): number {
  if (width <= 0 || height <= 0) return preferred;
  const scale = Math.min(preferred, maxSide / width, maxSide / height, Math.sqrt(MAX_CANVAS_AREA / (width * height)));
  return Math.floor(scale * 1000) / 1000;
}

/** File name for an export: the journey name made safe for every file system, plus the date. */
export function exportFileName(journeyName: string, extension: 'png' | 'pdf' | 'csv' | 'json', date = new Date()): string {
  const base =
    journeyName
      // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 80) || 'journey';
  const day = date.toISOString().slice(0, 10);
  return `${base} ${day}.${extension}`;
}
