import { definePlugin, localized as text } from '@opencx/plugin-sdk';
import { B2B_FOLLOW_UP_RULES } from './b2b.follow-up-rules';
import { B2B_METRICS } from './b2b.metrics';
import { B2B_PERSONAS } from './b2b.personas';
import { B2B_TOPICS } from './b2b.topics';
import { ACCOUNT_LIFECYCLE_TEMPLATE } from './templates/account-lifecycle.template';
import { SUPPORT_ESCALATION_TEMPLATE } from './templates/support-escalation.template';

export const plugin = definePlugin({
  id: 'b2b',
  version: '1.0.0',
  compatibility: '^0.1.0',
  displayName: text('B2B', 'B2B 企业客户'),
  description: text(
    'Buying-committee personas and the B2B account lifecycle from evaluation to renewal, with time-to-value, onboarding CSAT, renewal-rate and relationship NPS metrics.',
    '采购决策小组角色与从评估选型到续约的 B2B 客户旅程,附价值实现时间、实施满意度、续约率和关系型 NPS 等指标。',
  ),
  industries: ['b2b', 'enterprise-software', 'professional-services'],
  industryNames: {
    b2b: { 'zh-CN': 'B2B 企业服务', en: 'B2B' },
    'enterprise-software': { 'zh-CN': '企业软件', en: 'Enterprise software' },
    'professional-services': { 'zh-CN': '专业服务', en: 'Professional services' },
  },
  personas: B2B_PERSONAS,
  metrics: B2B_METRICS,
  journeyTemplates: [ACCOUNT_LIFECYCLE_TEMPLATE, SUPPORT_ESCALATION_TEMPLATE],
  followUpRules: B2B_FOLLOW_UP_RULES,
  topics: B2B_TOPICS,
});
