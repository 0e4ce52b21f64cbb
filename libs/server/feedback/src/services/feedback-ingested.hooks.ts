import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@opencx/server-database';

/** A response that was new to the workspace (never a duplicate), as ingestion saw it. */
export interface IngestedResponse {
  id: string;
  occurredAt: Date;
  touchpointId: string;
  journeyId: string;
  siteId: string | null;
  customerHash: string | null;
  /** nps, csat, ces and the custom scores, by metric key. */
  scores: Record<string, number | null>;
  comment: string | null;
  tags: readonly string[];
}

/** An operational observation that was new to the workspace. */
export interface IngestedObservation {
  id: string;
  occurredAt: Date;
  touchpointId: string;
  journeyId: string;
  siteId: string | null;
  metric: string;
  value: number;
}

export interface FeedbackIngested {
  /** Set when the responses answer a follow-up case's re-survey (they open no case of their own). */
  resurveyOf?: string;
  responses: IngestedResponse[];
  observations: IngestedObservation[];
  /**
   * Set by background ingestion (CSV imports): listeners doing CPU work per row pause with it every
   * few hundred rows, so a large import's chunk does not hold the event loop while others' requests wait.
   */
  turn?: () => Promise<void>;
}

export type FeedbackIngestedListener = (tx: TenantTx, ingested: FeedbackIngested) => Promise<void>;

/**
 * Feedback's "responses ingested" port. Every way in (REST batch, console entry, public survey
 * link, CSV import) calls `responsesIngested` inside the transaction that merged the rows, with
 * only the rows that were new; contexts above feedback (follow-up cases) register a listener at
 * start. Running in the same transaction is what makes their effects exactly-once: a rolled-back
 * batch leaves nothing, a replayed one has no new rows, so listeners see each response once.
 */
@Injectable()
export class FeedbackIngestedHooks {
  private readonly listeners: FeedbackIngestedListener[] = [];

  register(listener: FeedbackIngestedListener): void {
    this.listeners.push(listener);
  }

  async responsesIngested(tx: TenantTx, ingested: FeedbackIngested): Promise<void> {
    if (!ingested.responses.length && !ingested.observations.length) return;
    for (const listener of this.listeners) await listener(tx, ingested);
  }
}
