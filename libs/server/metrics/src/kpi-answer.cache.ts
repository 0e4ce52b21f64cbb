import { Plugin } from '@nestjs/apollo';
import { Inject } from '@nestjs/common';
import type { GraphQLRequestContext } from '@apollo/server';
import type { FieldNode } from 'graphql';
import { AnswerCachePlugin, argumentOf, isUuid, type AnswerCacheContext } from '@opencx/server-core';
import { TenantDb, type WorkspaceContext } from '@opencx/server-database';
import { AccessGuard } from '@opencx/server-identity';
import { KpiResolver } from './kpi.resolver';
import { TOUCHPOINT_PLACES, type TouchpointPlaces, type TouchpointScope } from './touchpoint-places.port';

/** The KPI reads answered whole from memory, each with its resolver method (whose access rule is checked first). */
const KPI_READS = { kpis: KpiResolver.prototype.report, journeyKpis: KpiResolver.prototype.journey, segmentComparison: KpiResolver.prototype.segmentComparison } as const;
const SCOPES: Record<string, TouchpointScope | null> = { JOURNEY: 'journey', STAGE: 'stage', TOUCHPOINT: 'touchpoint', SITE: null };

/**
 * Whole answers of the KPI reads (`kpis`, the dashboard's and benchmarks' trend; `journeyKpis`, the
 * map's measurements; `segmentComparison`), so unchanged measurements are neither aggregated,
 * assembled with their significance tests, nor executed by GraphQL again.
 *
 * The skeleton (AnswerCachePlugin, libs/server/core): only an operation whose one root field is one
 * of these reads (no directive) is considered. For it, before execution: the access guard checks the
 * caller with the resolver's own rule, then the answer's version is read as the caller in one
 * statement, in a read-only transaction under row-level security sent as one round trip
 * (`TenantDb.readRows`): the workspace's `kpi_version` (bumped in the writing transaction by every change to the roll-ups
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
export class KpiAnswerCache extends AnswerCachePlugin<KpiTarget> {
  constructor(
    guard: AccessGuard,
    private readonly db: TenantDb,
    @Inject(TOUCHPOINT_PLACES) private readonly places: TouchpointPlaces,
  ) {
    super({ name: 'KpiAnswerCache', budgetVariable: 'OPENCX_KPI_ANSWER_CACHE_BYTES', reads: KPI_READS, resolver: KpiResolver }, guard);
  }

  protected targetOf(read: string, requestContext: GraphQLRequestContext<AnswerCacheContext>, field: FieldNode): KpiTarget | null {
    const scope = read === 'kpis' ? SCOPES[String(argumentOf(requestContext, field, 'scope'))] : 'journey';
    const id = argumentOf(requestContext, field, read === 'kpis' ? 'id' : 'journeyId');
    if (scope === undefined || !isUuid(id)) return null;
    return { scope, id, key: [read, scope ?? 'site', id] };
  }

  /** The workspace's measurement version and the scope's structure version, read as the caller in one statement and one round trip. */
  protected async versionOf(ctx: WorkspaceContext, { scope, id }: KpiTarget): Promise<string> {
    const structure = scope ? this.places.structureVersionSql(scope) : `'site:' || $2::uuid`;
    const [row] = await this.db.readRows<{ version: string }>(ctx, `SELECT coalesce((SELECT version FROM kpi_version WHERE workspace_id = $1), 0) || '|' || coalesce(${structure}, 'unknown') AS version`, [id]);
    return row.version;
  }
}

/** A KPI read's scope (null: a site) and id, and its answer key's parts. */
interface KpiTarget {
  scope: TouchpointScope | null;
  id: string;
  key: readonly string[];
}
