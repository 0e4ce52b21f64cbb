import { aPluginManifest } from '@opencx/plugin-sdk/testing';
import { loadPlugins, PluginLoadError } from './plugin-loader';

describe('loadPlugins', () => {
  const good = aPluginManifest();

  it('loads valid, compatible plugins', () => {
    expect(loadPlugins({ builtIn: [good], packages: [], strict: true }).map((p) => p.id)).toEqual([good.id]);
  });

  it('stops start-up with one line naming the plugin and the field', () => {
    const bad = { ...good, id: 'broken-plugin', version: 'one' };
    expect(() => loadPlugins({ builtIn: [bad], packages: [], strict: true })).toThrow(PluginLoadError);
    try {
      loadPlugins({ builtIn: [bad], packages: [], strict: true });
    } catch (error) {
      const message = (error as Error).message;
      expect(message.split('\n')).toHaveLength(1);
      expect(message).toContain('broken-plugin');
      expect(message).toContain('version');
    }
  });

  it('skips a bad plugin and logs it when not strict', () => {
    const logged: string[] = [];
    const plugins = loadPlugins({ builtIn: [good, { ...good, id: 'other', compatibility: '^9.0.0' }], packages: [], strict: false, log: (m) => logged.push(m) });
    expect(plugins.map((p) => p.id)).toEqual([good.id]);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/"other".*\^9\.0\.0.*skipped/);
  });

  it('loads npm packages by name and explains a package without a plugin export', () => {
    const modules: Record<string, unknown> = { 'opencx-plugin-ok': { plugin: { ...good, id: 'from-npm' } }, 'opencx-plugin-empty': {} };
    const require = (name: string) => modules[name];
    expect(loadPlugins({ builtIn: [], packages: ['opencx-plugin-ok'], strict: true, require }).map((p) => p.id)).toEqual(['from-npm']);
    expect(() => loadPlugins({ builtIn: [], packages: ['opencx-plugin-empty'], strict: true, require })).toThrow(/package "opencx-plugin-empty".*does not export `plugin`/);
  });

  it('refuses the same plugin twice', () => {
    expect(() => loadPlugins({ builtIn: [good, good], packages: [], strict: true })).toThrow(/installed twice/);
  });
});
