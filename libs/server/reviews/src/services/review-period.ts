import { DEFAULT_REVIEW_CADENCE_DAYS } from '@opencx/domain';

/** A review's cadence when the journey sets none (one place: the domain). */
export { DEFAULT_REVIEW_CADENCE_DAYS };

const DAY_MS = 86_400_000;

/** A local calendar day (YYYY-MM-DD) `days` after `day`. */
export const addDays = (day: string, days: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** Today in a time zone (YYYY-MM-DD). */
export const dayIn = (timeZone: string, now: Date): string => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);

/**
 * When a journey's next review falls due: a cadence after the last review held; before the first,
 * the date the team set, else a cadence after the journey was created.
 */
export function nextReviewDue(schedule: { reviewCadenceDays: number | null; nextReviewAt: string | null; createdOn: string }, lastReviewOn: string | null): string {
  const cadence = schedule.reviewCadenceDays ?? DEFAULT_REVIEW_CADENCE_DAYS;
  if (lastReviewOn) return addDays(lastReviewOn, cadence);
  return schedule.nextReviewAt ?? addDays(schedule.createdOn, cadence);
}
