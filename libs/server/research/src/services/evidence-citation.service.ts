import { Injectable } from '@nestjs/common';
import { AuditService } from '@opencx/server-audit';
import { PainPointEvidenceService } from '@opencx/server-actions';
import { CaseLineageService } from '@opencx/server-cases';
import { OpenCxError } from '@opencx/server-core';
import { TenantDb, type TenantTx, type WorkspaceContext } from '@opencx/server-database';
import { JourneyInsightService, TouchpointDirectory } from '@opencx/server-journeys';
import { EvidenceCitationEntity } from '../entities/research.entities';
import type { CiteEvidenceInput, CreatePainPointFromEvidenceInput } from '../inputs';
import type { InsightEvidenceModel, PainPointFromEvidenceModel, ResearchItemModel } from '../models';
import { researchErrors } from '../research.errors';
import { ResearchItemService } from './research-item.service';

const TITLE_FROM_TEXT = 80;

/**
 * Pain points and opportunities citing research evidence, a quote turned into a pain point in one
 * step, and what backs each insight: research items, the feedback responses it was accepted from
 * (actions) and the follow-up cases opened on those responses (cases).
 */
@Injectable()
export class EvidenceCitationService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly items: ResearchItemService,
    private readonly insights: JourneyInsightService,
    private readonly places: TouchpointDirectory,
    private readonly feedbackEvidence: PainPointEvidenceService,
    private readonly cases: CaseLineageService,
  ) {}

  cite(ctx: WorkspaceContext, input: CiteEvidenceInput): Promise<ResearchItemModel> {
    const target = this.target(input);
    return this.db.write(ctx, async (tx) => {
      const item = await this.items.byIdIn(tx, input.itemId, 'itemId');
      await this.assertInsight(tx, target, item.journeyId);
      const where = { itemId: item.id, ...(target.kind === 'painPoint' ? { painPointId: target.id } : { opportunityId: target.id }) };
      if (!(await tx.findOne(EvidenceCitationEntity, where))) {
        const row = await tx.insert(EvidenceCitationEntity, { ...where, createdBy: ctx.actor.userId });
        await this.audit.record(tx, { action: 'evidence.cite', entityType: 'evidence_citation', entityId: row.id, after: row });
      }
      return this.items.byIdIn(tx, item.id);
    });
  }

  uncite(ctx: WorkspaceContext, input: CiteEvidenceInput): Promise<ResearchItemModel> {
    const target = this.target(input);
    return this.db.write(ctx, async (tx) => {
      const item = await this.items.byIdIn(tx, input.itemId, 'itemId');
      const where = { itemId: item.id, ...(target.kind === 'painPoint' ? { painPointId: target.id } : { opportunityId: target.id }) };
      const row = await tx.findOne(EvidenceCitationEntity, where);
      if (!row) throw researchErrors.notFound('EvidenceCitation', undefined, target.kind === 'painPoint' ? 'painPointId' : 'opportunityId');
      await tx.delete(EvidenceCitationEntity, { id: row.id });
      await this.audit.record(tx, { action: 'evidence.uncite', entityType: 'evidence_citation', entityId: row.id, before: row });
      return this.items.byIdIn(tx, item.id);
    });
  }

  /** A pain point (source research) on the item's touchpoint, titled from the item, citing it. */
  async createPainPoint(ctx: WorkspaceContext, input: CreatePainPointFromEvidenceInput): Promise<PainPointFromEvidenceModel> {
    const item = await this.db.read(ctx, async (tx) => {
      const found = await this.items.byIdIn(tx, input.itemId, 'itemId');
      const touchpointId = input.touchpointId ?? found.touchpointId;
      if (!touchpointId) throw OpenCxError.badInput('touchpointId', 'the evidence is at no touchpoint: choose one');
      if ((await this.places.locate(tx, [touchpointId])).get(touchpointId)?.journeyId !== found.journeyId) throw researchErrors.notFound('Touchpoint', touchpointId, 'touchpointId');
      return { ...found, touchpointId };
    });
    const title = input.title?.trim() || item.title || oneLine(item.body);
    const description = item.kind === 'quote' ? `“${item.body.trim()}”` : item.body.trim();
    const map = await this.insights.addPainPoint(ctx, { touchpointId: item.touchpointId, title, description: description.slice(0, 5000), severity: input.severity, source: 'research', evidenceCount: 1 });
    const pains = map.stages.flatMap((s) => s.touchpoints).find((t) => t.id === item.touchpointId)?.painPoints ?? [];
    // The map lists a touchpoint's pain points oldest first: the newest with this title is the one just added.
    const pain = pains.filter((p) => p.title === title).pop();
    if (!pain) throw new Error('the new pain point is missing from the map');
    await this.db.write(ctx, async (tx) => {
      const row = await tx.insert(EvidenceCitationEntity, { itemId: item.id, painPointId: pain.id, createdBy: ctx.actor.userId });
      await this.audit.record(tx, { action: 'evidence.cite', entityType: 'evidence_citation', entityId: row.id, after: row });
    });
    return { painPointId: pain.id, journeyId: item.journeyId, touchpointId: item.touchpointId };
  }

  /**
   * What backs each of the given pain points and opportunities (ids not of the workspace count
   * nothing): research items citing it, feedback responses it was accepted from, follow-up cases
   * on those responses. `total` = research + feedback (the cases follow the same responses).
   * Three statements, whatever the number of ids.
   */
  evidence(ctx: WorkspaceContext, painPointIds: readonly string[], opportunityIds: readonly string[] = []): Promise<InsightEvidenceModel[]> {
    if (painPointIds.length + opportunityIds.length > 500) throw OpenCxError.badInput('painPointIds', 'must list at most 500 ids');
    return this.db.read(ctx, async (tx) => {
      const pains = [...new Set(painPointIds)];
      const opps = [...new Set(opportunityIds)];
      const [research, responses] = await tx.all([
        () => tx.query<{ insight_id: string; n: string }>(
          `SELECT coalesce(pain_point_id, opportunity_id) AS insight_id, count(*) AS n FROM evidence_citation
            WHERE workspace_id = $1 AND (pain_point_id = ANY($2::uuid[]) OR opportunity_id = ANY($3::uuid[])) GROUP BY 1`,
          [pains, opps],
        ),
        () => this.feedbackEvidence.responsesOf(tx, pains),
      ] as const);
      const cases = await this.cases.casesForSubjects(tx, [...responses.values()].flat());
      const casesByResponse = new Map<string, number>();
      for (const c of cases) casesByResponse.set(c.subjectId, (casesByResponse.get(c.subjectId) ?? 0) + 1);
      const researchBy = new Map(research.map((r) => [r.insight_id, Number(r.n)]));
      const row = (insightId: string, kind: 'pain_point' | 'opportunity'): InsightEvidenceModel => {
        const ids = kind === 'pain_point' ? (responses.get(insightId) ?? []) : [];
        const r = researchBy.get(insightId) ?? 0;
        return { insightId, kind, research: r, feedback: ids.length, cases: ids.reduce((n, id) => n + (casesByResponse.get(id) ?? 0), 0), total: r + ids.length };
      };
      return [...pains.map((id) => row(id, 'pain_point')), ...opps.map((id) => row(id, 'opportunity'))];
    });
  }

  private target(input: CiteEvidenceInput): { kind: 'painPoint' | 'opportunity'; id: string } {
    if (!!input.painPointId === !!input.opportunityId) throw OpenCxError.badInput('painPointId', 'give exactly one of painPointId or opportunityId');
    return input.painPointId ? { kind: 'painPoint', id: input.painPointId } : { kind: 'opportunity', id: input.opportunityId as string };
  }

  private async assertInsight(tx: TenantTx, target: { kind: 'painPoint' | 'opportunity'; id: string }, journeyId: string): Promise<void> {
    const insight = await this.insights.insight(tx, target.kind, target.id);
    const field = target.kind === 'painPoint' ? 'painPointId' : 'opportunityId';
    if (!insight) throw researchErrors.notFound(target.kind === 'painPoint' ? 'PainPoint' : 'Opportunity', target.id, field);
    if (insight.journeyId !== journeyId) throw OpenCxError.badInput(field, "must be on the evidence's journey");
  }
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > TITLE_FROM_TEXT ? `${line.slice(0, TITLE_FROM_TEXT - 1)}…` : line || 'Pain point from research';
}
