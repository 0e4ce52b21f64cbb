import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser, HttpContext, Public, serializeCookie, servedOverHttps, type AuthUser, type CookieOptions, type OpenCxReply, type OpenCxRequest } from '@opencx/server-core';
import { AccountService, SESSION_TTL_MS, type ClientInfo, type SignedIn } from '../services/account.service';
import { WorkspaceService } from '../services/workspace.service';
import { LoginInput, SignUpInput } from '../inputs/account.inputs';
import { AuthPayloadModel, MeModel, type RoleEnum } from '../models/identity.models';
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

function client(req: OpenCxRequest): ClientInfo {
  const ua = req.headers['user-agent'];
  return { ip: req.ip ?? 'unknown', userAgent: (Array.isArray(ua) ? ua[0] : ua) ?? null };
}

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
  @Mutation(() => AuthPayloadModel, { description: 'Create an account and sign in; pending invitations for the email are accepted.' })
  async signUp(@Args('input') input: SignUpInput, @HttpContext() http: Http): Promise<AuthPayloadModel> {
    return signedIn(http, await this.accounts.signUp(input, client(http.req)));
  }

  @Public()
  @Mutation(() => AuthPayloadModel)
  async login(@Args('input') input: LoginInput, @HttpContext() http: Http): Promise<AuthPayloadModel> {
    return signedIn(http, await this.accounts.login(input, client(http.req)));
  }

  @Authenticated()
  @Mutation(() => Boolean, { description: 'Revoke the current session.' })
  async logout(@HttpContext() http: Http): Promise<boolean> {
    const sessionId = http.req.opencx?.sessionId;
    if (sessionId) await this.accounts.logout(sessionId);
    http.reply.header('set-cookie', serializeCookie(SESSION_COOKIE, '', { ...cookieOptions(http.req), maxAge: 0 }));
    return true;
  }

  @Authenticated()
  @Query(() => MeModel)
  async me(@CurrentUser() user: AuthUser): Promise<MeModel> {
    const workspaces = await this.workspaces.listForUser(user.id);
    return { user, workspaces: workspaces.map((w) => ({ ...w, role: w.role as RoleEnum })) };
  }
}
