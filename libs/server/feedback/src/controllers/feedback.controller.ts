import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiScope, WorkspaceCtx } from '@opencx/server-core';
import type { WorkspaceContext } from '@opencx/server-database';
import { FeedbackBatchService } from '../services/feedback-batch.service';

interface Reply {
  status(code: number): Reply;
  header(name: string, value: string): Reply;
  send(body: unknown): unknown;
}

/** Machines push feedback here: a JSON batch of ≤ 1,000 responses and/or observations, all-or-nothing. */
@Controller('api/v1/feedback')
export class FeedbackController {
  constructor(private readonly batches: FeedbackBatchService) {}

  @ApiScope('feedback:write')
  @Post()
  @HttpCode(201)
  async post(
    @WorkspaceCtx() ctx: WorkspaceContext,
    @Body() body: unknown,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res() reply: Reply,
  ): Promise<unknown> {
    const result = await this.batches.post(ctx, body, idempotencyKey ?? null);
    if (result.replayed) reply.header('idempotent-replayed', 'true');
    return reply.status(result.status).send(result.body);
  }
}
