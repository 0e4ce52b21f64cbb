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

  it('loads a plugin by path, relative to cwd or absolute, and names the path when it fails', () => {
    const loaded: string[] = [];
    const require = (name: string) => {
      loaded.push(name);
      return name.endsWith('broken') ? {} : { plugin: { ...good, id: `p${loaded.length}` } };
    };
    const plugins = loadPlugins({ builtIn: [], packages: ['./my-plugin', '../elsewhere/healthcare', '/srv/plugins/b2c', 'opencx-plugin-x'], strict: true, cwd: '/work/opencx', require });
    expect(plugins.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(loaded).toEqual(['/work/opencx/my-plugin', '/work/elsewhere/healthcare', '/srv/plugins/b2c', 'opencx-plugin-x']);
    expect(() => loadPlugins({ builtIn: [], packages: ['./broken'], strict: true, cwd: '/work/opencx', require })).toThrow(
      'cannot load plugin from path "/work/opencx/broken": it does not export `plugin`',
    );
  });

  it('refuses the same plugin twice', () => {
    expect(() => loadPlugins({ builtIn: [good, good], packages: [], strict: true })).toThrow(/installed twice/);
  });
});
