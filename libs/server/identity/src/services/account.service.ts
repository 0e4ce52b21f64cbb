import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DEFAULT_LOCALE, isRole, type Role } from '@opencx/domain';
import { OpenCxError, type AuthUser } from '@opencx/server-core';
import { TenantDb, type GlobalTx } from '@opencx/server-database';
import { SessionEntity, UserEntity } from '../entities';
import type { LoginInput, SignUpInput } from '../inputs';
import type { ClientInfo } from '../auth/client-info';
import { IDENTITY_OPTIONS, type IdentityOptions } from '../identity-options';
import { dummyPasswordHash, hashPassword, hashSecret, newSecret, verifyPassword } from './secrets';
import { RateLimitService, type Limit } from './rate-limit.service';
import { SecurityEventService } from './security-event.service';
import { MailService } from './mail.service';

export const SESSION_TTL_MS = 30 * 24 * 3600 * 1000;

export type { ClientInfo } from '../auth/client-info';

export interface SignedIn {
  user: AuthUser;
  token: string;
  sessionId: string | null;
}

const toAuthUser = (u: UserEntity): AuthUser => ({ id: u.id, email: u.email, displayName: u.displayName, locale: u.locale });

const LOGIN_WINDOW = 900;
/**
 * Only failed logins count. One address guessing at one account is stopped after 10 failures;
 * a guesser spread over many addresses after 100 for the account (so one guesser cannot lock the
 * real user out), and one address after 50 failures across accounts.
 */
export function loginLimits(email: string, ip: string): Limit[] {
  return [
    { key: `login:fail:account-ip:${email}|${ip}`, limit: 10, windowSeconds: LOGIN_WINDOW },
    { key: `login:fail:account:${email}`, limit: 100, windowSeconds: LOGIN_WINDOW },
    { key: `login:fail:ip:${ip}`, limit: 50, windowSeconds: LOGIN_WINDOW },
  ];
}

/**
 * Sign-up, login, logout and session lookup. No answer tells whether an email has an account:
 * login failures read the same, and sign-up with a taken email answers like a successful one
 * (with a session token that opens nothing) while the address's owner is told.
 */
