import type { INestApplication } from '@nestjs/common';
import type { PluginManifest } from '@opencx/plugin-sdk';

/**
 * The port through which `startTestApi()` boots the whole composed API without importing it: a lib
 * may not import an app, and the app imports every lib, so a static import would be a cycle in the
 * project graph. apps/api registers the factory in a Jest setup file
 * (apps/api/src/testing/register-app-under-test.ts, listed in jest.preset.js `setupFiles`), so any
 * lib's spec can start the real API.
 */
export interface AppUnderTestOptions {
  /** The application role's URL (served under row-level security). */
  appDatabaseUrl: string;
  /** The owner role's URL (runs the migrations). */
  ownerDatabaseUrl: string;
  /** Environment variables layered over process.env before the configuration is read. */
  env: Record<string, string>;
  /** Replaces the installed plugins (tests of plugin upgrades). */
  plugins?: PluginManifest[];
  /** Every SQL statement the API sends; `control` marks transaction control and the tenant setting. */
  onQuery(sql: string, control: boolean): void;
}

export interface AppUnderTest {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  app: INestApplication;
  close(): Promise<void>;
}

export interface AppUnderTestRegistration {
  start(options: AppUnderTestOptions): Promise<AppUnderTest>;
  /** The plugins the app ships with (for specs of templates and plugin upgrades). */
  builtInPlugins(): PluginManifest[];
}

// On globalThis, not in a module variable: Jest's setup file and a spec may see different module
// instances (e.g. after jest.resetModules()), but they share the test file's global object.
const KEY = Symbol.for('opencx.appUnderTest');
type Holder = { [KEY]?: AppUnderTestRegistration };

export function registerAppUnderTest(registration: AppUnderTestRegistration): void {
  (globalThis as Holder)[KEY] = registration;
}

export function appUnderTest(): AppUnderTestRegistration {
  const registration = (globalThis as Holder)[KEY];
  if (!registration) {
    throw new Error('No app under test is registered: run specs through Jest with jest.preset.js (its setupFiles register apps/api)');
  }
  return registration;
}

/** The plugins the app under test ships with (apps/api's BUILT_IN_PLUGINS). */
export const builtInPlugins = (): PluginManifest[] => appUnderTest().builtInPlugins();
