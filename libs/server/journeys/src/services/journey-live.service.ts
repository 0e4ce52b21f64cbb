import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { OpenCxError } from '@opencx/server-core';
import { ChangeFeed, TenantDb, type ChangeEvent, type WorkspaceContext } from '@opencx/server-database';
import { IdentityDirectory } from '@opencx/server-identity';
import { JourneyEntity } from '../entities';
import { journeyErrors } from '../journey.errors';

/** Someone else with the map open, and the card they are editing (null: only viewing). */
export interface Colleague {
  userId: string;
  name: string;
  cardId: string | null;
}

/** What an open map is told, in order: who it is, then changes of the map and who else has it open. */
export type LiveMessage =
  | { type: 'hello'; connectionId: string; revision: number }
  | { type: 'change'; journeyId: string; revision: number; actorUserId: string | null }
  | { type: 'presence'; colleagues: Colleague[] };

export interface LiveStream {
  close(): void;
}

/** Seconds between presence announcements of one open map, and after how many an announcement expires. */
export const PRESENCE = { heartbeatMs: 15_000, expireMs: 40_000 };

const CARD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Presence {
  userId: string;
  name: string;
  cardId: string | null;
  seenAt: number;
}

/**
 * Live colleagues on a map. Every open map is a stream fed by the change feed (PostgreSQL
 * LISTEN/NOTIFY), so whichever API replica took an edit or a presence announcement, every replica
 * hears it: map changes (ids and revision only, never content) and presence. Presence lives only in
 * the open streams: each announces itself on opening, every heartbeat and on closing; a newcomer's
 * first announcement makes the others announce themselves at once; an announcement not renewed expires.
 */
@Injectable()
export class JourneyLiveService {
  constructor(
    private readonly db: TenantDb,
    private readonly feed: ChangeFeed,
    private readonly identity: IdentityDirectory,
  ) {}

  /** Opens a stream on a journey the caller may read (the same check as journey(id)); `send` gets every message. */
  async open(ctx: WorkspaceContext, journeyId: string, send: (message: LiveMessage) => void): Promise<LiveStream> {
    const userId = ctx.actor.userId;
    if (!userId) throw journeyErrors.notFound('Journey', journeyId);
    const journey = await this.db.read(ctx, (tx) => tx.findOneOrFail(JourneyEntity, { id: journeyId }, () => journeyErrors.notFound('Journey', journeyId)));
    const name = (await this.identity.displayNames([userId])).get(userId) ?? '';
    const connectionId = randomUUID();
    const others = new Map<string, Presence>();
    let cardId: string | null = null;
    let closed = false;
    let lastSent = '';

    const sendPresence = () => {
      const now = Date.now();
      const byUser = new Map<string, Colleague & { seenAt: number }>();
      for (const [key, p] of others) {
        if (now - p.seenAt > PRESENCE.expireMs) {
          others.delete(key);
          continue;
        }
        const seen = byUser.get(p.userId);
        // Several tabs of one person: one avatar, with the card of whichever is editing.
        if (!seen || (!seen.cardId && p.cardId) || (p.cardId && p.seenAt > seen.seenAt)) byUser.set(p.userId, { userId: p.userId, name: p.name, cardId: p.cardId, seenAt: p.seenAt });
      }
      const colleagues = [...byUser.values()].map(({ userId: u, name: n, cardId: c }) => ({ userId: u, name: n, cardId: c })).sort((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId));
      const text = JSON.stringify(colleagues);
      if (text === lastSent) return;
      lastSent = text;
      send({ type: 'presence', colleagues });
    };
    const announce = (state: 'hello' | 'here' | 'left') =>
      this.publish(ctx, { kind: 'journey.presence', journeyId, connectionId, userId, name, cardId, state }).catch(() => undefined);

    const onEvent = (event: ChangeEvent) => {
      if (closed || event.journeyId !== journeyId) return;
      if (event.kind === 'journey.changed') {
        send({ type: 'change', journeyId, revision: Number(event.revision), actorUserId: typeof event.actorUserId === 'string' ? event.actorUserId : null });
      } else if (event.kind === 'journey.presence' && typeof event.connectionId === 'string' && typeof event.userId === 'string') {
        if (event.connectionId === connectionId) {
          // This stream's own card, reported through whichever replica took the request.
          if (event.userId === userId && event.state === 'card') cardId = typeof event.cardId === 'string' ? event.cardId : null;
          return;
        }
        const key = `${event.userId}:${event.connectionId}`;
        if (event.state === 'left') others.delete(key);
        else if (event.userId !== userId) others.set(key, { userId: event.userId, name: String(event.name ?? ''), cardId: typeof event.cardId === 'string' ? event.cardId : null, seenAt: Date.now() });
        if (event.state === 'hello') void announce('here');
        sendPresence();
      }
    };

    const unsubscribe = await this.feed.subscribe(ctx.workspaceId, onEvent);
    send({ type: 'hello', connectionId, revision: journey.revision });
    await announce('hello');
    const heartbeat = setInterval(() => {
      void announce('here');
      sendPresence();
    }, PRESENCE.heartbeatMs);
    heartbeat.unref();

    return {
      close: () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        unsubscribe();
        void announce('left');
      },
    };
  }

  /**
   * The card an open map is editing now (null: none). Told to every replica; only the stream with
   * this connection id and this caller's user takes it.
   */
  async reportCard(ctx: WorkspaceContext, journeyId: string, connectionId: string, cardId: string | null): Promise<void> {
    const userId = ctx.actor.userId;
    if (!userId) throw journeyErrors.notFound('Journey', journeyId);
    if (!CARD_ID.test(connectionId)) throw OpenCxError.badInput('connectionId', 'is not an open map');
    if (cardId !== null && !CARD_ID.test(cardId)) throw OpenCxError.badInput('cardId', 'is not a card id');
    const name = (await this.identity.displayNames([userId])).get(userId) ?? '';
    await this.db.write(ctx, async (tx) => {
      await tx.findOneOrFail(JourneyEntity, { id: journeyId }, () => journeyErrors.notFound('Journey', journeyId));
      await tx.publishChange({ kind: 'journey.presence', journeyId, connectionId, userId, name, cardId, state: 'card' });
    });
  }

  private publish(ctx: WorkspaceContext, event: Record<string, string | null>): Promise<void> {
    return this.db.write(ctx, (tx) => tx.publishChange(event));
  }
}
