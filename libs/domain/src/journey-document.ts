import {
  diffFieldNames,
  JOURNEY_ENTITY_FIELDS,
  JOURNEY_FIELDS,
  OPPORTUNITY_FIELDS,
  PAIN_POINT_FIELDS,
  PERSONA_FIELDS,
  STAGE_FIELDS,
  TOUCHPOINT_FIELDS,
  type FieldSpec,
  type FieldTable,
  type FieldValue,
  type JourneyEntityFields,
} from './journey-fields';
import type { CustomLane, LaneValues } from './custom-lanes';
import type { PersonaEmotionDocument } from './journey-personas';

/**
 * A whole journey map as one JSON document: the JSON export/import format and the snapshot each
 * revision stores. Ids are present in snapshots (so revisions can be diffed) and optional in
 * imports. Field order and content are stable so an export → import → export round-trips exactly.
 */
export const JOURNEY_DOCUMENT_FORMAT = 'opencx.journey';
export const JOURNEY_DOCUMENT_VERSION = 1;

/** An entity's portable fields, typed from its declaration (journey-fields.ts). */
export type DocumentFields<T extends FieldTable> = { -readonly [K in keyof T as T[K] extends { document: false } ? never : K]: T[K] extends FieldSpec ? FieldValue<T[K]> : never };

export interface PainPointDocument extends DocumentFields<typeof PAIN_POINT_FIELDS> {
  id?: string;
}

export interface OpportunityDocument extends DocumentFields<typeof OPPORTUNITY_FIELDS> {
  id?: string;
  /** Index into the touchpoint's painPoints (documents carry no foreign ids). */
  painPointIndex: number | null;
}

export interface TouchpointDocument extends DocumentFields<typeof TOUCHPOINT_FIELDS> {
  id?: string;
  /** Entries in the journey's custom lanes (custom-lanes.ts); left out when there are none. */
  laneValues?: LaneValues;
  /** The journey's further personas' emotions here (journey-personas.ts); left out when there are none. */
  personaEmotions?: PersonaEmotionDocument[];
  painPoints: PainPointDocument[];
  opportunities: OpportunityDocument[];
}

export interface StageDocument extends DocumentFields<typeof STAGE_FIELDS> {
  id?: string;
  touchpoints: TouchpointDocument[];
}

export type PersonaDocument = DocumentFields<typeof PERSONA_FIELDS>;

export interface JourneyDocument {
  format: typeof JOURNEY_DOCUMENT_FORMAT;
  version: typeof JOURNEY_DOCUMENT_VERSION;
  journey: DocumentFields<typeof JOURNEY_FIELDS> & {
    persona: PersonaDocument | null;
    /** The team's own lanes, in map order (custom-lanes.ts); left out when there are none. */
    lanes?: CustomLane[];
    /** Further personas the map can be viewed by (journey-personas.ts); ids only in revision snapshots; left out when there are none. */
    personas?: (PersonaDocument & { id?: string })[];
    stages: StageDocument[];
  };
}

/** Fields compared by a diff (everything a user edits on the map), from the declaration. */
export const JOURNEY_DIFF_FIELDS = diffFieldNames(JOURNEY_FIELDS);
export const STAGE_DIFF_FIELDS = diffFieldNames(STAGE_FIELDS);
export const TOUCHPOINT_DIFF_FIELDS = diffFieldNames(TOUCHPOINT_FIELDS);

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface JourneyDiff {
  journeyFields: FieldChange[];
  stagesAdded: { id: string; name: string; position: number }[];
  stagesRemoved: { id: string; name: string; position: number }[];
  stagesMoved: { id: string; name: string; from: number; to: number }[];
  stagesChanged: { id: string; name: string; changes: FieldChange[] }[];
  touchpointsAdded: { id: string; name: string; stageId: string }[];
  touchpointsRemoved: { id: string; name: string; stageId: string }[];
  touchpointsMoved: { id: string; name: string; fromStageId: string; toStageId: string; fromPosition: number; toPosition: number }[];
  touchpointsChanged: { id: string; name: string; changes: FieldChange[] }[];
  painPointsAdded: number;
  painPointsRemoved: number;
  opportunitiesAdded: number;
  opportunitiesRemoved: number;
  /** Each pain point and opportunity added, removed or retitled, with its text and its touchpoint's name. */
  insights: InsightDiffEntry[];
}

export interface InsightDiffEntry {
  entity: 'painPoint' | 'opportunity';
  kind: 'added' | 'removed' | 'changed';
  id: string;
  title: string;
  /** The title before, for a retitled one. */
  before?: string;
  touchpointName: string;
}

