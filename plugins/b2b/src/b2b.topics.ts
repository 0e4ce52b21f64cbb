import { localized as text, type TopicDefinition } from '@opencx/plugin-sdk';

/** What business customers write about (DESIGN.md §3b): comments mentioning a keyword are tagged with the topic. */
export const B2B_TOPICS: TopicDefinition[] = [
  { key: 'implementation', name: text('Implementation', '实施'), keywords: { zh: ['实施', '上线', '部署', '项目经理', '延期'], en: ['implementation', 'rollout', 'go-live', 'deployment', 'onboarding', 'project manager'] } },
  { key: 'training', name: text('Training', '培训'), keywords: { zh: ['培训', '讲师', '课程', '上手'], en: ['training', 'trainer', 'course', 'workshop', 'tutorial'] } },
  { key: 'contract', name: text('Contract and pricing', '合同与报价'), keywords: { zh: ['合同', '报价', '续约', '条款', '隐藏费用', '商务'], en: ['contract', 'quote', 'renewal', 'terms', 'hidden fees', 'invoice', 'licence', 'license'] } },
  { key: 'responsiveness', name: text('Responsiveness and support', '响应与支持'), keywords: { zh: ['响应', '工单', '技术支持', '回复', '故障'], en: ['response time', 'responsive', 'ticket', 'support team', 'outage', 'sla'] } },
  { key: 'integration', name: text('Integration', '集成'), keywords: { zh: ['集成', '接口', '对接', '单点登录', '数据迁移'], en: ['integration', 'api', 'interface', 'single sign-on', 'sso', 'data migration'] } },
  { key: 'product-stability', name: text('Product stability', '产品稳定性'), keywords: { zh: ['稳定', '卡顿', '宕机', '崩溃', '数据丢失'], en: ['stable', 'stability', 'crash', 'bug', 'downtime', 'lag', 'performance'] } },
  { key: 'account-management', name: text('Account management', '客户经理'), keywords: { zh: ['客户成功', '客户经理', '顾问', '销售'], en: ['customer success', 'account manager', 'consultant', 'sales'] } },
  { key: 'features', name: text('Features and roadmap', '功能需求'), keywords: { zh: ['功能', '需求', '定制', '路线图'], en: ['feature', 'roadmap', 'customisation', 'customization', 'requirement'] } },
];
