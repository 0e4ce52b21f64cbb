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
    expect(() => normalizeContextOptions({ name: 'Surveys' })).toThrow(/kebab-case/);
    expect(() => normalizeContextOptions({ name: 'journeys' })).toThrow(/taken/);
    expect(() => normalizeContextOptions({ name: 'surveys', entity: 'survey' })).toThrow(/PascalCase/);
    expect(() => generateContext(workspace(), { name: 'surveys', timestamp: 1000 })).toThrow(/later than the latest migration/);
  });

  it('writes the lib, a migration born under row-level security, and wires both into the API', () => {
    const tree = workspace();
    const o = generateContext(tree, { name: 'surveys', timestamp: 9_999_999_999_999 });
    for (const file of [
      'project.json',
      'README.md',
      'jest.config.js',
      'src/index.ts',
      'src/surveys.module.ts',
      'src/entities/survey.entity.ts',
      'src/models/survey.model.ts',
      'src/inputs/create-survey.input.ts',
      'src/services/survey.service.ts',
      'src/resolvers/survey.resolver.ts',
      'src/surveys.int-spec.ts',
    ]) {
      expect(tree.exists(`libs/server/surveys/${file}`)).toBe(true);
    }
    expect(JSON.parse(tree.read('libs/server/surveys/project.json', 'utf-8')!).tags).toEqual(['type:feature', 'platform:server', 'layer:context']);
    const resolver = tree.read('libs/server/surveys/src/resolvers/survey.resolver.ts', 'utf-8')!;
    expect(resolver.match(/@Roles\('(\w+)'\)/g)).toEqual([`@Roles('viewer')`, `@Roles('editor')`]);

    const migration = tree.read(`${CONTEXT_PATHS.migrationsDir}/9999999999999-surveys.ts`, 'utf-8')!;
    expect(migration).toContain('ALTER TABLE survey ENABLE ROW LEVEL SECURITY');
    expect(migration).toContain('ALTER TABLE survey FORCE ROW LEVEL SECURITY');
    expect(migration).toMatch(/CREATE POLICY tenant_isolation ON survey\s+USING \(workspace_id = /);
    expect(migration).toContain('PRIMARY KEY (workspace_id, id)');

    const index = tree.read(`${CONTEXT_PATHS.migrationsDir}/index.ts`, 'utf-8')!;
    expect(index).toContain(`import { Surveys9999999999999 } from './9999999999999-surveys';`);
    expect(index).toMatch(/export const migrations = \[[^\]]*, Surveys9999999999999\];/);

    const composition = tree.read(CONTEXT_PATHS.composition, 'utf-8')!;
    expect(composition).toContain(`import { SURVEYS_ENTITIES, SurveysModule } from '@opencx/server-surveys';`);
    expect(composition).toMatch(/export const CONTEXT_MODULES = \[[^\]]*, SurveysModule\];/);
    expect(composition).toMatch(/export const ENTITIES = \[[^\]]*, \.\.\.SURVEYS_ENTITIES\];/);

    const paths = JSON.parse(tree.read(CONTEXT_PATHS.tsconfig, 'utf-8')!).compilerOptions.paths;
    expect(paths[o.importPath]).toEqual(['libs/server/surveys/src/index.ts']);
    expect(() => generateContext(tree, { name: 'surveys', timestamp: 9_999_999_999_999 + 1 })).toThrow(/already exists/);
  });
});
