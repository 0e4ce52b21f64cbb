import { tagTopics } from '@opencx/domain';
import { evaluateFollowUpCondition, type JourneyTemplate, type TouchpointTemplate } from '@opencx/plugin-sdk';
import { describePluginContract } from '@opencx/plugin-sdk/testing';
import { plugin } from './index';

describePluginContract(plugin);

function template(key: string): JourneyTemplate {
  const found = plugin.journeyTemplates.find((t) => t.key === key);
  if (!found) throw new Error(`no template ${key}`);
  return found;
}

function touchpoints(t: JourneyTemplate): TouchpointTemplate[] {
  return t.stages.flatMap((s) => [...s.touchpoints]);
}

describe('retail plugin', () => {
  it('ships the online shopper, store visit and returns journeys', () => {
    expect(plugin.journeyTemplates.map((t) => t.key)).toEqual(['online-shopper', 'store-visit', 'returns-refund']);
  });

  it('follows the online shopper from ad to recommendation', () => {
    expect(template('online-shopper').stages.map((s) => s.key)).toEqual([
      'awareness',
      'consideration',
      'purchase',
      'delivery',
      'use',
      'advocacy',
    ]);
    const order = touchpoints(template('online-shopper')).map((tp) => tp.key);
    for (const [before, after] of [
      ['social-media-ad', 'site-visit'],
      ['site-visit', 'product-reviews'],
      ['add-to-cart', 'checkout'],
      ['checkout', 'parcel-arrives'],
      ['parcel-arrives', 'first-use'],
      ['first-use', 'recommend'],
    ]) {
      expect(order.indexOf(before)).toBeLessThan(order.indexOf(after));
    }
  });

  it('starts with an ad on social media and ends with a recommendation', () => {
    const all = touchpoints(template('online-shopper'));
    expect(all[0].channel).toBe('social');
    expect(all.at(-1)!.metricKeys).toContain('nps');
  });

  it('records the typical online pain points', () => {
    const titles = touchpoints(template('online-shopper')).flatMap((tp) => tp.painPoints.map((p) => p.title['zh-CN']));
    expect(titles).toEqual(
      expect.arrayContaining(['网站导航混乱', '结账流程冗长,需填写过多信息', '实际送达比承诺晚了一周', '客服三天后才回复邮件']),
    );
  });

  it('tracks conversion, cart abandonment and on-time delivery as rates', () => {
    const byKey = Object.fromEntries(plugin.metrics.map((m) => [m.key, m]));
    expect(byKey['conversion_rate']).toMatchObject({ kind: 'rate', direction: 'higher_is_better' });
    expect(byKey['cart_abandonment_rate']).toMatchObject({ kind: 'rate', direction: 'lower_is_better' });
    expect(byKey['on_time_delivery_rate']).toMatchObject({ kind: 'rate', direction: 'higher_is_better' });
  });

  it('asks for CSAT at the delivery, use and store checkout moments of truth', () => {
    const csatAt = plugin.journeyTemplates
      .flatMap(touchpoints)
      .filter((tp) => tp.metricKeys.includes('csat'))
      .map((tp) => tp.key);
    expect(csatAt).toEqual(expect.arrayContaining(['parcel-arrives', 'first-use', 'contact-support', 'pay-at-till']));
  });

  it('opens a delivery case for a late parcel or a poor delivery rating', () => {
    const rule = plugin.followUpRules!.find((r) => r.key === 'delivery-failure')!;
    expect(evaluateFollowUpCondition(rule.when, { on_time_delivery_rate: 0 })).toBe(true);
    expect(evaluateFollowUpCondition(rule.when, { on_time_delivery_rate: 1, csat: 2 })).toBe(true);
    expect(evaluateFollowUpCondition(rule.when, { on_time_delivery_rate: 1, csat: 4 })).toBe(false);
  });

  it('puts the refund ahead of the follow-up in the returns journey', () => {
    expect(template('returns-refund').stages.map((s) => s.key)).toEqual([
      'request',
      'send-back',
      'inspection',
      'refund',
      'follow-up',
    ]);
  });
});

describe('retail topics', () => {
  it('tags shoppers’ comments in both languages', () => {
    const topics = plugin.topics ?? [];
    expect(tagTopics('物流太慢，退货也麻烦', topics)).toEqual(['delivery', 'returns']);
    expect(tagTopics('Great price but the courier lost my parcels', topics)).toEqual(['delivery', 'price']);
  });
});
