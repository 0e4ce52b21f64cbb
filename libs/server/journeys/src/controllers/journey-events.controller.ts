import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Res, type BeforeApplicationShutdown } from '@nestjs/common';
import type { ServerResponse } from 'node:http';
import { OpenCxError, Roles, WorkspaceCtx, type WorkspaceContext } from '@opencx/server-core';
import { JourneyLiveService, type LiveMessage } from '../services/journey-live.service';

interface Reply {
  raw: ServerResponse;
  hijack(): void;
}

/** A stream ends after this long; the browser's EventSource reconnects, so access is checked again. */
export const STREAM_LIFETIME_MS = 5 * 60_000;
const PING_MS = 20_000;

/**
 * Live changes of one map as server-sent events (DESIGN §5), under the same access rule and tenant
 * scope as journey(id). Events: `hello` (this open map's connection id and the revision), `change`
 * (a newer revision: refetch), `presence` (who else has the map open, and the card they edit).
 */
@Controller('api/v1/journeys')
export class JourneyEventsController implements BeforeApplicationShutdown {
  /** Open streams, ended when the API shuts down (browsers reconnect to another replica). */
  private readonly open = new Set<ServerResponse>();

  constructor(private readonly live: JourneyLiveService) {}

  beforeApplicationShutdown(): void {
    for (const res of this.open) res.end();
    this.open.clear();
  }

  @Roles('viewer')
  @Get(':id/events')
  async events(@WorkspaceCtx() ctx: WorkspaceContext, @Param('id', new ParseUUIDPipe()) id: string, @Res() reply: Reply): Promise<void> {
    const res = reply.raw;
    let open = true;
    const write = (message: LiveMessage) => {
      if (open) res.write(`event: ${message.type}\ndata: ${JSON.stringify(message)}\n\n`);
    };
    const pending: LiveMessage[] = [];
    let started = false;
    // Opening checks access first: a refusal is an ordinary JSON error, before any stream starts.
    const stream = await this.live.open(ctx, id, (m) => (started ? write(m) : pending.push(m)));
    reply.hijack();
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      // No proxy may buffer or transform the stream (nginx honours X-Accel-Buffering).
      'cache-control': 'no-store, no-transform',
      'x-accel-buffering': 'no',
      connection: 'keep-alive',
    });
    res.write(`retry: 2000\n\n`);
    started = true;
    for (const m of pending) write(m);
    const ping = setInterval(() => open && res.write(`: ping\n\n`), PING_MS);
    const end = setTimeout(() => res.end(), STREAM_LIFETIME_MS);
    ping.unref();
    end.unref();
    this.open.add(res);
    res.on('close', () => {
      this.open.delete(res);
      open = false;
      clearInterval(ping);
      clearTimeout(end);
      stream.close();
    });
  }

  /** The card this open map is editing (`cardId` null: none); colleagues see it beside the avatar. */
  @Roles('viewer')
  @Post(':id/presence')
  @HttpCode(204)
  async presence(@WorkspaceCtx() ctx: WorkspaceContext, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: unknown): Promise<void> {
    const input = (body ?? {}) as { connectionId?: unknown; cardId?: unknown };
    if (typeof input.connectionId !== 'string') throw OpenCxError.badInput('connectionId', 'is required');
    if (input.cardId !== null && input.cardId !== undefined && typeof input.cardId !== 'string') throw OpenCxError.badInput('cardId', 'must be a card id or null');
    await this.live.reportCard(ctx, id, input.connectionId, (input.cardId as string | null | undefined) ?? null);
  }
}
