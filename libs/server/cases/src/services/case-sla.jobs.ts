import type { TimedJob } from '@opencx/server-database';

/** The SLA timers of follow-up cases. */
export const CASE_SLA_QUEUE = 'follow-up-case-sla';

/**
 * A timer of the queue. With `caseId` it fires that one case (the form a case re-armed after an
 * early fire uses); without it, it is a workspace's sweep timer: when it runs, every case of the
 * workspace that is due by then breaches, and the sweep arms the next timer at the earliest due
 * time still waiting. So a batch that opens 700 cases arms one timer, not 700.
 */
export interface CaseSlaMessage {
  workspaceId: string;
  caseId?: string;
}

/** One timer per case: the singletonKey keeps a second waiting timer for the same case out of the queue. */
export function caseSlaJob(workspaceId: string, caseId: string, dueAt: Date): TimedJob<CaseSlaMessage> {
  return { data: { workspaceId, caseId }, startAfter: dueAt, singletonKey: `case-sla:${workspaceId}:${caseId}` };
}

/**
 * The workspace's sweep timer, due at `dueAt`. At most one waits per workspace and due minute
 * (the queue's `short` policy keeps a second one with the same key out), so batches and sweeps that
 * arm the same minute share one timer.
 */
export function caseSlaSweepJob(workspaceId: string, dueAt: Date): TimedJob<CaseSlaMessage> {
  const minute = new Date(Math.floor(dueAt.getTime() / 60_000) * 60_000).toISOString();
  return { data: { workspaceId }, startAfter: dueAt, singletonKey: `case-sla-sweep:${workspaceId}:${minute}` };
}
