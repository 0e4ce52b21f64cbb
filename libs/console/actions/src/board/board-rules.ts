import { ACTION_STATUSES, ACTION_TRANSITIONS, type ActionStatus } from '@opencx/domain';

/** The board's columns, in the order an action travels. */
export const BOARD_COLUMNS: readonly ActionStatus[] = ACTION_STATUSES;

/** Columns a card in `from` may be dropped on: the status machine's legal moves (the server still has the last word). */
export const droppableColumns = (from: ActionStatus): ReadonlySet<ActionStatus> => new Set(ACTION_TRANSITIONS[from]);

/** A move that needs more than the drop: dropping asks for a reason first. */
export const needsReason = (to: ActionStatus) => to === 'dropped';

export type DueFilter = 'any' | 'overdue' | 'week';

/** The API filter for a due choice, relative to `today` (YYYY-MM-DD). */
export function dueFilter(choice: DueFilter, today: string): { overdue?: boolean; dueBy?: string } {
  if (choice === 'overdue') return { overdue: true };
  if (choice === 'week') return { dueBy: new Date(Date.parse(`${today}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10) };
  return {};
}
