import { feedbackErrors } from '../feedback.errors';
import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { IsNull } from 'typeorm';
import { OpenCxError, pageRequest, toConnection, type Connection, type PageArgs, type PagedList } from '@opencx/server-core';
import { TenantDb, type TenantTx, type WorkspaceContext } from '@opencx/server-database';
import { AuditService } from '@opencx/server-audit';
import { RateLimitService } from '@opencx/server-identity';
import { TouchpointMetricService } from '@opencx/server-metrics';
import { TouchpointDirectory } from '@opencx/server-journeys';
import { CollectionLinkEntity } from '../entities/collection-link.entity';
import { SiteEntity } from '../entities/site.entity';
import type { CreateCollectionLinkInput } from '../inputs';
import type { CollectionLinkModel } from '../models';
import { FeedbackIngestionService, type IngestOptions } from './feedback-ingestion.service';

export const COLLECTION_LINK_LIST: PagedList<CollectionLinkEntity> = {
  keys: [
    { property: 'createdAt', direction: 'DESC' },
    { property: 'id', direction: 'DESC' },
  ],
  maxFirst: 200,
  defaultFirst: 50,
};

export type SurveyMetric = 'nps' | 'csat' | 'ces';
const SURVEY_METRICS: readonly SurveyMetric[] = ['nps', 'csat', 'ces'];

/** All a public survey page learns of the workspace: nothing but what it asks. */
export interface PublicSurvey {
  touchpointName: string;
  metrics: SurveyMetric[];
  defaultLocale: 'zh-CN' | 'en';
}

export interface PublicSubmission {
  idempotencyId: string;
  nps: number | null;
  csat: number | null;
  ces: number | null;
  comment: string | null;
  contactConsent: boolean;
  locale: string | null;
}

