import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { OpenCxError } from '@opencx/server-core';
import type { KpiReportModel } from '@opencx/server-metrics';

/** The CJK font embedded in dashboard PDFs (Debian/Ubuntu fonts-noto-cjk); a .ttc needs the face's PostScript name. */
export const CJK_FONT_PATH = process.env['OPENCX_PDF_FONT'] ?? '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
export const CJK_FONT_FACE = 'NotoSansCJKsc-Regular';

export type PdfLocale = 'en' | 'zh-CN';

const WORDS = {
  en: {
    title: (j: string) => `KPI dashboard: ${j}`,
    filters: 'Filters',
    from: 'From',
    to: 'To',
    granularity: 'Granularity',
    segment: 'Segment',
    site: 'Site',
    all: 'all',
    total: (v: string, n: number, lo: string, hi: string) => `${v} (n ${n}, 95 % ${lo}–${hi})`,
    target: 'target',
    lowSample: 'low sample',
    noData: 'no data',
    noChange: 'no significant change',
    rise: (d: string, p: string) => `significant rise +${d} (p ${p})`,
    fall: (d: string, p: string) => `significant fall −${d} (p ${p})`,
    columns: ['Period', 'Value', 'n', '95 % interval', 'Change vs previous'],
    generated: 'Generated',
  },
  'zh-CN': {
    title: (j: string) => `KPI 仪表盘：${j}`,
    filters: '筛选条件',
    from: '开始',
    to: '结束',
    granularity: '时间粒度',
    segment: '客群',
    site: '站点',
    all: '全部',
    total: (v: string, n: number, lo: string, hi: string) => `${v}（n ${n}，95% ${lo}–${hi}）`,
    target: '目标',
    lowSample: '样本不足',
    noData: '无数据',
    noChange: '无显著变化',
    rise: (d: string, p: string) => `显著上升 +${d}（p ${p}）`,
    fall: (d: string, p: string) => `显著下降 −${d}（p ${p}）`,
    columns: ['周期', '数值', 'n', '95% 区间', '相对上一期'],
    generated: '生成时间',
  },
} as const;

const f1 = (v: number | null) => (v === null ? '—' : v.toFixed(1));
const pText = (p: number) => (p < 0.001 ? '<0.001' : p.toFixed(3));

export interface DashboardPdfInput {
  journeyName: string;
  locale: PdfLocale;
  filters: { from: string; to: string; granularity: string; segment: string | null; site: string | null };
  report: KpiReportModel;
  generatedAt: Date;
}

/** A PDF being written: the document (CJK font registered and selected) and its bytes once ended. */
export interface OpenPdf {
  doc: PDFKit.PDFDocument;
  done: Promise<Buffer>;
}

/**
 * The one way OpenCX opens a PDF (dashboards, reviews, digests): A4 landscape, 36 pt margins, the
 * embedded Noto CJK face for Chinese glyphs, the bytes collected in memory. Call `doc.end()` and await `done`.
 */
export function openPdf(title: string, fontPath = CJK_FONT_PATH): OpenPdf {
  if (!existsSync(fontPath)) throw new OpenCxError('INTERNAL', `The PDF font is missing: ${fontPath} (install fonts-noto-cjk or set OPENCX_PDF_FONT)`);
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 36, info: { Title: title } });
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

/**
 * The journey's KPI dashboard as an A4 landscape PDF: the filters printed at the top, then per
 * metric its total (value, n, 95 % interval, target, low-sample flag) and a table of its buckets
 * with the significance marker. Chinese glyphs come from the embedded Noto CJK face.
 */
export function renderDashboardPdf(input: DashboardPdfInput, fontPath = CJK_FONT_PATH): Promise<Buffer> {
  const w = WORDS[input.locale];
  const { doc, done } = openPdf(w.title(input.journeyName), fontPath);

  doc.fontSize(18).text(w.title(input.journeyName));
  const fl = input.filters;
  doc
    .moveDown(0.3)
    .fontSize(10)
    .fillColor('#444')
    .text(`${w.filters}: ${w.from} ${fl.from} · ${w.to} ${fl.to} · ${w.granularity} ${fl.granularity} · ${w.segment} ${fl.segment ?? w.all} · ${w.site} ${fl.site ?? w.all}`)
    .text(`${w.generated}: ${input.generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`)
    .fillColor('#000');

  const left = doc.page.margins.left;
  const row = pdfTableRow(doc, [110, 90, 60, 140, 300]);

  for (const m of input.report.metrics) {
    if (doc.y > doc.page.height - 120) doc.addPage();
    doc.moveDown(0.8).fontSize(13).fillColor('#000').text(input.locale === 'zh-CN' ? m.nameZh : m.nameEn, left);
    const t = m.total;
    const totalText = t.n === 0 || t.value === null ? w.noData : w.total(f1(t.value), t.n, f1(t.low), f1(t.high));
    doc
      .fontSize(10)
      .text(`${totalText}${t.target === null ? '' : ` · ${w.target} ${f1(t.target)}`}${t.lowSample && t.n > 0 ? ` · ${w.lowSample}` : ''}`)
      .moveDown(0.3);
    doc.fontSize(9);
    row([...w.columns], true);
    for (const b of m.buckets) {
      const f = b.figure;
      const change = !b.change ? '' : !b.change.significant ? w.noChange : b.change.difference > 0 ? w.rise(f1(b.change.difference), pText(b.change.pValue)) : w.fall(f1(-b.change.difference), pText(b.change.pValue));
      row([b.start, f.n ? f1(f.value) : '—', String(f.n), f.n ? `${f1(f.low)}–${f1(f.high)}` : '—', change + (f.lowSample && f.n > 0 ? ` (${w.lowSample})` : '')]);
    }
  }
  doc.end();
  return done;
}
