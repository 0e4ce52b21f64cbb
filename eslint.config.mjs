// One ESLint config for the whole monorepo. The module-boundary rule encodes DESIGN.md §5:
//   apps → libs/server | libs/console → libs/domain;  plugins → libs/plugin-sdk → libs/domain.
// `type:*` says what a project is allowed to depend on; `platform:*` keeps browser and server code apart.
import nx from '@nx/eslint-plugin';
import { tableOwnership } from './tools/eslint/table-ownership.mjs';
import { graphqlTypes } from './tools/eslint/graphql-types.mjs';

function boundaries({ testing = false, allow = [] } = {}) {
  const withTesting = (tags) => (testing ? [...tags, 'type:testing'] : tags);
  return [
    'error',
    {
      enforceBuildableLibDependency: false,
      allow,
      banTransitiveDependencies: false,
      checkDynamicDependenciesExceptions: [],
      depConstraints: [
        { sourceTag: 'type:app', onlyDependOnLibsWithTags: withTesting(['type:feature', 'type:domain', 'type:plugin-sdk', 'type:plugin']) },
        { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:domain', 'type:testing', 'type:tools'] },
        { sourceTag: 'type:feature', onlyDependOnLibsWithTags: withTesting(['type:feature', 'type:domain', 'type:plugin-sdk']) },
        { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:feature', 'type:domain', 'type:plugin-sdk', 'type:testing'] },
        { sourceTag: 'type:plugin', onlyDependOnLibsWithTags: ['type:plugin-sdk', 'type:domain'] },
        { sourceTag: 'type:plugin-sdk', onlyDependOnLibsWithTags: ['type:domain'] },
        { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'] },
        { sourceTag: 'type:tools', onlyDependOnLibsWithTags: ['*'] },
        { sourceTag: 'platform:web', onlyDependOnLibsWithTags: ['platform:web', 'platform:shared'] },
        { sourceTag: 'platform:server', onlyDependOnLibsWithTags: withTesting(['platform:server', 'platform:shared']) },
        { sourceTag: 'platform:shared', onlyDependOnLibsWithTags: ['platform:shared'] },
        // Server layers (DESIGN.md §5): database ← core ← contexts ← composition (plugins host, apps/api).
        { sourceTag: 'layer:database', onlyDependOnLibsWithTags: withTesting(['layer:database', 'type:domain']) },
        { sourceTag: 'layer:core', onlyDependOnLibsWithTags: withTesting(['layer:database', 'layer:core', 'type:domain']) },
        { sourceTag: 'layer:context', onlyDependOnLibsWithTags: withTesting(['layer:database', 'layer:core', 'layer:context', 'type:domain']) },
        {
          sourceTag: 'layer:composition',
          onlyDependOnLibsWithTags: withTesting(['layer:database', 'layer:core', 'layer:context', 'layer:composition', 'type:domain', 'type:plugin-sdk', 'type:plugin']),
        },
      ],
    },
  ];
}

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.next/**',
      '**/.nx/**',
      '**/.data/**',
      '**/test-results/**',
      '**/playwright-report/**',
      'libs/console/graphql/src/generated/**',
      'tools/src/generators/**/files/**',
      '**/next-env.d.ts',
    ],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx', '**/*.mjs'],
    rules: {
      '@nx/enforce-module-boundaries': boundaries(),
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // STYLE.md rule 5: tenant data only through TenantDb; raw connections stay inside libs/server/database.
    files: ['libs/server/**/*.ts'],
    ignores: ['libs/server/database/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'typeorm',
              importNames: ['DataSource', 'EntityManager', 'QueryRunner', 'getManager', 'getRepository'],
              message: 'Use TenantDb (@opencx/server-database): every tenant query goes through the tenancy choke point.',
            },
          ],
        },
      ],
    },
  },
  {
    // STYLE.md rule 12: a context never holds another context's entities (tools/eslint/table-ownership.mjs).
    files: ['libs/server/**/*.ts'],
    plugins: { 'opencx-tables': tableOwnership },
    rules: { 'opencx-tables/no-foreign-entity': 'error' },
  },
  {
    // STYLE.md: one model or input class per file on the server (tools/eslint/graphql-types.mjs).
    files: ['libs/server/**/src/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.int-spec.ts'],
    plugins: { 'opencx-graphql': graphqlTypes },
    rules: { 'opencx-graphql/one-type-per-file': 'error' },
  },
  {
    // DESIGN.md §6: global tables (users, sessions, workspaces, rate limits) are identity's. Any other
    // server lib reaches data only through a workspace-scoped TenantDb.read/write, under row-level security.
    files: ['libs/server/**/*.ts'],
    ignores: ['libs/server/database/**', 'libs/server/identity/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.type='MemberExpression'][callee.property.name=/^(global|bootstrapWorkspace)$/]",
          message: 'TenantDb.global()/bootstrapWorkspace() are for the identity lib (owner of the global tables); use TenantDb.read/write with the WorkspaceContext.',
        },
      ],
    },
  },
  {
    // Specs and the API's test environment may use the test database (libs/server/testing).
    files: ['**/*.spec.ts', '**/*.int-spec.ts', 'apps/api/src/testing/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': boundaries({ testing: true }) },
  },
  {
    // Tool configuration files read the shared presets by path; they are not project code.
    files: ['**/jest.config.js', '**/jest.preset.js', 'jest.config.js', '**/*.config.{js,mjs,ts}', 'tools/scripts/*.mjs'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.spec.tsx', '**/*.e2e.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];
