import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@opencx/server-database';
import type { CaseStatus } from '../entities/follow-up-case.entity';

/** A case as lineage sees it: the response it came from and the root cause it was resolved with. */
export interface CaseLink {
  caseId: string;
  subjectKind: 'response' | 'observation';
  /** The response (or observation) id. */
  subjectId: string;
  touchpointId: string;
  journeyId: string;
  status: CaseStatus;
  ruleKey: string;
  openedAt: Date;
  resolvedAt: Date | null;
  rootCause: { id: string; code: string; label: string } | null;
}

/** How often a root cause was found, e.g. at a pain point's touchpoint. */
export interface RootCauseCount {
  id: string;
  code: string;
  label: string;
  cases: number;
}

/**
 * What other contexts (improvement actions' lineage, pain-point evidence) may read of cases, inside
 * their own tenant transaction: one statement per call, never SQL on the cases tables themselves.
 */
@Injectable()
export class CaseLineageService {
  /** Cases opened for these responses (or observations), with their root causes. */
  async casesForSubjects(tx: TenantTx, subjectIds: readonly string[]): Promise<CaseLink[]> {
    if (!subjectIds.length) return [];
    return this.select(tx, `c.subject_id = ANY($2::uuid[])`, [[...new Set(subjectIds)]]);
  }

  /** Cases by id (a lineage that starts from a case). */
  async casesByIds(tx: TenantTx, caseIds: readonly string[]): Promise<CaseLink[]> {
    if (!caseIds.length) return [];
    return this.select(tx, `c.id = ANY($2::uuid[])`, [[...new Set(caseIds)]]);
  }

  /** Cases at these touchpoints (a pain point's touchpoint), newest first, at most `limit`. */
  async casesAtTouchpoints(tx: TenantTx, touchpointIds: readonly string[], limit = 200): Promise<CaseLink[]> {
    if (!touchpointIds.length) return [];
    return this.select(tx, `c.touchpoint_id = ANY($2::uuid[])`, [[...new Set(touchpointIds)]], limit);
  }

  /** Root causes of resolved cases at these touchpoints, most frequent first. */
  async topRootCauses(tx: TenantTx, touchpointIds: readonly string[], limit = 5): Promise<RootCauseCount[]> {
    if (!touchpointIds.length) return [];
    const rows = await tx.query<{ id: string; code: string; label: string; cases: string }>(
      `SELECT r.id, r.code, r.label, count(*) AS cases
         FROM follow_up_case c JOIN root_cause_code r ON r.workspace_id = c.workspace_id AND r.id = c.root_cause_code_id
        WHERE c.workspace_id = $1 AND c.touchpoint_id = ANY($2::uuid[])
        GROUP BY r.id, r.code, r.label ORDER BY count(*) DESC, r.code LIMIT $3`,
      [[...new Set(touchpointIds)], limit],
    );
    return rows.map((r) => ({ id: r.id, code: r.code, label: r.label, cases: Number(r.cases) }));
  }

  private async select(tx: TenantTx, condition: string, params: unknown[], limit = 1000): Promise<CaseLink[]> {
    const rows = await tx.query<{
      id: string; subject_kind: 'response' | 'observation'; subject_id: string; touchpoint_id: string; journey_id: string; status: CaseStatus; rule_key: string;
      opened_at: Date; resolved_at: Date | null; root_id: string | null; root_code: string | null; root_label: string | null;
    }>(
      `SELECT c.id, c.subject_kind, c.subject_id, c.touchpoint_id, c.journey_id, c.status, c.rule_key, c.opened_at, c.resolved_at,
              r.id AS root_id, r.code AS root_code, r.label AS root_label
         FROM follow_up_case c LEFT JOIN root_cause_code r ON r.workspace_id = c.workspace_id AND r.id = c.root_cause_code_id
        WHERE c.workspace_id = $1 AND ${condition}
        ORDER BY c.opened_at DESC, c.id DESC LIMIT ${Math.max(1, Math.min(5000, Math.floor(limit)))}`,
      params,
    );
    return rows.map((r) => ({
      caseId: r.id, subjectKind: r.subject_kind, subjectId: r.subject_id, touchpointId: r.touchpoint_id, journeyId: r.journey_id, status: r.status, ruleKey: r.rule_key,
      openedAt: r.opened_at, resolvedAt: r.resolved_at, rootCause: r.root_id ? { id: r.root_id, code: r.root_code as string, label: r.root_label as string } : null,
    }));
  }
}
