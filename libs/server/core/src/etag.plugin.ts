import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { OpenCxRequest } from './request-principal';

/**
 * The entity tag of one answer: a digest of who asked (user, workspace, role) and of the exact
 * bytes they were given. Two callers in different workspaces, or with different roles, never
 * share a tag even for identical content, and any change to what is answered (an edit, a new
 * metric value) changes it.
 */
export function answerEntityTag(principal: { userId: string | null; workspaceId: string | null; role: string | null }, body: string | Buffer): string {
  const digest = createHash('sha256')
    .update(`${principal.userId ?? '-'}\n${principal.workspaceId ?? '-'}\n${principal.role ?? '-'}\n`)
    .update(body)
    .digest('base64url')
    .slice(0, 32);
  return `"${digest}"`;
}

/** True when an If-None-Match header names `tag` (or `*`); weak and strong forms compare equal. */
export function ifNoneMatchHits(header: string | string[] | undefined, tag: string): boolean {
  if (!header) return false;
  const value = Array.isArray(header) ? header.join(',') : header;
  return value.split(',').some((candidate) => {
    const t = candidate.trim();
    return t === '*' || t.replace(/^W\//, '') === tag;
  });
}

const TAGGABLE = Symbol('opencx.entityTaggable');
type TaggableRequest = OpenCxRequest & { [TAGGABLE]?: boolean };

/**
 * HTTP revalidation for GraphQL reads, part 1: marks a request whose answer is a successful query
 * (no errors, data present, status 200). Mutations and answers with errors are never tagged.
 */
export function entityTagPlugin(): ApolloServerPlugin<{ req?: OpenCxRequest }> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue, operation }) {
          if (response.body.kind !== 'single' || operation?.operation !== 'query' || !contextValue.req) return;
          const result = response.body.singleResult;
          if (result.errors?.length || result.data == null) return;
          if (response.http.status !== undefined && response.http.status !== 200) return;
          (contextValue.req as TaggableRequest)[TAGGABLE] = true;
        },
      };
    },
  };
}

/**
 * Part 2, on the serialised answer (a Fastify `onSend` hook, so the bytes are hashed once and never
 * re-serialised): a marked answer carries an `ETag` and `Cache-Control: private, no-cache` (a
 * browser may keep it, shared caches may not, and it is always revalidated); when the request's
 * `If-None-Match` names that tag the reply becomes `304 Not Modified` without a body. The tag is
 * computed after the operation ran in full — the access guard, tenant scoping and row-level
 * security all applied to this request — so a 304 only confirms what this caller may read now.
 */
export function entityTagOnSend(
  request: unknown,
  reply: { statusCode: number; header(name: string, value: string): unknown; code(status: number): unknown },
  payload: unknown,
  done: (error: null, payload: unknown) => void,
): void {
  const req = request as TaggableRequest;
  if (!req[TAGGABLE] || reply.statusCode !== 200 || (typeof payload !== 'string' && !Buffer.isBuffer(payload))) return done(null, payload);
  const principal = req.opencx;
  const tag = answerEntityTag({ userId: principal?.user?.id ?? null, workspaceId: principal?.workspace?.workspaceId ?? null, role: principal?.workspace?.role ?? null }, payload);
  reply.header('etag', tag);
  reply.header('cache-control', 'private, no-cache');
  if (!ifNoneMatchHits(req.headers['if-none-match'], tag)) return done(null, payload);
  reply.code(304);
  done(null, '');
}
