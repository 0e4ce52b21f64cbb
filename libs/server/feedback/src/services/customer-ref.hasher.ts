import { Injectable } from '@nestjs/common';
import { createHmac, randomBytes } from 'node:crypto';
import type { TenantTx } from '@opencx/server-database';

/**
 * Customer references (phone numbers, member ids) are personal data: we keep only an HMAC-SHA256
 * with a random per-workspace salt, enough to link one customer's answers across touchpoints
 * (key drivers) and useless for looking anyone up elsewhere or in another workspace.
 */
@Injectable()
export class CustomerRefHasher {
  /** Salts never change once committed, so a committed one is cached for the life of the process. */
  private readonly committed = new Map<string, Buffer>();

  async hasher(tx: TenantTx): Promise<(ref: string) => string> {
    return hashWith(await this.salt(tx));
  }

  /** The hasher of a workspace whose salt this process has already seen committed; null before that. */
  committedHasher(workspaceId: string): ((ref: string) => string) | null {
    const salt = this.committed.get(workspaceId);
    return salt ? hashWith(salt) : null;
  }

  private async salt(tx: TenantTx): Promise<Buffer> {
    const cached = this.committed.get(tx.workspaceId);
    if (cached) return cached;
    const existing = await tx.query<{ salt: Buffer }>(`SELECT salt FROM feedback_salt WHERE workspace_id = $1`);
    if (existing[0]) {
      this.committed.set(tx.workspaceId, existing[0].salt);
      return existing[0].salt;
    }
    // A concurrent first batch may insert first: then ours does nothing and we read theirs (it has committed by then).
    const inserted = await tx.query<{ salt: Buffer }>(`INSERT INTO feedback_salt (workspace_id, salt) VALUES ($1, $2) ON CONFLICT (workspace_id) DO NOTHING RETURNING salt`, [randomBytes(32)]);
    if (inserted[0]) return inserted[0].salt;
    const theirs = await tx.query<{ salt: Buffer }>(`SELECT salt FROM feedback_salt WHERE workspace_id = $1`);
    return theirs[0].salt;
  }
}

const hashWith = (salt: Buffer) => (ref: string) => createHmac('sha256', salt).update(ref.normalize('NFKC')).digest('hex');
