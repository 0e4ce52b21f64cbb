import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  documentFieldNames,
  JOURNEY_DOCUMENT_FORMAT,
  JOURNEY_DOCUMENT_VERSION,
  JOURNEY_FIELDS,
  normalizeLaneValues,
  OPPORTUNITY_FIELDS,
  PAIN_POINT_FIELDS,
  PERSONA_FIELDS,
  pickFields,
  personaEmotionsToDocument,
  STAGE_FIELDS,
  TOUCHPOINT_FIELDS,
  type DocumentFields,
  type FieldTable,
  type JourneyDocument,
  type CustomLane,
  type LaneValues,
  type PersonaEmotionDocument,
  type PersonaEmotions,
} from '@opencx/domain';
import type { TenantTx } from '@opencx/server-database';
import { JourneyEntity, OpportunityEntity, PainPointEntity, PersonaEntity, StageEntity, TouchpointEntity } from '../entities';
import { TouchpointMetricService } from '@opencx/server-metrics';
import type { JourneyModel, StageModel, TouchpointModel } from '../models';
import type { TouchpointFilterInput } from '../inputs';
import { journeyErrors } from '../journey.errors';
import { JourneyMapCache } from './journey-map.cache';

export type JourneyMap = JourneyModel;

function keepTouchpoint(tp: TouchpointEntity, filter?: TouchpointFilterInput): boolean {
  if (!filter) return true;
  if (filter.channels?.length && !filter.channels.includes(tp.channel)) return false;
  if (filter.ownerTeamId && tp.ownerTeamId !== filter.ownerTeamId) return false;
  if (filter.device && tp.device !== filter.device) return false;
  if (filter.region && tp.region !== filter.region) return false;
  if (filter.momentsOfTruthOnly && !tp.momentOfTruth) return false;
  return true;
}

/** The further personas of journey `j` in its order (always read fresh, like the primary persona). */
const PERSONAS_SQL = `(SELECT coalesce(jsonb_agg(to_jsonb(x) ORDER BY array_position(j.persona_ids, x.id)), '[]'::jsonb) FROM persona x WHERE x.workspace_id = j.workspace_id AND x.id = ANY(j.persona_ids))`;
/** The future-state maps of journey `j`. */
const FUTURES_SQL = `(SELECT coalesce(array_agg(f.id ORDER BY f.created_at, f.id), '{}') FROM journey f WHERE f.workspace_id = j.workspace_id AND f.current_state_journey_id = j.id AND f.status <> 'archived')`;

/**
 * Loads a whole map in a fixed number of statements whatever its size: the journey with its
 * persona and stages, then (in parallel) touchpoints, insights (pain points + opportunities) and
 * the metric bindings that metrics contributes through its service (one statement); the tree is
 * assembled in memory. Nothing below the journey resolves lazily, so GraphQL never goes N+1.
 */
@Injectable()
export class JourneyMapLoader {
  constructor(private readonly metrics: TouchpointMetricService) {}

  async load(tx: TenantTx, journeyId: string, filter?: TouchpointFilterInput, options: { lock?: boolean; cache?: JourneyMapCache } = {}): Promise<JourneyMap> {
    return (await this.loadVersioned(tx, journeyId, filter, options)).map;
  }

