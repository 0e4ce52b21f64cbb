import type { Channel, CustomLane } from '@opencx/domain';
import type { JourneyMap } from './journey-map.loader';
import { CJK_FONT_PATH, openPdf, type PdfLocale, type PdfPaper } from './pdf-document';

const WORDS = {
  en: {
    title: 'Journey map',
    state: { current: 'Current state', future: 'Future state' } as Record<string, string>,
    status: { draft: 'Draft', published: 'Published', archived: 'Archived' } as Record<string, string>,
    persona: 'Persona',
    goals: 'Goals',
    needs: 'Needs',
    frustrations: 'Frustrations',
    generated: 'Exported',
    page: (n: number, of: number) => `Page ${n} of ${of}`,
    continued: '(continued)',
    lanes: { touchpoint: 'Touchpoint', action: 'Customer actions', thought: 'Thoughts', expectation: 'Expectations', emotion: 'Emotion', painPoints: 'Pain points', opportunities: 'Opportunities' },
    emotionLegend: 'Emotion: −3 very unhappy … 0 neutral … +3 delighted',
    severityLegend: 'Pain-point severity: S1 minor … S5 critical',
    momentOfTruth: '★ moment of truth',
    pictures: (n: number) => `[${n} picture${n === 1 ? '' : 's'}]`,
    channels: { web: 'Website', app: 'App', phone: 'Phone', in_person: 'In person', social: 'Social media', email: 'Email', wechat: 'WeChat', on_site: 'On site', sms: 'SMS', chat: 'Online chat', mail: 'Post', other: 'Other' } satisfies Record<Channel, string> as Record<string, string>,
  },
  'zh-CN': {
    title: '客户旅程地图',
    state: { current: '现状', future: '未来' } as Record<string, string>,
    status: { draft: '草稿', published: '已发布', archived: '已归档' } as Record<string, string>,
    persona: '用户画像',
    goals: '目标',
    needs: '需求',
    frustrations: '困扰',
    generated: '导出时间',
    page: (n: number, of: number) => `第 ${n} 页，共 ${of} 页`,
    continued: '（续）',
    lanes: { touchpoint: '触点', action: '客户行为', thought: '客户想法', expectation: '期望与需求', emotion: '情绪', painPoints: '痛点', opportunities: '机会点' },
    emotionLegend: '情绪：−3 非常不满 … 0 中性 … +3 非常满意',
    severityLegend: '痛点严重度：S1 轻微 … S5 严重',
    momentOfTruth: '★ 关键时刻',
    pictures: (n: number) => `[${n} 张图片]`,
    channels: { web: '网站', app: 'App', phone: '电话', in_person: '面对面', social: '社交媒体', email: '电子邮件', wechat: '微信', on_site: '现场', sms: '短信', chat: '在线客服', mail: '邮寄', other: '其他' } satisfies Record<Channel, string> as Record<string, string>,
  },
} as const;

/** Points: lane-label column, one touchpoint column, and each lane's row height. */
const LABEL_WIDTH = 96;
const COLUMN_WIDTH = 118;
const STAGE_ROW = 26;
const ROW = { touchpoint: 40, action: 46, thought: 40, expectation: 40, emotion: 30, painPoints: 46, opportunities: 40, custom: 40 };
const EMOTION_COLOURS: Record<string, string> = { neg: '#c81e1e', mid: '#8c6d00', pos: '#237804' };

/** A page's slice of the map: whole stages where they fit, a stage wider than a page split across pages. */
export interface PageSlice {
  /** [stage index, first touchpoint index, touchpoint count]; an empty stage takes one column. */
  parts: { stage: number; from: number; count: number; continued: boolean }[];
}

/**
 * Splits stages into pages of at most `perPage` columns, breaking only at stage boundaries unless
 * one stage alone is wider than a page (then it continues on the next page, marked as continued).
 */
