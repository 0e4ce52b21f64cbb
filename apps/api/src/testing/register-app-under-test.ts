// Jest setup file (jest.preset.js `setupFiles`): lets `startTestApi()` from @opencx/server-testing boot
// this app from any project's spec. The app is required lazily, so specs that never start the API
// (console, domain, plugins) pay nothing for it.
import { registerAppUnderTest } from '@opencx/server-testing';

registerAppUnderTest({
  async start({ appDatabaseUrl, ownerDatabaseUrl, env, plugins, onQuery }) {
    const { startApi } = require('../start-api') as typeof import('../start-api');
    const { loadConfig } = require('../config') as typeof import('../config');
    const { JsonLogger } = require('../json-logger') as typeof import('../json-logger');
    const { isControlStatement } = require('@opencx/server-database') as typeof import('@opencx/server-database');
    // Migrates as the owner role and serves as the application role, as in production. Imports run on
    // the HTTP thread unless a spec asks for the import thread (a second application per test API otherwise).
    const config = {
      ...loadConfig({ ...process.env, OPENCX_IMPORT_THREAD: 'off', ...env, DATABASE_URL: appDatabaseUrl, DATABASE_OWNER_URL: ownerDatabaseUrl, OPENCX_RLS: 'on', PORT: '0', LOG_LEVEL: 'error' }),
      schemaFile: null,
    };
    const api = await startApi(config, new JsonLogger('error'), { plugins, onQuery: (sql) => onQuery(sql, isControlStatement(sql)) });
    return { url: api.url, app: api.app, close: () => api.close() };
  },
  builtInPlugins: () => (require('../plugins') as typeof import('../plugins')).BUILT_IN_PLUGINS,
});
