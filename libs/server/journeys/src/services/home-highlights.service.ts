import { Injectable } from '@nestjs/common';
import { TenantDb, type WorkspaceContext } from '@opencx/server-database';
import type { HomeHighlightsModel } from '../models';

/**
 * What the home page shows across the workspace's live (not archived) journeys, in two statements
 * whatever the number of journeys: the moments of truth, worst felt first, and the most severe pain
 * points; ties go to the most recently changed journey, then map order.
 */
@Injectable()
export class HomeHighlightsService {
  constructor(private readonly db: TenantDb) {}

  highlights(ctx: WorkspaceContext, limit: number): Promise<HomeHighlightsModel> {
    return this.db.read(ctx, async (tx) => {
      const [moments, pains] = await tx.all([
        () =>
          tx.query<HomeHighlightsModel['moments'][number]>(
            `SELECT j.id AS "journeyId", j.name AS "journeyName", t.id AS "touchpointId", t.name, s.name AS "stageName", t.emotion
               FROM touchpoint t
               JOIN stage s ON s.workspace_id = t.workspace_id AND s.id = t.stage_id
               JOIN journey j ON j.workspace_id = t.workspace_id AND j.id = t.journey_id
              WHERE t.workspace_id = $1 AND t.moment_of_truth AND j.status <> 'archived'
              ORDER BY t.emotion, j.updated_at DESC, j.id, s.position, t.position
              LIMIT $2`,
            [limit],
          ),
        () =>
          tx.query<HomeHighlightsModel['pains'][number]>(
            `SELECT j.id AS "journeyId", j.name AS "journeyName", t.name AS "touchpointName", p.id, p.title, p.severity
               FROM pain_point p
               JOIN touchpoint t ON t.workspace_id = p.workspace_id AND t.id = p.touchpoint_id
               JOIN stage s ON s.workspace_id = t.workspace_id AND s.id = t.stage_id
               JOIN journey j ON j.workspace_id = p.workspace_id AND j.id = p.journey_id
              WHERE p.workspace_id = $1 AND j.status <> 'archived'
              ORDER BY p.severity DESC, j.updated_at DESC, j.id, s.position, t.position, p.created_at, p.id
              LIMIT $2`,
            [limit],
          ),
      ]);
      return { moments, pains };
    });
  }
}
