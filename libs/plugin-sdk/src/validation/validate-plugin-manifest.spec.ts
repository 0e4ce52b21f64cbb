import type { Emotion, PluginManifest, Severity } from '../plugin-manifest.types';
import type { DeepMutable } from '../testing/deep-mutable';
import { aPluginManifest, aTouchpointTemplate } from '../testing/plugin-manifest.builder';
import type { PluginManifestError } from './plugin-manifest-error';
import { PluginValidationError } from './plugin-validation.error';
import { closestMatch, editDistance } from './manifest-validation-context';
import { assertValidPlugin, validatePluginManifest } from './validate-plugin-manifest';

type Draft = DeepMutable<PluginManifest>;

function errorsAfter(change: (manifest: Draft) => void): readonly PluginManifestError[] {
  const manifest = aPluginManifest();
  change(manifest);
  const result = validatePluginManifest(manifest);
  return result.ok ? [] : result.errors;
}

function summary(errors: readonly PluginManifestError[]): { path: string; code: string }[] {
  return errors.map(({ path, code }) => ({ path, code }));
}

const tp = (m: Draft, stage: number, index: number) => m.journeyTemplates[0].stages[stage].touchpoints[index];

describe('validatePluginManifest', () => {
  it('accepts a complete manifest', () => {
    expect(validatePluginManifest(aPluginManifest())).toEqual({ ok: true });
  });

  it('rejects something that is not an object, naming no plugin', () => {
    const result = validatePluginManifest([]);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0].message).toBe('plugin "<unknown>": the manifest must be an object');
  });

  it('names the plugin id and the full field path in every message', () => {
    const errors = errorsAfter((m) => {
      tp(m, 2, 1).emotion = 4 as Emotion; // a JavaScript plugin, unchecked by the compiler
    });
    expect(errors.map((e) => e.message)).toEqual([
      'plugin "sample-services": journeyTemplates["service-request"].stages["follow-up"].touchpoints["survey"].emotion must be an integer between -3 and 3 (got 4)',
    ]);
    expect(errors[0]).toMatchObject({ pluginId: 'sample-services', code: 'invalid_emotion' });
  });

  it('collects every problem instead of stopping at the first', () => {
    const errors = errorsAfter((m) => {
      m.version = 'one';
      m.industries = [];
      tp(m, 0, 0).channel = 'fax' as 'web';
    });
    expect(summary(errors)).toEqual([
      { path: 'version', code: 'invalid_version' },
      { path: 'industries', code: 'empty_list' },
      { path: 'journeyTemplates["service-request"].stages["request"].touchpoints["submit-request"].channel', code: 'unknown_value' },
    ]);
  });

  describe('identity and versions', () => {
    it.each(['Sample', 'sample_services', 'sample--services', '-sample', ''])('rejects the non-kebab-case id %p', (id) => {
      const errors = errorsAfter((m) => {
        m.id = id;
      });
      expect(summary(errors)).toEqual([{ path: 'id', code: 'invalid_key' }]);
    });

    it('falls back to <unknown> in messages when the id is missing', () => {
      const errors = errorsAfter((m) => {
        delete (m as Partial<Draft>).id;
      });
      expect(errors[0].message).toMatch(/^plugin "<unknown>": id missing must be a kebab-case key/);
    });

    it.each(['1.0', 'v1.0.0', '1.0.0.0', 1])('rejects the plugin version %p', (version) => {
      const errors = errorsAfter((m) => {
        m.version = version as string;
      });
      expect(summary(errors)).toEqual([{ path: 'version', code: 'invalid_version' }]);
    });

    it('accepts pre-release and build versions', () => {
      expect(errorsAfter((m) => (m.version = '2.0.0-beta.1+build.7'))).toEqual([]);
    });

    it('rejects a template version that is not semver', () => {
      const errors = errorsAfter((m) => {
        m.journeyTemplates[0].version = 'latest';
      });
      expect(summary(errors)).toEqual([{ path: 'journeyTemplates["service-request"].version', code: 'invalid_version' }]);
    });

    it.each(['', 'not a range', '^^1', '>=1.0.0 <'])('rejects the compatibility range %p', (range) => {
      const errors = errorsAfter((m) => {
        m.compatibility = range;
      });
      expect(summary(errors)).toEqual([{ path: 'compatibility', code: 'invalid_range' }]);
    });

    it('accepts composite ranges', () => {
      expect(errorsAfter((m) => (m.compatibility = '>=0.1.0 <0.3.0 || ^1.0.0'))).toEqual([]);
    });
  });

  describe('industry names', () => {
    it('accepts a zh-CN and English name for each listed industry', () => {
      const errors = errorsAfter((m) => {
        m.industries = ['healthcare'];
        m.industryNames = { healthcare: { 'zh-CN': '医疗', en: 'Healthcare' } };
      });
      expect(errors).toEqual([]);
    });

    it('rejects a name for an industry the plugin does not list, suggesting the close one, and a missing language', () => {
      const errors = errorsAfter((m) => {
        m.industries = ['healthcare'];
        m.industryNames = { helthcare: { 'zh-CN': '医疗', en: 'Healthcare' }, healthcare: { en: 'Healthcare' } as never };
      });
      expect(summary(errors)).toEqual([
        { path: 'industryNames["helthcare"]', code: 'unknown_value' },
        { path: 'industryNames["healthcare"].zh-CN', code: 'missing_text' },
      ]);
      expect(errors[0].message).toContain('did you mean "healthcare"?');
    });

    it('rejects industryNames that is not an object', () => {
      const errors = errorsAfter((m) => {
        m.industryNames = ['healthcare'] as never;
      });
      expect(summary(errors)).toEqual([{ path: 'industryNames', code: 'invalid_type' }]);
    });
  });

  describe('duplicate keys', () => {
    it('rejects two personas with one key', () => {
      const errors = errorsAfter((m) => m.personas.push({ ...m.personas[0] }));
      expect(errors.map((e) => e.message)).toEqual([
        'plugin "sample-services": personas[1].key "regular-customer" duplicates personas[0].key',
      ]);
    });

    it('rejects two metrics with one key', () => {
      const errors = errorsAfter((m) => m.metrics.push({ ...m.metrics[0] }));
      expect(summary(errors)).toEqual([{ path: 'metrics[1].key', code: 'duplicate_key' }]);
    });

    it('rejects two journey templates with one key', () => {
      const errors = errorsAfter((m) => m.journeyTemplates.push(structuredClone(m.journeyTemplates[0])));
      expect(summary(errors)).toEqual([{ path: 'journeyTemplates[1].key', code: 'duplicate_key' }]);
    });

    it('rejects two stages with one key in a template', () => {
      const errors = errorsAfter((m) => {
        m.journeyTemplates[0].stages[2].key = 'request';
      });
      expect(summary(errors)).toEqual([{ path: 'journeyTemplates["service-request"].stages[2].key', code: 'duplicate_key' }]);
    });

    it('rejects one touchpoint key used in two stages of a template', () => {
      const errors = errorsAfter((m) => {
        tp(m, 2, 1).key = 'submit-request';
      });
      expect(errors.map((e) => e.message)).toEqual([
        'plugin "sample-services": journeyTemplates["service-request"].stages["follow-up"].touchpoints["submit-request"].key "submit-request" duplicates journeyTemplates["service-request"].stages["request"].touchpoints["submit-request"].key',
      ]);
    });

    it('allows the same touchpoint key in different templates', () => {
      const errors = errorsAfter((m) => {
        const copy = structuredClone(m.journeyTemplates[0]);
        copy.key = 'another-request';
        m.journeyTemplates.push(copy);
      });
      expect(errors).toEqual([]);
    });

    it('rejects two follow-up rules with one key', () => {
      const errors = errorsAfter((m) => m.followUpRules!.push({ ...m.followUpRules![0] }));
      expect(summary(errors)).toEqual([{ path: 'followUpRules[1].key', code: 'duplicate_key' }]);
    });

    it('rejects a metric listed twice on one touchpoint', () => {
      const errors = errorsAfter((m) => {
        tp(m, 2, 1).metricKeys = ['csat', 'csat'];
      });
      expect(summary(errors)).toEqual([
        { path: 'journeyTemplates["service-request"].stages["follow-up"].touchpoints["survey"].metricKeys[1]', code: 'duplicate_key' },
      ]);
    });
  });

  describe('metric references', () => {
    it('rejects a touchpoint metric that is neither the plugin’s nor a core metric', () => {
      const errors = errorsAfter((m) => {
        tp(m, 1, 0).metricKeys = ['response_time', 'repair_speed'];
      });
      expect(errors.map((e) => e.message)).toEqual([
        'plugin "sample-services": journeyTemplates["service-request"].stages["handle"].touchpoints["first-response"].metricKeys[1] "repair_speed" is not a metric of this plugin or a core metric (known: nps, csat, ces, response_time)',
      ]);
    });

    it('accepts the core metrics nps, csat and ces without declaring them', () => {
      expect(errorsAfter((m) => (tp(m, 0, 0).metricKeys = ['nps', 'csat', 'ces']))).toEqual([]);
    });

    it('rejects a follow-up rule on an unknown metric, also inside any/all', () => {
      const errors = errorsAfter((m) => {
        m.followUpRules![0].when = { any: [{ metric: 'nps', op: 'lte', value: 6 }, { metric: 'fixed', op: 'eq', value: 0 }] };
      });
      expect(summary(errors)).toEqual([{ path: 'followUpRules["detractor"].when.any[1].metric', code: 'unknown_metric' }]);
    });

    it('accepts a follow-up rule on a plugin metric used as a custom score', () => {
      const errors = errorsAfter((m) => {
        m.followUpRules![0].when = { metric: 'response_time', op: 'gt', value: 120 };
      });
      expect(errors).toEqual([]);
    });
  });

  describe('localized text', () => {
    it('rejects a missing zh-CN text', () => {
      const errors = errorsAfter((m) => {
        delete (tp(m, 0, 0).customerThought as Partial<Record<string, string>>)['zh-CN'];
      });
      expect(errors.map((e) => e.message)).toEqual([
        'plugin "sample-services": journeyTemplates["service-request"].stages["request"].touchpoints["submit-request"].customerThought.zh-CN must be a non-empty string',
      ]);
    });

    it('rejects a blank en text', () => {
      const errors = errorsAfter((m) => {
        m.displayName.en = '   ';
      });
      expect(summary(errors)).toEqual([{ path: 'displayName.en', code: 'missing_text' }]);
    });

    it('rejects a plain string where localized text is required', () => {
      const errors = errorsAfter((m) => {
        m.personas[0].goals = ['Get help' as unknown as Draft['displayName']];
      });
      expect(summary(errors)).toEqual([{ path: 'personas["regular-customer"].goals[0]', code: 'missing_text' }]);
    });

    it('caps persona lists like the console and imports do', () => {
      const errors = errorsAfter((m) => {
        m.personas[0].goals = Array.from({ length: 21 }, () => ({ en: 'Goal', 'zh-CN': '目标' }));
        m.personas[0].needs = [{ en: 'n'.repeat(501), 'zh-CN': '需要' }];
      });
      expect(summary(errors)).toEqual([
        { path: 'personas["regular-customer"].goals', code: 'too_long' },
        { path: 'personas["regular-customer"].needs[0].en', code: 'too_long' },
      ]);
    });

    it('rejects a missing optional text only when it is present but incomplete', () => {
      const errors = errorsAfter((m) => {
        m.journeyTemplates[0].stages[0].description = { en: 'Asking', 'zh-CN': '' };
        m.followUpRules![0].description = undefined;
      });
      expect(summary(errors)).toEqual([{ path: 'journeyTemplates["service-request"].stages["request"].description.zh-CN', code: 'missing_text' }]);
    });

    it('rejects a locale the console does not know', () => {
      const errors = errorsAfter((m) => {
        m.description = { ...m.description, zh: '测试' } as Draft['description'];
      });
      expect(summary(errors)).toEqual([{ path: 'description.zh', code: 'unknown_field' }]);
    });
  });

  describe('SLAs', () => {
    it.each([0, -30, 1.5, '30'])('rejects slaMinutes %p', (sla) => {
      const errors = errorsAfter((m) => {
        tp(m, 1, 0).slaMinutes = sla as number;
      });
      expect(summary(errors)).toEqual([{ path: 'journeyTemplates["service-request"].stages["handle"].touchpoints["first-response"].slaMinutes', code: 'invalid_sla' }]);
    });

    it.each([0, -24, Number.NaN, undefined])('rejects slaHours %p', (sla) => {
      const errors = errorsAfter((m) => {
        m.followUpRules![0].slaHours = sla as number;
      });
      expect(summary(errors)).toEqual([{ path: 'followUpRules["detractor"].slaHours', code: 'invalid_sla' }]);
    });

    it('accepts fractional slaHours', () => {
      expect(errorsAfter((m) => (m.followUpRules![0].slaHours = 0.5))).toEqual([]);
    });
  });

  describe('emotion and severity', () => {
    it.each([-4, 4, 1.5, '2'])('rejects emotion %p', (emotion) => {
      const errors = errorsAfter((m) => {
        tp(m, 0, 0).emotion = emotion as Emotion;
      });
      expect(summary(errors)).toEqual([{ path: 'journeyTemplates["service-request"].stages["request"].touchpoints["submit-request"].emotion', code: 'invalid_emotion' }]);
    });

    it.each([-3, 3])('accepts the boundary emotion %p', (emotion) => {
      expect(errorsAfter((m) => (tp(m, 0, 0).emotion = emotion as Emotion))).toEqual([]);
    });

    it.each([0, 6, 2.5])('rejects severity %p', (severity) => {
      const errors = errorsAfter((m) => {
        tp(m, 0, 0).painPoints[0].severity = severity as Severity;
      });
      expect(errors.map((e) => e.message)).toEqual([
        `plugin "sample-services": journeyTemplates["service-request"].stages["request"].touchpoints["submit-request"].painPoints[0].severity must be an integer between 1 and 5 (got ${severity})`,
      ]);
    });
  });

  describe('vocabulary', () => {
    it('rejects an unknown channel', () => {
      const errors = errorsAfter((m) => {
        tp(m, 0, 0).channel = 'pager' as 'web';
      });
      expect(errors[0].message).toBe(
        'plugin "sample-services": journeyTemplates["service-request"].stages["request"].touchpoints["submit-request"].channel "pager" must be one of web, app, phone, in_person, social, email, wechat, on_site, sms, chat, mail, other',
      );
    });

    it('rejects an unknown journey state', () => {
      const errors = errorsAfter((m) => {
        m.journeyTemplates[0].state = 'ideal' as 'current';
      });
      expect(summary(errors)).toEqual([{ path: 'journeyTemplates["service-request"].state', code: 'unknown_value' }]);
    });

    it('rejects an unknown journey shape', () => {
      const errors = errorsAfter((m) => {
        m.journeyTemplates[0].shape = 'circular' as 'linear';
      });
      expect(summary(errors)).toEqual([{ path: 'journeyTemplates["service-request"].shape', code: 'unknown_value' }]);
    });

    it('rejects an unknown metric kind', () => {
      const errors = errorsAfter((m) => {
        m.metrics[0].kind = 'percentage' as 'rate';
      });
      expect(summary(errors)).toEqual([{ path: 'metrics["response_time"].kind', code: 'unknown_value' }]);
    });

    it('rejects an unknown layer', () => {
      const errors = errorsAfter((m) => {
        tp(m, 0, 0).layer = 'backstage' as 'back_stage';
      });
      expect(summary(errors)).toEqual([{ path: 'journeyTemplates["service-request"].stages["request"].touchpoints["submit-request"].layer', code: 'unknown_value' }]);
    });

    it('rejects a misspelt field instead of silently ignoring it', () => {
      const errors = errorsAfter((m) => {
        Object.assign(tp(m, 1, 0), { slaMinute: 30 });
      });
      expect(summary(errors)).toEqual([{ path: 'journeyTemplates["service-request"].stages["handle"].touchpoints["first-response"].slaMinute', code: 'unknown_field' }]);
    });
  });

  describe('template structure', () => {
    it('rejects a template without stages', () => {
      const errors = errorsAfter((m) => {
        m.journeyTemplates[0].stages = [];
      });
      expect(errors.map((e) => e.message)).toEqual([
        'plugin "sample-services": journeyTemplates["service-request"].stages must contain at least one stage',
      ]);
    });

    it('rejects a stage without touchpoints', () => {
      const errors = errorsAfter((m) => {
        m.journeyTemplates[0].stages[1].touchpoints = [];
      });
      expect(summary(errors)).toEqual([{ path: 'journeyTemplates["service-request"].stages["handle"].touchpoints', code: 'empty_list' }]);
    });

    it('rejects a persona reference that does not exist', () => {
      const errors = errorsAfter((m) => {
        m.journeyTemplates[0].personaKey = 'tenant';
      });
      expect(summary(errors)).toEqual([{ path: 'journeyTemplates["service-request"].personaKey', code: 'unknown_persona' }]);
    });

    it('rejects a follow-up rule limited to an unknown template', () => {
      const errors = errorsAfter((m) => {
        m.followUpRules![0].templateKeys = ['service-request', 'repair'];
      });
      expect(summary(errors)).toEqual([{ path: 'followUpRules["detractor"].templateKeys[1]', code: 'unknown_template' }]);
    });

    it('accepts a manifest without follow-up rules', () => {
      expect(errorsAfter((m) => delete m.followUpRules)).toEqual([]);
    });

    it('rejects a touchpoint that is not an object', () => {
      const errors = errorsAfter((m) => {
        m.journeyTemplates[0].stages[0].touchpoints = [null as unknown as ReturnType<typeof aTouchpointTemplate>];
      });
      expect(summary(errors)).toEqual([{ path: 'journeyTemplates["service-request"].stages["request"].touchpoints[0]', code: 'invalid_type' }]);
    });
  });

  describe('metric presets', () => {
    it('rejects redefining a core metric key', () => {
      const errors = errorsAfter((m) => {
        m.metrics[0].key = 'nps';
        tp(m, 1, 0).metricKeys = ['csat'];
      });
      expect(summary(errors)).toEqual([{ path: 'metrics["nps"].key', code: 'reserved_key' }]);
    });

    it('rejects a metric key that is not snake_case', () => {
      const errors = errorsAfter((m) => {
        m.metrics[0].key = 'response-time';
        tp(m, 1, 0).metricKeys = ['csat'];
      });
      expect(summary(errors)).toEqual([{ path: 'metrics["response-time"].key', code: 'invalid_key' }]);
    });

    it('requires a duration unit', () => {
      const errors = errorsAfter((m) => {
        m.metrics[0].unit = 'weeks';
      });
      expect(summary(errors)).toEqual([{ path: 'metrics["response_time"].unit', code: 'unknown_value' }]);
    });

    it('requires the survey scale for an nps, csat or ces metric', () => {
      const errors = errorsAfter((m) => {
        m.metrics.push({
          key: 'store_csat',
          kind: 'csat',
          name: { en: 'Store CSAT', 'zh-CN': '门店满意度' },
          scale: { min: 1, max: 10 },
          direction: 'higher_is_better',
          defaultTarget: 80,
        });
      });
      expect(errors.map((e) => e.message)).toEqual([
        'plugin "sample-services": metrics["store_csat"].scale must be { min: 1, max: 5 } for a csat metric',
      ]);
    });

    it('rejects a "lower is better" survey metric', () => {
      const errors = errorsAfter((m) => {
        m.metrics.push({
          key: 'effort',
          kind: 'ces',
          name: { en: 'Effort', 'zh-CN': '费力度' },
          scale: { min: 1, max: 7 },
          direction: 'lower_is_better',
          defaultTarget: 70,
        });
      });
      expect(summary(errors)).toEqual([{ path: 'metrics["effort"].direction', code: 'invalid_direction' }]);
    });

    it('requires rates to be observed on 0..1 and targeted in percent', () => {
      const errors = errorsAfter((m) => {
        m.metrics.push({
          key: 'fix_rate',
          kind: 'rate',
          name: { en: 'Fix rate', 'zh-CN': '修复率' },
          scale: { min: 0, max: 1 },
          direction: 'higher_is_better',
          defaultTarget: 120,
        });
      });
      expect(errors.map((e) => e.message)).toEqual([
        'plugin "sample-services": metrics["fix_rate"].defaultTarget must be between 0 and 100 for a rate metric (got 120)',
      ]);
    });

    it('rejects a scale whose min is not below its max', () => {
      const errors = errorsAfter((m) => {
        m.metrics[0].scale = { min: 10, max: 10 };
      });
      expect(summary(errors)).toEqual([{ path: 'metrics["response_time"].scale', code: 'invalid_scale' }]);
    });

    it('rejects a warning threshold on the good side of the target', () => {
      const errors = errorsAfter((m) => {
        m.metrics[0].warningThreshold = 20;
      });
      expect(errors.map((e) => e.message)).toEqual([
        'plugin "sample-services": metrics["response_time"].warningThreshold must be above defaultTarget (30) because lower is better',
      ]);
    });
  });

  describe('follow-up conditions', () => {
    it('rejects a threshold outside the metric scale', () => {
      const errors = errorsAfter((m) => {
        m.followUpRules![0].when = { metric: 'nps', op: 'lte', value: 60 };
      });
      expect(summary(errors)).toEqual([{ path: 'followUpRules["detractor"].when.value', code: 'invalid_condition' }]);
    });

    it('rejects an unknown operator', () => {
      const errors = errorsAfter((m) => {
        m.followUpRules![0].when = { metric: 'nps', op: '<=' as 'lte', value: 6 };
      });
      expect(summary(errors)).toEqual([{ path: 'followUpRules["detractor"].when.op', code: 'unknown_value' }]);
    });

    it('rejects an empty any', () => {
      const errors = errorsAfter((m) => {
        m.followUpRules![0].when = { any: [] };
      });
      expect(summary(errors)).toEqual([{ path: 'followUpRules["detractor"].when.any', code: 'empty_list' }]);
    });

    it('accepts nested any/all up to three levels and rejects deeper ones', () => {
      const leaf = { metric: 'nps', op: 'lte', value: 6 } as const;
      expect(errorsAfter((m) => (m.followUpRules![0].when = { all: [{ any: [leaf] }, leaf] }))).toEqual([]);
      const errors = errorsAfter((m) => {
        m.followUpRules![0].when = { all: [{ any: [{ all: [leaf] }] }] };
      });
      expect(summary(errors)).toEqual([{ path: 'followUpRules["detractor"].when.all[0].any[0].all', code: 'invalid_condition' }]);
    });
  });

  describe('topics', () => {
    it('are optional', () => {
      expect(errorsAfter((m) => delete m.topics)).toEqual([]);
    });

    it('names the topic, the language and the keyword that is wrong', () => {
      const errors = errorsAfter((m) => {
        m.topics![0].keywords.zh = ['水', ' 排队'];
        m.topics![0].keywords.en = ['Queue'];
        m.topics![1].key = 'Staff';
      });
      expect(summary(errors)).toEqual([
        { path: 'topics["waiting-time"].keywords.zh[0]', code: 'invalid_keyword' },
        { path: 'topics["waiting-time"].keywords.zh[1]', code: 'invalid_keyword' },
        { path: 'topics["waiting-time"].keywords.en[0]', code: 'invalid_keyword' },
        { path: 'topics["Staff"].key', code: 'invalid_key' },
      ]);
      expect(errors[0].message).toBe('plugin "sample-services": topics["waiting-time"].keywords.zh[0] "水" must be Chinese text of at least two characters, without surrounding spaces');
    });

    it('needs both languages, a name in both locales and no unknown fields', () => {
      const errors = errorsAfter((m) => {
        (m.topics![0].keywords as { zh?: string[] }).zh = undefined;
        m.topics![0].name = { en: 'Waiting', 'zh-CN': '' };
        (m.topics![1] as Record<string, unknown>).colour = 'red';
      });
      expect(summary(errors)).toEqual([
        { path: 'topics["waiting-time"].name.zh-CN', code: 'missing_text' },
        { path: 'topics["waiting-time"].keywords.zh', code: 'invalid_type' },
        { path: 'topics["staff"].colour', code: 'unknown_field' },
      ]);
    });

    it('rejects a duplicate topic key and a keyword shared by two topics', () => {
      const errors = errorsAfter((m) => {
        m.topics![1].key = 'waiting-time';
        m.topics![1].keywords.en = ['staff', 'queue'];
      });
      expect(summary(errors)).toEqual([
        { path: 'topics[1].key', code: 'duplicate_key' },
        { path: 'topics[1].keywords.en[1]', code: 'duplicate_key' },
      ]);
    });

    it('rejects a key too long to be a feedback tag', () => {
      const errors = errorsAfter((m) => {
        m.topics![0].key = `a${'-b'.repeat(20)}`;
      });
      expect(summary(errors)).toEqual([{ path: 'topics["a-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b-b"].key', code: 'too_long' }]);
    });
  });
});

