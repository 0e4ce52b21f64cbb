import { definePlugin, localized as text } from '@opencx/plugin-sdk';
import { RETAIL_FOLLOW_UP_RULES } from './retail.follow-up-rules';
import { RETAIL_METRICS } from './retail.metrics';
import { RETAIL_PERSONAS } from './retail.personas';
import { ONLINE_SHOPPER_TEMPLATE } from './templates/online-shopper.template';
import { RETURNS_REFUND_TEMPLATE } from './templates/returns-refund.template';
import { STORE_VISIT_TEMPLATE } from './templates/store-visit.template';
import { RETAIL_TOPICS } from './retail.topics';

export const plugin = definePlugin({
  id: 'retail',
  version: '1.0.0',
  compatibility: '^0.1.0',
  displayName: text('Retail', '零售'),
  description: text(
    'Journeys and metrics for omnichannel retail: the online shopper from social ad to recommendation, the store visit and returns with refund.',
    '面向全渠道零售的旅程与指标:从社交广告到推荐的线上购物、门店购物以及退货退款。',
  ),
  industries: ['retail', 'e-commerce'],
  industryNames: {
    retail: { 'zh-CN': '零售', en: 'Retail' },
    'e-commerce': { 'zh-CN': '电商', en: 'E-commerce' },
  },
  personas: RETAIL_PERSONAS,
  metrics: RETAIL_METRICS,
  journeyTemplates: [ONLINE_SHOPPER_TEMPLATE, STORE_VISIT_TEMPLATE, RETURNS_REFUND_TEMPLATE],
  followUpRules: RETAIL_FOLLOW_UP_RULES,
  topics: RETAIL_TOPICS,
});
