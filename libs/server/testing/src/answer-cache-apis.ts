import { startTestApi, type TestApi } from './test-api';

/** The three APIs an answer cache's specs compare, all on one database. */
export interface AnswerCacheApis {
  /** Started with the cache off (`off`'s variables): every answer built from the database. */
  fresh: TestApi;
  /** Caches as in production. */
  api: TestApi;
  /** A second API replica on the same database, with its own caches. */
  replica: TestApi;
  /** Closes the three. */
  close(): Promise<void>;
}

/**
 * Starts an API with the variables of `off` set (e.g. a cache's budget at 0: the caches read them
 * when the API starts; they are removed again right after), then two APIs as in production on its
 * database: what an answer cache's spec compares its answers with, and a second replica.
 */
export async function startAnswerCacheApis(off: Record<string, string>): Promise<AnswerCacheApis> {
  const started: TestApi[] = [];
  const close = async () => {
    for (const api of started.reverse()) await api.close();
  };
  try {
    Object.assign(process.env, off);
    let fresh: TestApi;
    try {
      fresh = await startTestApi();
    } finally {
      for (const name of Object.keys(off)) delete process.env[name];
    }
    started.push(fresh);
    const api = await startTestApi({ databaseUrl: fresh.databaseUrl });
    started.push(api);
    const replica = await startTestApi({ databaseUrl: fresh.databaseUrl });
    started.push(replica);
    return { fresh, api, replica, close };
  } catch (error) {
    await close();
    throw error;
  }
}
