import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { OpenCxError } from '@opencx/server-core';
import { TenantDb, type TenantTx, type WorkspaceContext } from '@opencx/server-database';
import { FeedbackIngestionService, type IngestOutcome } from './feedback-ingestion.service';
import { feedbackErrors } from '../feedback.errors';

export interface BatchReply {
  status: number;
  body: Omit<IngestOutcome, 'responseIds'>;
  /** True when this is the stored first result of an earlier request with the same Idempotency-Key. */
  replayed: boolean;
}

const KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * `POST /api/v1/feedback` with Stripe's idempotency semantics: the first result (status and body)
 * of an Idempotency-Key is stored in the same transaction as the batch and replayed for every
 * later request with that key; the same key with a different body is refused with 422 (bodies
 * compare as parsed JSON in the order sent: a retry resends the same request, as Stripe assumes).
 * Concurrent requests with one key queue on the key's row: the first does the work, the others
 * wait for its commit and replay it. A request refused before it started (bad rows, unknown
 * touchpoints) stores nothing, so the caller can fix the batch and retry with the same key.
 */
@Injectable()
export class FeedbackBatchService {
  constructor(
    private readonly db: TenantDb,
    private readonly ingestion: FeedbackIngestionService,
  ) {}

  async post(ctx: WorkspaceContext, body: unknown, idempotencyKey: string | null): Promise<BatchReply> {
    if (idempotencyKey !== null && !KEY.test(idempotencyKey)) throw OpenCxError.badInput('Idempotency-Key', 'must be 1–255 visible ASCII characters');
    const options = { source: 'api', newExternalId: null, auditAction: 'feedback.ingestBatch' };
    const batch = this.ingestion.parse(body, options);
    return this.db.write(ctx, async (tx) => {
      const requestHash = idempotencyKey === null ? null : createHash('sha256').update(JSON.stringify(body)).digest('hex');
      if (idempotencyKey !== null && requestHash !== null) {
        const earlier = await this.claim(tx, idempotencyKey, requestHash);
        if (earlier) return earlier;
      }
      const { responseIds: _ids, ...outcome } = await this.ingestion.ingest(tx, batch, options);
      const reply: BatchReply = { status: 201, body: outcome, replayed: false };
      if (idempotencyKey !== null) {
        await tx.query(`UPDATE feedback_idempotency SET status = $3, body = $4 WHERE workspace_id = $1 AND key = $2`, [idempotencyKey, reply.status, JSON.stringify(reply.body)]);
      }
      return reply;
    });
  }

  /** Claims the key for this transaction, or answers with the stored result of the request that did. */
  private async claim(tx: TenantTx, key: string, requestHash: string): Promise<BatchReply | null> {
    // Waits while another transaction holds the same key uncommitted; then either owns it or sees theirs.
    const claimed = await tx.query(
      `INSERT INTO feedback_idempotency (workspace_id, key, request_hash, status, body) VALUES ($1, $2, $3, 0, '{}')
       ON CONFLICT (workspace_id, key) DO NOTHING RETURNING key`,
      [key, requestHash],
    );
    if (claimed.length) return null;
    const [stored] = await tx.query<{ request_hash: string; status: number; body: BatchReply['body'] }>(
      `SELECT request_hash, status, body FROM feedback_idempotency WHERE workspace_id = $1 AND key = $2`,
      [key],
    );
    if (!stored) throw feedbackErrors.conflict('FeedbackBatch', 'Idempotency-Key is in use by a request that has not finished; retry', { field: 'Idempotency-Key', reason: 'in_progress' });
    if (stored.request_hash !== requestHash) {
      throw new OpenCxError('UNPROCESSABLE', 'Idempotency-Key was already used with a different request body', { field: 'Idempotency-Key' });
    }
    return { status: stored.status, body: stored.body, replayed: true };
  }
}
