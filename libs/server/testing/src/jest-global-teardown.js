const fs = require('node:fs');

module.exports = async function globalTeardown() {
  const handle = globalThis.__OPENCX_TEST_PG__;
  if (!handle) return;
  globalThis.__OPENCX_TEST_PG__ = undefined;
  await handle.pg.stop();
  fs.rmSync(handle.dir, { recursive: true, force: true });
};
