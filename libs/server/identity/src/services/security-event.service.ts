import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { OpenCxError, type AuthUser } from '@opencx/server-core';
import { TenantDb, type GlobalTx, type WorkspaceContext } from '@opencx/server-database';
import type { SecurityEventKind } from '../entities';
import type { ClientInfo } from '../auth/client-info';
import { IDENTITY_OPTIONS, type IdentityOptions } from '../identity-options';

export interface SecurityEventRecord {
  kind: SecurityEventKind;
  userId: string | null;
  client: ClientInfo | null;
  /** Events about one workspace (role changes, invitations, tokens) name it as `workspaceId`. */
  detail?: Record<string, unknown>;
}

export interface SecurityEventRow {
  id: string;
  kind: SecurityEventKind;
  at: Date;
  userId: string | null;
  userEmail: string | null;
  ip: string | null;
  userAgent: string | null;
  detail: Record<string, unknown>;
}

export interface SecurityEventPage {
  events: SecurityEventRow[];
  endCursor: string | null;
  hasNextPage: boolean;
}

type Row = { id: string; kind: SecurityEventKind; at: Date; user_id: string | null; email: string | null; ip: string | null; user_agent: string | null; detail: Record<string, unknown> };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const COLUMNS = `e.id, e.kind, e.at, e.user_id, u.email, e.ip, e.user_agent, e.detail`;

function page(rows: Row[], first: number): SecurityEventPage {
  const events = rows.slice(0, first).map((r) => ({
    id: r.id,
    kind: r.kind,
    at: r.at,
    userId: r.user_id,
    userEmail: r.email,
    ip: r.ip,
    userAgent: r.user_agent,
    detail: r.detail,
  }));
  return { events, endCursor: events.at(-1)?.id ?? null, hasNextPage: rows.length > first };
}

/** The cursor is the last event's id; keyset paging on (at, id), newest first. */
function cursor(after: string | null | undefined): string | null {
  if (after === null || after === undefined || after === '') return null;
  if (!UUID.test(after)) throw OpenCxError.badInput('after', 'must be the endCursor of a previous page');
  return after;
}

/**
 * The security log: who signed up, signed in (or failed to), signed out, accepted an invitation,
 * had their role changed, or used an API token from a new address; when, from which IP and user
 * agent. A global table, so an account's history is one list; workspace admins see the events
 * of their workspace's members, instance operators (OPENCX_ADMIN_EMAILS) see all.
 */
@Injectable()
export class SecurityEventService {
  constructor(
    private readonly db: TenantDb,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  /** In the caller's global transaction, or on its own when none is given. */
  async record(event: SecurityEventRecord, tx?: GlobalTx): Promise<void> {
    const write = (t: GlobalTx) =>
      t.query(`INSERT INTO security_event (id, user_id, kind, ip, user_agent, detail) VALUES ($1, $2, $3, $4, $5, $6)`, [
        randomUUID(),
        event.userId,
        event.kind,
        event.client?.ip ?? null,
        event.client?.userAgent ?? null,
        JSON.stringify(event.detail ?? {}),
      ]);
    if (tx) await write(tx);
    else await this.db.global(write, { transaction: false });
  }

  /**
   * True the first time a token is seen from this IP (and records it), so an integrator's
   * usual address is logged once and a new one stands out.
   */
  async tokenUsedFrom(token: { workspaceId: string; tokenId: string }, client: ClientInfo): Promise<void> {
    await this.db.global(
      (tx) =>
        tx.query(
          `INSERT INTO security_event (id, user_id, kind, ip, user_agent, detail)
           SELECT $1, NULL, 'api_token_new_ip', $2, $3, jsonb_build_object('workspaceId', $4::text, 'tokenId', $5::text)
            WHERE NOT EXISTS (SELECT 1 FROM security_event WHERE kind = 'api_token_new_ip' AND detail ->> 'tokenId' = $5::text AND ip = $2)`,
          [randomUUID(), client.ip, client.userAgent, token.workspaceId, token.tokenId],
        ),
      { transaction: false },
    );
  }

  /** Events of the workspace's current members, and events about the workspace itself. */
  listForWorkspace(ctx: WorkspaceContext, first: number, after?: string | null): Promise<SecurityEventPage> {
    const from = cursor(after);
    return this.db.read(ctx, async (tx) =>
      page(
        await tx.query<Row>(
          `SELECT ${COLUMNS}
             FROM security_event e LEFT JOIN app_user u ON u.id = e.user_id
            WHERE (CASE WHEN e.detail ? 'workspaceId' THEN e.detail ->> 'workspaceId' = $1::text
                        ELSE e.user_id IN (SELECT m.user_id FROM membership m WHERE m.workspace_id = $1::uuid) END)
              AND ($2::uuid IS NULL OR (e.at, e.id) < (SELECT c.at, c.id FROM security_event c WHERE c.id = $2::uuid))
            ORDER BY e.at DESC, e.id DESC
            LIMIT $3`,
          [from, first + 1],
        ),
        first,
      ),
    );
  }

  /** Every event (instance operators only), optionally for one account. */
  async listForInstance(user: AuthUser, first: number, after?: string | null, userId?: string | null): Promise<SecurityEventPage> {
    if (!this.isOperator(user)) throw OpenCxError.forbidden('Only instance operators (OPENCX_ADMIN_EMAILS) can read the whole security log');
    if (userId && !UUID.test(userId)) throw OpenCxError.badInput('userId', 'must be a UUID');
    const from = cursor(after);
    const rows = await this.db.global(
      (tx) =>
        tx.query<Row>(
          `SELECT ${COLUMNS}
             FROM security_event e LEFT JOIN app_user u ON u.id = e.user_id
            WHERE ($1::uuid IS NULL OR e.user_id = $1::uuid)
              AND ($2::uuid IS NULL OR (e.at, e.id) < (SELECT c.at, c.id FROM security_event c WHERE c.id = $2::uuid))
            ORDER BY e.at DESC, e.id DESC
            LIMIT $3`,
          [userId ?? null, from, first + 1],
        ),
      { transaction: false },
    );
    return page(rows, first);
  }

  isOperator(user: AuthUser): boolean {
    return this.options.adminEmails.includes(user.email.toLowerCase());
  }
}
