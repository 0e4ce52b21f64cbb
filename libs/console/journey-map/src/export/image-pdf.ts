/**
 * A one-page PDF showing one JPEG image (DCTDecode: the JPEG bytes go in as they are), so the
 * console exports PDF offline without a PDF library. The page is the image's size at 96 dpi,
 * scaled down when a side would pass the PDF limit of 200 inches (14,400 pt).
 */
export const PDF_MAX_POINTS = 14_400;

export function pdfPageSize(pxWidth: number, pxHeight: number): { width: number; height: number } {
  let width = (pxWidth * 72) / 96;
  let height = (pxHeight * 72) / 96;
  const scale = Math.min(1, PDF_MAX_POINTS / width, PDF_MAX_POINTS / height);
  width *= scale;
  height *= scale;
  return { width: Math.round(width * 100) / 100, height: Math.round(height * 100) / 100 };
}

export interface PdfImagePage {
  /** JPEG bytes, embedded as they are (DCTDecode). */
  jpeg: Uint8Array;
  width: number;
  height: number;
}

export function buildImagePdf(jpeg: Uint8Array, pxWidth: number, pxHeight: number, title = 'Journey map'): Uint8Array {
  return buildImagesPdf([{ jpeg, width: pxWidth, height: pxHeight }], title);
}

/** A PDF with one page per image, each page the size of its image. */
export function buildImagesPdf(pages: readonly PdfImagePage[], title = 'Journey map'): Uint8Array {
  const enc = new TextEncoder();
  const safeTitle =
    Array.from(title)
      .map((ch) => (ch.charCodeAt(0) < 128 && !'()\\'.includes(ch) ? ch : ''))
      .join('')
      .trim() || 'Journey map';

  const chunks: Uint8Array[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (part: string | Uint8Array) => {
    const bytes = typeof part === 'string' ? enc.encode(part) : part;
    chunks.push(bytes);
    length += bytes.length;
  };
  const object = (n: number, body: string | Uint8Array[]) => {
    offsets[n] = length;
    if (typeof body === 'string') push(`${n} 0 obj\n${body}\nendobj\n`);
    else {
      push(`${n} 0 obj\n`);
      for (const part of body) push(part);
      push(`\nendobj\n`);
    }
  };

  // Objects: 1 catalog, 2 pages, 3 info, then per page: page, image, content.
  const pageObject = (i: number) => 4 + i * 3;
  // Header with a binary comment so tools treat the file as binary.
  push(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]));
  object(1, '<< /Type /Catalog /Pages 2 0 R >>');
  object(2, `<< /Type /Pages /Kids [${pages.map((_, i) => `${pageObject(i)} 0 R`).join(' ')}] /Count ${pages.length} >>`);
  object(3, `<< /Title (${safeTitle}) /Producer (OpenCX) >>`);
  pages.forEach((page, i) => {
    const n = pageObject(i);
    const size = pdfPageSize(page.width, page.height);
    const content = `q ${size.width} 0 0 ${size.height} 0 0 cm /Im0 Do Q`;
    object(n, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${size.width} ${size.height}] /Resources << /XObject << /Im0 ${n + 1} 0 R >> >> /Contents ${n + 2} 0 R >>`);
    object(n + 1, [enc.encode(`<< /Type /XObject /Subtype /Image /Width ${page.width} /Height ${page.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${page.jpeg.length} >>\nstream\n`), page.jpeg, enc.encode('\nendstream')]);
    object(n + 2, `<< /Length ${enc.encode(content).length} >>\nstream\n${content}\nendstream`);
  });
  const count = 4 + pages.length * 3;
  const xref = length;
  let table = `xref\n0 ${count}\n0000000000 65535 f \n`;
  for (let n = 1; n < count; n++) table += `${String(offsets[n]).padStart(10, '0')} 00000 n \n`;
  push(table);
  push(`trailer\n<< /Size ${count} /Root 1 0 R /Info 3 0 R >>\nstartxref\n${xref}\n%%EOF\n`);

  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * How a wide map is cut into PDF pages: slices of the track (in map pixels, right of the lane
 * headers) along column boundaries, at most `columnsPerPage` columns each. Every page repeats
 * the lane headers, so each one reads on its own.
 */
export function pdfSlices(trackWidth: number, columnWidth: number, columnsPerPage: number): { x: number; width: number }[] {
  const step = Math.max(1, Math.floor(columnsPerPage)) * columnWidth;
  const slices: { x: number; width: number }[] = [];
  for (let x = 0; x < trackWidth; x += step) slices.push({ x, width: Math.min(step, trackWidth - x) });
  return slices.length ? slices : [{ x: 0, width: trackWidth }];
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23), or null when it is not a PNG. */
export function readPngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
