import { Injectable } from '@nestjs/common';
import { responseEmotion, type SurveyScores } from '@opencx/domain';
import type { TenantTx } from '@opencx/server-database';
import { NO_SITE } from './metric-rollup.service';

/** A new response as measured emotion sees it: where and when, its scores and its comment's sentiment. */
export interface EmotionInput extends SurveyScores {
  touchpointId: string;
  journeyId: string;
  siteId: string | null;
  segment: string;
  occurredAt: Date;
  /** −1…+1 from text analytics; null when the response has no (scored) comment. */
  sentiment: number | null;
}

/**
 * One statement per batch: responses are reduced to their emotion in TypeScript (the §3b formula
 * lives once, in libs/domain), then summed per day in the workspace's time zone. Groups are written
 * in key order so concurrent batches lock shared rows in the same order.
 */
const ABSORB_SQL = `
  INSERT INTO emotion_rollup AS r (workspace_id, touchpoint_id, site_id, segment, day, journey_id, n, sum, sum_squares)
  SELECT $1, u.touchpoint_id, coalesce(u.site_id, '${NO_SITE}'::uuid), u.segment,
         (u.occurred_at AT TIME ZONE coalesce((SELECT time_zone FROM workspace WHERE id = $1), 'Asia/Shanghai'))::date,
         u.journey_id, count(*), sum(u.e), sum(u.e * u.e)
    FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::timestamptz[], $7::float8[]) AS u(touchpoint_id, journey_id, site_id, segment, occurred_at, e)
   GROUP BY 2, 3, 4, 5, 6
   ORDER BY 2, 5, 3, 4
  ON CONFLICT (workspace_id, touchpoint_id, day, site_id, segment) DO UPDATE SET
    n = r.n + excluded.n, sum = r.sum + excluded.sum, sum_squares = r.sum_squares + excluded.sum_squares`;

/** Owns `emotion_rollup`: the daily counters behind the map's measured emotion curve. */
@Injectable()
export class EmotionRollupService {
  /** Counts new responses (only those that were actually inserted) in the caller's transaction. */
  async absorb(tx: TenantTx, responses: readonly EmotionInput[]): Promise<void> {
    const cols = { tp: [] as string[], journey: [] as string[], site: [] as (string | null)[], segment: [] as string[], at: [] as Date[], e: [] as number[] };
    for (const r of responses) {
      const e = responseEmotion(r, r.sentiment);
      if (e === null) continue;
      cols.tp.push(r.touchpointId);
      cols.journey.push(r.journeyId);
      cols.site.push(r.siteId);
      cols.segment.push(r.segment);
      cols.at.push(r.occurredAt);
      cols.e.push(e);
    }
    if (!cols.e.length) return;
    await tx.query(ABSORB_SQL, [cols.tp, cols.journey, cols.site, cols.segment, cols.at, cols.e]);
  }
}
