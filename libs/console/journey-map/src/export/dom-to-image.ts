import { exportScale } from './export-scale';

/**
 * Renders a DOM subtree to a canvas without a library: the subtree is cloned into an SVG
 * <foreignObject> together with the page's CSS rules, the SVG is loaded as an image (a data: URL,
 * which keeps the canvas untainted in Chromium, Firefox and Safari) and drawn onto a canvas.
 * Elements marked `data-export-ignore` (editing buttons, drag handles) are left out.
 */
export interface RenderOptions {
  background?: string;
  /** Pixel ratio; by default 2, smaller for maps too large for a canvas. */
  scale?: number;
}

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

export async function renderElementToCanvas(element: HTMLElement, options: RenderOptions = {}): Promise<HTMLCanvasElement> {
  const width = Math.ceil(element.scrollWidth);
  const height = Math.ceil(element.scrollHeight);
  const scale = options.scale ?? exportScale(width, height);
  const background = options.background ?? '#ffffff';

  const clone = element.cloneNode(true) as HTMLElement;
  clone.querySelectorAll('[data-export-ignore]').forEach((node) => node.remove());
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

  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('canvas 2d context unavailable');
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.scale(scale, scale);
  ctx.drawImage(image, 0, 0, width, height);
  return canvas;
}

export function canvasToBlob(canvas: HTMLCanvasElement, type: 'image/png' | 'image/jpeg', quality?: number): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('canvas export failed'))), type, quality));
}
