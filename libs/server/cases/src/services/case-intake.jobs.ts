import type { TimedJob } from '@opencx/server-database';

/** Drains of the follow-up cases' intake (see CaseIntakeService). */
export const CASE_INTAKE_QUEUE = 'follow-up-case-intake';

export interface CaseIntakeMessage {
  workspaceId: string;
  intakeId: string;
}

/** Due at once; the singletonKey keeps a second waiting drain of the same row out of the queue. */
export function caseIntakeJob(workspaceId: string, intakeId: string): TimedJob<CaseIntakeMessage> {
  return { data: { workspaceId, intakeId }, startAfter: new Date(), singletonKey: `case-intake:${workspaceId}:${intakeId}` };
}