export function paginateStages(columnsPerStage: readonly number[], perPage: number): PageSlice[] {
  const pages: PageSlice[] = [];
  let current: PageSlice = { parts: [] };
  let used = 0;
  const flush = () => {
    if (current.parts.length) pages.push(current);
    current = { parts: [] };
    used = 0;
  };
  columnsPerStage.forEach((count, stage) => {
    const width = Math.max(1, count);
    if (used + width <= perPage) {
      current.parts.push({ stage, from: 0, count, continued: false });
      used += width;
      return;
    }
    if (width <= perPage) {
      flush();
      current.parts.push({ stage, from: 0, count, continued: false });
      used = width;
      return;
    }
    // Wider than a page: fill what is left of this page only if it is empty, else start a new one.
    if (used > 0) flush();
    for (let from = 0; from < count; from += perPage) {
      current.parts.push({ stage, from, count: Math.min(perPage, count - from), continued: from > 0 });
      used = Math.min(perPage, count - from);
      if (from + perPage < count) flush();
    }
  });
  flush();
  return pages;
}

export interface JourneyMapPdfInput {
  map: JourneyMap;
  locale: PdfLocale;
  paper: PdfPaper;
  generatedAt: Date;
}

const signed = (v: number) => (v > 0 ? `+${v}` : v < 0 ? `−${-v}` : '0');

/**
 * The journey map as landscape pages (A4 or A3) of real text: a title block (journey, state,
 * status, export date), the persona and the legend on the first page, then the stages left to
 * right split at stage boundaries, with the lane labels repeated on every page; custom lanes after
 * the built-in ones. Chinese text comes from the embedded Noto CJK face.
 */
