import { pluginStartEnv } from './start-plugins';

describe('npm start -- --plugin <path>', () => {
  it('loads each named folder by its absolute path in the dev loop, after the plugins OPENCX_PLUGINS already names', () => {
    expect(pluginStartEnv(['--plugin', '../my-plugin', '--plugin=/srv/plugins/dental'], { OPENCX_PLUGINS: 'opencx-plugin-x' }, '/home/p/opencx')).toEqual({
      OPENCX_PLUGINS: 'opencx-plugin-x,/home/p/my-plugin,/srv/plugins/dental',
      OPENCX_PLUGIN_DEV: '1',
    });
  });

  it('changes nothing without --plugin', () => {
    expect(pluginStartEnv([], { OPENCX_PLUGINS: 'a' }, '/x')).toBeNull();
  });

  it('refuses a --plugin without a path and an option it does not know, naming it', () => {
    expect(() => pluginStartEnv(['--plugin'], {}, '/x')).toThrow('--plugin needs the path of a plugin package: npm start -- --plugin ../my-plugin');
    expect(() => pluginStartEnv(['--plugin', '--verbose'], {}, '/x')).toThrow('--plugin needs the path');
    expect(() => pluginStartEnv(['--plugins', 'x'], {}, '/x')).toThrow('unknown option --plugins (npm start takes --plugin <path>)');
  });
});
