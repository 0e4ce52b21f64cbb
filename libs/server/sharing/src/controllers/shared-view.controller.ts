import { Controller, Get, Param, Req } from '@nestjs/common';
import { Public, type OpenCxRequest } from '@opencx/server-core';
import { AccountService, SESSION_COOKIE } from '@opencx/server-identity';
import { ShareLinkService, type SharedView } from '../services/share-link.service';

/** The public side of a share link (the console's /share/<token> page reads it through its proxy): read-only, one journey. */
@Controller('api/v1/share')
export class SharedViewController {
  constructor(
    private readonly links: ShareLinkService,
    private readonly accounts: AccountService,
  ) {}

  @Public()
  @Get(':token')
  view(@Param('token') token: string, @Req() req: OpenCxRequest): Promise<SharedView> {
    return this.links.view(token, req.ip ?? 'unknown', async (workspaceId) => {
      const secret = sessionSecret(req);
      const session = secret ? await this.accounts.resolveSession(secret, workspaceId) : null;
      return Boolean(session?.role);
    });
  }
}

/** The caller's own session, if any (Bearer or the console's cookie): asked only for members-only links. */
function sessionSecret(req: OpenCxRequest): string | null {
  const auth = req.headers.authorization;
  const bearer = typeof auth === 'string' && auth.startsWith('Bearer ') ? auth.slice(7).trim() : null;
  if (bearer?.startsWith('ocx_s_')) return bearer;
  const cookie = typeof req.headers.cookie === 'string' ? req.headers.cookie : '';
  for (const part of cookie.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) {
      const secret = decodeURIComponent(value.join('='));
      return secret.startsWith('ocx_s_') ? secret : null;
    }
  }
  return null;
}
