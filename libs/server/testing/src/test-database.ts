import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export interface TestDatabase {
  /** As the test server's superuser: for inspecting rows from outside, whatever their workspace. */
  url: string;
  /** As the owner role (owns the database): migrations. */
  ownerUrl: string;
  /** As the application role (owns nothing, no BYPASSRLS): what the API serves as. */
  appUrl: string;
  drop(): Promise<void>;
}

/** The roles Jest's global setup creates (jest-global-setup.js). */
export const TEST_ROLES = {
  owner: { name: 'opencx_owner', password: 'opencx-owner-test' },
  app: { name: 'opencx_app', password: 'opencx-app-test' },
} as const;

function serverUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run tests through Jest (its global setup starts PostgreSQL)');
  return url;
}

function as(url: string, role: { name: string; password: string }): string {
  const u = new URL(url);
  u.username = role.name;
  u.password = role.password;
  return u.toString();
}

/** The owner and application role URLs of a test database, given its superuser URL. */
export function testRoleUrls(url: string): { ownerUrl: string; appUrl: string } {
  return { ownerUrl: as(url, TEST_ROLES.owner), appUrl: as(url, TEST_ROLES.app) };
}

/** A fresh, empty database on the test PostgreSQL server, owned by the owner role; dropped by `drop()`. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `opencx_t_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} OWNER ${TEST_ROLES.owner.name}`);
  await admin.end();
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    ...testRoleUrls(url.toString()),
    async drop() {
      const c = new Client({ connectionString: serverUrl() });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
