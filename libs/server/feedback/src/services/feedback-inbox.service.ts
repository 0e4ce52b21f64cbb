import { feedbackErrors } from '../feedback.errors';
import { Injectable } from '@nestjs/common';
import { And, ArrayContains, Between, ILike, In, LessThan, MoreThan, MoreThanOrEqual, type FindOperator, type FindOptionsWhere } from 'typeorm';
import { OpenCxError, pageRequest, toConnection, type Connection, type PageArgs, type PagedList } from '@opencx/server-core';
import { TenantDb, type TenantTx, type WorkspaceContext } from '@opencx/server-database';
import { JourneyInsightService, TouchpointDirectory } from '@opencx/server-journeys';
import type { JourneyModel } from '@opencx/server-journeys';
import { FeedbackResponseEntity } from '../entities/feedback-response.entity';
import { ScoreBand, SentimentBand, type FeedbackFilterInput, type OpenPainPointFromFeedbackInput } from '../inputs';
import type { FeedbackItemModel } from '../models';
import { SiteService } from './site.service';

/** Newest first; the id breaks ties between responses of the same instant (index feedback_response_inbox_idx). */
export const FEEDBACK_INBOX_LIST: PagedList<FeedbackResponseEntity> = {
  keys: [
    { property: 'occurredAt', direction: 'DESC' },
    { property: 'id', direction: 'DESC' },
  ],
  maxFirst: 200,
  defaultFirst: 50,
};

const SCORE_BANDS: Record<ScoreBand, Partial<Record<'nps' | 'csat' | 'ces', FindOperator<number>>>> = {
  [ScoreBand.NPS_DETRACTOR]: { nps: Between(0, 6) },
  [ScoreBand.NPS_PASSIVE]: { nps: Between(7, 8) },
  [ScoreBand.NPS_PROMOTER]: { nps: Between(9, 10) },
  [ScoreBand.CSAT_LOW]: { csat: Between(1, 3) },
  [ScoreBand.CSAT_HIGH]: { csat: Between(4, 5) },
  [ScoreBand.CES_LOW]: { ces: Between(1, 4) },
  [ScoreBand.CES_HIGH]: { ces: Between(5, 7) },
};

