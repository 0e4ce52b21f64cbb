import { Injectable } from '@nestjs/common';
import { DEFAULT_LOCALE, isRole, type Role } from '@opencx/domain';
import { OpenCxError, type AuthUser } from '@opencx/server-core';
import { TenantDb, type GlobalTx } from '@opencx/server-database';
import { SessionEntity, UserEntity } from '../entities';
import type { LoginInput, SignUpInput } from '../inputs/account.inputs';
import { dummyPasswordHash, hashPassword, hashSecret, newSecret, verifyPassword } from './secrets';
import { RateLimitService } from './rate-limit.service';

export const SESSION_TTL_MS = 30 * 24 * 3600 * 1000;

export interface ClientInfo {
  ip: string;
  userAgent: string | null;
}

export interface SignedIn {
  user: AuthUser;
  token: string;
  sessionId: string;
}

const toAuthUser = (u: UserEntity): AuthUser => ({ id: u.id, email: u.email, displayName: u.displayName, locale: u.locale });

/** Sign-up, login, logout and session lookup. Errors never tell whether an email has an account. */
@Injectable()
export class AccountService {
  constructor(
    private readonly db: TenantDb,
    private readonly rateLimit: RateLimitService,
  ) {}

  async signUp(input: SignUpInput, client: ClientInfo): Promise<SignedIn> {
    const email = input.email.trim();
    await this.rateLimit.hit(`signup:ip:${client.ip}`, 20, 3600);
    await this.rateLimit.hit(`signup:account:${email.toLowerCase()}`, 5, 3600);
    const passwordHash = await hashPassword(input.password);
    return this.db.global(async (tx) => {
      const existing = await tx.query(`SELECT 1 FROM app_user WHERE lower(email) = lower($1)`, [email]);
      if (existing.length > 0) {
        throw OpenCxError.conflict('Cannot sign up with these details; if you already have an account, log in');
      }
      const user = await tx.insert(UserEntity, {
        email,
        displayName: input.displayName.trim(),
        passwordHash,
        locale: input.locale ?? DEFAULT_LOCALE,
      });
      return this.openSession(tx, user, client);
    });
  }

  async login(input: LoginInput, client: ClientInfo): Promise<SignedIn> {
    const email = input.email.trim().toLowerCase();
    await this.rateLimit.hit(`login:ip:${client.ip}`, 50, 900);
    await this.rateLimit.hit(`login:account:${email}`, 10, 900);
    const [user] = await this.db.global((tx) => tx.query<{ id: string }>(`SELECT id FROM app_user WHERE lower(email) = $1`, [email]), {
      transaction: false,
    });
    const entity = user ? await this.db.global((tx) => tx.findOne(UserEntity, { id: user.id }), { transaction: false }) : null;
    const ok = await verifyPassword(entity?.passwordHash ?? (await dummyPasswordHash()), input.password);
    if (!entity || !ok) throw OpenCxError.unauthenticated('Invalid email or password');
    return this.db.global((tx) => this.openSession(tx, entity, client));
  }

  async logout(sessionId: string): Promise<void> {
    await this.db.global((tx) => tx.update(SessionEntity, { id: sessionId }, { revokedAt: new Date() }));
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
}