@Injectable()
export class AccountService {
  constructor(
    private readonly db: TenantDb,
    private readonly rateLimit: RateLimitService,
    private readonly securityEvents: SecurityEventService,
    private readonly mail: MailService,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  async signUp(input: SignUpInput, client: ClientInfo): Promise<SignedIn> {
    const email = input.email.trim();
    await this.rateLimit.hit(`signup:ip:${client.ip}`, this.options.signupsPerAddressPerHour ?? 20, 3600);
    await this.rateLimit.hit(`signup:account:${email.toLowerCase()}`, 5, 3600);
    // Hash first, whether or not the email is taken, so both answers take as long.
    const passwordHash = await hashPassword(input.password);
    const displayName = input.displayName.trim();
    const locale = input.locale ?? DEFAULT_LOCALE;
    const created = await this.db.global(async (tx): Promise<{ signedIn: SignedIn } | { existing: { email: string } | null }> => {
      const [existing] = await tx.query<{ id: string; email: string }>(`SELECT id, email FROM app_user WHERE lower(email) = lower($1)`, [email]);
      if (existing) {
        await this.securityEvents.record({ kind: 'sign_up_existing_email', userId: existing.id, client }, tx);
        return { existing };
      }
      // ON CONFLICT: a concurrent sign-up with the same email gets the taken-email answer too, not an error.
      const id = randomUUID();
      const inserted = await tx.query<{ id: string }>(
        `INSERT INTO app_user (id, email, display_name, password_hash, locale) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (lower(email)) DO NOTHING RETURNING id`,
        [id, email, displayName, passwordHash, locale],
      );
      if (inserted.length === 0) return { existing: null as { email: string } | null };
      const user = { id, email, displayName, passwordHash, locale } as UserEntity;
      await this.securityEvents.record({ kind: 'sign_up', userId: id, client }, tx);
      return { signedIn: await this.openSession(tx, user, client) };
    });
    if ('signedIn' in created) return created.signedIn;
    // Not awaited: waiting for the mail server would make a taken email answer measurably slower.
    if (created.existing) void this.tellOwnerOfSignUpAttempt(created.existing.email);
    // The same shape as a real sign-up; the token is never stored, so it opens nothing.
    return { user: { id: randomUUID(), email, displayName, locale }, token: newSecret('ocx_s_'), sessionId: null };
  }

  async login(input: LoginInput, client: ClientInfo): Promise<SignedIn> {
    const email = input.email.trim().toLowerCase();
    const limits = loginLimits(email, client.ip);
    try {
      await this.rateLimit.check(limits);
    } catch (error) {
      await this.securityEvents.record({ kind: 'login_rate_limited', userId: await this.userIdOf(email), client, detail: { email } });
      throw error;
    }
    const entity = await this.db.global(
      async (tx) => {
        const [row] = await tx.query<{ id: string }>(`SELECT id FROM app_user WHERE lower(email) = $1`, [email]);
        return row ? tx.findOne(UserEntity, { id: row.id }) : null;
      },
      { transaction: false },
    );
    const ok = await verifyPassword(entity?.passwordHash ?? (await dummyPasswordHash()), input.password);
    if (!entity || !ok) {
      await this.rateLimit.fail(limits);
      await this.securityEvents.record({ kind: 'login_failed', userId: entity?.id ?? null, client, detail: { email } });
      throw OpenCxError.unauthenticated('Invalid email or password');
    }
    // A success clears this address's failures for the account (a few typos are forgiven).
    await this.rateLimit.reset(limits[0].key);
    return this.db.global(async (tx) => {
      const signedIn = await this.openSession(tx, entity, client);
      await this.securityEvents.record({ kind: 'login_succeeded', userId: entity.id, client, detail: { sessionId: signedIn.sessionId } }, tx);
      return signedIn;
    });
  }

  async logout(user: AuthUser, sessionId: string, client: ClientInfo): Promise<void> {
    await this.db.global(async (tx) => {
      await tx.update(SessionEntity, { id: sessionId }, { revokedAt: new Date() });
      await this.securityEvents.record({ kind: 'logout', userId: user.id, client, detail: { sessionId } }, tx);
    });
  }

  /** Ends every other live session of the user (e.g. after a lost laptop). Returns how many. */
  async revokeOtherSessions(user: AuthUser, currentSessionId: string, client: ClientInfo): Promise<number> {
    return this.db.global(async (tx) => {
      const rows = await tx.query<{ id: string }>(
        `UPDATE user_session SET revoked_at = now() WHERE user_id = $1 AND id <> $2 AND revoked_at IS NULL AND expires_at > now() RETURNING id`,
        [user.id, currentSessionId],
      );
      if (rows.length > 0) {
        await this.securityEvents.record({ kind: 'session_revoked', userId: user.id, client, detail: { sessionIds: rows.map((r) => r.id) } }, tx);
      }
      return rows.length;
    });
  }

  /**
   * The live session for a bearer secret (null when unknown, revoked or expired) and, in the same
   * statement, the user's role in the given workspace (null when not a member).
   */
  async resolveSession(secret: string, workspaceId: string | null = null): Promise<{ user: AuthUser; sessionId: string; role: Role | null } | null> {
    // session_principal (a function, see the row-level security migration) reads the membership as that user.
    const rows = await this.db.global(
      (tx) =>
        tx.query<{ session_id: string; user_id: string; email: string; display_name: string; locale: string; role: string | null }>(
          `SELECT * FROM session_principal($1, $2::uuid)`,
          [hashSecret(secret), workspaceId],
        ),
      { transaction: false },
    );
    const row = rows[0];
    if (!row) return null;
    return {
      sessionId: row.session_id,
      user: { id: row.user_id, email: row.email, displayName: row.display_name, locale: row.locale },
      role: isRole(row.role) ? row.role : null,
    };
  }

  private async userIdOf(email: string): Promise<string | null> {
    const rows = await this.db.global((tx) => tx.query<{ id: string }>(`SELECT id FROM app_user WHERE lower(email) = $1`, [email]), { transaction: false });
    return rows[0]?.id ?? null;
  }

  private async openSession(tx: GlobalTx, user: UserEntity, client: ClientInfo): Promise<SignedIn> {
    const token = newSecret('ocx_s_');
    const session = await tx.insert(SessionEntity, {
      userId: user.id,
      tokenHash: hashSecret(token),
      expiresAt: new Date(Date.now() + SESSION_TTL_MS),
      revokedAt: null,
      ip: client.ip,
      userAgent: client.userAgent?.slice(0, 300) ?? null,
    });
    return { user: toAuthUser(user), token, sessionId: session.id };
  }

  private async tellOwnerOfSignUpAttempt(email: string): Promise<void> {
    const login = `${this.options.publicUrl}/login`;
    await this.mail.send({
      to: email,
      subject: 'OpenCX: someone tried to sign up with your email · 有人尝试用您的邮箱注册',
      text:
        `Someone tried to create an OpenCX account with this email address, which already has one. ` +
        `Nothing was changed. If it was you, sign in instead: ${login}\n\n` +
        `有人尝试用此邮箱注册 OpenCX，而该邮箱已有账号。账号未作任何更改。如果是您本人，请直接登录：${login}\n`,
    });
  }
}
