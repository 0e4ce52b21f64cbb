import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@opencx/server-database';

/** A response as evidence shows it: where, when, its scores and its verbatim (plain text). */
export interface EvidenceResponse {
  id: string;
  occurredAt: Date;
  touchpointId: string;
  nps: number | null;
  csat: number | null;
  ces: number | null;
  comment: string | null;
  sentiment: number | null;
  tags: string[];
}

/** Per touchpoint and topic tag: commented responses carrying the tag, and those with negative sentiment. */
export interface TopicTally {
  touchpointId: string;
  topic: string;
  n: number;
  negative: number;
}

const COLUMNS = `id, occurred_at AS "occurredAt", touchpoint_id AS "touchpointId", nps, csat, ces, comment, sentiment, tags`;

/**
 * What other contexts may read of `feedback_response` as evidence (pain-point suggestions, the
 * lineage of an action): responses by id, negative verbatims of a touchpoint, topic tallies.
 */
@Injectable()
export class FeedbackEvidenceService {
  async byIds(tx: TenantTx, ids: readonly string[]): Promise<EvidenceResponse[]> {
    if (!ids.length) return [];
    return tx.query<EvidenceResponse>(`SELECT ${COLUMNS} FROM feedback_response WHERE workspace_id = $1 AND id = ANY($2::uuid[]) ORDER BY occurred_at DESC, id`, [ids]);
  }

  /** The most negative commented responses of a touchpoint in [from, to), optionally carrying a topic tag. */
  async negativeVerbatims(tx: TenantTx, touchpointId: string, from: Date, to: Date, limit: number, topic?: string): Promise<EvidenceResponse[]> {
    return tx.query<EvidenceResponse>(
      `SELECT ${COLUMNS} FROM feedback_response
        WHERE workspace_id = $1 AND touchpoint_id = $2 AND occurred_at >= $3 AND occurred_at < $4 AND comment IS NOT NULL AND comment <> ''
          AND ($6::text IS NULL OR tags @> ARRAY[$6::text])
        ORDER BY coalesce(sentiment, 0), coalesce(nps, 10), coalesce(csat, 5), occurred_at DESC, id
        LIMIT $5`,
      [touchpointId, from, to, limit, topic ?? null],
    );
  }

  /** Topic tallies of the touchpoints' commented responses in [from, to): one statement. */
  async topicTallies(tx: TenantTx, touchpointIds: readonly string[], from: Date, to: Date): Promise<TopicTally[]> {
    if (!touchpointIds.length) return [];
    const rows = await tx.query<{ touchpoint_id: string; topic: string; n: string; negative: string }>(
      `SELECT r.touchpoint_id, t.topic, count(*) AS n, count(*) FILTER (WHERE r.sentiment < 0) AS negative
         FROM feedback_response r CROSS JOIN LATERAL unnest(r.tags) AS t(topic)
        WHERE r.workspace_id = $1 AND r.touchpoint_id = ANY($2::uuid[]) AND r.occurred_at >= $3 AND r.occurred_at < $4
          AND r.comment IS NOT NULL AND r.comment <> ''
        GROUP BY 1, 2 ORDER BY 1, 2`,
      [touchpointIds, from, to],
    );
    return rows.map((r) => ({ touchpointId: r.touchpoint_id, topic: r.topic, n: Number(r.n), negative: Number(r.negative) }));
  }
}
