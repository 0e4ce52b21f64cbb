import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@opencx/server-database';

/** A journey review that the scheduled job has just marked due. */
export interface ReviewFellDue {
  journeyId: string;
  journeyName: string;
  dueOn: string;
  /** The journey's owning team: who should hold the review (null when the journey has none). */
  ownerTeamId: string | null;
}

export type ReviewDueListener = (tx: TenantTx, due: readonly ReviewFellDue[]) => Promise<void>;

/**
 * The reviews context's "review fell due" port: a notifications context registers a listener at
 * start and tells the journey's team. Listeners run inside the transaction that marked the reviews
 * due, and only with the ones newly marked, so each due review is announced exactly once.
 */
@Injectable()
export class ReviewDueHooks {
  private readonly listeners: ReviewDueListener[] = [];

  register(listener: ReviewDueListener): void {
    this.listeners.push(listener);
  }

  async fellDue(tx: TenantTx, due: readonly ReviewFellDue[]): Promise<void> {
    if (!due.length) return;
    for (const listener of this.listeners) await listener(tx, due);
  }
}
