import { openPdf, pdfTableRow, type PdfLocale } from '@opencx/server-journeys';
import type { JourneyReviewEntity } from '../entities/journey-review.entity';
import type { WorkspaceDigestEntity } from '../entities/workspace-digest.entity';

const WORDS = {
  en: {
    title: (j: string) => `Journey review: ${j}`,
    period: (from: string, to: string) => `Period ${from} – ${to}`,
    held: 'Held',
    kpis: 'KPIs',
    kpiColumns: ['Metric', 'Value', 'n', '95 % interval', 'Target', 'Status'],
    actions: 'Improvement actions',
    actionColumns: ['Action', 'Status', 'Due', ''],
    overdue: 'overdue',
    decisions: 'Decisions',
    notes: 'Notes',
    none: 'none',
    lowSample: 'low sample',
  },
  'zh-CN': {
    title: (j: string) => `旅程复盘：${j}`,
    period: (from: string, to: string) => `周期 ${from} – ${to}`,
    held: '复盘时间',
    kpis: '关键指标',
    kpiColumns: ['指标', '数值', 'n', '95% 区间', '目标', '状态'],
    actions: '改进行动',
    actionColumns: ['行动', '状态', '截止', ''],
    overdue: '已逾期',
    decisions: '决定',
    notes: '备注',
    none: '无',
    lowSample: '样本不足',
  },
} as const;

const f1 = (v: number | null) => (v === null ? '—' : v.toFixed(1));

/** A review an executive reads in two minutes: the KPIs as they stood, the actions, the decisions (A4 landscape, the shared PDF frame). */
export function renderReviewPdf(input: { journeyName: string; review: JourneyReviewEntity; locale: PdfLocale }): Promise<Buffer> {
  const w = WORDS[input.locale];
  const r = input.review;
  const { doc, done } = openPdf({ title: w.title(input.journeyName) });
  doc.fontSize(18).text(w.title(input.journeyName));
  doc.moveDown(0.3).fontSize(10).fillColor('#444').text(`${w.period(r.periodFrom, r.periodTo)} · ${w.held} ${r.createdAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`).fillColor('#000');
  const left = doc.page.margins.left;

  doc.moveDown(0.8).fontSize(13).text(w.kpis, left);
  doc.fontSize(9);
  const kpiRow = pdfTableRow(doc, [200, 90, 60, 140, 90, 180]);
  kpiRow([...w.kpiColumns], true);
  for (const k of r.kpis) {
    kpiRow([input.locale === 'zh-CN' ? k.nameZh : k.nameEn, k.n ? f1(k.value) : '—', String(k.n), k.n ? `${f1(k.low)}–${f1(k.high)}` : '—', f1(k.target), `${k.status}${k.lowSample && k.n > 0 ? ` (${w.lowSample})` : ''}`]);
  }

  doc.moveDown(0.8).fontSize(13).text(w.actions, left);
  doc.fontSize(9);
  const actionRow = pdfTableRow(doc, [360, 120, 110, 170]);
  actionRow([...w.actionColumns], true);
  for (const a of r.actions) actionRow([a.title, a.status, a.dueDate ?? '—', a.overdue ? w.overdue : '']);
  if (!r.actions.length) actionRow([w.none, '', '', '']);

  doc.moveDown(0.8).fontSize(13).text(w.decisions, left);
  doc.fontSize(10);
  if (!r.decisions.length) doc.text(w.none);
  for (const d of r.decisions) doc.text(`• ${d}`);
  if (r.notes) doc.moveDown(0.8).fontSize(13).text(w.notes).fontSize(10).text(r.notes);
  doc.end();
  return done;
}

const DIGEST_WORDS = {
  en: {
    title: (m: string) => `Monthly digest ${m}`,
    columns: ['Journey', 'Metric', 'Before', 'After', 'Change (95 %)', 'Significant', 'Actions'],
    yes: 'yes',
    no: 'no',
    untested: 'too few answers',
    none: 'No figures this month.',
  },
  'zh-CN': {
    title: (m: string) => `月度摘要 ${m}`,
    columns: ['旅程', '指标', '上月', '本月', '变化（95%）', '显著', '相关行动'],
    yes: '是',
    no: '否',
    untested: '样本不足',
    none: '本月无数据。',
  },
} as const;

/** The monthly digest as a PDF: what changed, whether it is significant, which actions explain it. */
export function renderDigestPdf(input: { digest: WorkspaceDigestEntity; locale: PdfLocale }): Promise<Buffer> {
  const w = DIGEST_WORDS[input.locale];
  const { doc, done } = openPdf({ title: w.title(input.digest.month) });
  doc.fontSize(18).text(w.title(input.digest.month)).moveDown(0.6).fontSize(9);
  const row = pdfTableRow(doc, [130, 110, 70, 70, 130, 70, 190]);
  row([...w.columns], true);
  for (const i of input.digest.items) {
    const fig = (f: { value: number | null; n: number }) => (f.n ? `${f1(f.value)} (n ${f.n})` : '—');
    const change = i.change ? `${i.change.difference >= 0 ? '+' : ''}${f1(i.change.difference)} (${f1(i.change.low)}–${f1(i.change.high)})` : w.untested;
    row([i.journeyName, input.locale === 'zh-CN' ? i.nameZh : i.nameEn, fig(i.before), fig(i.after), change, i.change ? (i.change.significant ? w.yes : w.no) : '—', i.actions.map((a) => a.title).join('; ')]);
  }
  if (!input.digest.items.length) doc.text(w.none);
  doc.end();
  return done;
}
