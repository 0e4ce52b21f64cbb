import { Inject, Injectable } from '@nestjs/common';
import {
  emotionFarBelowDesign,
  kpiStatus,
  meanFromSums,
  measuredEmotion,
  negativeTopicCluster,
  nps,
  suggestionKey,
  topBox,
  type MetricDirection,
  type MetricFigure,
  type WindowCounters,
} from '@opencx/domain';
import { AuditService } from '@opencx/server-audit';
import { OpenCxError } from '@opencx/server-core';
import { TenantDb, type TenantTx, type WorkspaceContext } from '@opencx/server-database';
import { FeedbackEvidenceService, type EvidenceResponse } from '@opencx/server-feedback';
import { WorkspaceService } from '@opencx/server-identity';
import { JourneyInsightService, TouchpointDirectory } from '@opencx/server-journeys';
import { RollupReader, TouchpointMetricService, TOUCHPOINT_PLACES, type TouchpointPlaces } from '@opencx/server-metrics';
import { In } from 'typeorm';
import { actionErrors } from '../actions.errors';
import { CASE_LINEAGE, topRootCauses, type CaseLineage } from '../case-lineage.port';
import { PainPointEvidenceEntity, PainPointSuggestionDismissalEntity } from '../entities/improvement-action.entity';
import type { EvidenceVerbatimModel, PainPointSuggestionModel } from '../models';
import { dayIn } from './workspace-day';

const DAY_MS = 86400000;
const VERBATIMS = 3;
/** How many of a suggestion's responses an accepted pain point keeps as its lineage. */
const EVIDENCE_KEPT = 50;

export const verbatimOf = (r: EvidenceResponse): EvidenceVerbatimModel => ({
  responseId: r.id,
  occurredAt: r.occurredAt,
  comment: r.comment,
  nps: r.nps,
  csat: r.csat,
  ces: r.ces,
  sentiment: r.sentiment,
});

function mainFigure(kind: string, c: WindowCounters): MetricFigure | null {
  if (kind === 'nps') return nps(c);
  if (kind === 'csat' || kind === 'ces' || kind === 'rate') return topBox(c.top2, c.n);
  return meanFromSums(c.n, c.sum, c.sumSquares);
}

/** Severity from how far the evidence is from fine: 5 when the whole interval is on the wrong side by a wide margin. */
const severityOf = (gapShare: number) => Math.max(2, Math.min(5, 2 + Math.round(gapShare * 6)));

/**
 * Pain points from evidence: touchpoints off target, whose measured emotion is far below the
 * designed one, or whose comments cluster on a negative topic — each with its figure, n, interval,
 * sample verbatims and the top root causes of their cases. Accepting one opens a PainPoint
 * (source feedback) through journeys; dismissing it hides that evidence for good.
 */
