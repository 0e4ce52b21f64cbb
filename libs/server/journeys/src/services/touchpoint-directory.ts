import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@opencx/server-database';
import type { TouchpointPlace, TouchpointPlaces, TouchpointScope } from '@opencx/server-metrics';

/** What a reader of feedback sees of a touchpoint: its own, its stage's and its journey's names. */
export interface TouchpointLabel {
  touchpointId: string;
  touchpointName: string;
  stageId: string;
  stageName: string;
  journeyId: string;
  journeyName: string;
}

/** The cards of a journey map that the journeys context owns. */
export type MapCardKind = 'stage' | 'touchpoint' | 'pain_point' | 'opportunity';
const CARD_TABLES: Record<MapCardKind, readonly [table: string, nameColumn: string]> = {
  stage: ['stage', 'name'],
  touchpoint: ['touchpoint', 'name'],
  pain_point: ['pain_point', 'title'],
  opportunity: ['opportunity', 'title'],
};

/**
 * The journeys context's implementation of metrics' `TouchpointPlaces` port, for the contexts that key data by touchpoint (feedback, metrics):
 * where a touchpoint sits (stage, journey) and which touchpoints a journey or stage holds, one
 * statement per call, so they never read the journeys tables themselves.
 */
@Injectable()
export class TouchpointDirectory implements TouchpointPlaces {
  /** The places of the given touchpoints; ids that are not touchpoints of the workspace are absent. */
  async locate(tx: TenantTx, touchpointIds: readonly string[]): Promise<Map<string, TouchpointPlace>> {
    const ids = [...new Set(touchpointIds)];
    if (!ids.length) return new Map();
    const rows = await tx.query<{ id: string; stage_id: string; journey_id: string; sla_minutes: number | null }>(
      `SELECT id, stage_id, journey_id, sla_minutes FROM touchpoint WHERE workspace_id = $1 AND id = ANY($2::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, { touchpointId: r.id, stageId: r.stage_id, journeyId: r.journey_id, slaMinutes: r.sla_minutes }]));
  }

  /** The touchpoints now inside a journey, a stage, or the one touchpoint; empty when the id is unknown. */
  async within(tx: TenantTx, scope: TouchpointScope, id: string): Promise<TouchpointPlace[]> {
    const column = { journey: 'journey_id', stage: 'stage_id', touchpoint: 'id' }[scope];
    const rows = await tx.query<{ id: string; stage_id: string; journey_id: string; sla_minutes: number | null }>(
      `SELECT t.id, t.stage_id, t.journey_id, t.sla_minutes
         FROM touchpoint t JOIN stage s ON s.workspace_id = t.workspace_id AND s.id = t.stage_id
        WHERE t.workspace_id = $1 AND t.${column} = $2::uuid
        ORDER BY s.position, t.position`,
      [id],
    );
    return rows.map((r) => ({ touchpointId: r.id, stageId: r.stage_id, journeyId: r.journey_id, slaMinutes: r.sla_minutes }));
  }

  /** The owning journey's id and content version for a journey, stage or touchpoint `$2` (see the port); NULL when unknown. */
  structureVersionSql(scope: TouchpointScope): string {
    const journey = {
      journey: '$2::uuid',
      stage: '(SELECT s.journey_id FROM stage s WHERE s.workspace_id = $1 AND s.id = $2::uuid)',
      touchpoint: '(SELECT t.journey_id FROM touchpoint t WHERE t.workspace_id = $1 AND t.id = $2::uuid)',
    }[scope];
    return `(SELECT j.id || ':' || j.content_version FROM journey j WHERE j.workspace_id = $1 AND j.id = ${journey})`;
  }

  /** Which of these ids are journeys of the workspace. */
  async knownJourneys(tx: TenantTx, journeyIds: readonly string[]): Promise<Set<string>> {
    const ids = [...new Set(journeyIds)];
    if (!ids.length) return new Set();
    const rows = await tx.query<{ id: string }>(`SELECT id FROM journey WHERE workspace_id = $1 AND id = ANY($2::uuid[])`, [ids]);
    return new Set(rows.map((r) => r.id));
  }

  /** Which plugin template each journey was created from (follow-up rules limited to templates); journeys from scratch are absent. */
  async journeyOrigins(tx: TenantTx, journeyIds: readonly string[]): Promise<Map<string, { pluginId: string; templateKey: string }>> {
    const ids = [...new Set(journeyIds)];
    if (!ids.length) return new Map();
    const rows = await tx.query<{ id: string; source_plugin_id: string; template_key: string }>(
      `SELECT id, source_plugin_id, template_key FROM journey WHERE workspace_id = $1 AND id = ANY($2::uuid[]) AND source_plugin_id IS NOT NULL AND template_key IS NOT NULL`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, { pluginId: r.source_plugin_id, templateKey: r.template_key }]));
  }

  /** The designed emotion (−3…+3) of the given touchpoints, as drawn on the map. */
  async designedEmotions(tx: TenantTx, touchpointIds: readonly string[]): Promise<Map<string, number>> {
    const ids = [...new Set(touchpointIds)];
    if (!ids.length) return new Map();
    const rows = await tx.query<{ id: string; emotion: number }>(`SELECT id, emotion FROM touchpoint WHERE workspace_id = $1 AND id = ANY($2::uuid[])`, [ids]);
    return new Map(rows.map((r) => [r.id, Number(r.emotion)]));
  }

  /**
   * Cards of the map (stages, touchpoints, pain points, opportunities) by id, with their journey and
   * name: how contexts that attach things to cards (comments) check a card exists without reading
   * these tables. Ids that are not cards of this kind in the workspace are absent. One statement.
   */
  async cards(tx: TenantTx, kind: MapCardKind, ids: readonly string[]): Promise<Map<string, { journeyId: string; name: string }>> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map();
    const [table, name] = CARD_TABLES[kind];
    const rows = await tx.query<{ id: string; journey_id: string; name: string }>(`SELECT id, journey_id, ${name} AS name FROM ${table} WHERE workspace_id = $1 AND id = ANY($2::uuid[])`, [unique]);
    return new Map(rows.map((r) => [r.id, { journeyId: r.journey_id, name: r.name }]));
  }

  /** Names of the given touchpoints, their stages and journeys, one statement for a whole page (no N+1). */
  async labels(tx: TenantTx, touchpointIds: readonly string[]): Promise<Map<string, TouchpointLabel>> {
    const ids = [...new Set(touchpointIds)];
    if (!ids.length) return new Map();
    const rows = await tx.query<{ id: string; name: string; stage_id: string; stage_name: string; journey_id: string; journey_name: string }>(
      `SELECT t.id, t.name, s.id AS stage_id, s.name AS stage_name, j.id AS journey_id, j.name AS journey_name
         FROM touchpoint t
         JOIN stage s ON s.workspace_id = t.workspace_id AND s.id = t.stage_id
         JOIN journey j ON j.workspace_id = t.workspace_id AND j.id = t.journey_id
        WHERE t.workspace_id = $1 AND t.id = ANY($2::uuid[])`,
      [ids],
    );
    return new Map(
      rows.map((r) => [r.id, { touchpointId: r.id, touchpointName: r.name, stageId: r.stage_id, stageName: r.stage_name, journeyId: r.journey_id, journeyName: r.journey_name }]),
    );
  }
}