  /**
   * The map and, when read with a cache, its answer version: a digest of everything a `journey(id)`
   * answer is made of, read in the same statement (and snapshot) as the map itself — the tree's
   * version (below) and the exact journey row, its personas and its future-state maps. Equal answer
   * versions mean equal answers for the same GraphQL operation (JourneyAnswerCache relies on it).
   */
  async loadVersioned(
    tx: TenantTx,
    journeyId: string,
    filter?: TouchpointFilterInput,
    options: { lock?: boolean; cache?: JourneyMapCache } = {},
  ): Promise<{ map: JourneyMap; answerVersion: string | null }> {
    // With a cache (reads only, in a snapshot transaction: see JourneyService.get), the first statement
    // also answers the tree's version: the journey's content_version (bumped by triggers, in the
    // writing transaction, whenever a stage, touchpoint, pain point, opportunity or metric binding of
    // the map changes), its revision, and a digest of the metric definitions it shows. When the cached
    // tree has exactly that version, the first statement is the only one; the journey and persona
    // rows are always read fresh.
    const cache = options.cache && !options.lock ? options.cache : null;
    const key = cache ? JourneyMapCache.key(tx.ctx.workspaceId, journeyId, filter) : '';
    const entry = cache?.lookup(key) ?? null;
    const stagesSql = `(SELECT coalesce(jsonb_agg(to_jsonb(s) ORDER BY s.position), '[]'::jsonb) FROM stage s WHERE s.workspace_id = j.workspace_id AND s.journey_id = j.id)`;
    // 1: the journey, its persona and its stages; 2–4 (in parallel): touchpoints, insights, metric bindings.
    const [head] = await tx.query<{ journey: Record<string, unknown>; persona: Record<string, unknown> | null; personas: Record<string, unknown>[]; futures: string[]; stages: Record<string, unknown>[] | null; version?: string }>(
      cache
        ? `${this.versionedHeadSql()}, CASE WHEN v.version IS DISTINCT FROM $3::text THEN ${stagesSql} END AS stages
             FROM journey j LEFT JOIN persona p ON p.workspace_id = j.workspace_id AND p.id = j.persona_id
            CROSS JOIN LATERAL (SELECT ${this.treeVersionSql()} AS version) v
            WHERE j.workspace_id = $1 AND j.id = $2`
        : `SELECT to_jsonb(j) AS journey, to_jsonb(p) AS persona, ${PERSONAS_SQL} AS personas, ${FUTURES_SQL} AS futures, ${stagesSql} AS stages
             FROM journey j LEFT JOIN persona p ON p.workspace_id = j.workspace_id AND p.id = j.persona_id
            WHERE j.workspace_id = $1 AND j.id = $2${options.lock ? ' FOR UPDATE OF j' : ''}`,
      cache ? [journeyId, entry?.version ?? null] : [journeyId],
    );
    if (!head) throw journeyErrors.notFound('Journey', journeyId);
    const journey = tx.hydrate(JourneyEntity, head.journey);
    const persona = head.persona ? tx.hydrate(PersonaEntity, head.persona) : null;
    const personas = (head.personas ?? []).map((p) => tx.hydrate(PersonaEntity, p));
    const futureStateJourneyIds = head.futures ?? [];
    const answerVersion = head.version ? answerVersionOf(head.version, head) : null;
    if (entry && head.version === entry.version) return { map: { ...journey, persona, personas, futureStateJourneyIds, stages: entry.stages }, answerVersion };
    const stages = (head.stages ?? []).map((s) => tx.hydrate(StageEntity, s));
    const [touchpoints, insights, bindings] = await tx.all([
      () => tx.find(TouchpointEntity, { journeyId }, { order: { position: 'ASC' } }),
      () => tx.query<{ kind: 'pain' | 'opportunity'; row: Record<string, unknown> }>(
        `SELECT kind, row FROM (
           SELECT 'pain' AS kind, to_jsonb(p) AS row, p.created_at AS t, p.id FROM pain_point p WHERE p.workspace_id = $1 AND p.journey_id = $2
           UNION ALL
           SELECT 'opportunity', to_jsonb(o), o.created_at, o.id FROM opportunity o WHERE o.workspace_id = $1 AND o.journey_id = $2
         ) i ORDER BY kind, t, id`,
        [journeyId],
      ),
      () => this.metrics.forJourney(tx, journeyId),
    ]);
    // JS Dates hold milliseconds; snapshots keep PostgreSQL's microseconds so a restore puts back the exact time (and order).
    const exact = (row: Record<string, unknown>) => ({ createdAtExact: String(row.created_at) });
    const painPoints = insights.filter((i) => i.kind === 'pain').map((i) => ({ ...tx.hydrate(PainPointEntity, i.row), ...exact(i.row) }));
    const opportunities = insights.filter((i) => i.kind === 'opportunity').map((i) => ({ ...tx.hydrate(OpportunityEntity, i.row), ...exact(i.row) }));
    const metrics = group(
      bindings.map(({ touchpointId, metricDefinitionId: _id, ...m }) => ({ ...m, touchpointId })),
      (m) => m.touchpointId,
    );

    const pains = group(painPoints, (p) => p.touchpointId);
    const opps = group(opportunities, (o) => o.touchpointId);
    const byStage = group(
      touchpoints.filter((tp) => keepTouchpoint(tp, filter)),
      (tp) => tp.stageId,
    );
    // Lane entries in the journey's lane order (a jsonb object keeps its keys in its own order).
    const laneOrder = new Map(((journey.customLanes ?? []) as { key: string }[]).map((l, i) => [l.key, i]));
    const laneEntriesOf = (values: Record<string, string[]> | null | undefined) =>
      Object.entries(values ?? {})
        .map(([laneKey, items]) => ({ laneKey, items }))
        .sort((a, b) => (laneOrder.get(a.laneKey) ?? Number.MAX_SAFE_INTEGER) - (laneOrder.get(b.laneKey) ?? Number.MAX_SAFE_INTEGER) || a.laneKey.localeCompare(b.laneKey));
    const stageModels: StageModel[] = stages.map((s) => ({
      id: s.id,
      journeyId: s.journeyId,
      position: s.position,
      version: s.version,
      ...pickFields(STAGE_FIELDS, s),
      touchpoints: (byStage.get(s.id) ?? []).map(
        (tp): TouchpointModel => ({
          id: tp.id,
          journeyId: tp.journeyId,
          stageId: tp.stageId,
          position: tp.position,
          version: tp.version,
          ...pickFields(TOUCHPOINT_FIELDS, tp),
          laneValues: tp.laneValues ?? {},
          laneEntries: laneEntriesOf(tp.laneValues),
          personaEmotions: tp.personaEmotions ?? {},
          personaEmotionList: personaEmotionsToDocument(tp.personaEmotions, journey.personaIds ?? []).map((e) => ({ personaId: (journey.personaIds ?? [])[e.persona], emotion: e.emotion })),
          painPoints: pains.get(tp.id) ?? [],
          opportunities: opps.get(tp.id) ?? [],
          metrics: metrics.get(tp.id) ?? [],
        }),
      ),
    }));
    if (cache && head.version) cache.set(key, head.version, stageModels);
    return { map: { ...journey, persona, personas, futureStateJourneyIds, stages: stageModels }, answerVersion };
  }

