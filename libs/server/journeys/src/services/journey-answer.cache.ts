import { Plugin } from '@nestjs/apollo';
import type { GraphQLRequestContext, GraphQLResponse } from '@apollo/server';
import type { FieldNode } from 'graphql';
import { AnswerCachePlugin, argumentOf, isUuid, type AnswerCacheContext, type AnswerRequest, type OpenCxRequest } from '@opencx/server-core';
import type { WorkspaceContext } from '@opencx/server-database';
import { AccessGuard } from '@opencx/server-identity';
import { JourneyResolver } from '../resolvers/journey.resolver';
import type { JourneyMap } from './journey-map.loader';
import { JourneyService } from './journey.service';
import { forgetPrefetchedJourney, prefetchJourney } from './journey-prefetch';

/**
 * Whole `journey(id)` answers, so an unchanged map is neither rebuilt nor executed again.
 *
 * The skeleton (AnswerCachePlugin, libs/server/core): only an operation whose one root field is
 * `journey(id: …)` (no filter, no directive at the root) is considered. For it, before execution:
 * the access guard checks the caller with the resolver's own rule. When an answer is kept for the
 * request's key, its answer version alone is read as the caller under row-level security in one
 * round trip (`JourneyService.answerVersion`, `TenantDb.readRows`) and, when it matches, served.
 * Otherwise (nothing kept, or the map changed: one statement more for this one read) the map is read
 * as the caller, in a snapshot transaction under row-level security (one statement when the
 * assembled tree is current, see JourneyMapLoader), which also gives its answer version — a digest of everything the answer is made of, read in the same snapshot. The
 * answer is looked up by (workspace, role, journey, the document's hash, operation name, variables)
 * in an `AnswerCache` (libs/server/core: byte-bounded, `OPENCX_MAP_ANSWER_CACHE_BYTES`) and used
 * only when its version is that version. Otherwise the operation runs as usual (its guard again,
 * with the session answer kept from the check above; its resolver on the map just read) and its
 * answer is kept under the version read in the same snapshot as the map it was made of. Nothing in
 * the answer depends on the user or locale (both languages are fields; no field differs by role:
 * role is in the key all the same).
 *
 * Correct only while every field under `Journey` is plain data of the loaded map: the cache turns
 * itself off (and says so) if a type reachable from `Journey` gets a field resolver or middleware.
 */
@Plugin()
export class JourneyAnswerCache extends AnswerCachePlugin<{ journeyId: string; key: readonly string[] }> {
  constructor(
    guard: AccessGuard,
    private readonly journeys: JourneyService,
  ) {
    // OPENCX_MAP_ANSWER_CACHE_BYTES: the budget; 0 turns the cache off.
    super({ name: 'JourneyAnswerCache', budgetVariable: 'OPENCX_MAP_ANSWER_CACHE_BYTES', reads: { journey: JourneyResolver.prototype.journey }, resolver: JourneyResolver }, guard);
  }

  /** The journey id of a `journey(id: …)` field without a filter; otherwise null. */
  protected targetOf(_read: string, requestContext: GraphQLRequestContext<AnswerCacheContext>, field: FieldNode): { journeyId: string; key: readonly string[] } | null {
    if (field.arguments?.length !== 1) return null;
    const id = argumentOf(requestContext, field, 'id');
    return isUuid(id) ? { journeyId: id, key: ['journey', id] } : null;
  }

  /** The whole map's answer version alone, in one round trip (JourneyService.answerVersion); '' when the journey is not there (never a kept version). */
  protected async versionOf(workspace: WorkspaceContext, { journeyId }: { journeyId: string }): Promise<string> {
    return (await this.journeys.answerVersion(workspace, journeyId)) ?? '';
  }

  protected override async lookup({ req, workspace, target: { journeyId }, key }: AnswerRequest<{ journeyId: string }>): Promise<GraphQLResponse | null> {
    // An answer is kept: its version alone, in one round trip, is all an unchanged map costs.
    if (this.cache.holds(key)) {
      const version = await this.versionOf(workspace, { journeyId }).catch(() => '');
      const served = version ? this.cache.lookup(key, version) : null;
      if (served) return served;
    }
    let read: { map: JourneyMap; answerVersion: string | null };
    try {
      read = await this.journeys.getVersioned(workspace, journeyId);
    } catch (error) {
      // Not found, a database error …: the resolver answers with this very error (the map is not read twice).
      prefetchJourney(req, workspace.workspaceId, journeyId, { error });
      return null;
    }
    if (!read.answerVersion) {
      prefetchJourney(req, workspace.workspaceId, journeyId, { map: read.map });
      return null;
    }
    const served = this.cache.serve(req, key, read.answerVersion);
    if (!served) prefetchJourney(req, workspace.workspaceId, journeyId, { map: read.map });
    return served;
  }

  protected override finished(req: OpenCxRequest): void {
    forgetPrefetchedJourney(req);
  }
}
