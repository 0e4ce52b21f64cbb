import { Injectable } from '@nestjs/common';
import { mapViewSettingsIssues } from '@opencx/domain';
import { OpenCxError } from '@opencx/server-core';
import { TenantDb, type WorkspaceContext } from '@opencx/server-database';
import { AuditService } from '@opencx/server-audit';
import { IdentityDirectory } from '@opencx/server-identity';
import { JourneyEntity, JourneyViewEntity } from '../entities';
import type { SaveJourneyViewInput } from '../inputs';
import type { JourneyViewModel } from '../models';
import { journeyErrors } from '../journey.errors';

/**
 * Named views of a journey map: a user saves the current zoom, density, lanes and filter under a
 * name (saving an existing name replaces it), optionally shared with the workspace. A user sees
 * their own views and the shared ones; only the owner replaces or deletes a view.
 */
@Injectable()
export class JourneyViewsService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly identity: IdentityDirectory,
  ) {}

  list(ctx: WorkspaceContext, journeyId: string): Promise<JourneyViewModel[]> {
    return this.db.read(ctx, async (tx) => {
      await tx.findOneOrFail(JourneyEntity, { id: journeyId }, () => journeyErrors.notFound('Journey', journeyId, 'journeyId'));
      const me = tx.ctx.actor.userId;
      const rows = await tx.query<JourneyViewEntity>(
        `SELECT id, journey_id AS "journeyId", user_id AS "userId", name, settings, shared, created_at AS "createdAt"
           FROM journey_view WHERE workspace_id = $1 AND journey_id = $2 AND (user_id = $3 OR shared)
          ORDER BY (user_id = $3) DESC, name, id LIMIT 200`,
        [journeyId, me],
      );
      const names = await this.identity.displayNames([...new Set(rows.map((r) => r.userId))]);
      return rows.map((r) => ({ id: r.id, journeyId: r.journeyId, name: r.name, settings: r.settings, shared: r.shared, mine: r.userId === me, ownerName: names.get(r.userId) ?? null, createdAt: r.createdAt }));
    });
  }

  save(ctx: WorkspaceContext, input: SaveJourneyViewInput): Promise<JourneyViewModel> {
    const issues = mapViewSettingsIssues(input.settings);
    if (JSON.stringify(input.settings ?? null).length > 4000) issues.push({ field: 'settings', message: 'must be at most 4000 characters as JSON' });
    if (issues.length) throw OpenCxError.invalidFields(issues);
    const name = input.name.trim();
    if (!name) throw OpenCxError.badInput('name', `must be 1 to 80 characters`);
    return this.db.write(ctx, async (tx) => {
      await tx.findOneOrFail(JourneyEntity, { id: input.journeyId }, () => journeyErrors.notFound('Journey', input.journeyId, 'journeyId'));
      const me = tx.ctx.actor.userId;
      // A view belongs to a person (an API token has no map to look at).
      if (!me) throw new OpenCxError('FORBIDDEN', 'Named views belong to a signed-in user');
      const [row] = await tx.query<{ id: string; created_at: Date; replaced: boolean }>(
        `INSERT INTO journey_view (workspace_id, id, journey_id, user_id, name, settings, shared)
         VALUES ($1, gen_random_uuid(), $2, $3, $4, $5::jsonb, $6)
         ON CONFLICT (workspace_id, journey_id, user_id, name) DO UPDATE SET settings = EXCLUDED.settings, shared = EXCLUDED.shared
         RETURNING id, created_at, (xmax <> 0) AS replaced`,
        [input.journeyId, me, name, JSON.stringify(input.settings), input.shared ?? false],
      );
      if (!row) throw new Error('journey_view upsert returned no row');
      await this.audit.record(tx, { action: row.replaced ? 'journeyView.replace' : 'journeyView.save', entityType: 'journeyView', entityId: row.id, after: { journeyId: input.journeyId, name, shared: input.shared ?? false } });
      const [owner] = (await this.identity.displayNames([me])).values();
      return { id: row.id, journeyId: input.journeyId, name, settings: input.settings, shared: input.shared ?? false, mine: true, ownerName: owner ?? null, createdAt: row.created_at };
    });
  }

  delete(ctx: WorkspaceContext, id: string): Promise<boolean> {
    return this.db.write(ctx, async (tx) => {
      const view = await tx.findOne(JourneyViewEntity, { id });
      // Someone else's view is not there for you (a shared one can be opened, not deleted).
      if (!view || view.userId !== tx.ctx.actor.userId) throw journeyErrors.notFound('JourneyView', id, 'id');
      await tx.delete(JourneyViewEntity, { id });
      await this.audit.record(tx, { action: 'journeyView.delete', entityType: 'journeyView', entityId: id, before: { journeyId: view.journeyId, name: view.name } });
      return true;
    });
  }
}
