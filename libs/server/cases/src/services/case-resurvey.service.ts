import { Injectable } from '@nestjs/common';
import { caseRecovered } from '@opencx/domain';
import { OpenCxError } from '@opencx/server-core';
import { TenantDb, type TenantTx, type WorkspaceContext } from '@opencx/server-database';
import { AuditService } from '@opencx/server-audit';
import { CollectionLinkService, type IngestedResponse } from '@opencx/server-feedback';
import { FollowUpCaseEntity } from '../entities/follow-up-case.entity';
import { caseErrors } from '../cases.errors';

/**
 * The re-survey of a resolved case: a collection link scoped to the case (feedback owns links; the
 * case keeps the link's id), and the first answer through it, recorded on the case with whether it
 * recovered the customer (`caseRecovered`). The answer arrives on feedback's ingestion port in the
 * transaction that stored it, and is recorded by one conditional UPDATE, so it counts once.
 */
@Injectable()
export class CaseResurveyService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly links: CollectionLinkService,
  ) {}

  /** The case's re-survey link (made on first call; later calls answer the same link). Only a resolved case is re-surveyed. */
  send(ctx: WorkspaceContext, caseId: string): Promise<{ caseId: string; linkId: string; token: string }> {
    return this.db.write(ctx, async (tx) => {
      const c = await tx.findOneOrFail(FollowUpCaseEntity, { id: caseId }, () => caseErrors.notFound('FollowUpCase', caseId, 'caseId'), { lock: true });
      if (c.status !== 'resolved') throw OpenCxError.badInput('caseId', `a ${c.status} case cannot be re-surveyed (resolve it first)`);
      const link = await this.links.resurveyLink(tx, { caseId, touchpointId: c.touchpointId, siteId: c.siteId, label: `re-survey: ${c.ruleName}`, createdBy: ctx.actor.userId });
      if (c.resurveyLinkId !== link.id) {
        await tx.update(FollowUpCaseEntity, { id: caseId }, { resurveyLinkId: link.id, version: c.version + 1, updatedAt: new Date() });
        await this.audit.record(tx, { action: 'followUpCase.resurvey', entityType: 'follow_up_case', entityId: caseId, before: { resurveyLinkId: c.resurveyLinkId }, after: { resurveyLinkId: link.id } });
      }
      return { caseId, linkId: link.id, token: link.token };
    });
  }

  /** Records the first answer to a case's re-survey (later answers through the same link change nothing). */
  async record(tx: TenantTx, caseId: string, response: IngestedResponse): Promise<boolean> {
    const c = await tx.findOne(FollowUpCaseEntity, { id: caseId });
    if (!c || c.resurveyAnsweredAt) return false;
    const answer = { nps: response.scores['nps'] ?? null, csat: response.scores['csat'] ?? null };
    const recovered = caseRecovered({ nps: c.nps, csat: c.csat }, answer);
    const [updated] = await tx.query<{ id: string }>(
      `UPDATE follow_up_case SET resurvey_response_id = $3, resurvey_nps = $4, resurvey_csat = $5, resurvey_answered_at = $6, recovered = $7, version = version + 1, updated_at = now()
        WHERE workspace_id = $1 AND id = $2 AND resurvey_answered_at IS NULL RETURNING id`,
      [caseId, response.id, answer.nps, answer.csat, response.occurredAt, recovered],
    );
    if (!updated) return false;
    await this.audit.record(tx, { action: 'followUpCase.resurveyAnswered', entityType: 'follow_up_case', entityId: caseId, after: { responseId: response.id, nps: answer.nps, csat: answer.csat, recovered } });
    return true;
  }
}
