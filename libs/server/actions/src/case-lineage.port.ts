import type { TenantTx } from '@opencx/server-database';

/** A follow-up case opened for a response, as lineage shows it. */
export interface CaseLink {
  id: string;
  responseId: string;
  status: string;
  rootCause: string | null;
}

/**
 * What lineage and pain-point suggestions need of follow-up cases (the cases context owns them):
 * the cases opened for some responses, with their root causes. Actions declares the port so it
 * never imports cases; until cases provides it, the default knows no cases.
 */
export interface CaseLineage {
  casesForResponses(tx: TenantTx, responseIds: readonly string[]): Promise<CaseLink[]>;
  /** One case by id (a lineage that starts from a case); null when the workspace has none such. */
  caseById(tx: TenantTx, caseId: string): Promise<CaseLink | null>;
}

export const CASE_LINEAGE = Symbol('OPENCX_CASE_LINEAGE');

export const NO_CASE_LINEAGE: CaseLineage = { casesForResponses: async () => [], caseById: async () => null };

/** Root causes by how many cases name them, most frequent first. */
export function topRootCauses(cases: readonly CaseLink[], limit = 5): string[] {
  const counts = new Map<string, number>();
  for (const c of cases) if (c.rootCause) counts.set(c.rootCause, (counts.get(c.rootCause) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit).map(([cause]) => cause);
}
