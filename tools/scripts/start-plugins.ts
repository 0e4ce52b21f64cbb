import { isAbsolute, resolve } from 'node:path';

/**
 * `npm start -- --plugin ../my-plugin` (repeatable, or `--plugin=…`): the partner dev loop without
 * environment variables. Each path is resolved from the folder `npm start` was run in, added to
 * OPENCX_PLUGINS (after any already there) and OPENCX_PLUGIN_DEV is turned on, so the API loads the
 * plugin from that folder and reloads it whenever its build changes.
 */
export function pluginStartEnv(args: readonly string[], env: { OPENCX_PLUGINS?: string }, cwd: string): { OPENCX_PLUGINS: string; OPENCX_PLUGIN_DEV: '1' } | null {
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--plugin') {
      const value = args[i + 1];
      if (!value || value.startsWith('--')) throw new Error('--plugin needs the path of a plugin package: npm start -- --plugin ../my-plugin');
      paths.push(value);
      i++;
    } else if (arg.startsWith('--plugin=')) {
      paths.push(arg.slice('--plugin='.length));
    } else {
      throw new Error(`unknown option ${arg} (npm start takes --plugin <path>)`);
    }
  }
  if (paths.length === 0) return null;
  const named = (env.OPENCX_PLUGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return { OPENCX_PLUGINS: [...named, ...paths.map((p) => (isAbsolute(p) ? p : resolve(cwd, p)))].join(','), OPENCX_PLUGIN_DEV: '1' };
}
