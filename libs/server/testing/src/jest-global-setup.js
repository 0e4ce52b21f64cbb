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

module.exports = async function globalSetup() {
  if (process.env.TEST_DATABASE_URL) return;
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
  globalThis.__OPENCX_TEST_PG__ = { pg: db, dir };
};