describe('assertValidPlugin', () => {
  it('passes a valid manifest through', () => {
    expect(() => assertValidPlugin(aPluginManifest())).not.toThrow();
  });

  it('throws a PluginValidationError naming the plugin and the field path', () => {
    const manifest = aPluginManifest({ id: 'retail' });
    manifest.journeyTemplates[0].stages[2].touchpoints[1].emotion = -5 as Emotion;
    let thrown: unknown;
    try {
      assertValidPlugin(manifest);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PluginValidationError);
    const error = thrown as PluginValidationError;
    expect(error.message).toBe(
      'plugin "retail": journeyTemplates["service-request"].stages["follow-up"].touchpoints["survey"].emotion must be an integer between -3 and 3 (got -5)',
    );
    expect(error.pluginId).toBe('retail');
    expect(error.errors).toHaveLength(1);
  });

  it('lists every problem, one per line', () => {
    const manifest = aPluginManifest();
    manifest.version = 'x';
    manifest.compatibility = 'y';
    expect(() => assertValidPlugin(manifest)).toThrow(
      /^plugin "sample-services": version "x" must be a semver version such as "1\.0\.0"\nplugin "sample-services": compatibility "y" must be a semver range such as "\^0\.1\.0"$/,
    );
  });
});

describe('paths by key and "did you mean"', () => {
  it('names the template, stage and touchpoint by key, and suggests the closest metric', () => {
    const errors = errorsAfter((m) => {
      tp(m, 2, 0).metricKeys = ['npss'];
    });
    expect(errors.map((e) => e.message)).toEqual([
      'plugin "sample-services": journeyTemplates["service-request"].stages["follow-up"].touchpoints["call-back"].metricKeys[0] "npss" is not a metric of this plugin or a core metric (known: nps, csat, ces, response_time) — did you mean "nps"?',
    ]);
  });

  it('suggests a persona, a template, a field and a vocabulary word within a few edits, and nothing when none is close', () => {
    const errors = errorsAfter((m) => {
      m.journeyTemplates[0].personaKey = 'regular-custmer';
      m.followUpRules![0].templateKeys = ['service-requst'];
      (tp(m, 0, 0) as Record<string, unknown>).chanel = 'web';
      tp(m, 1, 0).channel = 'wechatt' as 'web';
      tp(m, 2, 1).metricKeys = ['wait_time'];
    });
    const suggestions = errors.map((e) => e.message.match(/did you mean "([^"]+)"\?$/)?.[1] ?? null);
    expect(summary(errors).map((e, i) => [e.path, suggestions[i]])).toEqual([
      ['journeyTemplates["service-request"].personaKey', 'regular-customer'],
      ['journeyTemplates["service-request"].stages["request"].touchpoints["submit-request"].chanel', 'channel'],
      ['journeyTemplates["service-request"].stages["handle"].touchpoints["first-response"].channel', 'wechat'],
      ['journeyTemplates["service-request"].stages["follow-up"].touchpoints["survey"].metricKeys[0]', null],
      ['followUpRules["detractor"].templateKeys[0]', 'service-request'],
    ]);
  });

  it('reports each problem once', () => {
    const errors = errorsAfter((m) => {
      tp(m, 2, 0).emotion = 5 as Emotion;
    });
    expect(errors).toHaveLength(1);
  });
});

describe('editDistance and closestMatch', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['nps', 'npss', 1],
    ['', 'abc', 3],
    ['wait_time', 'wait_time', 0],
    ['flaw', 'lawn', 2],
  ])('%s → %s takes %i edits', (a, b, n) => {
    expect(editDistance(a, b)).toBe(n);
  });

  it('picks the nearest candidate within a third of the word, at least two edits', () => {
    expect(closestMatch('csta', ['nps', 'csat', 'ces'])).toBe('csat');
    expect(closestMatch('wait_time', ['nps', 'csat', 'ces', 'response_time'])).toBeUndefined();
    expect(closestMatch(42, ['nps'])).toBeUndefined();
  });
});
