import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser, HttpContext, Public, serializeCookie, servedOverHttps, type AuthUser, type CookieOptions, type OpenCxReply, type OpenCxRequest } from '@opencx/server-core';
import { AccountService, SESSION_TTL_MS, type SignedIn } from '../services/account.service';
import { clientOf } from '../auth/client-info';
import { WorkspaceService } from '../services/workspace.service';
import { LoginInput, SignUpInput } from '../inputs';
import { AuthPayloadModel, MeModel, type RoleEnum } from '../models';
import { SESSION_COOKIE } from '../auth/access.guard';

interface Http {
  req: OpenCxRequest;
  reply: OpenCxReply;
}

// Secure whenever the browser's connection is HTTPS (the request says so), not only when configured.
const cookieOptions = (req: OpenCxRequest): CookieOptions => ({
  httpOnly: true,
  sameSite: 'Lax',
  path: '/',
  secure: process.env.OPENCX_COOKIE_SECURE === 'true' || servedOverHttps(req),
});

function signedIn(http: Http, result: SignedIn): AuthPayloadModel {
  http.reply.header('set-cookie', serializeCookie(SESSION_COOKIE, result.token, { ...cookieOptions(http.req), maxAge: SESSION_TTL_MS / 1000 }));
  return { user: result.user, token: result.token };
}

@Resolver()
export class AccountResolver {
  constructor(
    private readonly accounts: AccountService,
    private readonly workspaces: WorkspaceService,
  ) {}

  @Public()
  @Mutation(() => AuthPayloadModel, {
    description:
      'Create an account and sign in. Joins no workspace (invitations are accepted with acceptInvitation). ' +
      'A taken email gets the same answer, with a token that opens nothing, and its owner is told.',
  })
  async signUp(@Args('input') input: SignUpInput, @HttpContext() http: Http): Promise<AuthPayloadModel> {
    return signedIn(http, await this.accounts.signUp(input, clientOf(http.req)));
  }

  @Public()
  @Mutation(() => AuthPayloadModel)
  async login(@Args('input') input: LoginInput, @HttpContext() http: Http): Promise<AuthPayloadModel> {
    return signedIn(http, await this.accounts.login(input, clientOf(http.req)));
  }

  @Authenticated()
  @Mutation(() => Boolean, { description: 'Revoke the current session.' })
  async logout(@CurrentUser() user: AuthUser, @HttpContext() http: Http): Promise<boolean> {
    const sessionId = http.req.opencx?.sessionId;
    if (sessionId) await this.accounts.logout(user, sessionId, clientOf(http.req));
    http.reply.header('set-cookie', serializeCookie(SESSION_COOKIE, '', { ...cookieOptions(http.req), maxAge: 0 }));
    return true;
  }

  @Authenticated()
  @Mutation(() => Int, { description: "End every other session of the caller's account (e.g. after a lost device); returns how many." })
  async revokeOtherSessions(@CurrentUser() user: AuthUser, @HttpContext() http: Http): Promise<number> {
    const sessionId = http.req.opencx?.sessionId;
    return sessionId ? this.accounts.revokeOtherSessions(user, sessionId, clientOf(http.req)) : 0;
  }

  @Authenticated()
  @Query(() => MeModel)
  async me(@CurrentUser() user: AuthUser): Promise<MeModel> {
    const workspaces = await this.workspaces.listForUser(user.id);
    return { user, workspaces: workspaces.map((w) => ({ ...w, role: w.role as RoleEnum })) };
  }
}
