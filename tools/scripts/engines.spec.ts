import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';

// README and package.json promise a Node version; every locked package must accept it, or a fresh
// `npm install` prints EBADENGINE warnings (issue 9: @axe-core/playwright 4.14 wanted Node ≥ 22.12).
const root = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean }> };

it('every locked package accepts the lowest Node version package.json promises', () => {
  const lowest = semver.minVersion(pkg.engines.node);
  expect(lowest?.version).toBe('20.19.0');
  const refused = Object.entries(lock.packages)
    .filter(([path]) => path !== '')
    .flatMap(([path, entry]) => {
      const range = !Array.isArray(entry.engines) ? entry.engines?.node : undefined;
      return range && !semver.satisfies(lowest as semver.SemVer, range) ? [`${path.replace(/^.*node_modules\//, '')} wants node ${range}`] : [];
    });
  expect(refused).toEqual([]);
});
