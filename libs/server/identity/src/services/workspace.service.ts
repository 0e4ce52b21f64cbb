import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DEFAULT_LOCALE, DEFAULT_TIME_ZONE, isRole, type Role } from '@opencx/domain';
import { OpenCxError, type AuthUser } from '@opencx/server-core';
import { TenantDb, type TenantTx, type WorkspaceContext } from '@opencx/server-database';
import { AuditService } from '@opencx/server-audit';
import { MembershipEntity, WorkspaceEntity } from '../entities';
import type { CreateWorkspaceInput } from '../inputs';
import { RateLimitService } from './rate-limit.service';

export const WORKSPACES_PER_HOUR = 10;

export interface WorkspaceWithRole extends WorkspaceEntity {
  role: Role;
}

function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

function slugify(name: string): string {
  const ascii = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 36);
  return `${ascii.length >= 3 ? ascii : 'ws'}-${randomUUID().slice(0, 6)}`;
}

@Injectable()
export class WorkspaceService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly rateLimit: RateLimitService,
  ) {}

  async create(user: AuthUser, input: CreateWorkspaceInput): Promise<WorkspaceWithRole> {
    // Each workspace is a tenant with its own rows; one account cannot mint them without end.
    await this.rateLimit.hit(`workspace:create:user:${user.id}`, WORKSPACES_PER_HOUR, 3600);
    const timeZone = input.timeZone ?? DEFAULT_TIME_ZONE;
    if (!isValidTimeZone(timeZone)) throw OpenCxError.badInput('timeZone', 'must be an IANA time zone such as Asia/Shanghai');
    const slug = input.slug ?? slugify(input.name);
    const ctx: WorkspaceContext = { workspaceId: randomUUID(), role: 'owner', actor: { userId: user.id, tokenId: null } };
    return this.db.bootstrapWorkspace(ctx, async (tenant, global) => {
      const taken = await global.count(WorkspaceEntity, { slug });
      if (taken > 0) throw OpenCxError.badInput('slug', 'is already taken');
      const workspace = await global.insert(WorkspaceEntity, {
        id: ctx.workspaceId,
        name: input.name.trim(),
        slug,
        locale: input.locale ?? user.locale ?? DEFAULT_LOCALE,
        timeZone,
      });
      await tenant.insert(MembershipEntity, { userId: user.id, role: 'owner' });
      await this.audit.record(tenant, { action: 'workspace.create', entityType: 'workspace', entityId: workspace.id, after: workspace });
      return { ...workspace, role: 'owner' as Role };
    });
  }

  /** Workspaces the user belongs to, with their role in each. */
  async listForUser(userId: string): Promise<WorkspaceWithRole[]> {
    const rows = await this.db.global(
      (tx) =>
        tx.query<{ id: string; name: string; slug: string; locale: string; time_zone: string; created_at: Date; role: string }>(
          `SELECT w.id, w.name, w.slug, w.locale, w.time_zone, w.created_at, m.role
             FROM membership m JOIN workspace w ON w.id = m.workspace_id
            WHERE m.user_id = $1 ORDER BY w.created_at, w.id`,
          [userId],
        ),
      // Memberships are tenant rows; app.user_id shows this user's own across workspaces.
      { userId },
    );
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      slug: r.slug,
      locale: r.locale,
      timeZone: r.time_zone,
      createdAt: r.created_at,
      role: isRole(r.role) ? r.role : 'viewer',
    }));
  }

  /** Every workspace's id, for background jobs that visit each workspace in turn (KPI alerts). */
  async allIds(): Promise<string[]> {
    const rows = await this.db.global((tx) => tx.query<{ id: string }>(`SELECT id FROM workspace ORDER BY id`), { transaction: false });
    return rows.map((r) => r.id);
  }

  /** The workspace's IANA time zone, for contexts that count days in the workspace's calendar (roll-ups). */
  async timeZone(tx: TenantTx): Promise<string> {
    const rows = await tx.query<{ time_zone: string }>(`SELECT time_zone FROM workspace WHERE id = $1`);
    return rows[0]?.time_zone ?? DEFAULT_TIME_ZONE;
  }
}
