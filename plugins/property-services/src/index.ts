import { definePlugin, localized as text } from '@opencx/plugin-sdk';
import { PROPERTY_FOLLOW_UP_RULES } from './property-services.follow-up-rules';
import { PROPERTY_METRICS } from './property-services.metrics';
import { PROPERTY_PERSONAS } from './property-services.personas';
import { COMPLAINT_HANDLING_TEMPLATE } from './templates/complaint-handling.template';
import { ENQUIRY_TEMPLATE } from './templates/enquiry.template';
import { FEE_PAYMENT_TEMPLATE } from './templates/fee-payment.template';
import { MOVE_IN_TEMPLATE } from './templates/move-in.template';
import { REPAIR_REQUEST_TEMPLATE } from './templates/repair-request.template';
import { PROPERTY_SERVICES_TOPICS } from './property-services.topics';

export const plugin = definePlugin({
  id: 'property-services',
  version: '1.0.0',
  compatibility: '^0.1.0',
  displayName: text('Property services', '物业服务'),
  description: text(
    'Journeys, metrics and follow-up rules for residential property management: repair requests, complaints, enquiries, move-in and fee payment, with response-time and first-time-fix metrics.',
    '面向住宅物业管理的旅程、指标与回访规则:报修、投诉、咨询、入住和缴费,附响应时长与一次修复率等指标。',
  ),
  industries: ['property-management', 'real-estate'],
  industryNames: {
    'property-management': { 'zh-CN': '物业管理', en: 'Property management' },
    'real-estate': { 'zh-CN': '房地产', en: 'Real estate' },
  },
  personas: PROPERTY_PERSONAS,
  metrics: PROPERTY_METRICS,
  journeyTemplates: [
    REPAIR_REQUEST_TEMPLATE,
    COMPLAINT_HANDLING_TEMPLATE,
    ENQUIRY_TEMPLATE,
    MOVE_IN_TEMPLATE,
    FEE_PAYMENT_TEMPLATE,
  ],
  followUpRules: PROPERTY_FOLLOW_UP_RULES,
  topics: PROPERTY_SERVICES_TOPICS,
});