export function renderJourneyMapPdf(input: JourneyMapPdfInput, fontPath = CJK_FONT_PATH): Promise<Buffer> {
  const w = WORDS[input.locale];
  const { map } = input;
  const { doc, done } = openPdf({ title: `${w.title}: ${map.name}`, paper: input.paper, margin: 30 }, fontPath);
  const left = doc.page.margins.left;
  const usable = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const perPage = Math.max(1, Math.floor((usable - LABEL_WIDTH) / COLUMN_WIDTH));
  const lanes = (map.customLanes ?? []) as CustomLane[];
  const laneName = (l: CustomLane) => (input.locale === 'zh-CN' ? l.nameZh : l.nameEn);
  const pages = paginateStages(
    map.stages.map((s) => s.touchpoints.length),
    perPage,
  );

  // Title block.
  doc.fontSize(18).fillColor('#000').text(map.name, left, doc.page.margins.top, { width: usable });
  doc
    .fontSize(9)
    .fillColor('#333')
    .text(`${w.title} · ${w.state[map.state] ?? map.state} · ${w.status[map.status] ?? map.status} · ${w.generated} ${input.generatedAt.toISOString().slice(0, 10)}`, { width: usable });
  doc.text(`${w.emotionLegend} · ${w.severityLegend} · ${w.momentOfTruth}`, { width: usable });
  if (map.persona) {
    const p = map.persona;
    doc.moveDown(0.3).fontSize(10).fillColor('#000').text(`${w.persona}: ${p.name}`, { width: usable });
    doc.fontSize(8.5).fillColor('#333');
    if (p.description) doc.text(`“${p.description}”`, { width: usable, height: 24, ellipsis: true });
    const list = (label: string, items: readonly string[]) => (items.length ? `${label}: ${items.join('；')}` : '');
    const lines = [list(w.goals, p.goals), list(w.needs, p.needs), list(w.frustrations, p.frustrations)].filter(Boolean);
    if (lines.length) doc.text(lines.join('   '), { width: usable, height: 24, ellipsis: true });
  }
  doc.moveDown(0.5);

  type Row = { key: string; label: string; height: number; cell: (tp: JourneyMap['stages'][number]['touchpoints'][number]) => { text: string; colour?: string } };
  const rows: Row[] = [
    { key: 'touchpoint', label: w.lanes.touchpoint, height: ROW.touchpoint, cell: (tp) => ({ text: `${tp.momentOfTruth ? '★ ' : ''}${tp.name}\n${w.channels[tp.channel] ?? tp.channel}` }) },
    { key: 'action', label: w.lanes.action, height: ROW.action, cell: (tp) => ({ text: tp.customerAction }) },
    { key: 'thought', label: w.lanes.thought, height: ROW.thought, cell: (tp) => ({ text: tp.customerThought }) },
    { key: 'expectation', label: w.lanes.expectation, height: ROW.expectation, cell: (tp) => ({ text: tp.expectation }) },
    { key: 'emotion', label: w.lanes.emotion, height: ROW.emotion, cell: (tp) => ({ text: signed(tp.emotion), colour: tp.emotion < 0 ? EMOTION_COLOURS.neg : tp.emotion > 0 ? EMOTION_COLOURS.pos : EMOTION_COLOURS.mid }) },
    { key: 'painPoints', label: w.lanes.painPoints, height: ROW.painPoints, cell: (tp) => ({ text: tp.painPoints.map((p) => `S${p.severity} ${p.title}`).join('\n') }) },
    { key: 'opportunities', label: w.lanes.opportunities, height: ROW.opportunities, cell: (tp) => ({ text: tp.opportunities.map((o) => o.title).join('\n') }) },
    ...lanes.map((l): Row => ({ key: `custom:${l.key}`, label: laneName(l), height: ROW.custom, cell: (tp) => {
        const items = tp.laneValues?.[l.key] ?? [];
        // An image lane's pictures are named by their count, never printed as their data: URLs.
        return { text: l.kind === 'image' ? (items.length ? w.pictures(items.length) : '') : items.join('\n') };
      } })),
  ];

  const box = (x: number, y: number, width: number, height: number, text: string, options: { size?: number; colour?: string; fill?: string; bold?: boolean } = {}) => {
    if (options.fill) doc.rect(x, y, width, height).fill(options.fill);
    doc.rect(x, y, width, height).lineWidth(0.5).strokeColor('#c9d2de').stroke();
    doc
      .fontSize(options.size ?? 7.5)
      .fillColor(options.colour ?? '#1f1f1f')
      .text(text, x + 3, y + 3, { width: width - 6, height: height - 5, ellipsis: true, lineGap: 0.5 });
  };

  pages.forEach((page, pageIndex) => {
    if (pageIndex > 0) doc.addPage();
    let y = pageIndex === 0 ? doc.y : doc.page.margins.top;
    // Stage headers across this page's columns.
    box(left, y, LABEL_WIDTH, STAGE_ROW, '', { fill: '#eef3f9' });
    let x = left + LABEL_WIDTH;
    for (const part of page.parts) {
      const stage = map.stages[part.stage];
      if (!stage) continue;
      const width = Math.max(1, part.count) * COLUMN_WIDTH;
      box(x, y, width, STAGE_ROW, `${part.stage + 1}. ${stage.name}${part.continued ? ` ${w.continued}` : ''}`, { size: 8.5, fill: '#eef3f9' });
      x += width;
    }
    y += STAGE_ROW;
    // Lanes: the label repeated on every page, then one cell per touchpoint.
    for (const row of rows) {
      if (y + row.height > doc.page.height - doc.page.margins.bottom - 20) break;
      box(left, y, LABEL_WIDTH, row.height, row.label, { size: 8, fill: '#f8fafc' });
      x = left + LABEL_WIDTH;
      for (const part of page.parts) {
        const touchpoints = map.stages[part.stage]?.touchpoints ?? [];
        if (part.count === 0) {
          box(x, y, COLUMN_WIDTH, row.height, '');
          x += COLUMN_WIDTH;
          continue;
        }
        for (const tp of touchpoints.slice(part.from, part.from + part.count)) {
          const { text, colour } = row.cell(tp);
          box(x, y, COLUMN_WIDTH, row.height, text, { colour });
          x += COLUMN_WIDTH;
        }
      }
      y += row.height;
    }
    doc
      .fontSize(7)
      .fillColor('#555')
      // Inside the bottom margin's line (pdfkit starts a new page for text that would cross it).
      .text(w.page(pageIndex + 1, pages.length), left, doc.page.height - doc.page.margins.bottom - 16, { width: usable, align: 'right', lineBreak: false });
  });
  if (pages.length === 0) doc.fontSize(10).text('—');
  doc.end();
  return done;
}
