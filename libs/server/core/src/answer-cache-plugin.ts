import { Logger } from '@nestjs/common';
import type { ApolloServerPlugin, GraphQLRequestContext, GraphQLRequestListener, GraphQLResponse } from '@apollo/server';
import type { FieldNode } from 'graphql';
import type { WorkspaceContext } from '@opencx/server-database';
import type { AccessRule } from './access.decorators';
import { AnswerCache, answerKey, soleRootField } from './answer-cache';
import type { OpenCxRequest } from './request-principal';

export type AnswerCacheContext = { req?: OpenCxRequest };

/** The access guard as an answer cache uses it (identity's AccessGuard): the resolver method's own rule, checked for the caller. */
export interface AnswerAccess {
  ruleOf(handler: (...args: never[]) => unknown, owner: abstract new (...args: never[]) => unknown): AccessRule | undefined;
  authorize(req: OpenCxRequest, rule: AccessRule, options: { remember?: boolean }): Promise<boolean>;
}

/** What an answer cache plugin declares: its name, its budget's variable, and its reads (root field → resolver method) on one resolver class. */
export interface AnswerReads {
  name: string;
  budgetVariable: string;
  reads: Readonly<Record<string, (...args: never[]) => unknown>>;
  resolver: abstract new (...args: never[]) => unknown;
}

/** One request a plugin may answer: the caller (access checked), the read, what its arguments name, and the answer's key. */
export interface AnswerRequest<Target> {
  req: OpenCxRequest;
  workspace: WorkspaceContext;
  read: string;
  target: Target;
  key: string;
}

/**
 * The skeleton every whole-answer cache plugin shares (see AnswerCache): only an operation whose one
 * root field is one of the plugin's reads (no directive) is considered, and only while every field
 * below those reads is plain data (checked once per schema). For it, before execution: the target is
 * read from the arguments (`targetOf`; none means the resolver answers the input), the access guard
 * checks the caller with the resolver method's own rule (a refusal lets the operation run, so its
 * guard answers with the error), then `lookup` reads the answer's version as the caller
 * (`versionOf`) and serves the answer kept at that version, or marks the request so that its
 * successful answer is kept under it when the response is sent.
 */
export abstract class AnswerCachePlugin<Target extends { key: readonly string[] }> implements ApolloServerPlugin<AnswerCacheContext> {
  protected readonly logger: Logger;
  protected readonly cache: AnswerCache;
  private readonly readNames: string[];

  protected constructor(
    private readonly declared: AnswerReads,
    private readonly access: AnswerAccess,
  ) {
    this.logger = new Logger(declared.name);
    this.cache = new AnswerCache(declared.budgetVariable);
    this.readNames = Object.keys(declared.reads);
  }

  /** Answers served from memory and answers kept, since start (tests and benchmarks read them). */
  get counts(): { served: number; kept: number } {
    return this.cache.counts;
  }

  async requestDidStart(): Promise<GraphQLRequestListener<AnswerCacheContext>> {
    return {
      responseForOperation: (requestContext) => this.answer(requestContext),
      willSendResponse: async ({ response, contextValue }) => {
        if (contextValue.req) this.finished(contextValue.req);
        this.cache.settle(contextValue.req, response);
      },
    };
  }

  /** What the read's arguments name (with the answer key's parts for it), or null when the resolver should answer the input. */
  protected abstract targetOf(read: string, requestContext: GraphQLRequestContext<AnswerCacheContext>, field: FieldNode): Target | null;

  /** The answer's version, read as the caller under row-level security after the access check. */
  protected abstract versionOf(workspace: WorkspaceContext, target: Target): Promise<string>;

  /** The version read, then the kept answer at that version, or null (the request is marked to keep its answer). */
  protected async lookup(request: AnswerRequest<Target>): Promise<GraphQLResponse | null> {
    return this.cache.serve(request.req, request.key, await this.versionOf(request.workspace, request.target));
  }

  /** Called for every request when its response is sent, before its answer may be kept. */
  protected finished(_req: OpenCxRequest): void {
    // Nothing by default.
  }

  private async answer(requestContext: GraphQLRequestContext<AnswerCacheContext>): Promise<GraphQLResponse | null> {
    const req = requestContext.contextValue.req;
    if (!req || !this.cache.enabled || !requestContext.operation || !requestContext.schema) return null;
    const field = soleRootField(requestContext, this.readNames);
    if (!field || !this.cache.plainBelow(requestContext.schema, this.readNames, (message) => this.logger.warn(message))) return null;
    const read = field.name.value;
    const target = this.targetOf(read, requestContext, field);
    if (!target) return null; // the resolver answers the bad input
    const rule = this.access.ruleOf(this.declared.reads[read], this.declared.resolver);
    if (!rule) return null;
    try {
      await this.access.authorize(req, rule, { remember: true });
    } catch {
      return null; // the operation runs as usual and its guard answers with the error
    }
    const workspace = req.opencx?.workspace;
    if (!workspace) return null;
    return this.lookup({ req, workspace, read, target, key: answerKey(workspace, target.key, requestContext) });
  }
}
