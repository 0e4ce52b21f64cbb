import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { roleAtLeast } from '@opencx/domain';
import { ACCESS_RULE, OpenCxError, parseCookies, requestOf, type AccessRule, type OpenCxRequest } from '@opencx/server-core';
import { AccountService } from '../services/account.service';
import { ApiTokenService } from '../services/api-token.service';
import { clientOf } from './client-info';

export const SESSION_COOKIE = 'opencx_session';
export const WORKSPACE_HEADER = 'x-workspace-id';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function header(req: OpenCxRequest, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function bearer(req: OpenCxRequest): string | undefined {
  const auth = header(req, 'authorization');
  return auth?.startsWith('Bearer ') ? auth.slice(7).trim() : undefined;
}

/**
 * The access choke point, registered globally: every resolver and route must declare an access
 * rule (@Public, @Authenticated, @Roles, @ApiScope) and a handler without one is refused.
 * It resolves the caller (session cookie or Bearer), the workspace (x-workspace-id) and the
 * role of their membership, and attaches them to the request for @WorkspaceCtx / @CurrentUser.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly accounts: AccountService,
    private readonly tokens: ApiTokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
    if (!rule) throw OpenCxError.forbidden('This operation declares no access rule');
    return this.authorize(requestOf(context), rule);
  }

  /** The rule of one handler (class and method metadata, as canActivate reads it). */
  ruleOf(handler: (...args: never[]) => unknown, owner: abstract new (...args: never[]) => unknown): AccessRule | undefined {
    return this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [handler, owner]);
  }

  /**
   * The check itself, for a request and a rule: throws unless the caller may, and attaches who they
   * are to the request. With `remember`, this request's session answer is kept on the request, so the
   * guard of a resolver that runs later in the same request (after a cache checked the caller first:
   * see JourneyAnswerCache) does not look the same session up again; everything else is re-checked.
   */
  async authorize(req: OpenCxRequest, rule: AccessRule, options: { remember?: boolean } = {}): Promise<boolean> {
    if (rule.kind === 'public') return true;
    req.opencx = { user: null, sessionId: null, workspace: null };

    if (rule.kind === 'token' || (rule.kind === 'tokenOrRole' && bearer(req)?.startsWith('ocx_t_'))) {
      const secret = bearer(req);
      const workspace = secret?.startsWith('ocx_t_') ? await this.tokens.authenticate(secret, rule.scope, clientOf(req)) : null;
      if (!workspace) throw OpenCxError.unauthenticated(`A live API token with scope ${rule.scope} is required`);
      req.opencx.workspace = workspace;
      return true;
    }

    const needed = rule.kind === 'role' || rule.kind === 'tokenOrRole' ? rule.role : null;
    const workspaceId = needed ? header(req, WORKSPACE_HEADER) : undefined;
    if (needed) {
      if (!workspaceId) throw OpenCxError.badInput(WORKSPACE_HEADER, 'header is required: the workspace to act in');
      if (!UUID.test(workspaceId)) throw OpenCxError.badInput(WORKSPACE_HEADER, 'must be a workspace id (UUID)');
    }
    const secret = bearer(req) ?? parseCookies(header(req, 'cookie'))[SESSION_COOKIE];
    // One statement: the session, its user and their role in the requested workspace.
    const session = secret?.startsWith('ocx_s_') ? await this.sessionOf(req, secret, workspaceId ?? null, options.remember === true) : null;
    if (!session) throw OpenCxError.unauthenticated(secret ? 'Session expired or revoked; sign in again' : 'Sign in required');
    req.opencx.user = session.user;
    req.opencx.sessionId = session.sessionId;
    if (rule.kind === 'user' || !workspaceId) return true;

    const role = session.role;
    if (!role) throw OpenCxError.forbidden('You are not a member of this workspace');
    if (!needed || !roleAtLeast(role, needed)) throw OpenCxError.forbidden(`This action needs the ${needed} role; you are ${role}`);
    req.opencx.workspace = { workspaceId, role, actor: { userId: session.user.id, tokenId: null } };
    return true;
  }

  private sessionOf(req: OpenCxRequest, secret: string, workspaceId: string | null, remember: boolean): ReturnType<AccountService['resolveSession']> {
    const memo = (req as RememberingRequest)[SESSION_ANSWER];
    if (memo && memo.secret === secret && memo.workspaceId === workspaceId) return memo.session;
    const session = this.accounts.resolveSession(secret, workspaceId);
    if (remember) (req as RememberingRequest)[SESSION_ANSWER] = { secret, workspaceId, session };
    return session;
  }
}

const SESSION_ANSWER = Symbol('opencx.sessionAnswer');
type RememberingRequest = OpenCxRequest & { [SESSION_ANSWER]?: { secret: string; workspaceId: string | null; session: ReturnType<AccountService['resolveSession']> } };
