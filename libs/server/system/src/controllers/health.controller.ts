import { Controller, Get, Logger, Res } from '@nestjs/common';
import { Public } from '@opencx/server-core';
import { SystemService } from '../system.service';

interface Reply {
  status(code: number): Reply;
  send(body: unknown): unknown;
}

@Controller()
export class HealthController {
  private readonly logger = new Logger('readyz');

  constructor(private readonly system: SystemService) {}

  @Public()
  @Get('healthz')
  health(): { status: string } {
    return { status: 'ok' };
  }

  /** Anonymous probes get the status only; why the API is not ready goes to the operator's logs. */
  @Public()
  @Get('readyz')
  async ready(@Res() reply: Reply): Promise<unknown> {
    const state = await this.system.ready();
    if (!state.ready) this.logger.warn(`not ready: ${state.reason}`);
    return reply.status(state.ready ? 200 : 503).send({ status: state.ready ? 'ready' : 'not ready' });
  }
}
