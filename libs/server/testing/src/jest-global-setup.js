// Starts one throwaway embedded PostgreSQL for the whole Jest run (unless TEST_DATABASE_URL is given).
// Test files create their own databases in it (see createTestDatabase), so they never share state.
// It goes through the same launcher as `npm start`, so a checkout under a private directory (root in
// /root) works here too (Jest transpiles the TypeScript it requires).
const os = require('node:os');
const fs = require('node:fs');
const path = require('node:path');
const net = require('node:net');
// eslint-disable-next-line @nx/enforce-module-boundaries -- Jest's moduleNameMapper does not apply to global setup, so the @opencx alias cannot resolve here.
const { startEmbeddedDatabase } = require('../../database/src/embedded-database');

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
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opencx-test-pg-'));
  let db;
  try {
    db = await startEmbeddedDatabase({
      dataDir: path.join(dir, 'data'),
      port: await freePort(),
      durable: false,
      postgresFlags: ['-c', 'max_connections=300'],
      onNotice: (line) => process.stderr.write(`${line}\n`),
    });
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    // One line, not Jest's stack trace of the launcher.
    throw new Error(`test database: ${error.message}`);
  }
  process.env.TEST_DATABASE_URL = db.url;
  await createRoles(db.url);
  globalThis.__OPENCX_TEST_PG__ = { pg: db, dir };
};
