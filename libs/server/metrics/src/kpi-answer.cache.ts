import { Plugin } from '@nestjs/apollo';
import { Inject, Logger } from '@nestjs/common';
import type { ApolloServerPlugin, GraphQLRequestContext, GraphQLRequestListener, GraphQLResponse } from '@apollo/server';
import { AnswerCache, answerKey, argumentOf, isUuid, soleRootField, type OpenCxRequest } from '@opencx/server-core';
import { TenantDb, type WorkspaceContext } from '@opencx/server-database';
import { AccessGuard } from '@opencx/server-identity';
import { KpiResolver } from './kpi.resolver';
import { TOUCHPOINT_PLACES, type TouchpointPlaces, type TouchpointScope } from './touchpoint-places.port';

type Context = { req?: OpenCxRequest };

/** The KPI reads answered whole from memory, each with its resolver method (whose access rule is checked first). */
const KPI_READS = { kpis: KpiResolver.prototype.report, journeyKpis: KpiResolver.prototype.journey, segmentComparison: KpiResolver.prototype.segmentComparison } as const;
type KpiRead = keyof typeof KPI_READS;
const SCOPES: Record<string, TouchpointScope | null> = { JOURNEY: 'journey', STAGE: 'stage', TOUCHPOINT: 'touchpoint', SITE: null };

/**
 * Whole answers of the KPI reads (`kpis`, the dashboard's and benchmarks' trend; `journeyKpis`, the
 * map's measurements; `segmentComparison`), so unchanged measurements are neither aggregated,
 * assembled with their significance tests, nor executed by GraphQL again.
 *
 * Only an operation whose one root field is one of these reads (no directive) is considered. For
 * it, before execution: the access guard checks the caller with the resolver's own rule, then the
 * answer's version is read as the caller, in one snapshot transaction under row-level security:
 * the workspace's `kpi_version` (bumped in the writing transaction by every change to the roll-ups
 * and metric definitions, whatever wrote them) and the content version of the journey the scope
 * belongs to (its stages, touchpoints and metric bindings; see `TouchpointPlaces.structureVersion`).
 * The version is read before the resolver reads the measurements, so an answer is never kept under
 * a version newer than what it was made of. The answer is looked up in an `AnswerCache`
 * (libs/server/core; `OPENCX_KPI_ANSWER_CACHE_BYTES`, 0 = off) by (workspace, role, read, scope,
 * the document's hash, operation name, variables — the window is explicit in them: nothing depends
 * on today's date) and used only at that version; otherwise the operation runs as usual and its
 * successful answer is kept under it. Nothing in these answers depends on the user or locale.
 *
 * Correct only while every field under the reads' types is plain data of the service's model: the
 * cache turns itself off (and says so) if one of them gets a field resolver or middleware.
 */
@Plugin()
export class KpiAnswerCache implements ApolloServerPlugin<Context> {
  private readonly logger = new Logger('KpiAnswerCache');
  private readonly cache = new AnswerCache('OPENCX_KPI_ANSWER_CACHE_BYTES');

  constructor(
    private readonly guard: AccessGuard,
    private readonly db: TenantDb,
    @Inject(TOUCHPOINT_PLACES) private readonly places: TouchpointPlaces,
  ) {}

  /** Answers served from memory and answers kept, since start (tests and benchmarks read them). */
  get counts(): { served: number; kept: number } {
    return this.cache.counts;
  }

  async requestDidStart(): Promise<GraphQLRequestListener<Context>> {
    return {
      responseForOperation: (requestContext) => this.answer(requestContext),
      willSendResponse: async ({ response, contextValue }) => this.cache.settle(contextValue.req, response),
    };
  }

  private async answer(requestContext: GraphQLRequestContext<Context>): Promise<GraphQLResponse | null> {
    const req = requestContext.contextValue.req;
    if (!req || !this.cache.enabled || !requestContext.operation || !requestContext.schema) return null;
    const field = soleRootField(requestContext, Object.keys(KPI_READS));
    if (!field || !this.cache.plainBelow(requestContext.schema, Object.keys(KPI_READS), (message) => this.logger.warn(message))) return null;
    const read = field.name.value as KpiRead;
    const target = read === 'kpis' ? { scope: SCOPES[String(argumentOf(requestContext, field, 'scope'))], id: argumentOf(requestContext, field, 'id') } : { scope: 'journey' as const, id: argumentOf(requestContext, field, 'journeyId') };
    if (target.scope === undefined || !isUuid(target.id)) return null; // the resolver answers the bad input
    const rule = this.guard.ruleOf(KPI_READS[read], KpiResolver);
    if (!rule) return null;
    try {
      await this.guard.authorize(req, rule, { remember: true });
    } catch {
      return null; // the operation runs as usual and its guard answers with the error
    }
    const workspace = req.opencx?.workspace;
    if (!workspace) return null;
    const version = await this.versionOf(workspace, target.scope, target.id);
    return this.cache.serve(req, answerKey(workspace, [read, target.scope ?? 'site', target.id], requestContext), version);
  }

  /** The workspace's measurement version and the scope's structure version, read as the caller in one statement and one round trip. */
  private async versionOf(ctx: WorkspaceContext, scope: TouchpointScope | null, id: string): Promise<string> {
    const structure = scope ? this.places.structureVersionSql(scope) : `'site:' || $2::uuid`;
    const [row] = await this.db.readRows<{ version: string }>(ctx, `SELECT coalesce((SELECT version FROM kpi_version WHERE workspace_id = $1), 0) || '|' || coalesce(${structure}, 'unknown') AS version`, [id]);
    return row.version;
  }
}