  /**
   * The SELECT of a whole map's answer version alone (`$1` the workspace, `$2` the journey; no row when
   * the journey is not there): loadVersioned's first statement without the stages, so `answerVersion`
   * of its row equals the answer version loadVersioned gives in the same state. One statement, so the
   * JourneyAnswerCache can check a kept answer in one round trip (TenantDb.readRows).
   */
  answerVersionSql(): string {
    return `${this.versionedHeadSql()}
              FROM journey j LEFT JOIN persona p ON p.workspace_id = j.workspace_id AND p.id = j.persona_id
             CROSS JOIN LATERAL (SELECT ${this.treeVersionSql()} AS version) v
             WHERE j.workspace_id = $1 AND j.id = $2`;
  }

  /** The answer version of a row of `answerVersionSql`. */
  answerVersion(head: { journey: unknown; persona: unknown; personas: unknown; futures: unknown; version: string }): string {
    return answerVersionOf(head.version, head);
  }

  /** The columns every answer version is made of: the journey row, its personas, its future-state maps and the tree's version `v.version`. */
  private versionedHeadSql(): string {
    return `SELECT to_jsonb(j) AS journey, to_jsonb(p) AS persona, ${PERSONAS_SQL} AS personas, ${FUTURES_SQL} AS futures, v.version`;
  }

  /** The tree's version of journey `j`: its revision, content version and a digest of the metric definitions it shows. */
  private treeVersionSql(): string {
    return `j.revision || ':' || j.content_version || ':' || ${this.metrics.boundDefinitionsDigestSql('j')}`;
  }

