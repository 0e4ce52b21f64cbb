/** Browsers refuse canvases past about 16k px a side or 268M px in all; stay well inside both. */
export const MAX_CANVAS_SIDE = 16_000;
export const MAX_CANVAS_AREA = 120_000_000;

/** Pixel ratio for an export: sharp (2×) when it fits, smaller for very wide maps. */
export function exportScale(width: number, height: number, preferred = 2): number {
  if (width <= 0 || height <= 0) return preferred;
  const scale = Math.min(preferred, MAX_CANVAS_SIDE / width, MAX_CANVAS_SIDE / height, Math.sqrt(MAX_CANVAS_AREA / (width * height)));
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
