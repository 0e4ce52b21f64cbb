import { Plugin } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import type { ApolloServerPlugin, GraphQLRequestContext, GraphQLRequestListener, GraphQLResponse } from '@apollo/server';
import { AnswerCache, answerKey, argumentOf, isUuid, soleRootField, type OpenCxRequest } from '@opencx/server-core';
import { AccessGuard } from '@opencx/server-identity';
import { JourneyResolver } from '../resolvers/journey.resolver';
import type { JourneyMap } from './journey-map.loader';
import { JourneyService } from './journey.service';
import { forgetPrefetchedJourney, prefetchJourney } from './journey-prefetch';

type Context = { req?: OpenCxRequest };

/**
 * Whole `journey(id)` answers, so an unchanged map is neither rebuilt nor executed again.
 *
 * Only an operation whose one root field is `journey(id: …)` (no filter, no directive at the root)
 * is considered. For it, before execution: the access guard checks the caller with the resolver's
 * own rule. When an answer is kept for the request's key, its answer version alone is read as the
 * caller under row-level security in one round trip (`JourneyService.answerVersion`,
 * `TenantDb.readRows`) and, when it matches, served. Otherwise (nothing kept, or the map changed:
 * one statement more than before for this one read) the map is read as the caller, in a snapshot
 * transaction under row-level security
 * (one statement when the assembled tree is current, see JourneyMapLoader), which also gives its
 * answer version — a digest of everything the answer is made of, read in the same snapshot. The
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
export class JourneyAnswerCache implements ApolloServerPlugin<Context> {
  private readonly logger = new Logger('JourneyAnswerCache');
  /** OPENCX_MAP_ANSWER_CACHE_BYTES: the budget; 0 turns the cache off. */
  private readonly cache = new AnswerCache('OPENCX_MAP_ANSWER_CACHE_BYTES');

  constructor(
    private readonly guard: AccessGuard,
    private readonly journeys: JourneyService,
  ) {}

  /** Answers served from memory and answers kept, since start (tests and benchmarks read them). */
  get counts(): { served: number; kept: number } {
    return this.cache.counts;
  }

  async requestDidStart(): Promise<GraphQLRequestListener<Context>> {
    return {
      responseForOperation: (requestContext) => this.answer(requestContext),
      willSendResponse: async ({ response, contextValue }) => {
        if (contextValue.req) forgetPrefetchedJourney(contextValue.req);
        this.cache.settle(contextValue.req, response);
      },
    };
  }

  private async answer(requestContext: GraphQLRequestContext<Context>): Promise<GraphQLResponse | null> {
    const req = requestContext.contextValue.req;
    if (!req || !this.cache.enabled || !requestContext.operation || !requestContext.schema) return null;
    if (!this.cache.plainBelow(requestContext.schema, ['journey'], (message) => this.logger.warn(message))) return null;
    const journeyId = journeyReadOf(requestContext);
    if (!journeyId) return null;
    const rule = this.guard.ruleOf(JourneyResolver.prototype.journey, JourneyResolver);
    if (!rule) return null;
    try {
      await this.guard.authorize(req, rule, { remember: true });
    } catch {
      return null; // the operation runs as usual and its guard answers with the error
    }
    const workspace = req.opencx?.workspace;
    if (!workspace) return null;
    const key = answerKey(workspace, ['journey', journeyId], requestContext);
    // An answer is kept: its version alone, in one round trip, is all an unchanged map costs.
    if (this.cache.holds(key)) {
      const version = await this.journeys.answerVersion(workspace, journeyId).catch(() => null);
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
}

/** The journey id of an operation that is exactly one root `journey(id: …)` field without a filter or directives; otherwise null. */
function journeyReadOf(requestContext: GraphQLRequestContext<Context>): string | null {
  const field = soleRootField(requestContext, ['journey']);
  if (!field || field.arguments?.length !== 1) return null;
  const id = argumentOf(requestContext, field, 'id');
  return isUuid(id) ? id : null;
}
