import { Inject, Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { Client, type Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from './tenancy/tenant-db';
import { CHANGE_FEED_CHANNEL } from './tenancy/tx';

/** One notification of the feed: always stamped with the workspace whose transaction sent it (TenantTx.publishChange). */
export interface ChangeEvent {
  workspaceId: string;
  kind: string;
  [field: string]: string | number | boolean | null;
}

export type ChangeListener = (event: ChangeEvent) => void;

const RECONNECT_MS = 1_000;

/**
 * The change feed (DESIGN §5 "Live changes"): every API replica holds one dedicated connection
 * that LISTENs on the channel tenant transactions NOTIFY (only once they commit), and hands each
 * event to the listeners of its workspace. So replicas behind a load balancer see each other's
 * changes with no broker beyond PostgreSQL. The connection opens with the first listener and is
 * re-opened after a failure.
 */
@Injectable()
export class ChangeFeed implements BeforeApplicationShutdown {
  private readonly logger = new Logger('ChangeFeed');
  private readonly listeners = new Map<string, Set<ChangeListener>>();
  private client: Client | null = null;
  private connecting: Promise<void> | null = null;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** Listens to one workspace's events; resolves once this replica is listening (so nothing committed afterwards is missed). */
  async subscribe(workspaceId: string, listener: ChangeListener): Promise<() => void> {
    let set = this.listeners.get(workspaceId);
    if (!set) this.listeners.set(workspaceId, (set = new Set()));
    set.add(listener);
    const unsubscribe = () => {
      set.delete(listener);
      if (!set.size && this.listeners.get(workspaceId) === set) this.listeners.delete(workspaceId);
    };
    try {
      await this.connect();
    } catch (error) {
      unsubscribe();
      throw error;
    }
    return unsubscribe;
  }

  private connect(): Promise<void> {
    if (this.client) return Promise.resolve();
    this.connecting ??= (async () => {
      const pool = (this.dataSource.driver as unknown as { master: Pool }).master;
      // The pool's own connection settings (same role, same database), on a connection of its own: LISTEN lives as long as its session.
      const client = new Client({ ...(pool.options as object), application_name: 'opencx-change-feed' } as ConstructorParameters<typeof Client>[0]);
      client.on('notification', (message) => this.deliver(message.channel, message.payload));
      client.on('error', (error) => this.lost(client, error));
      client.on('end', () => this.lost(client, null));
      try {
        await client.connect();
        await client.query(`LISTEN ${CHANGE_FEED_CHANNEL}`);
      } catch (error) {
        await client.end().catch(() => undefined);
        throw error;
      }
      if (this.stopped) {
        await client.end().catch(() => undefined);
        return;
      }
      this.client = client;
    })().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private lost(client: Client, error: Error | null): void {
    if (this.client !== client) return;
    this.client = null;
    if (this.stopped) return;
    this.logger.warn(`change feed connection lost${error ? `: ${error.message}` : ''}; reconnecting`);
    const again = () => {
      this.retry = null;
      if (this.stopped || !this.listeners.size) return;
      this.connect().catch(() => (this.retry = setTimeout(again, RECONNECT_MS)));
    };
    this.retry = setTimeout(again, RECONNECT_MS);
  }

  private deliver(channel: string, payload: string | undefined): void {
    if (channel !== CHANGE_FEED_CHANNEL || !payload) return;
    let event: ChangeEvent;
    try {
      event = JSON.parse(payload) as ChangeEvent;
    } catch {
      return;
    }
    if (typeof event.workspaceId !== 'string' || typeof event.kind !== 'string') return;
    for (const listener of [...(this.listeners.get(event.workspaceId) ?? [])]) {
      try {
        listener(event);
      } catch (error) {
        this.logger.error(`change listener failed: ${(error as Error).message}`);
      }
    }
  }

  /** Before the data source closes: no reconnect after this, and the listening session ends. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    await this.connecting?.catch(() => undefined);
    const client = this.client;
    this.client = null;
    this.listeners.clear();
    await client?.end().catch(() => undefined);
  }
}
