import { Injectable } from '@nestjs/common';
import { diffJourneyDocuments, type JourneyDiff } from '@opencx/domain';
import { OpenCxError } from '@opencx/server-core';
import type { TenantTx, WorkspaceContext } from '@opencx/server-database';
import { IdentityDirectory } from '@opencx/server-identity';
import { TouchpointMetricService } from '@opencx/server-metrics';
import { JourneyEntity, JourneyRevisionEntity, TouchpointEntity } from '../entities';
import { JourneyEditor } from './journey-editor';
import type { JourneyMap } from './journey-map.loader';
import { insertJourneyTree } from './journey-tree.writer';
import { linkDocumentPersonas } from './journey-personas.service';
import type { JourneySnapshot, StageSnapshot } from './journey-snapshot';
import { journeyErrors } from '../journey.errors';

/** A journey's history: the revision list, a diff of two revisions, and restoring one. */
@Injectable()
export class JourneyRevisionService {
  constructor(
    private readonly editor: JourneyEditor,
    private readonly identity: IdentityDirectory,
    private readonly metrics: TouchpointMetricService,
  ) {}

  /** History: one entry per group of edits (its last revision, with how many edits it holds), newest first. */
  async list(ctx: WorkspaceContext, journeyId: string): Promise<(JourneyRevisionEntity & { actorName: string | null; editCount: number })[]> {
    return this.editor.read(ctx, async (tx) => {
      await tx.findOneOrFail(JourneyEntity, { id: journeyId }, () => journeyErrors.notFound('Journey', journeyId));
      const revisions = await tx.query<JourneyRevisionEntity & { editCount: number }>(
        `SELECT r.revision, r.action, r.summary, r.actor_user_id AS "actorUserId", r.created_at AS "createdAt",
                r.revision - coalesce(r.group_start_revision, r.revision) + 1 AS "editCount"
           FROM journey_revision r
          WHERE r.workspace_id = $1 AND r.journey_id = $2
            AND NOT EXISTS (SELECT 1 FROM journey_revision n
                             WHERE n.workspace_id = r.workspace_id AND n.journey_id = r.journey_id AND n.revision = r.revision + 1 AND n.group_start_revision <= r.revision)
          ORDER BY r.revision DESC`,
        [journeyId],
      );
      const names = await this.identity.displayNames(revisions.flatMap((r) => (r.actorUserId ? [r.actorUserId] : [])));
      return revisions.map((r) => ({ ...r, actorName: r.actorUserId ? (names.get(r.actorUserId) ?? null) : null }));
    });
  }

  async diff(ctx: WorkspaceContext, journeyId: string, fromRevision: number, toRevision: number): Promise<JourneyDiff & { fromRevision: number; toRevision: number }> {
    return this.editor.read(ctx, async (tx) => {
      const [from, to] = await Promise.all([this.snapshot(tx, journeyId, fromRevision, 'fromRevision'), this.snapshot(tx, journeyId, toRevision, 'toRevision')]);
      return { fromRevision, toRevision, ...diffJourneyDocuments(from, to) };
    });
  }

  /**
   * Puts back exactly what the revision holds — journey fields, stages, touchpoints (with owner
   * teams and template keys), insights (with their creation times) and metric bindings (with
   * target overrides) — under the same ids; the restore is itself a new revision. Restored rows
   * get a version above any they ever had, so an editor holding a pre-restore copy gets a conflict.
   */
  async restore(ctx: WorkspaceContext, journeyId: string, revision: number): Promise<JourneyMap> {
    return this.editor.edit(ctx, journeyId, 'journey.restoreRevision', async (tx, journey) => {
      const snap = await this.snapshot(tx, journeyId, revision, 'revision');
      const j = snap.journey;
      // Revisions recorded before snapshots were complete lack some fields: those keep today's values.
      const legacy = j.stages.some((s) => s.touchpoints.some((t) => t.metrics === undefined));
      const [current, kept] = legacy ? await Promise.all([tx.find(TouchpointEntity, { journeyId }), this.metrics.forJourney(tx, journeyId)]) : [[], []];
      const stages = legacy ? fillFromCurrent(j.stages, current) : j.stages;
      await this.identity.assertTeams(tx, [j.ownerTeamId, ...stages.flatMap((s) => s.touchpoints.map((t) => t.ownerTeamId))], 'revision');
      await this.metrics.deleteForJourney(tx, journeyId);
      await tx.query(`DELETE FROM stage WHERE workspace_id = $1 AND journey_id = $2`, [journeyId]);
      // Each revision bumps a row's version at most once, so the next revision number is above any version these rows had.
      // Further personas as the revision had them (none in revisions from before they existed).
      const personaIds = await linkDocumentPersonas(tx, j.personas, null);
      const bindings = await insertJourneyTree(tx, journeyId, stages, { version: journey.revision + 1, personaIds });
      const restoredIds = new Set(stages.flatMap((s) => s.touchpoints.map((t) => t.id)));
      await this.metrics.insert(tx, journeyId, legacy ? kept.filter((b) => restoredIds.has(b.touchpointId)) : bindings);
      const has = (key: keyof typeof j) => key in j;
      await tx.update(JourneyEntity, { id: journeyId }, {
        name: j.name,
        description: j.description,
        state: j.state,
        shape: j.shape,
        status: j.status,
        // Snapshots leave the lane list out when it is empty.
        customLanes: j.lanes ?? [],
        personaIds,
        ...(has('personaId') ? { personaId: j.personaId } : {}),
        ...(has('ownerTeamId') ? { ownerTeamId: j.ownerTeamId, reviewCadenceDays: j.reviewCadenceDays, nextReviewAt: j.nextReviewAt } : {}),
        ...(has('sourcePluginId') ? { sourcePluginId: j.sourcePluginId, templateKey: j.templateKey, templateVersion: j.templateVersion } : {}),
        version: journey.version + 1,
      });
      return { entityType: 'journey', entityId: journeyId, after: { restoredRevision: revision }, summary: `Restored revision ${revision}` };
    });
  }

  private async snapshot(tx: TenantTx, journeyId: string, revision: number, field: string): Promise<JourneySnapshot> {
    const row = await tx.findOne(JourneyRevisionEntity, { journeyId, revision });
    if (!row) throw OpenCxError.badInput(field, `revision ${revision} does not exist for this journey`);
    return row.snapshot;
  }
}

/** Owner team and template key of touchpoints that still exist, for snapshots recorded without them. */
function fillFromCurrent(stages: StageSnapshot[], current: TouchpointEntity[]): StageSnapshot[] {
  const byId = new Map(current.map((t) => [t.id, t]));
  return stages.map((s) => ({
    ...s,
    touchpoints: s.touchpoints.map((t) => {
      const now = t.id ? byId.get(t.id) : undefined;
      return { ...t, ownerTeamId: t.ownerTeamId !== undefined ? t.ownerTeamId : (now?.ownerTeamId ?? null), templateKey: t.templateKey !== undefined ? t.templateKey : (now?.templateKey ?? null) };
    }),
  }));
}
