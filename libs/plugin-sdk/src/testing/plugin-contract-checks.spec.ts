import { readFileSync } from 'node:fs';
import { definePlugin } from '../define-plugin';
import { manifestOrigin, pointErrorAt } from '../manifest-origin';
import type { PluginManifest } from '../plugin-manifest.types';
import type { DeepMutable } from './deep-mutable';
import { describePluginContract } from './describe-plugin-contract';
import { pluginContractChecks } from './plugin-contract-checks';
import { findUntranslatedTexts } from './plugin-contract-inspections';
import { aPluginManifest } from './plugin-manifest.builder';

type Draft = DeepMutable<PluginManifest>;

function failingChecks(change: (manifest: Draft) => void, coreVersion?: string): string[] {
  const manifest = aPluginManifest();
  change(manifest);
  return pluginContractChecks(manifest, { coreVersion }).flatMap((check) => {
    try {
      check.run();
      return [];
    } catch {
      return [check.name];
    }
  });
}

// The kit run as a plugin author would run it: every registered test must pass for a valid plugin.
describePluginContract(definePlugin(aPluginManifest()));

describe('pluginContractChecks', () => {
  it('passes every check for a valid manifest', () => {
    expect(failingChecks(() => undefined)).toEqual([]);
  });

  it('fails a topic whose keyword also tags another topic', () => {
    // 师傅 alone is fine; 维修师傅 contains it, so a comment about one is tagged with both topics.
    expect(
      failingChecks((m) => {
        m.topics![0].keywords.zh = ['等待', '维修师傅'];
      }),
    ).toEqual(['every topic has zh and en keywords, each tagging its own topic only']);
  });

  it('fails a topic without English keywords', () => {
    expect(
      failingChecks((m) => {
        m.topics![1].keywords.en = [];
      }),
    ).toEqual(['every topic has zh and en keywords, each tagging its own topic only']);
  });

  it('fails only the uniqueness check on a duplicate stage key (each problem fails one test)', () => {
    expect(
      failingChecks((m) => {
        m.journeyTemplates[0].stages[1].key = 'request';
      }),
    ).toEqual(['ids and keys are unique in their scope']);
  });

  it('fails the structure check on a stage without touchpoints', () => {
    expect(
      failingChecks((m) => {
        m.journeyTemplates[0].stages[0].touchpoints = [];
      }),
    ).toEqual(['every journey template has ordered stages, each with touchpoints']);
  });

  it('fails the metric check on an unknown metric', () => {
    expect(
      failingChecks((m) => {
        m.followUpRules![0].when = { metric: 'churn', op: 'gt', value: 0 };
      }),
    ).toEqual(['every referenced metric is a plugin or core metric']);
  });

  it('fails the reference check on an unknown persona', () => {
    expect(
      failingChecks((m) => {
        m.journeyTemplates[0].personaKey = 'nobody';
      }),
    ).toEqual(['every persona and template reference resolves']);
  });

  it('fails the locale check on a missing zh-CN text', () => {
    expect(
      failingChecks((m) => {
        m.personas[0].frustrations[0] = { en: 'Waiting', 'zh-CN': '' };
      }),
    ).toEqual(['every text is given in en and zh-CN']);
  });

  it('fails the compatibility check against a core outside the range', () => {
    expect(failingChecks(() => undefined, '1.0.0')).toEqual(['compatibility accepts core 1.0.0']);
  });

  it('fails the JSON check on values JSON cannot carry', () => {
    expect(
      failingChecks((m) => {
        m.metrics[0].warningThreshold = undefined;
      }),
    ).toEqual(['the manifest survives a JSON round trip unchanged']);
  });

  it('warns, without failing, about each text whose zh-CN equals the English, by keyed path', () => {
    const manifest = aPluginManifest() as Draft;
    manifest.journeyTemplates[0].stages[2].touchpoints[1].name = { en: 'Survey', 'zh-CN': 'Survey' };
    manifest.personas[0].goals[0] = { en: 'Quick fix', 'zh-CN': ' Quick fix ' };
    expect(findUntranslatedTexts(manifest)).toEqual([
      'personas["regular-customer"].goals[0]: zh-CN equals the English text "Quick fix"',
      'journeyTemplates["service-request"].stages["follow-up"].touchpoints["survey"].name: zh-CN equals the English text "Survey"',
    ]);
    expect(findUntranslatedTexts(aPluginManifest())).toEqual([]);
    expect(failingChecks((m) => (m.displayName = { en: 'Same', 'zh-CN': 'Same' }))).toEqual([]);
  });

  it("points a failure at the plugin's definePlugin call, not into the SDK", () => {
    const broken = definePlugin({ ...aPluginManifest(), compatibility: '^9.0.0' }); // ← the manifest
    const failure = ((): Error => {
      const check = pluginContractChecks(broken).find((c) => c.name.startsWith('compatibility accepts'));
      try {
        check?.run();
      } catch (error) {
        return error as Error;
      }
      throw new Error('the compatibility check passed a plugin for core ^9.0.0');
    })();
    // The line of this file that defines the manifest, found in its source (not from the SDK).
    const line = readFileSync(__filename, 'utf8').split('\n').findIndex((l) => l.endsWith('// ← the manifest')) + 1;
    const frames = (failure.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l));
    expect(frames[0]).toContain(`plugin-contract-checks.spec.ts:${line}:`);
    expect(frames.join('\n')).not.toMatch(/plugin-contract-checks\.ts|manifest-origin\.ts|define-plugin\.ts/);
    // The message (Jest's diff) is kept.
    expect(failure.message).toContain('^9.0.0');
  });

  it('keeps the frames of a manifest made without definePlugin, and the message of any failure', () => {
    expect(manifestOrigin(aPluginManifest())).toBeUndefined();
    const failure = new Error('boom');
    const stack = failure.stack;
    expect(pointErrorAt(failure, undefined).stack).toBe(stack);
    expect(pointErrorAt(failure, ['    at plugin (/p/src/index.ts:5:20)']).stack).toBe('Error: boom\n    at plugin (/p/src/index.ts:5:20)');
  });

  it('names each check after what it asserts', () => {
    expect(pluginContractChecks(aPluginManifest()).map((c) => c.name)).toContain('compatibility accepts core 0.1.0');
  });
});
