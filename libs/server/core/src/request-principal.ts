import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { WorkspaceContext } from '@opencx/server-database';
import { OpenCxError } from './opencx-error';

export interface AuthUser {
  id: string;
  email: string;
  displayName: string;
  locale: string;
}

/** What the access guard learned about the caller, attached to the request. */
export interface RequestPrincipal {
  user: AuthUser | null;
  sessionId: string | null;
  workspace: WorkspaceContext | null;
}

export interface OpenCxRequest {
  headers: Record<string, string | string[] | undefined>;
  ip?: string;
  /** 'https' or 'http', as Fastify derives it (trusted proxies' X-Forwarded-Proto only). */
  protocol?: string;
  opencx?: RequestPrincipal;
}

export interface OpenCxReply {
  header(name: string, value: string): unknown;
}

export function requestOf(context: ExecutionContext): OpenCxRequest {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext().req;
  return context.switchToHttp().getRequest();
}

export function replyOf(context: ExecutionContext): OpenCxReply {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext().reply;
  return context.switchToHttp().getResponse();
}

/** The caller's workspace context; only on handlers declared with @Roles or @ApiScope. */
export const WorkspaceCtx = createParamDecorator((_: unknown, context: ExecutionContext): WorkspaceContext => {
  const workspace = requestOf(context).opencx?.workspace;
  if (!workspace) throw OpenCxError.forbidden('No workspace selected');
  return workspace;
});

/** The signed-in user; only on handlers declared with @Authenticated or @Roles. */
export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): AuthUser => {
  const user = requestOf(context).opencx?.user;
  if (!user) throw OpenCxError.unauthenticated();
  return user;
});

/** Raw request (cookies, IP) and reply (set-cookie) for the few handlers that manage sessions. */
export const HttpContext = createParamDecorator((_: unknown, context: ExecutionContext) => ({
  req: requestOf(context),
  reply: replyOf(context),
}));
