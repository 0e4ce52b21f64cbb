import { Plugin } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext, type GraphQLRequestListener, type GraphQLResponse } from '@apollo/server';
import { getNamedType, isObjectType, Kind, type FieldNode, type GraphQLSchema } from 'graphql';
import { isUuid, type OpenCxRequest } from '@opencx/server-core';
import { AccessGuard } from '@opencx/server-identity';
import { JourneyResolver } from '../resolvers/journey.resolver';
import type { JourneyMap } from './journey-map.loader';
import { JourneyService } from './journey.service';
import { forgetPrefetchedJourney, prefetchJourney } from './journey-prefetch';

/** How many bytes of answers (as JSON) one API process keeps; least recently served dropped first. */
const DEFAULT_BUDGET_BYTES = 32 * 1024 * 1024;

type Context = { req?: OpenCxRequest };
interface Entry {
  version: string;
  data: Record<string, unknown>;
  bytes: number;
}
interface Pending {
  key: string;
  version: string;
}
const PENDING = Symbol('opencx.journeyAnswerPending');
type AnswerRequest = OpenCxRequest & { [PENDING]?: Pending };

/**
 * Whole `journey(id)` answers, so an unchanged map is neither rebuilt nor executed again.
 *
 * Only an operation whose one root field is `journey(id: …)` (no filter, no directive at the root)
 * is considered. For it, before execution: the access guard checks the caller with the resolver's
 * own rule, then the map is read as the caller, in a snapshot transaction under row-level security
 * (one statement when the assembled tree is current, see JourneyMapLoader), which also gives its
 * answer version — a digest of everything the answer is made of, read in the same snapshot. The
 * answer is looked up by (workspace, role, journey, the document's hash, operation name, variables)
 * and used only when its version is that version; the database is the authority, this process's
 * memory only a copy, so several API replicas and concurrent edits need no invalidation messages.
 * Otherwise the operation runs as usual (its guard again, with the session answer kept from the
 * check above; its resolver on the map just read) and its answer is kept under the version read in
 * the same snapshot as the map it was made of. Nothing in the answer depends on the user or locale
 * (both languages are fields; no field differs by role: role is in the key all the same).
 *
 * Correct only while every field under `Journey` is plain data of the loaded map: the cache turns
 * itself off (and says so) if a type reachable from `Journey` gets a field resolver or middleware.
 */
@Plugin()
export class JourneyAnswerCache implements ApolloServerPlugin<Context> {
  private readonly logger = new Logger('JourneyAnswerCache');
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private readonly budget: number;
  private checkedSchema: GraphQLSchema | null = null;
  /** Answers served from memory and answers kept, since start (tests and benchmarks read them). */
  readonly counts = { served: 0, kept: 0 };
  private plainSchema = false;

  constructor(
    private readonly guard: AccessGuard,
    private readonly journeys: JourneyService,
  ) {
    // OPENCX_MAP_ANSWER_CACHE_BYTES: the budget; 0 turns the cache off.
    const configured = process.env.OPENCX_MAP_ANSWER_CACHE_BYTES ? Number(process.env.OPENCX_MAP_ANSWER_CACHE_BYTES) : NaN;
    this.budget = Number.isFinite(configured) && configured >= 0 ? configured : DEFAULT_BUDGET_BYTES;
  }

  async requestDidStart(): Promise<GraphQLRequestListener<Context>> {
    return {
      responseForOperation: (requestContext) => this.answer(requestContext),
      willSendResponse: async ({ response, contextValue }) => {
        const req = contextValue.req as AnswerRequest | undefined;
        const pending = req?.[PENDING];
        if (!req || !pending) return;
        delete req[PENDING];
        forgetPrefetchedJourney(req);
        if (response.body.kind !== 'single') return;
        const result = response.body.singleResult;
        if (result.errors?.length || result.data == null || (response.http.status !== undefined && response.http.status !== 200)) return;
        this.keep(pending.key, { version: pending.version, data: result.data, bytes: Buffer.byteLength(JSON.stringify(result.data)) });
      },
    };
  }

  private async answer(requestContext: GraphQLRequestContext<Context>): Promise<GraphQLResponse | null> {
    const req = requestContext.contextValue.req as AnswerRequest | undefined;
    if (!req || this.budget === 0 || !requestContext.operation || !requestContext.schema) return null;
    if (!this.isPlain(requestContext.schema)) return null;
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
    const key = [workspace.workspaceId, workspace.role, journeyId, requestContext.queryHash ?? '', requestContext.operationName ?? '', stableJson(requestContext.request.variables ?? {})].join('\n');
    const entry = this.entries.get(key);
    if (entry && entry.version === read.answerVersion) {
      this.entries.delete(key);
      this.entries.set(key, entry);
      this.counts.served++;
      return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: entry.data } } };
    }
    prefetchJourney(req, workspace.workspaceId, journeyId, { map: read.map });
    req[PENDING] = { key, version: read.answerVersion };
    return null;
  }

  private keep(key: string, entry: Entry): void {
    const previous = this.entries.get(key);
    if (previous) {
      this.entries.delete(key);
      this.bytes -= previous.bytes;
    }
    if (entry.bytes > this.budget / 4) return;
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    this.counts.kept++;
    for (const [oldest, old] of this.entries) {
      if (this.bytes <= this.budget) break;
      this.entries.delete(oldest);
      this.bytes -= old.bytes;
    }
  }

  /** True when every field of every type reachable from `Journey` only reads the loaded map's property (checked once per schema). */
  private isPlain(schema: GraphQLSchema): boolean {
    if (this.checkedSchema === schema) return this.plainSchema;
    this.checkedSchema = schema;
    const root = schema.getQueryType()?.getFields().journey;
    const resolved: string[] = [];
    const seen = new Set<string>();
    const visit = (typeName: string) => {
      const type = schema.getType(typeName);
      if (!isObjectType(type) || seen.has(type.name)) return;
      seen.add(type.name);
      for (const field of Object.values(type.getFields())) {
        // Nest gives every plain @Field a resolver that reads the property (`rootFieldResolver`); a
        // @ResolveField method or field middleware replaces it with something that may read more.
        if (field.resolve && field.resolve.name !== 'rootFieldResolver') resolved.push(`${type.name}.${field.name}`);
        visit(getNamedType(field.type).name);
      }
    };
    if (root) visit(getNamedType(root.type).name);
    this.plainSchema = Boolean(root) && resolved.length === 0;
    if (!this.plainSchema) this.logger.warn(`journey(id) answers are not cached: fields with their own resolvers under Journey (${resolved.join(', ') || 'no journey field'})`);
    return this.plainSchema;
  }
}

/** The journey id of an operation that is exactly one root `journey(id: …)` field without a filter or directives; otherwise null. */
function journeyReadOf(requestContext: GraphQLRequestContext<Context>): string | null {
  const operation = requestContext.operation;
  if (!operation || operation.operation !== 'query' || operation.directives?.length) return null;
  const [field, ...rest] = operation.selectionSet.selections;
  if (!field || rest.length || field.kind !== Kind.FIELD || field.name.value !== 'journey' || field.directives?.length) return null;
  const args = (field as FieldNode).arguments ?? [];
  if (args.length !== 1 || args[0].name.value !== 'id') return null;
  const value = args[0].value;
  const id = value.kind === Kind.STRING ? value.value : value.kind === Kind.VARIABLE ? requestContext.request.variables?.[value.name.value] : undefined;
  return isUuid(id) ? id : null;
}

/** JSON with object keys sorted, so the same variables in another order are the same key. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