function insightEntries(entity: InsightDiffEntry['entity'], touchpointName: string, before: readonly { id?: string; title: string }[], after: readonly { id?: string; title: string }[]): InsightDiffEntry[] {
  const key = (x: { id?: string }, i: number) => x.id ?? `#${i}`;
  const old = new Map(before.map((x, i) => [key(x, i), x]));
  const cur = new Map(after.map((x, i) => [key(x, i), x]));
  const out: InsightDiffEntry[] = [];
  for (const [id, x] of cur) {
    const was = old.get(id);
    if (!was) out.push({ entity, kind: 'added', id, title: x.title, touchpointName });
    else if (was.title !== x.title) out.push({ entity, kind: 'changed', id, title: x.title, before: was.title, touchpointName });
  }
  for (const [id, x] of old) if (!cur.has(id)) out.push({ entity, kind: 'removed', id, title: x.title, touchpointName });
  return out;
}

function changes(before: object, after: object, fields: readonly string[]): FieldChange[] {
  const [b, a] = [before as Record<string, unknown>, after as Record<string, unknown>];
  return fields.filter((f) => JSON.stringify(b[f]) !== JSON.stringify(a[f])).map((f) => ({ field: f, before: b[f], after: a[f] }));
}

/** The custom lanes as a change of the journey (`lanes`: names in order) when any was added, renamed, reordered or removed. */
function laneChanges(before: CustomLane[] | undefined, after: CustomLane[] | undefined): FieldChange[] {
  const [b, a] = [before ?? [], after ?? []];
  if (JSON.stringify(b) === JSON.stringify(a)) return [];
  const names = (lanes: CustomLane[]) => lanes.map((l) => `${l.nameZh} / ${l.nameEn}`);
  return [{ field: 'lanes', before: names(b), after: names(a) }];
}

/** The further personas as a change of the journey (`personas`: names in order) when any was added, removed or reordered. */
function personaChanges(before: { name: string }[] | undefined, after: { name: string }[] | undefined): FieldChange[] {
  const names = (list: { name: string }[] | undefined) => (list ?? []).map((p) => p.name);
  const [b, a] = [names(before), names(after)];
  return JSON.stringify(b) === JSON.stringify(a) ? [] : [{ field: 'personas', before: b, after: a }];
}

/** One change per further persona whose emotion at the touchpoint changed (`persona:<name>`; null = the journey's own). */
function personaEmotionChanges(before: TouchpointDocument, beforePersonas: { name: string }[] | undefined, after: TouchpointDocument, afterPersonas: { name: string }[] | undefined): FieldChange[] {
  const byName = (t: TouchpointDocument, personas: { name: string }[] | undefined) => new Map((t.personaEmotions ?? []).map((e) => [personas?.[e.persona]?.name ?? `#${e.persona}`, e.emotion]));
  const [b, a] = [byName(before, beforePersonas), byName(after, afterPersonas)];
  return [...new Set([...b.keys(), ...a.keys()])].filter((k) => b.get(k) !== a.get(k)).map((k) => ({ field: `persona:${k}`, before: b.get(k) ?? null, after: a.get(k) ?? null }));
}

/** One change per custom lane whose entries changed (`lane:<key>`, the items before and after). */
function laneValueChanges(before: LaneValues | undefined, after: LaneValues | undefined): FieldChange[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return keys
    .filter((k) => JSON.stringify(before?.[k] ?? []) !== JSON.stringify(after?.[k] ?? []))
    .map((k) => ({ field: `lane:${k}`, before: before?.[k] ?? [], after: after?.[k] ?? [] }));
}

/**
 * Which items of a reordered list actually moved: everything outside the longest run of items that
 * kept their relative order (moving one card shifts its neighbours' positions, but only it moved).
 */
export function movedItems(before: string[], after: string[]): Set<string> {
  const common = after.filter((id) => before.includes(id));
  const oldIndex = new Map(before.map((id, i) => [id, i]));
  const seq = common.map((id) => oldIndex.get(id) as number);
  // Longest increasing subsequence (patience sorting), keeping predecessors to rebuild it.
  const tails: number[] = [];
  const prev: number[] = new Array(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]] < seq[i]) lo = mid + 1;
      else hi = mid;
    }
    prev[i] = lo > 0 ? tails[lo - 1] : -1;
    tails[lo] = i;
  }
  const kept = new Set<string>();
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = prev[i]) kept.add(common[i]);
  return new Set(common.filter((id) => !kept.has(id)));
}

function index<T extends { id?: string }>(items: T[]): Map<string, { item: T; position: number }> {
  return new Map(items.map((item, position) => [item.id ?? `#${position}`, { item, position }]));
}

