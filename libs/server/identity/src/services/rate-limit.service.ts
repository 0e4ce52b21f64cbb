import { Injectable } from '@nestjs/common';
import { TenantDb } from '@opencx/server-database';
import { OpenCxError } from '@opencx/server-core';

/** The refusal every limit gives: how long to wait, in words and in `extensions.retryAfterSeconds` (→ HTTP Retry-After). */
export function rateLimited(retryAfterSeconds: number): OpenCxError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  const wait = seconds >= 120 ? `${Math.ceil(seconds / 60)} minutes` : seconds === 1 ? '1 second' : `${seconds} seconds`;
  return new OpenCxError('RATE_LIMITED', `Too many attempts; try again in ${wait}`, { retryAfterSeconds: seconds });
}

export interface Limit {
  key: string;
  limit: number;
  windowSeconds: number;
}

/**
 * Fixed-window counters in PostgreSQL (shared by every API replica).
 * `hit` counts an attempt and refuses it once the window's limit is passed (sign-up, workspaces).
 * `check` + `fail` count only failures (logins): a check refuses while a counter is full, and only
 * a failed attempt adds to it, so successful sign-ins never lock anyone out.
 */
@Injectable()
export class RateLimitService {
  constructor(private readonly db: TenantDb) {}

  async hit(key: string, limit: number, windowSeconds: number): Promise<void> {
    const row = await this.increment(key, windowSeconds);
    if (row.hits > limit) throw rateLimited(row.retry_after);
  }

  /** Refuses when any of the limits is already reached in its current window. */
  async check(limits: Limit[]): Promise<void> {
    const rows = await this.db.global(
      (tx) =>
        tx.query<{ key: string; hits: number; retry_after: number }>(
          `SELECT key, hits, extract(epoch FROM window_start + make_interval(secs => w.secs) - now())::float8 AS retry_after
             FROM rate_limit_bucket b JOIN unnest($1::text[], $2::int[]) AS w(k, secs) ON w.k = b.key
            WHERE b.window_start >= now() - make_interval(secs => w.secs)`,
          [limits.map((l) => l.key), limits.map((l) => l.windowSeconds)],
        ),
      { transaction: false },
    );
    let wait = 0;
    for (const row of rows) {
      const limit = limits.find((l) => l.key === row.key);
      if (limit && row.hits >= limit.limit) wait = Math.max(wait, row.retry_after);
    }
    if (wait > 0) throw rateLimited(wait);
  }

  /** Counts one failure against each limit. */
  async fail(limits: Limit[]): Promise<void> {
    for (const limit of limits) await this.increment(limit.key, limit.windowSeconds);
  }

  async reset(key: string): Promise<void> {
    await this.db.global((tx) => tx.query(`DELETE FROM rate_limit_bucket WHERE key = $1`, [key]), { transaction: false });
  }

  private async increment(key: string, windowSeconds: number): Promise<{ hits: number; retry_after: number }> {
    const [row] = await this.db.global(
      (tx) =>
        tx.query<{ hits: number; retry_after: number }>(
          `INSERT INTO rate_limit_bucket AS b (key, window_start, hits) VALUES ($1, now(), 1)
           ON CONFLICT (key) DO UPDATE SET
             hits = CASE WHEN b.window_start < now() - make_interval(secs => $2) THEN 1 ELSE b.hits + 1 END,
             window_start = CASE WHEN b.window_start < now() - make_interval(secs => $2) THEN now() ELSE b.window_start END
           RETURNING hits, extract(epoch FROM window_start + make_interval(secs => $2) - now())::float8 AS retry_after`,
          [key, windowSeconds],
        ),
      { transaction: false },
    );
    return row;
  }
}
