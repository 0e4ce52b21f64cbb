import { Injectable } from '@nestjs/common';
import { OpenCxError, type ApiTokenScope } from '@opencx/server-core';
import { TenantDb, type WorkspaceContext } from '@opencx/server-database';
import { AuditService } from '@opencx/server-audit';
import { ApiTokenEntity } from '../entities';
import { hashSecret, newSecret } from './secrets';
import { SecurityEventService } from './security-event.service';
import type { ClientInfo } from '../auth/client-info';
import { identityErrors } from '../identity.errors';

const TOKEN = /^ocx_t_[A-Za-z0-9_-]+\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** Workspace API tokens for machines that push data: shown once, stored hashed, scoped, revocable. */
@Injectable()
export class ApiTokenService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly securityEvents: SecurityEventService,
  ) {}

  list(ctx: WorkspaceContext): Promise<ApiTokenEntity[]> {
    return this.db.read(ctx, (tx) => tx.find(ApiTokenEntity, {}, { order: { createdAt: 'DESC' } }));
  }

  async create(ctx: WorkspaceContext, name: string, scopes: string[]): Promise<{ apiToken: ApiTokenEntity; secret: string }> {
    if (scopes.length === 0) throw OpenCxError.badInput('scopes', 'must name at least one scope');
    const secret = `${newSecret('ocx_t_')}.${ctx.workspaceId}`;
    return this.db.write(ctx, async (tx) => {
      const apiToken = await tx.insert(ApiTokenEntity, {
        name: name.trim(),
        prefix: secret.slice(0, 12),
        tokenHash: hashSecret(secret),
        scopes: [...new Set(scopes)],
        createdBy: ctx.actor.userId ?? '',
        lastUsedAt: null,
        revokedAt: null,
      });
      const stored = await tx.findOneOrFail(ApiTokenEntity, { id: apiToken.id }, () => identityErrors.notFound('ApiToken'));
      await this.audit.record(tx, { action: 'apiToken.create', entityType: 'api_token', entityId: apiToken.id, after: stored });
      return { apiToken: stored, secret };
    });
  }

  async revoke(ctx: WorkspaceContext, id: string): Promise<ApiTokenEntity> {
    return this.db.write(ctx, async (tx) => {
      const before = await tx.findOneOrFail(ApiTokenEntity, { id }, () => identityErrors.notFound('ApiToken', id), { lock: true });
      if (!before.revokedAt) await tx.update(ApiTokenEntity, { id }, { revokedAt: new Date() });
      const after = await tx.findOneOrFail(ApiTokenEntity, { id }, () => identityErrors.notFound('ApiToken', id));
      await this.audit.record(tx, { action: 'apiToken.revoke', entityType: 'api_token', entityId: id, before, after });
      return after;
    });
  }

  /**
   * The workspace context a live token acts in, when it carries the scope; null otherwise. A token
   * ends with its workspace id (`ocx_t_<secret>.<workspace id>`), so the lookup runs inside that
   * workspace under row-level security, like any other tenant query. Only a successful, in-scope use
   * sets `last_used_at`, to the minute: a use within a minute of the recorded one leaves the row
   * alone, so a machine pushing batches in parallel does not queue its requests on the token's row.
   * The first use from each IP is a security event.
   */
  async authenticate(secret: string, scope: ApiTokenScope, client: ClientInfo): Promise<WorkspaceContext | null> {
    const workspaceId = TOKEN.exec(secret)?.[1];
    if (!workspaceId) return null;
    const lookup: WorkspaceContext = { workspaceId, role: 'viewer', actor: { userId: null, tokenId: null } };
    const rows = await this.db.write(lookup, (tx) =>
      tx.query<{ id: string }>(
        `WITH token AS (
           SELECT id, last_used_at FROM api_token
            WHERE workspace_id = $1 AND token_hash = $2 AND revoked_at IS NULL AND $3 = ANY (scopes)),
         touched AS (
           UPDATE api_token t SET last_used_at = now() FROM token
            WHERE t.workspace_id = $1 AND t.id = token.id AND t.revoked_at IS NULL
              AND (token.last_used_at IS NULL OR token.last_used_at < now() - interval '1 minute'))
         SELECT id FROM token`,
        [hashSecret(secret), scope],
      ),
    );
    const token = rows[0];
    if (!token) return null;
    await this.securityEvents.tokenUsedFrom({ workspaceId, tokenId: token.id }, client);
    return { workspaceId, role: 'viewer', actor: { userId: null, tokenId: token.id } };
  }
}
