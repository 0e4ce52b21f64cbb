import { Inject, Injectable, Logger, Optional, type BeforeApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from './tenancy/tenant-db';
import { JOB_SCHEMA } from './database-roles';
import type { TenantTx } from './tenancy/tx';


export interface QueueDeclaration {
  name: string;
  retryLimit: number;
  /** How long a job may stay active before pg-boss gives it to another worker (a live worker keeps its lock, so that worker skips it). */
  expireInSeconds: number;
  /** pg-boss queue policy; `short` keeps at most one waiting job per singletonKey. Default `standard`. */
  policy?: 'standard' | 'short' | 'singleton' | 'stately';
}

/** A job to insert with others in one statement, e.g. a timer due at `startAfter`. */
export interface TimedJob<T> {
  data: T;
  startAfter: Date;
  /** At most one waiting job per key (with a `short` policy queue). */
  singletonKey?: string;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * pg-boss creates and migrates its own schema, and creating a queue creates a table partition:
 * DDL the application role may not run (it owns nothing). So, at start, as the owner role (the
 * one that runs our migrations): install or migrate pg-boss's schema, create the declared
 * queues, and grant the application role the data rights it needs on that schema. The API then
 * runs pg-boss as the application role with `migrate: false` (it only checks the version).
 */
export async function installJobQueue(ownerUrl: string, appRole: string | null, queues: readonly QueueDeclaration[]): Promise<void> {
  const boss = new PgBoss({ connectionString: ownerUrl, schema: JOB_SCHEMA, migrate: true, supervise: false, schedule: false, max: 1, application_name: 'opencx-migrate' });
  boss.on('error', () => undefined);
  await boss.start();
  try {
    for (const queue of queues) {
      const policy = { name: queue.name, retryLimit: queue.retryLimit, retryDelay: 0, expireInSeconds: queue.expireInSeconds };
      if (!(await boss.getQueue(queue.name))) await boss.createQueue(queue.name, { ...policy, ...(queue.policy ? { policy: queue.policy } : {}) });
      else await boss.updateQueue(queue.name, policy);
    }
    if (appRole) {
      const db = boss.getDb();
      await db.executeSql(`GRANT USAGE ON SCHEMA ${JOB_SCHEMA} TO ${ident(appRole)}`, []);
      await db.executeSql(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${JOB_SCHEMA} TO ${ident(appRole)}`, []);
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

/** `schedules: false` (OPENCX_SCHEDULES=off) stops every periodic self-scheduling (`every`); jobs sent on demand still run. */
export interface JobQueueOptions {
  schedules: boolean;
  /**
   * Which queues this process (or thread) works; jobs of the others are left to another worker
   * (the API's import thread works only imports, its HTTP thread everything else). All when unset.
   */
  queues?: JobQueueSelection;
}

export type JobQueueSelection = { only: readonly string[] } | { except: readonly string[] };

/** Whether a process with this selection works `queue` (every queue when there is none). */
export function worksQueue(selection: JobQueueSelection | undefined, queue: string): boolean {
  if (!selection) return true;
  return 'only' in selection ? selection.only.includes(queue) : !selection.except.includes(queue);
}
export const JOB_QUEUE_OPTIONS = Symbol('JOB_QUEUE_OPTIONS');

export type JobHandler<T> = (data: T, job: { id: string }) => Promise<void>;

/**
 * The PostgreSQL-backed queue (DESIGN §5: one database is all there is to run), on the API's own
 * connection pool as the application role. Handlers are registered by the contexts that own the
 * work; jobs are sent in the same database as everything else.
 */
@Injectable()
export class JobQueue implements BeforeApplicationShutdown {
  private readonly logger = new Logger('JobQueue');
  private boss: PgBoss | null = null;
  private starting: Promise<PgBoss> | null = null;
  private readonly workers = new Map<string, string>();
  private stopped = false;
  private readonly timers: NodeJS.Timeout[] = [];

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Optional() @Inject(JOB_QUEUE_OPTIONS) private readonly options: JobQueueOptions = { schedules: true },
  ) {}

  private start(): Promise<PgBoss> {
    this.starting ??= (async () => {
      const pool = this.pool();
      const boss = new PgBoss({
        // pg-boss completes or fails a finished job without awaiting it; once the pool is about to end,
        // such a late statement is dropped (the job stays active and is expired and retried) rather
        // than rejecting unhandled on an ended pool and taking the process down.
        db: {
          executeSql: (text: string, values: unknown[]) => {
            if (!this.stopped) return pool.query(text, values);
            this.logger.warn('job queue: statement after shutdown dropped');
            // No result at all: pg-boss reads a missing result of complete/fail as "0 affected".
            return Promise.resolve(undefined as unknown as { rows: unknown[] });
          },
        },
        schema: JOB_SCHEMA,
        migrate: false,
        schedule: false,
      });
      boss.on('error', (error: Error) => this.logger.error(`job queue: ${error.message}`));
      await boss.start();
      this.boss = boss;
      return boss;
    })();
    return this.starting;
  }

  async send<T extends object>(queue: string, data: T): Promise<string> {
    const boss = await this.start();
    const id = await boss.send(queue, data);
    const worker = this.workers.get(queue);
    if (worker) boss.notifyWorker(worker);
    if (!id) throw new Error(`job queue ${queue} refused the job`);
    return id;
  }

  /**
   * Queues a job unless one with the same `key` was queued in the current `seconds`-long slot (pg-boss
   * throttling): a schedule every API replica keeps yields one job per slot. Null when throttled.
   */
  async sendThrottled<T extends object>(queue: string, data: T, key: string, seconds: number): Promise<string | null> {
    const boss = await this.start();
    const id = await boss.send(queue, data, { singletonKey: key, singletonSeconds: seconds });
    const worker = this.workers.get(queue);
    if (id && worker) boss.notifyWorker(worker);
    return id;
  }

  /**
   * Queues one `queue` job per `everyMs` slot, now and then on a timer, whatever the number of API
   * processes doing the same (`sendThrottled` with one key): the periodic work of alerts, reviews and
   * digests. Nothing when schedules are off.
   */
  every(queue: string, everyMs: number): void {
    if (!this.options.schedules || !this.connected) return;
    const seconds = Math.max(1, Math.round(everyMs / 1000));
    const schedule = () => void this.sendThrottled(queue, {}, `every:${queue}`, seconds).catch((error: Error) => this.logger.error(`schedule of ${queue}: ${error.message}`));
    schedule();
    const timer = setInterval(schedule, everyMs);
    timer.unref();
    this.timers.push(timer);
  }

  /** False when the API was built without a database (schema emission): there is nothing to work then. */
  get connected(): boolean {
    return this.dataSource.isInitialized;
  }

  /**
   * Inserts jobs inside the caller's tenant transaction (one statement for all of them): they exist
   * exactly when the work that needs them commits, so a rolled-back batch leaves no timer and a
   * committed one never lacks its timer. Duplicates by singletonKey are skipped by pg-boss.
   */
  async insertWithin<T extends object>(tx: TenantTx, queue: string, jobs: readonly TimedJob<T>[]): Promise<void> {
    if (!jobs.length) return;
    const boss = await this.start();
    await boss.insert(
      jobs.map((j) => ({ name: queue, data: j.data, startAfter: j.startAfter.toISOString(), ...(j.singletonKey ? { singletonKey: j.singletonKey } : {}) })),
      { db: { executeSql: async (text: string, values: unknown[]) => ({ rows: await tx.jobQueueSql(text, values) }) } },
    );
  }

  /** Whether this process works `queue` (see JobQueueOptions.queues). */
  works(queue: string): boolean {
    return worksQueue(this.options.queues, queue);
  }

  /**
   * Runs `handler` for each job of `queue`, one at a time per API process; a throw retries the job
   * (up to the queue's retryLimit). Nothing when this process does not work `queue`.
   */
  async work<T extends object>(queue: string, handler: JobHandler<T>): Promise<void> {
    if (!this.works(queue)) return;
    const boss = await this.start();
    const id = await boss.work<T>(queue, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => handler(job.data, { id: job.id }));
    this.workers.set(queue, id);
  }

  /** Jobs of a queue that some worker holds (`active`): a sweep checks whether that worker is still alive. */
  async active<T>(queue: string, minAgeSeconds: number): Promise<{ id: string; data: T }[]> {
    const boss = await this.start();
    const { rows } = await boss.getDb().executeSql(
      `SELECT id, data FROM ${JOB_SCHEMA}.job WHERE name = $1 AND state = 'active' AND started_on < now() - make_interval(secs => $2)`,
      [queue, minAgeSeconds],
    );
    return rows as { id: string; data: T }[];
  }

  /** Hands a job whose worker died back to the queue (pg-boss retries it). */
  async fail(queue: string, id: string, reason: string): Promise<void> {
    const boss = await this.start();
    await boss.fail(queue, id, { reason });
  }

  /**
   * Runs `work` while this process holds a session-level advisory lock named `key` on a
   * connection of its own; null (without running) when another live worker holds it. The lock
   * dies with the worker's connection, so a job whose lock is free while pg-boss says `active`
   * belongs to a worker that was killed (see `isHeld`).
   */
  async holding<T>(key: string, work: () => Promise<T>): Promise<{ result: T } | null> {
    const client = await this.pool().connect();
    try {
      const { rows } = await client.query<{ ok: boolean }>(`SELECT pg_try_advisory_lock(hashtext($1)) AS ok`, [key]);
      if (!rows[0].ok) return null;
      try {
        return { result: await work() };
      } finally {
        await client.query(`SELECT pg_advisory_unlock(hashtext($1))`, [key]);
      }
    } finally {
      client.release();
    }
  }

  async isHeld(key: string): Promise<boolean> {
    const client = await this.pool().connect();
    try {
      const { rows } = await client.query<{ ok: boolean }>(`SELECT pg_try_advisory_lock(hashtext($1)) AS ok`, [key]);
      if (rows[0].ok) await client.query(`SELECT pg_advisory_unlock(hashtext($1))`, [key]);
      return !rows[0].ok;
    } finally {
      client.release();
    }
  }

  private pool(): Pool {
    return (this.dataSource.driver as unknown as { master: Pool }).master;
  }

  /** Before the data source closes (its onApplicationShutdown), so no worker touches an ended pool. */
  async beforeApplicationShutdown(): Promise<void> {
    for (const timer of this.timers.splice(0)) clearInterval(timer);
    if (this.starting) {
      // Graceful: a job in hand finishes (up to 10 s) and is completed before the pool closes.
      await (await this.starting).stop({ graceful: true, timeout: 10_000, close: false, wait: true }).catch(() => undefined);
    }
    this.stopped = true;
  }
}
