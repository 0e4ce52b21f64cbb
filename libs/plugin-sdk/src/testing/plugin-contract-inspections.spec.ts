import {
  findDuplicateKeys,
  findMissingLocales,
  findStructureProblems,
  findUnknownMetricReferences,
  findUnresolvedReferences,
} from './plugin-contract-inspections';
import { aPluginManifest } from './plugin-manifest.builder';

describe('contract inspections', () => {
  it('find nothing wrong with a valid manifest', () => {
    const m = aPluginManifest();
    expect([
      ...findDuplicateKeys(m),
      ...findStructureProblems(m),
      ...findUnknownMetricReferences(m, ['nps', 'csat', 'ces']),
      ...findUnresolvedReferences(m),
      ...findMissingLocales(m),
    ]).toEqual([]);
  });

  it('report a touchpoint key reused across stages of one template', () => {
    const m = aPluginManifest();
    m.journeyTemplates[0].stages[2].touchpoints[0].key = 'first-response';
    expect(findDuplicateKeys(m)).toEqual(['duplicate key "first-response" in journeyTemplates[0] touchpoints']);
  });

  it('report a template without stages instead of crashing on it', () => {
    const m = aPluginManifest();
    delete (m.journeyTemplates[0] as { stages?: unknown }).stages;
    expect(findStructureProblems(m)).toEqual(['journeyTemplates[0] (service-request) has no ordered list of stages']);
  });

  it('report unknown metrics with the touchpoint that uses them', () => {
    const m = aPluginManifest();
    m.journeyTemplates[0].stages[0].touchpoints[0].metricKeys = ['speed'];
    expect(findUnknownMetricReferences(m, ['nps'])).toEqual([
      'touchpoint "service-request/submit-request" references unknown metric "speed"',
      'touchpoint "service-request/survey" references unknown metric "csat"',
      'touchpoint "service-request/survey" references unknown metric "ces"',
    ]);
  });

  it('report a rule limited to a template that does not exist', () => {
    const m = aPluginManifest();
    m.followUpRules![0].templateKeys = ['move-in'];
    expect(findUnresolvedReferences(m)).toEqual(['follow-up rule "detractor" references unknown journey template "move-in"']);
  });

  it('report plain strings and half-translated texts anywhere in the manifest', () => {
    const m = aPluginManifest();
    (m.journeyTemplates[0].stages[1] as { name: unknown }).name = 'Handle';
    m.personas[0].goals.push({ en: 'Be heard', 'zh-CN': ' ' });
    expect(findMissingLocales(m)).toEqual([
      'personas[0].goals[1] has no zh-CN text',
      'journeyTemplates[0].stages[1].name is not localized text',
    ]);
  });
});