/** What changed between two snapshots of the same journey (matched by id), field by declared field. */
export function diffJourneyDocuments(from: JourneyDocument, to: JourneyDocument, declared: JourneyEntityFields = JOURNEY_ENTITY_FIELDS): JourneyDiff {
  const diff: JourneyDiff = {
    journeyFields: [...changes(from.journey, to.journey, diffFieldNames(declared.journey)), ...laneChanges(from.journey.lanes, to.journey.lanes), ...personaChanges(from.journey.personas, to.journey.personas)],
    stagesAdded: [],
    stagesRemoved: [],
    stagesMoved: [],
    stagesChanged: [],
    touchpointsAdded: [],
    touchpointsRemoved: [],
    touchpointsMoved: [],
    touchpointsChanged: [],
    painPointsAdded: 0,
    painPointsRemoved: 0,
    opportunitiesAdded: 0,
    opportunitiesRemoved: 0,
    insights: [],
  };
  const fromStages = index(from.journey.stages);
  const toStages = index(to.journey.stages);
  const stagesReordered = movedItems([...fromStages.keys()], [...toStages.keys()]);
  for (const [id, { item, position }] of toStages) {
    const old = fromStages.get(id);
    if (!old) diff.stagesAdded.push({ id, name: item.name, position });
    else {
      if (stagesReordered.has(id)) diff.stagesMoved.push({ id, name: item.name, from: old.position, to: position });
      const c = changes(old.item, item, diffFieldNames(declared.stage));
      if (c.length) diff.stagesChanged.push({ id, name: item.name, changes: c });
    }
  }
  for (const [id, { item, position }] of fromStages) if (!toStages.has(id)) diff.stagesRemoved.push({ id, name: item.name, position });

  const touchpoints = (doc: JourneyDocument) =>
    new Map(
      doc.journey.stages.flatMap((s, si) =>
        s.touchpoints.map((t, position) => [t.id ?? `#${si}.${position}`, { item: t, stageId: s.id ?? `#${si}`, position }] as const),
      ),
    );
  const fromTps = touchpoints(from);
  const toTps = touchpoints(to);
  const ids = (list: { id?: string }[]) => new Set(list.map((x, i) => x.id ?? `#${i}`));
  const inStage = (tps: typeof fromTps, stageId: string) => [...tps].filter(([, t]) => t.stageId === stageId).map(([id]) => id);
  const reordered = new Set<string>();
  for (const stageId of new Set([...toTps.values()].map((t) => t.stageId))) {
    const stayed = (list: string[]) => list.filter((id) => fromTps.get(id)?.stageId === stageId && toTps.get(id)?.stageId === stageId);
    for (const id of movedItems(stayed(inStage(fromTps, stageId)), stayed(inStage(toTps, stageId)))) reordered.add(id);
  }
  for (const [id, cur] of toTps) {
    const old = fromTps.get(id);
    if (!old) {
      diff.touchpointsAdded.push({ id, name: cur.item.name, stageId: cur.stageId });
      diff.painPointsAdded += cur.item.painPoints.length;
      diff.opportunitiesAdded += cur.item.opportunities.length;
      diff.insights.push(...insightEntries('painPoint', cur.item.name, [], cur.item.painPoints), ...insightEntries('opportunity', cur.item.name, [], cur.item.opportunities));
      continue;
    }
    if (old.stageId !== cur.stageId || reordered.has(id)) {
      diff.touchpointsMoved.push({ id, name: cur.item.name, fromStageId: old.stageId, toStageId: cur.stageId, fromPosition: old.position, toPosition: cur.position });
    }
    const c = [...changes(old.item, cur.item, diffFieldNames(declared.touchpoint)), ...laneValueChanges(old.item.laneValues, cur.item.laneValues), ...personaEmotionChanges(old.item, from.journey.personas, cur.item, to.journey.personas)];
    if (c.length) diff.touchpointsChanged.push({ id, name: cur.item.name, changes: c });
    const [oldPains, newPains] = [ids(old.item.painPoints), ids(cur.item.painPoints)];
    diff.painPointsAdded += [...newPains].filter((p) => !oldPains.has(p)).length;
    diff.painPointsRemoved += [...oldPains].filter((p) => !newPains.has(p)).length;
    const [oldOpps, newOpps] = [ids(old.item.opportunities), ids(cur.item.opportunities)];
    diff.opportunitiesAdded += [...newOpps].filter((p) => !oldOpps.has(p)).length;
    diff.opportunitiesRemoved += [...oldOpps].filter((p) => !newOpps.has(p)).length;
    diff.insights.push(...insightEntries('painPoint', cur.item.name, old.item.painPoints, cur.item.painPoints), ...insightEntries('opportunity', cur.item.name, old.item.opportunities, cur.item.opportunities));
  }
  for (const [id, old] of fromTps) {
    if (!toTps.has(id)) {
      diff.touchpointsRemoved.push({ id, name: old.item.name, stageId: old.stageId });
      diff.painPointsRemoved += old.item.painPoints.length;
      diff.opportunitiesRemoved += old.item.opportunities.length;
      diff.insights.push(...insightEntries('painPoint', old.item.name, old.item.painPoints, []), ...insightEntries('opportunity', old.item.name, old.item.opportunities, []));
    }
  }
  return diff;
}

/** The same document without ids: what an export carries, and what two equal maps share. */
export function stripIds(doc: JourneyDocument): JourneyDocument {
  return {
    ...doc,
    journey: {
      ...doc.journey,
      stages: doc.journey.stages.map(({ id: _s, ...stage }) => ({
        ...stage,
        touchpoints: stage.touchpoints.map(({ id: _t, ...tp }) => ({
          ...tp,
          painPoints: tp.painPoints.map(({ id: _p, ...pain }) => pain),
          opportunities: tp.opportunities.map(({ id: _o, ...opp }) => opp),
        })),
      })),
    },
  };
}
