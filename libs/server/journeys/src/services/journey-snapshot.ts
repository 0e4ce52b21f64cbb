import { fieldNames, TOUCHPOINT_FIELDS, type FieldValue, type JourneyDocument, type OpportunityDocument, type PainPointDocument, type StageDocument, type TouchpointDocument } from '@opencx/domain';
import { toJourneyDocument, type JourneyMap } from './journey-map.loader';

/**
 * What a revision stores: the journey document with ids, plus everything else the journey owns
 * that the portable document leaves out (owner teams, review fields, provenance, template keys,
 * metric bindings with their target overrides, the exact creation times that order insights).
 * Restoring a revision writes back exactly this; a duplicate writes it with new identities.
 * Fields are optional because revisions recorded before they existed lack them.
 */
export interface MetricBindingSnapshot {
  metricDefinitionId: string;
  /** The definition's key, for people reading a snapshot; the id is what is restored. */
  key: string;
  targetOverride: number | null;
  position: number;
}

export interface PainPointSnapshot extends PainPointDocument {
  /** PostgreSQL's timestamp with microseconds (a JS Date would drop them and reorder insights). */
  createdAt?: string;
}

export interface OpportunitySnapshot extends OpportunityDocument {
  createdAt?: string;
}

/** A touchpoint's declared fields that the portable document leaves out (owner team, template key …). */
const SNAPSHOT_ONLY = fieldNames(TOUCHPOINT_FIELDS, (f) => f.document === false);
type SnapshotOnlyFields = { -readonly [K in keyof typeof TOUCHPOINT_FIELDS as (typeof TOUCHPOINT_FIELDS)[K] extends { document: false } ? K : never]?: FieldValue<(typeof TOUCHPOINT_FIELDS)[K]> | null };

export interface TouchpointSnapshot extends TouchpointDocument, SnapshotOnlyFields {
  /** The row's version at this revision: the base a later stale edit merges against (restores ignore it). */
  version?: number;
  metrics?: MetricBindingSnapshot[];
  painPoints: PainPointSnapshot[];
  opportunities: OpportunitySnapshot[];
}

export interface StageSnapshot extends StageDocument {
  touchpoints: TouchpointSnapshot[];
}

export interface JourneyFieldsSnapshot {
  personaId?: string | null;
  ownerTeamId?: string | null;
  reviewCadenceDays?: number | null;
  nextReviewAt?: string | null;
  sourcePluginId?: string | null;
  templateKey?: string | null;
  templateVersion?: string | null;
}

export interface JourneySnapshot extends JourneyDocument {
  journey: Omit<JourneyDocument['journey'], 'stages'> & JourneyFieldsSnapshot & { stages: StageSnapshot[] };
}

/** The map as a revision snapshot (see JourneySnapshot). */
export function toJourneySnapshot(map: JourneyMap): JourneySnapshot {
  const doc = toJourneyDocument(map, true);
  return {
    ...doc,
    journey: {
      ...doc.journey,
      personaId: map.persona?.id ?? null,
      ownerTeamId: map.ownerTeamId,
      reviewCadenceDays: map.reviewCadenceDays,
      nextReviewAt: map.nextReviewAt,
      sourcePluginId: map.sourcePluginId,
      templateKey: map.templateKey,
      templateVersion: map.templateVersion,
      stages: doc.journey.stages.map((stage, si) => ({
        ...stage,
        touchpoints: stage.touchpoints.map((t, ti) => {
          const tp = map.stages[si].touchpoints[ti];
          return {
            ...t,
            ...Object.fromEntries(SNAPSHOT_ONLY.map((name) => [name, tp[name] ?? null])),
            version: tp.version,
            metrics: tp.metrics.map((m) => ({ metricDefinitionId: m.definitionId, key: m.key, targetOverride: m.targetOverride ?? null, position: m.position ?? 0 })),
            painPoints: t.painPoints.map((p, pi) => ({ ...p, createdAt: tp.painPoints[pi].createdAtExact })),
            opportunities: t.opportunities.map((o, oi) => ({ ...o, createdAt: tp.opportunities[oi].createdAtExact })),
          };
        }),
      })),
    },
  };
}

/**
 * The same journey as a snapshot with no identities: what a duplicate writes. The rule: a copy
 * keeps everything the journey owns (content, owner teams, review cadence and date, persona,
 * template provenance and template keys, metric bindings and target overrides, the further personas —
 * the same persona rows, as the primary persona — and their emotions) and takes fresh
 * identity and history — new ids for every row, version 1, revision 1, creator and creation
 * times of the copy; the caller sets name, state and status (always draft).
 */
export function withoutIdentities(snapshot: JourneySnapshot): JourneySnapshot {
  return {
    ...snapshot,
    journey: {
      ...snapshot.journey,
      stages: snapshot.journey.stages.map(({ id: _s, ...stage }) => ({
        ...stage,
        touchpoints: stage.touchpoints.map(({ id: _t, ...t }) => ({
          ...t,
          painPoints: t.painPoints.map(({ id: _p, createdAt: _c, ...p }) => p),
          opportunities: t.opportunities.map(({ id: _o, createdAt: _c, ...o }) => o),
        })),
      })),
    },
  };
}

/** A document as uploaded, reduced to the portable fields: an import never sets owner teams, bindings, template keys or times. */
export function portableOnly(doc: JourneyDocument): JourneySnapshot {
  const { personaId: _p, ownerTeamId: _o, reviewCadenceDays: _r, nextReviewAt: _n, sourcePluginId: _s, templateKey: _k, templateVersion: _v, ...journey } = doc.journey as JourneySnapshot['journey'];
  return {
    ...doc,
    journey: {
      ...journey,
      // An upload's personas become new personas of this workspace: ids it carries are never trusted.
      ...(journey.personas ? { personas: journey.personas.map(({ id: _i, ...p }) => p) } : {}),
      stages: journey.stages.map((stage) => ({
        ...stage,
        touchpoints: stage.touchpoints.map(({ metrics: _m, ...t }) => ({
          ...omit(t, SNAPSHOT_ONLY),
          painPoints: t.painPoints.map(({ createdAt: _c, ...p }) => p),
          opportunities: t.opportunities.map(({ createdAt: _c, ...o }) => o),
        })),
      })),
    },
  };
}

function omit<T extends object>(row: T, names: readonly string[]): T {
  return Object.fromEntries(Object.entries(row).filter(([key]) => !names.includes(key))) as T;
}