  /** Several journeys' touchpoint counts etc. in one statement (journey list). */
  async counts(tx: TenantTx, journeyIds: string[]): Promise<Map<string, { stages: number; touchpoints: number; painPoints: number }>> {
    if (journeyIds.length === 0) return new Map();
    const rows = await tx.query<{ id: string; stages: number; touchpoints: number; pain_points: number }>(
      `SELECT j.id,
              (SELECT count(*)::int FROM stage s WHERE s.workspace_id = $1 AND s.journey_id = j.id) AS stages,
              (SELECT count(*)::int FROM touchpoint t WHERE t.workspace_id = $1 AND t.journey_id = j.id) AS touchpoints,
              (SELECT count(*)::int FROM pain_point p WHERE p.workspace_id = $1 AND p.journey_id = j.id) AS pain_points
         FROM journey j WHERE j.workspace_id = $1 AND j.id = ANY($2::uuid[])`,
      [journeyIds],
    );
    return new Map(rows.map((r) => [r.id, { stages: r.stages, touchpoints: r.touchpoints, painPoints: r.pain_points }]));
  }

  async personasById(tx: TenantTx, ids: string[]): Promise<Map<string, PersonaEntity>> {
    if (ids.length === 0) return new Map();
    return new Map((await tx.find(PersonaEntity, { id: In(ids) })).map((p) => [p.id, p]));
  }
}

/** The tree's version and a digest of the rows read beside it (journey, personas, future-state maps), exactly as the database returned them. */
function answerVersionOf(treeVersion: string, head: { journey: unknown; persona: unknown; personas: unknown; futures: unknown }): string {
  return createHash('sha256')
    .update(treeVersion)
    .update('\n')
    .update(JSON.stringify([head.journey, head.persona, head.personas, head.futures]))
    .digest('base64url');
}

function group<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/** The map as a JourneyDocument (export, import and revision snapshots share this format); its fields are the declared portable ones. */
export function toJourneyDocument(map: JourneyMap, withIds: boolean): JourneyDocument {
  const id = (value: string) => (withIds ? { id: value } : {});
  const portable = <T extends FieldTable>(table: T, row: object) => pickFields(table, row as Record<keyof T, unknown>, documentFieldNames(table)) as unknown as DocumentFields<T>;
  return {
    format: JOURNEY_DOCUMENT_FORMAT,
    version: JOURNEY_DOCUMENT_VERSION,
    journey: {
      ...portable(JOURNEY_FIELDS, map),
      persona: map.persona ? portable(PERSONA_FIELDS, map.persona) : null,
      // Further personas travel only when there are some; snapshots keep their ids (a restore or duplicate relinks them).
      ...(map.personas?.length ? { personas: map.personas.map((p) => ({ ...id(p.id), ...portable(PERSONA_FIELDS, p) })) } : {}),
      // Custom lanes and their entries travel only when there are some (documents from before them stay as they were).
      ...(map.customLanes?.length ? { lanes: map.customLanes.map((l) => ({ key: l.key, nameZh: l.nameZh, nameEn: l.nameEn, kind: l.kind as 'text' })) } : {}),
      stages: map.stages.map((s) => ({
        ...id(s.id),
        ...portable(STAGE_FIELDS, s),
        touchpoints: s.touchpoints.map((t) => ({
          ...id(t.id),
          ...portable(TOUCHPOINT_FIELDS, t),
          ...laneValuesOf(t.laneValues, (map.customLanes ?? []) as CustomLane[]),
          ...personaEmotionsOf(t.personaEmotions, (map.personas ?? []).map((p) => p.id)),
          painPoints: t.painPoints.map((p) => ({ ...id(p.id), ...portable(PAIN_POINT_FIELDS, p) })),
          opportunities: t.opportunities.map((o) => {
            const index = o.painPointId ? t.painPoints.findIndex((p) => p.id === o.painPointId) : -1;
            return { ...id(o.id), ...portable(OPPORTUNITY_FIELDS, o), painPointIndex: index >= 0 ? index : null };
          }),
        })),
      })),
    },
  };
}

/** A touchpoint's lane entries in lane order (jsonb keeps object keys in its own order), when it has any. */
function laneValuesOf(values: LaneValues | undefined, lanes: readonly CustomLane[]): { laneValues?: LaneValues } {
  const normalized = normalizeLaneValues(values, lanes);
  return Object.keys(normalized).length ? { laneValues: normalized } : {};
}

/** A touchpoint's further-persona emotions as document entries, when it has any. */
function personaEmotionsOf(values: PersonaEmotions | undefined, personaIds: readonly string[]): { personaEmotions?: PersonaEmotionDocument[] } {
  const entries = personaEmotionsToDocument(values, personaIds);
  return entries.length ? { personaEmotions: entries } : {};
}
