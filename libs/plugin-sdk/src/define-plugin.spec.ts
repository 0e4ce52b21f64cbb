import { definePlugin } from './define-plugin';
import { localized } from './localized-text';
import { aPluginManifest } from './testing/plugin-manifest.builder';

describe('definePlugin', () => {
  it('returns the manifest data unchanged', () => {
    const manifest = aPluginManifest();
    expect(definePlugin(structuredClone(manifest))).toStrictEqual(manifest);
  });

  it('deep-freezes the manifest so no host code can rewrite a shared template', () => {
    const plugin = definePlugin(aPluginManifest());
    const touchpoint = plugin.journeyTemplates[0].stages[2].touchpoints[1];
    expect(Object.isFrozen(plugin)).toBe(true);
    expect(Object.isFrozen(touchpoint)).toBe(true);
    expect(Object.isFrozen(touchpoint.painPoints[0].title)).toBe(true);
    expect(() => {
      (touchpoint as { emotion: number }).emotion = 3;
    }).toThrow(TypeError);
  });
});

describe('localized', () => {
  it('builds text in both console languages', () => {
    expect(localized('Repair request', '报修')).toEqual({ en: 'Repair request', 'zh-CN': '报修' });
  });
});
