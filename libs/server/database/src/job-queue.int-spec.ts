import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '@opencx/server-testing';
import { createDataSource, runMigrations } from './data-source';
import { grantApplicationRole, JOB_SCHEMA } from './database-roles';
import { installJobQueue, JobQueue } from './job-queue';

/**
 * Shutting down while a job is in hand: the job finishes and is completed before the pool closes,
 * and nothing the queue does afterwards rejects unhandled (an API that could not bind its port
 * once crashed with "Cannot use a pool after calling end on the pool" from pg-boss).
 */
let database: TestDatabase;
let admin: Client;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  database = await createTestDatabase();
  const owner = createDataSource({ url: database.ownerUrl, entities: [] });
  await owner.initialize();
  await runMigrations(owner);
  await grantApplicationRole((sql) => owner.query(sql), 'opencx_app');
  await owner.destroy();
  await installJobQueue(database.ownerUrl, 'opencx_app', [{ name: 'spec-slow', retryLimit: 2, expireInSeconds: 60 }]);
  admin = new Client({ connectionString: database.url });
  await admin.connect();
  process.on('unhandledRejection', onUnhandled);
});

afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await admin?.end();
  await database?.drop();
});

const state = async (id: string) =>
  (await admin.query<{ state: string }>(`SELECT state FROM ${JOB_SCHEMA}.job WHERE id = $1`, [id])).rows[0]?.state;

it('finishes the job in hand before the pool closes, and nothing rejects after shutdown', async () => {
  const dataSource: DataSource = createDataSource({ url: database.appUrl, entities: [], poolSize: 3 });
  await dataSource.initialize();
  const queue = new JobQueue(dataSource);
  let started!: () => void;
  const inHand = new Promise<void>((resolve) => (started = resolve));
  let finished = false;
  await queue.work<{ n: number }>('spec-slow', async () => {
    started();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    finished = true;
  });
  const id = await queue.send('spec-slow', { n: 1 });
  await inHand;

  // The order Nest uses: the queue's beforeApplicationShutdown, then the data source closes its pool.
  await queue.beforeApplicationShutdown();
  await dataSource.destroy();
  await new Promise((resolve) => setTimeout(resolve, 2000));

  expect(finished).toBe(true);
  expect(await state(id)).toBe('completed');
  expect(unhandled).toEqual([]);
});

it('queues one periodic job per slot however many processes schedule it, and none with schedules off', async () => {
  await installJobQueue(database.ownerUrl, 'opencx_app', [{ name: 'spec-every', retryLimit: 0, expireInSeconds: 60 }]);
  const sources = [0, 1, 2].map(() => createDataSource({ url: database.appUrl, entities: [], poolSize: 2 }));
  for (const s of sources) await s.initialize();
  const [a, b] = [new JobQueue(sources[0]), new JobQueue(sources[1])];
  const off = new JobQueue(sources[2], { schedules: false });
  const queued = async () => Number((await admin.query(`SELECT count(*) FROM ${JOB_SCHEMA}.job WHERE name = 'spec-every'`)).rows[0].count);
  try {
    off.every('spec-every', 3_600_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await queued()).toBe(0);
    // Two processes scheduling the same work in the same hour: one job.
    a.every('spec-every', 3_600_000);
    b.every('spec-every', 3_600_000);
    for (let i = 0; i < 50 && (await queued()) === 0; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await queued()).toBe(1);
  } finally {
    for (const q of [a, b, off]) await q.beforeApplicationShutdown();
    for (const s of sources) await s.destroy();
  }
});