/** Per address: a household answering after a visit, not a script; per link: a poster's busiest hour. */
export const LINK_LIMITS = {
  perIp: { limit: 20, windowSeconds: 600 },
  perLink: { limit: 600, windowSeconds: 3600 },
  viewsPerIp: { limit: 120, windowSeconds: 600 },
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SECRET = /^ocx_f_[A-Za-z0-9_-]{32}$/;
const IDEMPOTENCY_ID = /^[A-Za-z0-9_-]{8,64}$/;

/** Unknown, malformed, tampered and revoked links all read the same to the public. */
const notALink = () => feedbackErrors.unknownToken('CollectionLink', 'This survey link is not valid or has been withdrawn');

/**
 * The token names its workspace, so the public lookup runs inside that tenant's transaction under
 * row-level security (like invitation links); a token whose workspace part was changed finds nothing.
 */
export function parseCollectionToken(token: string): { workspaceId: string; secret: string } {
  const dot = token.indexOf('.');
  const workspaceId = token.slice(0, dot);
  const secret = token.slice(dot + 1);
  if (dot < 0 || !UUID.test(workspaceId) || !SECRET.test(secret)) throw notALink();
  return { workspaceId: workspaceId.toLowerCase(), secret };
}

/**
 * Collection links: public survey URLs per touchpoint (and site). Members create, list and revoke
 * them; the public reads one survey and submits answers through the one ingestion path (source
 * `link`), exactly once per client-generated idempotency id, rate limited per address and per link.
 */
@Injectable()
export class CollectionLinkService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly directory: TouchpointDirectory,
    private readonly bindings: TouchpointMetricService,
    private readonly ingestion: FeedbackIngestionService,
    private readonly limits: RateLimitService,
  ) {}

  create(ctx: WorkspaceContext, input: CreateCollectionLinkInput): Promise<CollectionLinkModel> {
    return this.db.write(ctx, async (tx) => {
      const places = await this.directory.locate(tx, [input.touchpointId]);
      if (!places.has(input.touchpointId)) throw OpenCxError.badInput('touchpointId', 'is not a touchpoint of this workspace');
      if (input.siteId) await tx.findOneOrFail(SiteEntity, { id: input.siteId }, () => OpenCxError.badInput('siteId', 'is not a site of this workspace'));
      const link = await tx.insert(CollectionLinkEntity, {
        touchpointId: input.touchpointId,
        siteId: input.siteId ?? null,
        caseId: null,
        secret: `ocx_f_${randomBytes(24).toString('base64url')}`,
        label: input.label?.trim() ?? '',
        createdBy: ctx.actor.userId,
        revokedAt: null,
        responseCount: 0,
        lastResponseAt: null,
      });
      await this.audit.record(tx, { action: 'collectionLink.create', entityType: 'collection_link', entityId: link.id, after: { touchpointId: link.touchpointId, siteId: link.siteId, label: link.label } });
      const [model] = await this.models(tx, [link]);
      return model;
    });
  }

  list(ctx: WorkspaceContext, touchpointId: string | null, page: PageArgs): Promise<Connection<CollectionLinkModel>> {
    const request = pageRequest(COLLECTION_LINK_LIST, page);
    return this.db.read(ctx, async (tx) => {
      const found = await tx.findPage(CollectionLinkEntity, touchpointId ? { touchpointId, caseId: IsNull() } : { caseId: IsNull() }, request);
      return toConnection(COLLECTION_LINK_LIST, found, await this.models(tx, found.rows));
    });
  }

  revoke(ctx: WorkspaceContext, id: string): Promise<CollectionLinkModel> {
    return this.db.write(ctx, async (tx) => {
      const link = await tx.findOneOrFail(CollectionLinkEntity, { id }, () => feedbackErrors.notFound('CollectionLink', id, 'id'), { lock: true });
      if (!link.revokedAt) {
        link.revokedAt = new Date();
        await tx.update(CollectionLinkEntity, { id }, { revokedAt: link.revokedAt });
        await this.audit.record(tx, { action: 'collectionLink.revoke', entityType: 'collection_link', entityId: id, before: { revokedAt: null }, after: { revokedAt: link.revokedAt } });
      }
      const [model] = await this.models(tx, [link]);
      return model;
    });
  }

  /**
   * The re-survey link of a follow-up case (the cases context calls it inside its transaction): the
   * case's touchpoint and site, one link per case; asking again answers the same link.
   */
  async resurveyLink(tx: TenantTx, input: { caseId: string; touchpointId: string; siteId: string | null; label: string; createdBy: string | null }): Promise<{ id: string; token: string }> {
    const existing = await tx.findOne(CollectionLinkEntity, { caseId: input.caseId });
    if (existing) return { id: existing.id, token: `${tx.workspaceId}.${existing.secret}` };
    const link = await tx.insert(CollectionLinkEntity, {
      touchpointId: input.touchpointId, siteId: input.siteId, caseId: input.caseId, secret: `ocx_f_${randomBytes(24).toString('base64url')}`,
      label: input.label.slice(0, 200), createdBy: input.createdBy, revokedAt: null, responseCount: 0, lastResponseAt: null,
    });
    await this.audit.record(tx, { action: 'collectionLink.create', entityType: 'collection_link', entityId: link.id, after: { touchpointId: link.touchpointId, siteId: link.siteId, caseId: link.caseId } });
    return { id: link.id, token: `${tx.workspaceId}.${link.secret}` };
  }

  /** The public survey behind a token: the touchpoint's display name and the scores it asks, nothing else. */
  async survey(token: string, ip: string): Promise<PublicSurvey> {
    await this.limits.hit(`flink:view:ip:${ip}`, LINK_LIMITS.viewsPerIp.limit, LINK_LIMITS.viewsPerIp.windowSeconds);
    const { workspaceId, secret } = parseCollectionToken(token);
    return this.db.read(publicCtx(workspaceId), async (tx) => {
      const link = await this.active(tx, secret);
      const [labels, metrics] = await tx.all([() => this.directory.labels(tx, [link.touchpointId]), () => this.metricsOf(tx, link.touchpointId)] as const);
      const label = labels.get(link.touchpointId);
      if (!label) throw notALink();
      return { touchpointName: label.touchpointName, metrics, defaultLocale: 'zh-CN' };
    });
  }

  /** One public answer; a repeated idempotency id (a double tap, a retry) stores nothing more. */
  async submit(token: string, ip: string, body: unknown): Promise<{ accepted: boolean }> {
    await this.limits.hit(`flink:ip:${ip}`, LINK_LIMITS.perIp.limit, LINK_LIMITS.perIp.windowSeconds);
    const { workspaceId, secret } = parseCollectionToken(token);
    await this.limits.hit(`flink:link:${createHash('sha256').update(token).digest('base64url')}`, LINK_LIMITS.perLink.limit, LINK_LIMITS.perLink.windowSeconds);
    const answer = parseSubmission(body);
    return this.db.write(publicCtx(workspaceId), async (tx) => {
      const link = await this.active(tx, secret);
      const asked = await this.metricsOf(tx, link.touchpointId);
      for (const key of SURVEY_METRICS) {
        if (answer[key] !== null && !asked.includes(key)) throw OpenCxError.badInput(key, 'is not asked by this survey');
      }
      const site = link.siteId ? await tx.findOne(SiteEntity, { id: link.siteId }) : null;
      const options: IngestOptions = { source: 'link', newExternalId: null, auditAction: 'feedback.link', ...(link.caseId ? { resurveyOf: link.caseId } : {}) };
      const given = Object.fromEntries(
        Object.entries({
          touchpointId: link.touchpointId,
          occurredAt: new Date().toISOString(),
          externalId: `${link.id}:${answer.idempotencyId}`,
          channel: 'link',
          site: site?.code ?? null,
          nps: answer.nps,
          csat: answer.csat,
          ces: answer.ces,
          comment: answer.comment,
          tags: answer.contactConsent ? ['contact-consent'] : [],
        }).filter(([, v]) => v !== null),
      );
      let batch;
      try {
        batch = this.ingestion.parse({ source: 'link', responses: [given] }, options);
      } catch (error) {
        throw error instanceof OpenCxError ? unprefixed(error) : error;
      }
      const outcome = await this.ingestion.ingest(tx, batch, options);
      const accepted = outcome.accepted.responses === 1;
      if (accepted) await tx.query(`UPDATE collection_link SET response_count = response_count + 1, last_response_at = now() WHERE workspace_id = $1 AND id = $2`, [link.id]);
      return { accepted };
    });
  }

  private async active(tx: TenantTx, secret: string): Promise<CollectionLinkEntity> {
    const link = await tx.findOne(CollectionLinkEntity, { secret });
    if (!link || link.revokedAt) throw notALink();
    return link;
  }

  /** The survey scores bound to the touchpoint, in the map's order; NPS when none is bound (a link must ask something). */
  private async metricsOf(tx: TenantTx, touchpointId: string): Promise<SurveyMetric[]> {
    const kinds = await this.bindings.surveyKinds(tx, touchpointId);
    const asked = SURVEY_METRICS.filter((k) => kinds.includes(k));
    return asked.length ? asked : ['nps'];
  }

  private async models(tx: TenantTx, links: CollectionLinkEntity[]): Promise<CollectionLinkModel[]> {
    const siteIds = [...new Set(links.map((l) => l.siteId).filter((s): s is string => s !== null))];
    const [labels, sites] = await tx.all([
      () => this.directory.labels(tx, links.map((l) => l.touchpointId)),
      () => (siteIds.length ? tx.query<{ id: string; name: string }>(`SELECT id, name FROM site WHERE workspace_id = $1 AND id = ANY($2::uuid[])`, [siteIds]) : Promise.resolve([])),
    ] as const);
    const siteNames = new Map(sites.map((s) => [s.id, s.name]));
    return links.map((l) => ({
      id: l.id,
      touchpointId: l.touchpointId,
      touchpointName: labels.get(l.touchpointId)?.touchpointName ?? null,
      journeyName: labels.get(l.touchpointId)?.journeyName ?? null,
      siteId: l.siteId,
      siteName: l.siteId ? (siteNames.get(l.siteId) ?? null) : null,
      label: l.label,
      token: `${tx.workspaceId}.${l.secret}`,
      active: !l.revokedAt,
      createdAt: l.createdAt,
      revokedAt: l.revokedAt,
      responseCount: l.responseCount,
      lastResponseAt: l.lastResponseAt,
    }));
  }
}

