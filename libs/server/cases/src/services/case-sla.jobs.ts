import type { TimedJob } from '@opencx/server-database';

/** The SLA timers of follow-up cases: one job per case, due when the case is. */
export const CASE_SLA_QUEUE = 'follow-up-case-sla';

export interface CaseSlaMessage {
  workspaceId: string;
  caseId: string;
}

/** One timer per case: the singletonKey keeps a second waiting timer for the same case out of the queue. */
export function caseSlaJob(workspaceId: string, caseId: string, dueAt: Date): TimedJob<CaseSlaMessage> {
  return { data: { workspaceId, caseId }, startAfter: dueAt, singletonKey: `case-sla:${workspaceId}:${caseId}` };
}
