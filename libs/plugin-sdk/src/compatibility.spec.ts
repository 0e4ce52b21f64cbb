import { assertCompatiblePlugin, isCompatible, PluginCompatibilityError } from './compatibility';
import { CORE_VERSION } from './core-version';

const plugin = (compatibility: string) => ({ id: 'retail', version: '1.2.0', compatibility });

describe('isCompatible', () => {
  it('checks the current core version by default', () => {
    expect(CORE_VERSION).toBe('0.1.0');
    expect(isCompatible(plugin('^0.1.0'))).toBe(true);
    expect(isCompatible(plugin('^0.2.0'))).toBe(false);
  });

  it.each([
    ['^0.1.0', '0.1.9', true],
    ['^0.1.0', '0.2.0', false],
    ['>=0.1.0 <1.0.0', '0.9.3', true],
    ['~1.4.0', '1.5.0', false],
    ['^0.1.0', '0.1.1-rc.1', true],
  ])('range %s with core %s → %s', (range, core, expected) => {
    expect(isCompatible(plugin(range), core)).toBe(expected);
  });

  it('treats an invalid range as incompatible rather than throwing', () => {
    expect(isCompatible(plugin('latest'), '0.1.0')).toBe(false);
  });
});

describe('assertCompatiblePlugin', () => {
  it('throws an error naming the plugin, its range and the core version', () => {
    expect(() => assertCompatiblePlugin(plugin('^1.0.0'), '0.1.0')).toThrow(
      new PluginCompatibilityError('retail', '^1.0.0', '0.1.0'),
    );
    expect(() => assertCompatiblePlugin(plugin('^1.0.0'), '0.1.0')).toThrow(
      'plugin "retail": compatibility "^1.0.0" does not accept core version 0.1.0',
    );
  });

  it('accepts a compatible plugin', () => {
    expect(() => assertCompatiblePlugin(plugin('^0.1.0'), '0.1.4')).not.toThrow();
  });
});
