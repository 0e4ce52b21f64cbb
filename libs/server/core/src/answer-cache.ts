import { HeaderMap, type GraphQLRequestContext, type GraphQLResponse } from '@apollo/server';
import { getNamedType, isObjectType, Kind, type FieldNode, type GraphQLSchema } from 'graphql';

/** How many bytes of answers (as JSON) one cache keeps per API process unless its variable says otherwise. */
export const DEFAULT_ANSWER_CACHE_BYTES = 32 * 1024 * 1024;

interface Entry {
  version: string;
  data: Record<string, unknown>;
  bytes: number;
}

/**
 * Whole GraphQL answers kept in the memory of one API process, each valid for exactly one version
 * read from the database: the mechanics shared by the answer caches (the map's `journey(id)`, the
 * KPI reads). The database is the authority, this memory only a copy, so several API replicas and
 * concurrent writes need no invalidation messages: the caller's plugin runs the access guard, reads
 * the answer's version as the caller under row-level security, and asks `serve` for it; a missing
 * or older entry marks the request, and `settle` keeps the successful answer under that version.
 *
 * Entries are a least-recently-served list bounded by the bytes of their JSON (`budgetVariable`,
 * `0` turns the cache off); an answer larger than a quarter of the budget is never kept.
 */
export class AnswerCache {
  /** Answers served from memory and answers kept, since start (tests and benchmarks read them). */
  readonly counts = { served: 0, kept: 0 };
  readonly budget: number;
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private readonly pending = Symbol('opencx.answerPending');
  private checked: { schema: GraphQLSchema; plain: boolean } | null = null;

  constructor(budgetVariable: string, defaultBytes = DEFAULT_ANSWER_CACHE_BYTES) {
    const configured = process.env[budgetVariable] ? Number(process.env[budgetVariable]) : NaN;
    this.budget = Number.isFinite(configured) && configured >= 0 ? configured : defaultBytes;
  }

  get enabled(): boolean {
    return this.budget > 0;
  }

  /**
   * The answer kept under `key` when it was kept at `version` (then it becomes the most recently
   * served); otherwise null, and the request is marked so that `settle` keeps its answer.
   */
  serve(req: object, key: string, version: string): GraphQLResponse | null {
    const served = this.lookup(key, version);
    if (!served) (req as Record<symbol, unknown>)[this.pending] = { key, version };
    return served;
  }

  /** Whether an answer is kept under `key`, at whatever version (then a cheap version check may find it current). */
  holds(key: string): boolean {
    return this.entries.has(key);
  }

  /** The answer kept under `key` when it was kept at `version` (then it becomes the most recently served); otherwise null, and nothing is marked. */
  lookup(key: string, version: string): GraphQLResponse | null {
    const entry = this.entries.get(key);
    if (!entry || entry.version !== version) return null;
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.counts.served++;
    return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: entry.data } } };
  }

  /**
   * True when every field under these root fields only reads its parent's property (see
   * `resolvedFieldsBelow`), checked once per schema; otherwise `warn` is told why answers are not cached.
   */
  plainBelow(schema: GraphQLSchema, rootFields: readonly string[], warn: (message: string) => void): boolean {
    if (this.checked?.schema === schema) return this.checked.plain;
    const resolved = rootFields.map((root) => resolvedFieldsBelow(schema, root));
    const plain = resolved.every((r) => r !== null && r.length === 0);
    if (!plain) warn(`${rootFields.join(', ')} answers are not cached: fields with their own resolvers below them (${resolved.map((r, i) => r?.join(', ') ?? `no ${rootFields[i]} field`).join('; ')})`);
    this.checked = { schema, plain };
    return plain;
  }

  /** For `willSendResponse`: keeps the answer of a request `serve` marked, when it is a successful one. */
  settle(req: object | undefined, response: GraphQLResponse): void {
    const marked = req as Record<symbol, { key: string; version: string } | undefined> | undefined;
    const pending = marked?.[this.pending];
    if (!marked || !pending) return;
    delete marked[this.pending];
    if (response.body.kind !== 'single') return;
    const result = response.body.singleResult;
    if (result.errors?.length || result.data == null || (response.http.status !== undefined && response.http.status !== 200)) return;
    this.keep(pending.key, pending.version, result.data);
  }

  private keep(key: string, version: string, data: Record<string, unknown>): void {
    const previous = this.entries.get(key);
    if (previous) {
      this.entries.delete(key);
      this.bytes -= previous.bytes;
    }
    const bytes = Buffer.byteLength(JSON.stringify(data));
    if (bytes > this.budget / 4) return;
    this.entries.set(key, { version, data, bytes });
    this.bytes += bytes;
    this.counts.kept++;
    for (const [oldest, old] of this.entries) {
      if (this.bytes <= this.budget) break;
      this.entries.delete(oldest);
      this.bytes -= old.bytes;
    }
  }
}

/**
 * The key of one answer: who may see it (workspace and role; the user is not part of it, so
 * nothing a cached answer holds may differ by user or locale), what was asked (`scope`: the root
 * field and what it names), and the exact operation (the document's hash, its name, its variables
 * with their keys sorted).
 */
export function answerKey(workspace: { workspaceId: string; role: string }, scope: readonly string[], requestContext: GraphQLRequestContext<object>): string {
  return [workspace.workspaceId, workspace.role, ...scope, requestContext.queryHash ?? '', requestContext.operationName ?? '', stableJson(requestContext.request.variables ?? {})].join('\n');
}

/** The one root field of a query operation when it is one of `names`, with no directive on the operation or the field; otherwise null. */
export function soleRootField(requestContext: GraphQLRequestContext<object>, names: readonly string[]): FieldNode | null {
  const operation = requestContext.operation;
  if (!operation || operation.operation !== 'query' || operation.directives?.length) return null;
  const [field, ...rest] = operation.selectionSet.selections;
  if (!field || rest.length || field.kind !== Kind.FIELD || !names.includes(field.name.value) || field.directives?.length) return null;
  return field;
}

/** The value of a root field's argument, from the document or its variables (undefined when absent). */
export function argumentOf(requestContext: GraphQLRequestContext<object>, field: FieldNode, name: string): unknown {
  const arg = field.arguments?.find((a) => a.name.value === name);
  if (!arg) return undefined;
  const value = arg.value;
  if (value.kind === Kind.VARIABLE) return requestContext.request.variables?.[value.name.value];
  if (value.kind === Kind.STRING || value.kind === Kind.ENUM) return value.value;
  if (value.kind === Kind.NULL) return null;
  return undefined;
}

/**
 * The fields under a root field (every type reachable from its type) that have their own resolver
 * or middleware: a whole-answer cache is correct only while this is empty, i.e. every field only
 * reads a property of the value its parent returned. Nest gives every plain @Field a resolver that
 * reads the property (`rootFieldResolver`); a @ResolveField method or field middleware replaces it.
 */
export function resolvedFieldsBelow(schema: GraphQLSchema, rootField: string): string[] | null {
  const root = schema.getQueryType()?.getFields()[rootField];
  if (!root) return null;
  const resolved: string[] = [];
  const seen = new Set<string>();
  const visit = (typeName: string) => {
    const type = schema.getType(typeName);
    if (!isObjectType(type) || seen.has(type.name)) return;
    seen.add(type.name);
    for (const field of Object.values(type.getFields())) {
      if (field.resolve && field.resolve.name !== 'rootFieldResolver') resolved.push(`${type.name}.${field.name}`);
      visit(getNamedType(field.type).name);
    }
  };
  visit(getNamedType(root.type).name);
  return resolved;
}

/** JSON with object keys sorted, so the same variables in another order are the same key. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