/** ±0.2 around zero reads as neutral: lexicon scores of plain statements hover there. */
const SENTIMENT_BANDS: Record<SentimentBand, FindOperator<number>> = {
  [SentimentBand.NEGATIVE]: LessThan(-0.2),
  [SentimentBand.NEUTRAL]: Between(-0.2, 0.2),
  [SentimentBand.POSITIVE]: MoreThan(0.2),
};

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The feedback inbox: responses newest first, filtered, a keyset page at a time, with the names of
 * where each was given (touchpoint, stage, journey from journeys' directory; site from ours), one
 * statement per kind for the whole page. And the step from a verbatim to a pain point on the map.
 */
@Injectable()
export class FeedbackInboxService {
  constructor(
    private readonly db: TenantDb,
    private readonly directory: TouchpointDirectory,
    private readonly sites: SiteService,
    private readonly insights: JourneyInsightService,
  ) {}

  list(ctx: WorkspaceContext, filter: FeedbackFilterInput, page: PageArgs): Promise<Connection<FeedbackItemModel>> {
    const request = pageRequest(FEEDBACK_INBOX_LIST, page);
    return this.db.read(ctx, async (tx) => {
      const where = await this.where(tx, filter);
      if (!where) return { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } };
      const found = await tx.findPage(FeedbackResponseEntity, where, request);
      const [labels, siteNames] = await tx.all([
        () => this.directory.labels(tx, found.rows.map((r) => r.touchpointId)),
        () => this.sites.namesByIds(tx, found.rows.map((r) => r.siteId).filter((s): s is string => s !== null)),
      ] as const);
      const nodes = found.rows.map((r): FeedbackItemModel => {
        const label = labels.get(r.touchpointId);
        return {
          id: r.id,
          occurredAt: r.occurredAt,
          touchpointId: r.touchpointId,
          touchpointName: label?.touchpointName ?? null,
          stageId: label?.stageId ?? null,
          stageName: label?.stageName ?? null,
          journeyId: r.journeyId,
          journeyName: label?.journeyName ?? null,
          siteId: r.siteId,
          siteName: r.siteId ? (siteNames.get(r.siteId) ?? null) : null,
          nps: r.nps,
          csat: r.csat,
          ces: r.ces,
          comment: r.comment,
          language: r.language,
          sentiment: r.sentiment,
          tags: r.tags,
          source: r.source,
          channel: r.channel,
        };
      });
      return toConnection(FEEDBACK_INBOX_LIST, found, nodes);
    });
  }

  /** The filter as a where clause, or null when it can match nothing (a stage without touchpoints). */
  private async where(tx: TenantTx, filter: FeedbackFilterInput): Promise<FindOptionsWhere<FeedbackResponseEntity> | null> {
    const where: FindOptionsWhere<FeedbackResponseEntity> = {};
    if (filter.journeyId) where.journeyId = filter.journeyId;
    if (filter.stageId) {
      // Responses carry touchpoint and journey, not stage: a stage is the touchpoints it holds now.
      const inStage = (await this.directory.within(tx, 'stage', filter.stageId)).map((p) => p.touchpointId);
      const ids = filter.touchpointId ? inStage.filter((id) => id === filter.touchpointId) : inStage;
      if (!ids.length) return null;
      where.touchpointId = In(ids);
    } else if (filter.touchpointId) {
      where.touchpointId = filter.touchpointId;
    }
    if (filter.siteId) where.siteId = filter.siteId;
    if (filter.scoreBand) Object.assign(where, SCORE_BANDS[filter.scoreBand]);
    if (filter.sentiment) where.sentiment = SENTIMENT_BANDS[filter.sentiment];
    if (filter.tag?.trim()) where.tags = ArrayContains([filter.tag.trim()]);
    const from = filter.from ? new Date(filter.from) : null;
    const to = filter.to ? new Date(filter.to) : null;
    if (from && to && from >= to) throw OpenCxError.badInput('to', 'must be after from');
    if (from && to) where.occurredAt = And(MoreThanOrEqual(from), LessThan(to));
    else if (from) where.occurredAt = MoreThanOrEqual(from);
    else if (to) where.occurredAt = LessThan(to);
    const search = filter.search?.trim();
    if (search) where.comment = ILike(`%${likeEscape(search)}%`);
    return where;
  }

  /**
   * Opens a pain point on the response's touchpoint with the comment as its description and the
   * response as its one piece of evidence. Journeys owns pain points, so journeys writes it (and its
   * audit event and revision) through its exported service.
   */
  async openPainPoint(ctx: WorkspaceContext, input: OpenPainPointFromFeedbackInput): Promise<JourneyModel> {
    const response = await this.db.read(ctx, (tx) =>
      tx.findOneOrFail(FeedbackResponseEntity, { id: input.responseId }, () => feedbackErrors.notFound('FeedbackResponse', input.responseId, 'responseId')),
    );
    const comment = response.comment?.trim() ?? '';
    const title = input.title?.trim() || firstWords(comment) || scoreTitle(response);
    return this.insights.addPainPoint(ctx, {
      touchpointId: response.touchpointId,
      title,
      description: comment.slice(0, 5000),
      severity: input.severity ?? 3,
      source: 'feedback',
      evidenceCount: 1,
    });
  }
}

function firstWords(comment: string): string {
  const line = comment.split(/\r?\n/)[0].trim();
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

function scoreTitle(r: FeedbackResponseEntity): string {
  const scores = [r.nps !== null ? `NPS ${r.nps}` : null, r.csat !== null ? `CSAT ${r.csat}` : null, r.ces !== null ? `CES ${r.ces}` : null].filter(Boolean);
  return `Feedback ${scores.join(' · ') || r.id.slice(0, 8)}`;
}
