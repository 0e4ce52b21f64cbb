import { Controller, Get, Res } from '@nestjs/common';
import { Public } from '@opencx/server-core';
import { SystemService } from './system.service';

interface Reply {
  status(code: number): Reply;
  send(body: unknown): unknown;
}

@Controller()
export class HealthController {
  constructor(private readonly system: SystemService) {}

  @Public()
  @Get('healthz')
  health(): { status: string } {
    return { status: 'ok' };
  }

  @Public()
  @Get('readyz')
  async ready(@Res() reply: Reply): Promise<unknown> {
    const state = await this.system.ready();
    return reply.status(state.ready ? 200 : 503).send(state.ready ? { status: 'ready' } : { status: 'not ready', reason: state.reason });
  }
}
