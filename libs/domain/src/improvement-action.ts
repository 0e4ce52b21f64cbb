/**
 * The life of an improvement action (DESIGN.md §2): proposed → planned → in_progress → done →
 * verified, or dropped from any open state. Declared once as data; the server enforces it, the
 * console's board derives which columns a card may be dropped on.
 */
export const ACTION_STATUSES = ['proposed', 'planned', 'in_progress', 'done', 'verified', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_TRANSITIONS: Readonly<Record<ActionStatus, readonly ActionStatus[]>> = {
  proposed: ['planned', 'dropped'],
  planned: ['in_progress', 'proposed', 'dropped'],
  in_progress: ['done', 'planned', 'dropped'],
  done: ['verified', 'in_progress', 'dropped'],
  verified: [],
  dropped: [],
};

/** Moves that need something more than the move itself. */
export const ACTION_TRANSITION_REQUIREMENTS = {
  /** Only once impact has been measured with the verdict "improved". */
  verified: 'measured impact with verdict improved',
  /** A reason, kept on the action. */
  dropped: 'a reason',
} as const;

export const canMoveAction = (from: ActionStatus, to: ActionStatus): boolean => ACTION_TRANSITIONS[from].includes(to);

/** Effort 1–5 as entered by the team (1 = a day's work, 5 = a programme). */
export const ACTION_EFFORT = { min: 1, max: 5 } as const;
export const ACTION_PRIORITIES = ['low', 'medium', 'high', 'critical'] as const;
export type ActionPriority = (typeof ACTION_PRIORITIES)[number];

/** Open (not done, verified or dropped) and past its due day. */
export function isActionOverdue(status: ActionStatus, dueDay: string | null, today: string): boolean {
  return dueDay !== null && (status === 'proposed' || status === 'planned' || status === 'in_progress') && dueDay < today;
}
