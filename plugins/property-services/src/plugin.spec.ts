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

const rule = (key: string) => plugin.followUpRules!.find((r) => r.key === key)!;

describe('property-services plugin', () => {
  it('ships the repair, complaint, enquiry, move-in and fee-payment journeys', () => {
    expect(plugin.journeyTemplates.map((t) => t.key)).toEqual([
      'repair-request',
      'complaint-handling',
      'enquiry',
      'move-in',
      'fee-payment',
    ]);
    expect(template('repair-request').name['zh-CN']).toBe('报修');
    expect(template('complaint-handling').name['zh-CN']).toBe('投诉处理');
    expect(template('enquiry').name['zh-CN']).toBe('咨询');
  });

  it('orders the repair journey report → dispatch → on-site repair → acceptance → follow-up visit', () => {
    expect(template('repair-request').stages.map((s) => s.key)).toEqual([
      'report',
      'dispatch',
      'on-site-repair',
      'acceptance',
      'follow-up-visit',
    ]);
    expect(template('repair-request').stages[4].name['zh-CN']).toBe('回访');
  });

  it('ends the complaint journey with a follow-up visit too', () => {
    expect(template('complaint-handling').stages.at(-1)!.key).toBe('follow-up-visit');
  });

  it('treats fee payment as a cycle that repeats every billing period', () => {
    expect(template('fee-payment').shape).toBe('cyclical');
  });

  it('measures repair response time in minutes, lower being better', () => {
    expect(plugin.metrics.find((m) => m.key === 'repair_response_time')).toMatchObject({
      kind: 'duration',
      unit: 'minutes',
      direction: 'lower_is_better',
    });
  });

  it('measures time to resolve, first-time fix and complaint closure', () => {
    const kinds = Object.fromEntries(plugin.metrics.map((m) => [m.key, m.kind]));
    expect(kinds).toMatchObject({
      repair_resolution_time: 'duration',
      first_time_fix: 'rate',
      complaint_closure_rate: 'rate',
    });
  });

  it('binds NPS, CSAT and CES to touchpoints', () => {
    const bound = new Set(
      plugin.journeyTemplates.flatMap((t) => t.stages.flatMap((s) => s.touchpoints.flatMap((tp) => tp.metricKeys))),
    );
    expect(['nps', 'csat', 'ces'].filter((k) => !bound.has(k))).toEqual([]);
  });

  it('times the first repair contact against an SLA at dispatch', () => {
    const dispatch = template('repair-request').stages.find((s) => s.key === 'dispatch')!;
    expect(dispatch.touchpoints.every((tp) => tp.metricKeys.includes('repair_response_time') && tp.slaMinutes! > 0)).toBe(true);
  });

  it('opens a case due in 24 h for a detractor on any journey', () => {
    const detractor = rule('nps-detractor');
    expect(detractor.slaHours).toBe(24);
    expect(detractor.templateKeys).toBeUndefined();
    expect(evaluateFollowUpCondition(detractor.when, { nps: 6 })).toBe(true);
    expect(evaluateFollowUpCondition(detractor.when, { nps: 7 })).toBe(false);
  });

  it('opens a case due in 24 h when a repair was not fixed first time', () => {
    const notFixed = rule('repair-not-fixed');
    expect(notFixed).toMatchObject({ slaHours: 24, templateKeys: ['repair-request'] });
    expect(evaluateFollowUpCondition(notFixed.when, { first_time_fix: 0 })).toBe(true);
    expect(evaluateFollowUpCondition(notFixed.when, { first_time_fix: 1 })).toBe(false);
  });

  it('offers owner-occupier, tenant and elderly-resident personas', () => {
    expect(plugin.personas.map((p) => p.key)).toEqual(
      expect.arrayContaining(['owner-occupier', 'tenant', 'elderly-resident']),
    );
  });
});

describe('property-services topics', () => {
  it('tags residents’ comments in both languages', () => {
    const topics = plugin.topics ?? [];
    expect(tagTopics('楼上漏水三天了，物业费照收，电梯也坏了', topics)).toEqual(['leak', 'elevator', 'property-fee']);
    expect(tagTopics('Stuck in the LIFT again and the parking spaces are full', topics)).toEqual(['elevator', 'parking']);
    expect(tagTopics('谢谢', topics)).toEqual([]);
  });
});
