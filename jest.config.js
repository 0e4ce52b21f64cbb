// Root Jest config: every project with a jest.config.js, run together (`npm run test:unit`).
const fs = require('node:fs');
const path = require('node:path');
const preset = require('./jest.preset.js');

function findProjects(dir, depth = 0) {
  if (depth > 3) return [];
  if (fs.existsSync(path.join(dir, 'jest.config.js'))) return [dir];
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    out.push(...findProjects(full, depth + 1));
  }
  return out;
}

module.exports = {
  projects: ['apps', 'libs', 'plugins', 'tools'].flatMap((d) => findProjects(path.join(__dirname, d))),
  globalSetup: preset.globalSetup,
  globalTeardown: preset.globalTeardown,
  maxWorkers: process.env.CI ? 2 : '50%',
  testTimeout: preset.testTimeout,
};
