import { Inject, Injectable } from '@nestjs/common';
import { OpenCxError } from '@opencx/server-core';
import { TenantDb, type WorkspaceContext } from '@opencx/server-database';
import { FeedbackEvidenceService } from '@opencx/server-feedback';
import { WorkspaceService } from '@opencx/server-identity';
import { JourneyInsightService } from '@opencx/server-journeys';
import { actionErrors } from '../actions.errors';
import { CASE_LINEAGE, topRootCauses, type CaseLineage } from '../case-lineage.port';
import type { ImprovementActionEntity } from '../entities/improvement-action.entity';
import type { LineageModel } from '../models';
import { ActionImpactService } from './action-impact.service';
import { ImprovementActionService } from './improvement-action.service';
import { PainPointSuggestionService, verbatimOf } from './pain-point-suggestion.service';
import { dayIn } from './workspace-day';

/**
 * Why an action exists and what it achieved: the responses a pain point was accepted from, their
 * follow-up cases and root causes (through the cases port), the pain point, its actions and each
 * action's measured change of its target metric.
 */
@Injectable()
export class LineageService {
  constructor(
    private readonly db: TenantDb,
    private readonly workspaces: WorkspaceService,
    private readonly actions: ImprovementActionService,
    private readonly impact: ActionImpactService,
    private readonly suggestions: PainPointSuggestionService,
    private readonly insights: JourneyInsightService,
    private readonly feedback: FeedbackEvidenceService,
    @Inject(CASE_LINEAGE) private readonly cases: CaseLineage,
  ) {}

  lineage(ctx: WorkspaceContext, by: { actionId?: string | null; painPointId?: string | null; caseId?: string | null }): Promise<LineageModel> {
    if ([by.actionId, by.painPointId, by.caseId].filter(Boolean).length !== 1) throw OpenCxError.badInput('actionId', 'give exactly one of actionId, painPointId or caseId');
    return this.db.read(ctx, async (tx) => {
      const today = dayIn(await this.workspaces.timeZone(tx), new Date());
      let actions: ImprovementActionEntity[];
      let painPointId: string | null;
      if (by.caseId) {
        // From a case: the pain point its response is evidence of (the latest accepted), and on from there;
        // a case whose response backs no pain point yet ends the chain at its own root cause.
        const found = await this.cases.caseById(tx, by.caseId);
        if (!found) throw actionErrors.notFound('FollowUpCase', by.caseId, 'caseId');
        const [fromCase] = await this.suggestions.painPointsWithEvidence(tx, found.responseId);
        if (!fromCase) {
          const responses = await this.feedback.byIds(tx, [found.responseId]);
          return { responses: responses.map(verbatimOf), cases: [found], rootCauses: topRootCauses([found], 20), painPoint: null, actions: [], impacts: [] };
        }
        painPointId = fromCase;
        actions = await this.actions.byPainPoints(tx, [fromCase]);
      } else if (by.actionId) {
        const action = await this.actions.findIn(tx, by.actionId);
        actions = [action];
        painPointId = action.painPointId;
      } else {
        const pain = await this.insights.insight(tx, 'painPoint', by.painPointId as string);
        if (!pain) throw actionErrors.notFound('PainPoint', by.painPointId as string, 'painPointId');
        painPointId = pain.id;
        actions = await this.actions.byPainPoints(tx, [pain.id]);
      }
      const pain = painPointId ? await this.insights.insight(tx, 'painPoint', painPointId) : null;
      const responseIds = pain ? await this.suggestions.evidenceOf(tx, pain.id) : [];
      const [responses, cases] = await tx.all([() => this.feedback.byIds(tx, responseIds), () => this.cases.casesForResponses(tx, responseIds)] as const);
      const impacts = [];
      for (const a of actions) if (a.targetMetricId) impacts.push(await this.impact.measure(tx, a));
      return {
        responses: responses.map(verbatimOf),
        cases,
        rootCauses: topRootCauses(cases, 20),
        painPoint: pain && { id: pain.id, journeyId: pain.journeyId, touchpointId: pain.touchpointId, title: pain.title, severity: pain.severity, source: pain.source, evidenceCount: pain.evidenceCount },
        actions: await this.actions.toModels(tx, actions, today),
        impacts,
      };
    });
  }
}
