import { Injectable } from '@nestjs/common';
import { TenantDb } from '@opencx/server-database';
import { OpenCxError } from '@opencx/server-core';

/**
 * Fixed-window counters in PostgreSQL (shared by every API replica). `hit` counts an attempt and
 * refuses it once the window's limit is passed.
 */
@Injectable()
export class RateLimitService {
  constructor(private readonly db: TenantDb) {}

  async hit(key: string, limit: number, windowSeconds: number): Promise<void> {
    const [row] = await this.db.global(
      (tx) =>
        tx.query<{ hits: number }>(
          `INSERT INTO rate_limit_bucket AS b (key, window_start, hits) VALUES ($1, now(), 1)
           ON CONFLICT (key) DO UPDATE SET
             hits = CASE WHEN b.window_start < now() - make_interval(secs => $2) THEN 1 ELSE b.hits + 1 END,
             window_start = CASE WHEN b.window_start < now() - make_interval(secs => $2) THEN now() ELSE b.window_start END
           RETURNING hits`,
          [key, windowSeconds],
        ),
      { transaction: false },
    );
    if (row.hits > limit) {
      throw new OpenCxError('RATE_LIMITED', 'Too many attempts; try again later', { retryAfterSeconds: windowSeconds });
    }
  }
}
