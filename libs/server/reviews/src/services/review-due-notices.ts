import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Notifier } from '@opencx/server-notifications';
import { ReviewDueHooks } from './review-due.hooks';

/**
 * Tells a journey's team that its review fell due (the owners and admins when the journey has no
 * team), once per review: in the transaction that marked it due, keyed by journey and due day.
 */
@Injectable()
export class ReviewDueNotices implements OnModuleInit {
  constructor(
    private readonly hooks: ReviewDueHooks,
    private readonly notifier: Notifier,
  ) {}

  onModuleInit(): void {
    this.hooks.register(async (tx, due) => {
      for (const review of due) {
        await this.notifier.notify(tx, {
          kind: 'review_due',
          recipients: review.ownerTeamId ? { teamIds: [review.ownerTeamId] } : { roles: ['owner', 'admin'] },
          title: review.journeyName,
          body: review.dueOn,
          link: `/reviews?journey=${review.journeyId}`,
          entityType: 'journey',
          entityId: review.journeyId,
          dedupeKey: `review_due:${review.journeyId}:${review.dueOn}`,
        });
      }
    });
  }
}