@Injectable()
export class PainPointSuggestionService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly workspaces: WorkspaceService,
    private readonly windows: RollupReader,
    private readonly bindings: TouchpointMetricService,
    private readonly feedback: FeedbackEvidenceService,
    private readonly directory: TouchpointDirectory,
    private readonly insights: JourneyInsightService,
    @Inject(TOUCHPOINT_PLACES) private readonly places: TouchpointPlaces,
    @Inject(CASE_LINEAGE) private readonly cases: CaseLineage,
  ) {}

  suggestions(ctx: WorkspaceContext, journeyId: string, days = 30): Promise<PainPointSuggestionModel[]> {
    if (!Number.isInteger(days) || days < 1 || days > 366) throw OpenCxError.badInput('days', 'must be 1 to 366');
    return this.db.read(ctx, (tx) => this.compute(tx, journeyId, days));
  }

  async accept(ctx: WorkspaceContext, input: { journeyId: string; key: string; title?: string; severity?: number; days?: number }): Promise<{ painPointId: string; journeyId: string }> {
    const found = await this.db.read(ctx, (tx) => this.compute(tx, input.journeyId, input.days ?? 30));
    const s = found.find((x) => x.key === input.key);
    if (!s) throw actionErrors.notFound('PainPointSuggestion', input.key, 'key');
    const title = input.title?.trim() || s.title;
    const map = await this.insights.addPainPoint(ctx, { touchpointId: s.touchpointId, title, description: '', severity: input.severity ?? s.severity, source: 'feedback', evidenceCount: s.n });
    const pains = map.stages.flatMap((st) => st.touchpoints).find((t) => t.id === s.touchpointId)?.painPoints ?? [];
    // The map lists a touchpoint's pain points oldest first: the newest with this title is the one just added.
    const pain = pains.filter((p) => p.title === title).pop();
    if (!pain) throw new Error('the accepted pain point is missing from the map');
    await this.db.write(ctx, async (tx) => {
      const ids = await this.evidenceResponses(tx, s, input.days ?? 30);
      for (const responseId of ids) await tx.insert(PainPointEvidenceEntity, { painPointId: pain.id, responseId, evidenceKey: s.key });
      await this.audit.record(tx, { action: 'painPointSuggestion.accept', entityType: 'pain_point', entityId: pain.id, after: { key: s.key, responses: ids.length } });
    });
    return { painPointId: pain.id, journeyId: input.journeyId };
  }

  async dismiss(ctx: WorkspaceContext, input: { journeyId: string; key: string; days?: number }): Promise<boolean> {
    return this.db.write(ctx, async (tx) => {
      const s = (await this.compute(tx, input.journeyId, input.days ?? 30)).find((x) => x.key === input.key);
      if (!s) throw actionErrors.notFound('PainPointSuggestion', input.key, 'key');
      const row = await tx.insert(PainPointSuggestionDismissalEntity, { evidenceKey: s.key, touchpointId: s.touchpointId, dismissedBy: ctx.actor.userId });
      await this.audit.record(tx, { action: 'painPointSuggestion.dismiss', entityType: 'pain_point_suggestion_dismissal', entityId: null, after: row });
      return true;
    });
  }

  /** The responses behind an accepted pain point (its lineage). */
  /** The pain points a response is evidence of, the latest accepted first. */
  async painPointsWithEvidence(tx: TenantTx, responseId: string): Promise<string[]> {
    const rows = await tx.find(PainPointEvidenceEntity, { responseId }, { order: { createdAt: 'DESC', painPointId: 'ASC' } });
    return rows.map((r) => r.painPointId);
  }

  async evidenceOf(tx: TenantTx, painPointId: string): Promise<string[]> {
    const rows = await tx.find(PainPointEvidenceEntity, { painPointId }, { order: { responseId: 'ASC' } });
    return rows.map((r) => r.responseId);
  }

  private async compute(tx: TenantTx, journeyId: string, days: number): Promise<PainPointSuggestionModel[]> {
    const touchpoints = (await this.places.within(tx, 'journey', journeyId)).map((p) => p.touchpointId);
    if (!touchpoints.length) return [];
    const timeZone = await this.workspaces.timeZone(tx);
    const now = new Date();
    const to = dayIn(timeZone, now);
    const from = new Date(Date.parse(`${to}T00:00:00Z`) - (days - 1) * DAY_MS).toISOString().slice(0, 10);
    const since = new Date(now.getTime() - days * DAY_MS);
    const until = new Date(now.getTime() + 60000);

    const [bound, emotions, designed, topics, dismissed, accepted] = await tx.all([
      () => this.bindings.forJourney(tx, journeyId),
      () => this.windows.emotionSums(tx, touchpoints, from, to),
      () => this.directory.designedEmotions(tx, touchpoints),
      () => this.feedback.topicTallies(tx, touchpoints, since, until),
      () => tx.find(PainPointSuggestionDismissalEntity, { touchpointId: In(touchpoints) }),
      () => tx.query<{ evidence_key: string }>(`SELECT DISTINCT evidence_key FROM pain_point_evidence WHERE workspace_id = $1`, []),
    ] as const);
    const hidden = new Set([...dismissed.map((d) => d.evidenceKey), ...accepted.map((a) => a.evidence_key)]);
    const candidates: Omit<PainPointSuggestionModel, 'verbatims' | 'rootCauses'>[] = [];

    const live = bound.filter((b) => touchpoints.includes(b.touchpointId));
    const sums = await Promise.all(live.map((b) => this.windows.windowSums(tx, b.metricDefinitionId, [{ touchpointIds: [b.touchpointId], from, to }]).then((r) => r[0])));
    live.forEach((b, i) => {
      const fig = mainFigure(b.kind, sums[i]);
      if (!fig || kpiStatus(fig.value, fig.n, b.target, b.warningThreshold, b.direction as MetricDirection) !== 'OFF_TARGET' || b.target === null) return;
      const width = b.kind === 'nps' ? 200 : b.kind === 'csat' || b.kind === 'ces' || b.kind === 'rate' ? 100 : Math.max(Math.abs(b.target), 1);
      candidates.push({
        key: suggestionKey('off_target', b.touchpointId, b.key),
        kind: 'off_target',
        journeyId,
        touchpointId: b.touchpointId,
        title: `${b.nameEn} below target`,
        subject: b.key,
        value: fig.value,
        low: fig.interval.low,
        high: fig.interval.high,
        n: fig.n,
        reference: b.target,
        severity: severityOf(Math.abs(b.target - fig.value) / width),
      });
    });
    for (const tp of touchpoints) {
      const e = emotions.get(tp);
      const m = e ? measuredEmotion(e.n, e.sum, e.sumSquares) : null;
      const d = designed.get(tp) ?? 0;
      if (!m || !emotionFarBelowDesign(d, m)) continue;
      candidates.push({ key: suggestionKey('emotion_gap', tp, 'emotion'), kind: 'emotion_gap', journeyId, touchpointId: tp, title: 'Feels far worse than designed', subject: 'emotion', value: m.value, low: m.interval.low, high: m.interval.high, n: m.n, reference: d, severity: severityOf((d - m.value) / 6) });
    }
    for (const t of topics) {
      const c = negativeTopicCluster(t.n, t.negative);
      if (!c) continue;
      candidates.push({ key: suggestionKey('negative_topic', t.touchpointId, t.topic), kind: 'negative_topic', journeyId, touchpointId: t.touchpointId, title: `Complaints about ${t.topic}`, subject: t.topic, value: c.value, low: c.interval.low, high: c.interval.high, n: c.n, reference: null, severity: severityOf(c.value / 100 - 0.5) });
    }

    const out: PainPointSuggestionModel[] = [];
    for (const s of candidates.filter((c) => !hidden.has(c.key))) {
      const quotes = await this.feedback.negativeVerbatims(tx, s.touchpointId, since, until, VERBATIMS, s.kind === 'negative_topic' ? s.subject : undefined);
      const cases = await this.cases.casesForResponses(tx, await this.evidenceResponses(tx, s, days));
      out.push({ ...s, verbatims: quotes.map(verbatimOf), rootCauses: topRootCauses(cases) });
    }
    return out.sort((a, b) => b.severity - a.severity || a.key.localeCompare(b.key));
  }

  /** The responses a suggestion rests on (most negative first), bounded. */
  private async evidenceResponses(tx: TenantTx, s: Pick<PainPointSuggestionModel, 'touchpointId' | 'kind' | 'subject'>, days: number): Promise<string[]> {
    const now = new Date();
    const rows = await this.feedback.negativeVerbatims(tx, s.touchpointId, new Date(now.getTime() - days * DAY_MS), new Date(now.getTime() + 60000), EVIDENCE_KEPT, s.kind === 'negative_topic' ? s.subject : undefined);
    return rows.map((r) => r.id);
  }
}
