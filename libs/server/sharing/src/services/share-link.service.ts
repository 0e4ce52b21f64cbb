import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { OpenCxError } from '@opencx/server-core';
import { TenantDb, type WorkspaceContext } from '@opencx/server-database';
import { AuditService } from '@opencx/server-audit';
import { JourneyService } from '@opencx/server-journeys';
import { KpiGranularity, KpiScope, KpiService } from '@opencx/server-metrics';
import { RateLimitService } from '@opencx/server-identity';
import { ShareLinkEntity, type ShareTarget } from '../entities/share-link.entity';
import type { CreateShareLinkInput } from '../inputs/create-share-link.input';
import type { CreatedShareLinkModel, ShareLinkModel } from '../models';
import { sharingErrors } from '../sharing.errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SECRET = /^ocx_sh_[A-Za-z0-9_-]{32}$/;
const DAY_MS = 86_400_000;
/** What a shared dashboard covers: the last 90 days, by week. */
const DASHBOARD_DAYS = 90;
export const SHARE_VIEWS_PER_IP = { limit: 300, windowSeconds: 600 };

/** Unknown, malformed, tampered, expired and revoked links all read the same to the public. */
const notALink = () => sharingErrors.unknownToken('ShareLink', 'This share link is not valid, has expired or has been revoked');

const hashOf = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** `<workspace id>.ocx_sh_<secret>`: the workspace part picks the tenant to look in (under row-level security); only the secret's hash is stored. */
export function parseShareToken(token: string): { workspaceId: string; secret: string } {
  const dot = token.indexOf('.');
  const workspaceId = token.slice(0, dot);
  const secret = token.slice(dot + 1);
  if (dot < 0 || !UUID.test(workspaceId) || !SECRET.test(secret)) throw notALink();
  return { workspaceId: workspaceId.toLowerCase(), secret };
}

/** A shared card: what the map shows, without ids, owners, teams or versions. */
export interface SharedTouchpoint {
  name: string;
  channel: string;
  customerAction: string;
  customerThought: string;
  expectation: string;
  emotion: number;
  momentOfTruth: boolean;
  painPoints: { title: string; severity: number }[];
  opportunities: { title: string }[];
}

export interface SharedKpi {
  key: string;
  nameEn: string;
  nameZh: string;
  kind: string;
  value: number | null;
  n: number;
  target: number | null;
  status: string;
}

/** All a share link shows: one journey's map (and, for a dashboard, its KPIs); nothing else of the workspace. */
export interface SharedView {
  target: ShareTarget;
  expiresAt: string | null;
  journey: { name: string; description: string; state: string; stages: { name: string; touchpoints: SharedTouchpoint[] }[] };
  kpis: SharedKpi[] | null;
  from: string | null;
  to: string | null;
}

/**
 * Read-only share links: editors create, list and revoke them per journey; the public (or, for a
 * members-only link, any signed-in member) reads through one through `view`, which answers only that
 * journey's map or dashboard and can change nothing.
 */
