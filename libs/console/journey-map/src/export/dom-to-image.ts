import { CANVAS_SIDE_ATTEMPTS, exportScale } from './export-scale';
import { buildImagesPdf, pdfSlices, type PdfImagePage } from './image-pdf';

/**
 * Renders a DOM subtree to a canvas without a library: the subtree is cloned into an SVG
 * <foreignObject> together with the page's CSS rules, the SVG is loaded as an image (a data: URL,
 * which keeps the canvas untainted in Chromium, Firefox and Safari) and drawn onto a canvas.
 * Elements marked `data-export-ignore` (editing buttons, drag handles, selects) are left out; the
 * clone carries `data-exporting`, so `.jm-export-only` text can stand in for them.
 */
function collectCss(doc: Document): string {
  const parts: string[] = [];
  for (const sheet of Array.from(doc.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // a cross-origin sheet: not readable, and the console has none
    }
    for (const rule of Array.from(rules)) parts.push(rule.cssText);
  }
  return parts.join('\n');
}

/** Custom properties (antd's theme variables live on ancestors the clone loses) and text basics. */
function inheritedStyle(element: Element): string {
  const computed = getComputedStyle(element);
  const declarations: string[] = [];
  for (let i = 0; i < computed.length; i++) {
    const name = computed.item(i);
    if (name.startsWith('--')) declarations.push(`${name}:${computed.getPropertyValue(name)}`);
  }
  for (const name of ['font-family', 'font-size', 'line-height', 'color', 'direction']) declarations.push(`${name}:${computed.getPropertyValue(name)}`);
  return declarations.join(';');
}

/** The subtree as an SVG image at its CSS pixel size (drawn onto canvases by the functions below). */
export async function elementToImage(element: HTMLElement, background = '#ffffff'): Promise<{ image: HTMLImageElement; width: number; height: number }> {
  const width = Math.ceil(element.scrollWidth);
  const height = Math.ceil(element.scrollHeight);

  const clone = element.cloneNode(true) as HTMLElement;
  clone.querySelectorAll('[data-export-ignore]').forEach((node) => node.remove());
  // Lets styles show plain text in place of the removed controls (see `.jm-export-only`).
  clone.setAttribute('data-exporting', 'true');
  clone.style.width = `${width}px`;
  clone.style.height = `${height}px`;
  clone.style.overflow = 'visible';

  const wrapper = document.createElement('div');
  wrapper.setAttribute('style', `${inheritedStyle(element)};width:${width}px;height:${height}px;background:${background};margin:0;overflow:hidden`);
  const style = document.createElement('style');
  style.textContent = collectCss(element.ownerDocument);
  wrapper.appendChild(style);
  wrapper.appendChild(clone);

  const xhtml = new XMLSerializer().serializeToString(wrapper);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><foreignObject x="0" y="0" width="100%" height="100%">${xhtml}</foreignObject></svg>`;

  const image = new Image();
  image.decoding = 'async';
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  return { image, width, height };
}

/** A region of the source image and where it goes on the canvas (CSS pixels; the scale applies to both). */
export interface CanvasPiece {
  sx: number;
  sw: number;
  dx: number;
}

/** Draws horizontal pieces of the image side by side (e.g. lane headers + one slice of the map). */
export function drawPieces(image: HTMLImageElement, height: number, pieces: readonly CanvasPiece[], scale: number, background = '#ffffff'): HTMLCanvasElement | null {
  const width = pieces.reduce((max, p) => Math.max(max, p.dx + p.sw), 0);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.scale(scale, scale);
  for (const p of pieces) ctx.drawImage(image, p.sx, 0, p.sw, height, p.dx, 0, p.sw, height);
  // A canvas past the browser's limits draws nothing and reads back as blank: check one pixel.
  const probe = ctx.getImageData(0, 0, 1, 1).data;
  return probe[3] === 0 ? null : canvas;
}

/** The whole subtree as one PNG, as sharp as the browser's canvas limits allow. */
export async function renderElementToPng(element: HTMLElement): Promise<{ blob: Blob; width: number; height: number }> {
  const { image, width, height } = await elementToImage(element);
  for (const maxSide of CANVAS_SIDE_ATTEMPTS) {
    const canvas = drawPieces(image, height, [{ sx: 0, sw: width, dx: 0 }], exportScale(width, height, 2, maxSide));
    if (!canvas) continue;
    const blob = await canvasToBlob(canvas, 'image/png').catch(() => null);
    if (blob) return { blob, width: canvas.width, height: canvas.height };
  }
  throw new Error('the map is too large for this browser to draw');
}

export function canvasToBlob(canvas: HTMLCanvasElement, type: 'image/png' | 'image/jpeg', quality?: number): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('canvas export failed'))), type, quality));
}

/**
 * The subtree as a PDF: one page for a small map; a wide map is cut along its columns into pages
 * of about A-series landscape proportions, each repeating the lane headers on the left.
 */
export async function renderElementToPdf(element: HTMLElement, options: { headerWidth: number; columnWidth: number; title: string }): Promise<Blob> {
  const { image, width, height } = await elementToImage(element);
  const track = Math.max(0, width - options.headerWidth);
  const perPage = Math.max(4, Math.floor((height * 2 - options.headerWidth) / options.columnWidth));
  const slices = pdfSlices(track, options.columnWidth, perPage);
  const pageWidth = options.headerWidth + Math.min(track, perPage * options.columnWidth);
  const pages: PdfImagePage[] = [];
  for (const slice of slices) {
    let canvas: HTMLCanvasElement | null = null;
    for (const maxSide of CANVAS_SIDE_ATTEMPTS) {
      canvas = drawPieces(
        image,
        height,
        [
          { sx: 0, sw: options.headerWidth, dx: 0 },
          { sx: options.headerWidth + slice.x, sw: slice.width, dx: options.headerWidth },
        ],
        exportScale(pageWidth, height, 2, maxSide),
      );
      if (canvas) break;
    }
    if (!canvas) throw new Error('the map is too large for this browser to draw');
    const jpeg = new Uint8Array(await (await canvasToBlob(canvas, 'image/jpeg', 0.9)).arrayBuffer());
    pages.push({ jpeg, width: canvas.width, height: canvas.height });
  }
  return new Blob([buildImagesPdf(pages, options.title) as BlobPart], { type: 'application/pdf' });
}
