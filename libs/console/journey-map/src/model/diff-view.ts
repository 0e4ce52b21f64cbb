import { JOURNEY_DIFF_FIELDS, STAGE_DIFF_FIELDS, TOUCHPOINT_DIFF_FIELDS } from '@opencx/domain';
import type { JourneyDiff } from './types';

/** Every field a revision diff can name, from the declaration (each needs a label under journeyMap.history.fields). */
export const HISTORY_FIELD_KEYS = [...new Set([...JOURNEY_DIFF_FIELDS, ...STAGE_DIFF_FIELDS, ...TOUCHPOINT_DIFF_FIELDS, 'title' as const])];
export type HistoryFieldKey = (typeof HISTORY_FIELD_KEYS)[number];

export type DiffKind = 'added' | 'removed' | 'moved' | 'changed';
export type DiffEntity = 'journey' | 'stage' | 'touchpoint' | 'painPoints' | 'opportunities';

/** A value shown in a "before → after" pair; the component translates the non-text kinds. */
export type DiffValue = { kind: 'empty' } | { kind: 'bool'; value: boolean } | { kind: 'channel'; value: string } | { kind: 'emotion'; value: number } | { kind: 'text'; value: string };

export interface FieldChangeRow {
  field: string;
  before: DiffValue;
  after: DiffValue;
}

export interface DiffRow {
  key: string;
  kind: DiffKind;
  entity: DiffEntity;
  /** Name of the stage/touchpoint (empty for journey fields and counts). */
  name: string;
  /** For moves: where from and where to, 1-based, with the stage names for touchpoints. */
  from?: { stage?: string; position: number };
  to?: { stage?: string; position: number };
  changes?: FieldChangeRow[];
  /** For pain points/opportunities: how many were added or removed. */
  count?: number;
}

const MAX_TEXT = 120;

export function formatDiffValue(field: string, value: unknown): DiffValue {
  if (value === null || value === undefined || value === '') return { kind: 'empty' };
  if (typeof value === 'boolean') return { kind: 'bool', value };
  if (field === 'channel' && typeof value === 'string') return { kind: 'channel', value };
  if (field === 'emotion' && typeof value === 'number') return { kind: 'emotion', value };
  // An image lane's pictures show as a picture sign, not as their data: URLs.
  const shown = Array.isArray(value) ? value.map((v: unknown) => (typeof v === 'string' && v.startsWith('data:image/') ? '🖼' : v)) : value;
  const text = typeof shown === 'string' ? shown : JSON.stringify(shown);
  return { kind: 'text', value: text.length > MAX_TEXT ? text.slice(0, MAX_TEXT - 1) + '…' : text };
}

/** "+2", "0", "−3": emotions read better signed. */
export function signedEmotion(value: number): string {
  return value > 0 ? `+${value}` : value < 0 ? `−${Math.abs(value)}` : '0';
}

const changeRows = (changes: readonly { field: string; before?: unknown; after?: unknown }[] | null | undefined): FieldChangeRow[] =>
  (changes ?? []).map((c) => ({ field: c.field, before: formatDiffValue(c.field, c.before), after: formatDiffValue(c.field, c.after) }));

/**
 * The diff as a list a person reads top to bottom: journey fields, then stages, then touchpoints
 * (added, removed, moved, changed), then pain point and opportunity counts. `stageNames` resolves
 * the stage ids of touchpoint moves (current stages; removed/added ones come from the diff itself).
 */
export function diffRows(diff: JourneyDiff, stageNames: ReadonlyMap<string, string> = new Map()): DiffRow[] {
  const names = new Map(stageNames);
  for (const s of [...diff.stagesAdded, ...diff.stagesRemoved, ...diff.stagesMoved, ...diff.stagesChanged]) if (!names.has(s.id)) names.set(s.id, s.name);
  const stage = (id: string | null | undefined) => (id ? names.get(id) : undefined);
  const rows: DiffRow[] = [];
  if (diff.journeyFields.length) rows.push({ key: 'journey', kind: 'changed', entity: 'journey', name: '', changes: changeRows(diff.journeyFields) });
  for (const s of diff.stagesAdded) rows.push({ key: `sa-${s.id}`, kind: 'added', entity: 'stage', name: s.name, to: { position: (s.position ?? 0) + 1 } });
  for (const s of diff.stagesRemoved) rows.push({ key: `sr-${s.id}`, kind: 'removed', entity: 'stage', name: s.name, from: { position: (s.position ?? 0) + 1 } });
  for (const s of diff.stagesMoved) rows.push({ key: `sm-${s.id}`, kind: 'moved', entity: 'stage', name: s.name, from: { position: (s.from ?? 0) + 1 }, to: { position: (s.to ?? 0) + 1 } });
  for (const s of diff.stagesChanged) rows.push({ key: `sc-${s.id}`, kind: 'changed', entity: 'stage', name: s.name, changes: changeRows(s.changes) });
  for (const t of diff.touchpointsAdded) rows.push({ key: `ta-${t.id}`, kind: 'added', entity: 'touchpoint', name: t.name, to: { stage: stage(t.stageId), position: 0 } });
  for (const t of diff.touchpointsRemoved) rows.push({ key: `tr-${t.id}`, kind: 'removed', entity: 'touchpoint', name: t.name, from: { stage: stage(t.stageId), position: 0 } });
  for (const t of diff.touchpointsMoved) {
    rows.push({
      key: `tm-${t.id}`,
      kind: 'moved',
      entity: 'touchpoint',
      name: t.name,
      from: { stage: stage(t.fromStageId), position: (t.fromPosition ?? 0) + 1 },
      to: { stage: stage(t.toStageId), position: (t.toPosition ?? 0) + 1 },
    });
  }
  for (const t of diff.touchpointsChanged) rows.push({ key: `tc-${t.id}`, kind: 'changed', entity: 'touchpoint', name: t.name, changes: changeRows(t.changes) });
  // Pain points and opportunities one by one, with their text and the touchpoint they belong to.
  for (const i of diff.insights) {
    const entity = i.entity === 'opportunity' ? 'opportunities' : 'painPoints';
    const where = { stage: i.touchpointName, position: 0 };
    const kind = i.kind === 'added' || i.kind === 'removed' ? i.kind : 'changed';
    rows.push({
      key: `i${kind[0]}-${i.id}`,
      kind,
      entity,
      name: i.title,
      ...(kind === 'removed' ? { from: where } : { to: where }),
      ...(kind === 'changed' ? { changes: [{ field: 'title', before: formatDiffValue('title', i.before), after: formatDiffValue('title', i.title) }] } : {}),
    });
  }
  return rows;
}

export function diffTotals(rows: readonly DiffRow[]): Record<DiffKind, number> {
  const totals: Record<DiffKind, number> = { added: 0, removed: 0, moved: 0, changed: 0 };
  for (const row of rows) totals[row.kind] += row.count ?? 1;
  return totals;
}

/** Revisions to compare by default: the one before the selected revision, and the selected one. */
export function defaultComparison(revisions: readonly number[], selected: number): { from: number; to: number } | null {
  const sorted = [...revisions].sort((a, b) => a - b);
  const i = sorted.indexOf(selected);
  if (i <= 0) return null;
  return { from: sorted[i - 1] as number, to: selected };
}