@Injectable()
export class ShareLinkService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly journeys: JourneyService,
    private readonly kpis: KpiService,
    private readonly limits: RateLimitService,
  ) {}

  list(ctx: WorkspaceContext, journeyId: string): Promise<ShareLinkModel[]> {
    return this.db.read(ctx, async (tx) => {
      const rows = await tx.find(ShareLinkEntity, { journeyId }, { order: { createdAt: 'DESC', id: 'DESC' }, take: 200 });
      return rows.map(toModel);
    });
  }

  async create(ctx: WorkspaceContext, input: CreateShareLinkInput): Promise<CreatedShareLinkModel> {
    // The journey must be one this workspace has (NOT_FOUND otherwise, as journey(id) answers).
    await this.journeys.get(ctx, input.journeyId);
    return this.db.write(ctx, async (tx) => {
      const secret = `ocx_sh_${randomBytes(24).toString('base64url')}`;
      const row = await tx.insert(ShareLinkEntity, {
        journeyId: input.journeyId,
        target: input.target,
        label: input.label?.trim() ?? '',
        secretHash: hashOf(secret),
        membersOnly: input.membersOnly ?? false,
        expiresAt: input.expiresInDays ? new Date(Date.now() + input.expiresInDays * DAY_MS) : null,
        revokedAt: null,
        createdBy: ctx.actor.userId,
        lastUsedAt: null,
      });
      const link = toModel(row);
      await this.audit.record(tx, { action: 'shareLink.create', entityType: 'share_link', entityId: row.id, after: { journeyId: link.journeyId, target: link.target, label: link.label, membersOnly: link.membersOnly, expiresAt: link.expiresAt } });
      return { link, token: `${tx.workspaceId}.${secret}` };
    });
  }

  revoke(ctx: WorkspaceContext, id: string): Promise<ShareLinkModel> {
    return this.db.write(ctx, async (tx) => {
      const row = await tx.findOneOrFail(ShareLinkEntity, { id }, () => sharingErrors.notFound('ShareLink', id, 'id'), { lock: true });
      if (!row.revokedAt) {
        row.revokedAt = new Date();
        await tx.update(ShareLinkEntity, { id }, { revokedAt: row.revokedAt });
        await this.audit.record(tx, { action: 'shareLink.revoke', entityType: 'share_link', entityId: id, before: { revokedAt: null }, after: { revokedAt: row.revokedAt } });
      }
      return toModel(row);
    });
  }

  /**
   * What a link shows. `memberOf` answers whether the caller (by their own session, if any) is a
   * member of the link's workspace; it is asked only for members-only links.
   */
  async view(token: string, ip: string, memberOf: (workspaceId: string) => Promise<boolean>): Promise<SharedView> {
    await this.limits.hit(`share:view:ip:${ip}`, SHARE_VIEWS_PER_IP.limit, SHARE_VIEWS_PER_IP.windowSeconds);
    const { workspaceId, secret } = parseShareToken(token);
    const ctx = publicCtx(workspaceId);
    const link = await this.db.write(ctx, async (tx) => {
      const row = await tx.findOne(ShareLinkEntity, { secretHash: hashOf(secret) });
      if (!row || !isActive(row, new Date())) throw notALink();
      await tx.update(ShareLinkEntity, { id: row.id }, { lastUsedAt: new Date() });
      return row;
    });
    if (link.membersOnly && !(await memberOf(workspaceId))) {
      throw OpenCxError.unauthenticated('This share link is for signed-in members of its workspace');
    }
    const map = await this.journeys.get(ctx, link.journeyId);
    const journey = {
      name: map.name,
      description: map.description,
      state: map.state,
      stages: map.stages.map((s) => ({
        name: s.name,
        touchpoints: s.touchpoints.map((tp) => {
          const t = tp as unknown as Record<string, unknown>;
          return {
            name: String(t.name ?? ''),
            channel: String(t.channel ?? ''),
            customerAction: String(t.customerAction ?? ''),
            customerThought: String(t.customerThought ?? ''),
            expectation: String(t.expectation ?? ''),
            emotion: Number(t.emotion ?? 0),
            momentOfTruth: Boolean(t.momentOfTruth),
            painPoints: tp.painPoints.map((p) => ({ title: p.title, severity: p.severity })),
            opportunities: tp.opportunities.map((o) => ({ title: o.title })),
          };
        }),
      })),
    };
    if (link.target !== 'dashboard') return { target: link.target, expiresAt: link.expiresAt?.toISOString() ?? null, journey, kpis: null, from: null, to: null };
    // Through tomorrow (UTC): the workspace's today may already be tomorrow in UTC terms (Asia/Shanghai is UTC+8).
    const to = new Date(Date.now() + DAY_MS);
    const from = new Date(to.getTime() - DASHBOARD_DAYS * DAY_MS);
    const day = (d: Date) => d.toISOString().slice(0, 10);
    const report = await this.kpis.report(ctx, { scope: KpiScope.JOURNEY, id: link.journeyId, from: day(from), to: day(to), granularity: KpiGranularity.WEEK });
    const kpis = report.metrics.map((m) => ({ key: m.key, nameEn: m.nameEn, nameZh: m.nameZh, kind: m.kind, value: m.total.value, n: m.total.n, target: m.total.target, status: String(m.total.status) }));
    return { target: link.target, expiresAt: link.expiresAt?.toISOString() ?? null, journey, kpis, from: report.from, to: report.to };
  }
}

function isActive(row: ShareLinkEntity, now: Date): boolean {
  return !row.revokedAt && (!row.expiresAt || row.expiresAt.getTime() > now.getTime());
}

function toModel(row: ShareLinkEntity): ShareLinkModel {
  return {
    id: row.id,
    journeyId: row.journeyId,
    target: row.target,
    label: row.label,
    membersOnly: row.membersOnly,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
    lastUsedAt: row.lastUsedAt,
    createdAt: row.createdAt,
    active: isActive(row, new Date()),
  };
}

/** The public reads in the link's workspace as a viewer with no user and no token. */
function publicCtx(workspaceId: string): WorkspaceContext {
  return { workspaceId, role: 'viewer', actor: { userId: null, tokenId: null } };
}