/** The public acts in the link's workspace with no user and no token; audit events show no actor. */
function publicCtx(workspaceId: string): WorkspaceContext {
  return { workspaceId, role: 'viewer', actor: { userId: null, tokenId: null } };
}

function unprefixed(error: OpenCxError): OpenCxError {
  const fields = error.details.fields;
  if (error.code !== 'BAD_USER_INPUT' || !fields) return error;
  return OpenCxError.invalidFields(fields.map((f) => ({ field: f.field.replace(/^responses\[0\]\./, ''), message: f.message })));
}

/** The public body: shape only (scales and lengths are checked by the shared feedback declarations). */
export function parseSubmission(body: unknown): PublicSubmission {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw OpenCxError.badInput('body', 'must be a JSON object');
  const b = body as Record<string, unknown>;
  const known = ['idempotencyId', 'nps', 'csat', 'ces', 'comment', 'contactConsent', 'locale'];
  for (const key of Object.keys(b)) if (!known.includes(key)) throw OpenCxError.badInput(key, 'is not a known field');
  if (typeof b['idempotencyId'] !== 'string' || !IDEMPOTENCY_ID.test(b['idempotencyId'])) throw OpenCxError.badInput('idempotencyId', 'must be 8–64 letters, digits, - or _ (a UUID made by the page)');
  const score = (key: SurveyMetric): number | null => {
    const v = b[key];
    if (v === undefined || v === null) return null;
    if (typeof v !== 'number') throw OpenCxError.badInput(key, 'must be a whole number');
    return v;
  };
  const comment = b['comment'];
  if (comment !== undefined && comment !== null && typeof comment !== 'string') throw OpenCxError.badInput('comment', 'must be text');
  const locale = b['locale'];
  if (locale !== undefined && locale !== null && locale !== 'zh-CN' && locale !== 'en') throw OpenCxError.badInput('locale', 'must be zh-CN or en');
  if (b['contactConsent'] !== undefined && typeof b['contactConsent'] !== 'boolean') throw OpenCxError.badInput('contactConsent', 'must be true or false');
  return {
    idempotencyId: b['idempotencyId'],
    nps: score('nps'),
    csat: score('csat'),
    ces: score('ces'),
    comment: typeof comment === 'string' && comment.trim() ? comment : null,
    contactConsent: b['contactConsent'] === true,
    locale: locale === 'zh-CN' ? 'zh' : locale === 'en' ? 'en' : null,
  };
}
