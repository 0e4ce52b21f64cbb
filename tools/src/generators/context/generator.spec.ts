import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { CONTEXT_PATHS, generateContext, normalizeContextOptions } from './generator';

const WORKSPACE_ROOT = path.join(__dirname, '../../../..');

/** A virtual workspace holding the real files the generator edits. */
function workspace(): Tree {
  const tree = createTreeWithEmptyWorkspace();
  const migrations = path.join(WORKSPACE_ROOT, CONTEXT_PATHS.migrationsDir);
  for (const file of fs.readdirSync(migrations)) tree.write(`${CONTEXT_PATHS.migrationsDir}/${file}`, fs.readFileSync(path.join(migrations, file)));
  for (const file of [CONTEXT_PATHS.composition, CONTEXT_PATHS.tsconfig]) tree.write(file, fs.readFileSync(path.join(WORKSPACE_ROOT, file)));
  return tree;
}

describe('context generator', () => {
  it('derives every name from the context name', () => {
    const o = normalizeContextOptions({ name: 'follow-up-cases', timestamp: 1 });
    expect(o).toMatchObject({
      projectName: 'server-follow-up-cases',
      importPath: '@opencx/server-follow-up-cases',
      entityClass: 'FollowUpCase',
      fileName: 'follow-up-case',
      tableName: 'follow_up_case',
      listQuery: 'followUpCases',
      moduleClass: 'FollowUpCasesModule',
      entitiesConst: 'FOLLOW_UP_CASES_ENTITIES',
      migrationClass: 'FollowUpCases1',
    });
    expect(normalizeContextOptions({ name: 'research', entity: 'ResearchItem', timestamp: 1 }).tableName).toBe('research_item');
  });

  it('refuses names that are not kebab-case or already taken, and migrations older than the latest', () => {
    expect(() => normalizeContextOptions({ name: 'Reviews' })).toThrow(/kebab-case/);
    expect(() => normalizeContextOptions({ name: 'journeys' })).toThrow(/taken/);
    expect(() => normalizeContextOptions({ name: 'reviews', entity: 'review' })).toThrow(/PascalCase/);
    expect(() => generateContext(workspace(), { name: 'reviews', timestamp: 1000 })).toThrow(/later than the latest migration/);
  });

  it('writes the lib, a migration born under row-level security, and wires both into the API', () => {
    const tree = workspace();
    const o = generateContext(tree, { name: 'reviews', timestamp: 9_999_999_999_999 });
    for (const file of [
      'project.json',
      'README.md',
      'jest.config.js',
      'src/index.ts',
      'src/reviews.module.ts',
      'src/entities/review.entity.ts',
      'src/models/review.model.ts',
      'src/inputs/create-review.input.ts',
      'src/services/review.service.ts',
      'src/resolvers/review.resolver.ts',
      'src/reviews.int-spec.ts',
    ]) {
      expect(tree.exists(`libs/server/reviews/${file}`)).toBe(true);
    }
    expect(JSON.parse(tree.read('libs/server/reviews/project.json', 'utf-8')!).tags).toEqual(['type:feature', 'platform:server', 'layer:context']);
    const resolver = tree.read('libs/server/reviews/src/resolvers/review.resolver.ts', 'utf-8')!;
    expect(resolver.match(/@Roles\('(\w+)'\)/g)).toEqual([`@Roles('viewer')`, `@Roles('editor')`]);

    const migration = tree.read(`${CONTEXT_PATHS.migrationsDir}/9999999999999-reviews.ts`, 'utf-8')!;
    expect(migration).toContain('ALTER TABLE review ENABLE ROW LEVEL SECURITY');
    expect(migration).toContain('ALTER TABLE review FORCE ROW LEVEL SECURITY');
    expect(migration).toMatch(/CREATE POLICY tenant_isolation ON review\s+USING \(workspace_id = /);
    expect(migration).toContain('PRIMARY KEY (workspace_id, id)');

    const index = tree.read(`${CONTEXT_PATHS.migrationsDir}/index.ts`, 'utf-8')!;
    expect(index).toContain(`import { Reviews9999999999999 } from './9999999999999-reviews';`);
    expect(index).toMatch(/export const migrations = \[[^\]]*, Reviews9999999999999\];/);

    const composition = tree.read(CONTEXT_PATHS.composition, 'utf-8')!;
    expect(composition).toContain(`import { REVIEWS_ENTITIES, ReviewsModule } from '@opencx/server-reviews';`);
    expect(composition).toMatch(/export const CONTEXT_MODULES = \[[^\]]*, ReviewsModule\];/);
    expect(composition).toMatch(/export const ENTITIES = \[[^\]]*, \.\.\.REVIEWS_ENTITIES\];/);

    const paths = JSON.parse(tree.read(CONTEXT_PATHS.tsconfig, 'utf-8')!).compilerOptions.paths;
    expect(paths[o.importPath]).toEqual(['libs/server/reviews/src/index.ts']);
    expect(() => generateContext(tree, { name: 'reviews', timestamp: 9_999_999_999_999 + 1 })).toThrow(/already exists/);
  });
});
