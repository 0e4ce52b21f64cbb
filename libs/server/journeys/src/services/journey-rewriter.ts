import { Injectable } from '@nestjs/common';
import type { TenantTx, WorkspaceContext } from '@opencx/server-database';
import { IdentityDirectory } from '@opencx/server-identity';
import { TouchpointMetricService } from '@opencx/server-metrics';
import { JourneyEntity } from '../entities';
import { JourneyEditor } from './journey-editor';
import type { JourneyMap } from './journey-map.loader';
import { JourneyMapLoader } from './journey-map.loader';
import { insertJourneyTree } from './journey-tree.writer';
import { toJourneySnapshot, type JourneySnapshot, type StageSnapshot } from './journey-snapshot';

/** What a rewrite puts in place of the map's stages, and how the history and audit describe it. */
export interface JourneyRewrite {
  stages: StageSnapshot[];
  /** Set to move the journey's recorded template version (applying a newer template). */
  templateVersion?: string;
  summary: string;
  after: unknown;
}

/**
 * Replaces a journey's whole tree with one built from its current snapshot, as one recorded
 * revision: rows kept by the builder keep their ids, new ones get fresh ids, and the revision
 * before the rewrite restores everything (journeyRevisions / restoreJourneyRevision). Used for
 * changes another context computes, such as applying a newer plugin template.
 */
@Injectable()
export class JourneyRewriter {
  constructor(
    private readonly editor: JourneyEditor,
    private readonly loader: JourneyMapLoader,
    private readonly identity: IdentityDirectory,
    private readonly metrics: TouchpointMetricService,
  ) {}

  rewrite(ctx: WorkspaceContext, journeyId: string, action: string, build: (tx: TenantTx, current: JourneySnapshot) => Promise<JourneyRewrite>): Promise<JourneyMap> {
    return this.editor.edit(ctx, journeyId, action, async (tx, journey) => {
      const current = toJourneySnapshot(await this.loader.load(tx, journeyId));
      const next = await build(tx, current);
      await this.identity.assertTeams(tx, next.stages.flatMap((s) => s.touchpoints.map((t) => t.ownerTeamId)));
      await this.metrics.deleteForJourney(tx, journeyId);
      await tx.query(`DELETE FROM stage WHERE workspace_id = $1 AND journey_id = $2`, [journeyId]);
      await this.metrics.insert(tx, journeyId, await insertJourneyTree(tx, journeyId, next.stages, { version: journey.revision + 1, personaIds: (current.journey.personas ?? []).flatMap((p) => (p.id ? [p.id] : [])) }));
      await tx.update(JourneyEntity, { id: journeyId }, { ...(next.templateVersion ? { templateVersion: next.templateVersion } : {}), version: journey.version + 1 });
      return { entityType: 'journey', entityId: journeyId, before: { templateVersion: journey.templateVersion }, after: next.after, summary: next.summary };
    });
  }
}
