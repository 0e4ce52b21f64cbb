import { tagTopics } from '@opencx/domain';
import { evaluateFollowUpCondition, type JourneyTemplate } from '@opencx/plugin-sdk';
import { describePluginContract } from '@opencx/plugin-sdk/testing';
import { plugin } from './index';

describePluginContract(plugin);

function template(key: string): JourneyTemplate {
  const found = plugin.journeyTemplates.find((t) => t.key === key);
  if (!found) throw new Error(`no template ${key}`);
  return found;
}

describe('b2b plugin', () => {
  it('models the buying committee: user, decision maker and procurement buyer', () => {
    expect(plugin.personas.map((p) => p.key)).toEqual(['end-user', 'decision-maker', 'procurement-buyer']);
    expect(plugin.personas.map((p) => p.name['zh-CN'])).toEqual(['使用者', '决策者', '采购']);
  });

  it('runs evaluation → proof of concept → procurement → onboarding → adoption → renewal/expansion', () => {
    expect(template('account-lifecycle').stages.map((s) => s.key)).toEqual([
      'evaluation',
      'proof-of-concept',
      'procurement',
      'onboarding',
      'adoption',
      'renewal-expansion',
    ]);
  });

  it('is cyclical, since renewal starts the next evaluation', () => {
    expect(template('account-lifecycle').shape).toBe('cyclical');
  });

  it('defines time to value, onboarding CSAT, renewal rate and relationship NPS', () => {
    const byKey = Object.fromEntries(plugin.metrics.map((m) => [m.key, m]));
    expect(byKey['time_to_value']).toMatchObject({ kind: 'duration', unit: 'days', direction: 'lower_is_better' });
    expect(byKey['onboarding_csat']).toMatchObject({ kind: 'csat', scale: { min: 1, max: 5 } });
    expect(byKey['renewal_rate']).toMatchObject({ kind: 'rate', direction: 'higher_is_better' });
    expect(byKey['relationship_nps']).toMatchObject({ kind: 'nps', scale: { min: 0, max: 10 } });
  });

  it('measures onboarding satisfaction at every onboarding moment of truth', () => {
    const onboarding = template('account-lifecycle').stages.find((s) => s.key === 'onboarding')!;
    const momentsOfTruth = onboarding.touchpoints.filter((tp) => tp.momentOfTruth);
    expect(momentsOfTruth.length).toBeGreaterThan(0);
    expect(momentsOfTruth.every((tp) => tp.metricKeys.includes('onboarding_csat'))).toBe(true);
  });

  it('asks for the renewal decision with renewal rate and relationship NPS bound', () => {
    const decision = template('account-lifecycle')
      .stages.flatMap((s) => s.touchpoints)
      .find((tp) => tp.key === 'renewal-decision')!;
    expect(decision.metricKeys).toEqual(['renewal_rate', 'relationship_nps']);
  });

  it('calls back any committee member who is a relationship detractor', () => {
    const rule = plugin.followUpRules!.find((r) => r.key === 'relationship-detractor')!;
    expect(evaluateFollowUpCondition(rule.when, { relationship_nps: 5 })).toBe(true);
    expect(evaluateFollowUpCondition(rule.when, { relationship_nps: 8 })).toBe(false);
    expect(evaluateFollowUpCondition(rule.when, { nps: 0 })).toBe(false);
  });
});

describe('b2b topics', () => {
  it('tags business customers’ comments in both languages', () => {
    const topics = plugin.topics ?? [];
    expect(tagTopics('实施延期，培训也不到位', topics)).toEqual(['implementation', 'training']);
    expect(tagTopics('The API integration failed and the contract renewal doubled', topics)).toEqual(['contract', 'integration']);
  });
});
