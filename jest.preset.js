// Shared Jest settings: SWC transform (with decorator metadata for NestJS) and the @opencx/* path aliases.
const path = require('node:path');
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) =>
    // `@opencx/x/*` → `libs/x/src/*`: a deep import of one module of a library.
    alias.endsWith('/*')
      ? [`^${alias.slice(0, -2).replace(/[/]/g, '\\/')}\\/(.*)$`, path.join(__dirname, target.slice(0, -2)) + '/$1']
      : [`^${alias.replace(/[/]/g, '\\/')}$`, path.join(__dirname, target)],
  ),
);

module.exports = {
  testEnvironment: 'node',
  // Integration specs start real processes and databases; a slow or busy machine must not fail them.
  testTimeout: 120000,
  testMatch: ['**/?(*.)+(spec|int-spec).[jt]s?(x)'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/\\.next/', '/files/'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
  moduleNameMapper,
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true, tsx: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
          target: 'es2022',
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
        sourceMaps: 'inline',
      },
    ],
  },
  // Registers apps/api as the app under test, so `startTestApi()` (@opencx/server-testing) boots the
  // whole composed API from any project's spec without a lib importing the app.
  setupFiles: [path.join(__dirname, 'apps/api/src/testing/register-app-under-test.ts')],
  globalSetup: path.join(__dirname, 'libs/server/testing/src/jest-global-setup.js'),
  globalTeardown: path.join(__dirname, 'libs/server/testing/src/jest-global-teardown.js'),
};
