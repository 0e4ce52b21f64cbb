import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { OpenCxError } from '@opencx/server-core';

/** The CJK font embedded in every PDF the API makes (Debian/Ubuntu fonts-noto-cjk); a .ttc needs the face's PostScript name. */
export const CJK_FONT_PATH = process.env['OPENCX_PDF_FONT'] ?? '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
export const CJK_FONT_FACE = 'NotoSansCJKsc-Regular';

export type PdfLocale = 'en' | 'zh-CN';
export type PdfPaper = 'A4' | 'A3';

/**
 * A landscape PDF with the Noto CJK face embedded (real, selectable text in Chinese and Latin) and
 * its bytes collected: `done` resolves with the file once the caller has drawn and called `doc.end()`.
 * The dashboard PDF and the journey-map PDF both start here.
 */
export function openPdf(options: { title: string; paper?: PdfPaper; margin?: number }, fontPath = CJK_FONT_PATH): { doc: PDFKit.PDFDocument; done: Promise<Buffer> } {
  if (!existsSync(fontPath)) throw new OpenCxError('INTERNAL', `The PDF font is missing: ${fontPath} (install fonts-noto-cjk or set OPENCX_PDF_FONT)`);
  const doc = new PDFDocument({ size: options.paper ?? 'A4', layout: 'landscape', margin: options.margin ?? 36, info: { Title: options.title } });
  doc.registerFont('cjk', fontPath, CJK_FONT_FACE);
  doc.font('cjk');
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}

export type OpenPdf = ReturnType<typeof openPdf>;

/** Writes table rows of fixed column widths (a new page when the page is full); `bold` for the header row. */
export function pdfTableRow(doc: PDFKit.PDFDocument, widths: readonly number[]): (cells: string[], bold?: boolean) => void {
  const left = doc.page.margins.left;
  return (cells, bold = false) => {
    if (doc.y > doc.page.height - doc.page.margins.bottom - 20) doc.addPage();
    const y = doc.y;
    let x = left;
    cells.forEach((c, i) => {
      doc.fillColor(bold ? '#000' : '#222').text(c, x, y, { width: widths[i] - 6, lineBreak: false });
      x += widths[i];
    });
    doc.x = left;
    doc.y = y + 14;
  };
}
