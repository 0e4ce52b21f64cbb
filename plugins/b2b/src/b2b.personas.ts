import { localized as text, type PersonaTemplate } from '@opencx/plugin-sdk';

/** The buying committee: each role weighs the same journey differently. */
export const B2B_PERSONAS: PersonaTemplate[] = [
  {
    key: 'end-user',
    name: text('End user', '使用者'),
    description: text(
      'Works in the product every day, for example an operations specialist; has little say in the purchase but decides whether it is adopted.',
      '每天使用产品的一线人员,例如运营专员;对采购话语权不大,却决定产品能否真正用起来。',
    ),
    goals: [
      text('Get daily work done with fewer steps', '用更少的步骤完成日常工作'),
      text('Learn the tool without a week of training', '不用培训一周也能上手'),
    ],
    needs: [
      text('Role-based training and in-app help', '按岗位的培训和产品内帮助'),
      text('Fast answers from support when stuck', '遇到问题时支持团队快速响应'),
    ],
    frustrations: [
      text('Workarounds for everyday tasks', '日常操作需要绕路才能完成'),
      text('A tool chosen without asking the people who use it', '选型时没人问过一线使用者'),
    ],
    segmentKey: 'user',
  },
  {
    key: 'decision-maker',
    name: text('Decision maker', '决策者'),
    description: text(
      'The business owner who signs off, for example a head of operations; answers for the return on investment and the risk of switching.',
      '拍板签字的业务负责人,例如运营总监;对投资回报和切换风险负责。',
    ),
    goals: [
      text('Show measurable value within a quarter', '一个季度内看到可衡量的价值'),
      text('Avoid a failed roll-out', '避免项目上线失败'),
    ],
    needs: [
      text('Evidence from a proof of concept with agreed criteria', '按约定标准完成的概念验证结果'),
      text('A value report at every business review', '每次业务回顾都有价值报告'),
    ],
    frustrations: [
      text('Vendors who disappear after the contract is signed', '签约后供应商就不见了'),
      text('Go-live dates that keep slipping', '上线日期一再推迟'),
    ],
    segmentKey: 'decision-maker',
  },
  {
    key: 'procurement-buyer',
    name: text('Procurement buyer', '采购'),
    description: text(
      'Runs the purchase: supplier qualification, security review, price and terms, the purchase order; measured on cost and compliance.',
      '负责采购流程:供应商准入、安全评估、价格与条款谈判、下采购订单;考核成本与合规。',
    ),
    goals: [
      text('Buy at a fair price on standard terms', '以合理价格、标准条款完成采购'),
      text('Pass audit without exceptions', '审计无例外事项'),
    ],
    needs: [
      text('Complete qualification documents at once', '一次性提供齐全的资质文件'),
      text('Predictable renewal pricing', '续约价格可预期'),
    ],
    frustrations: [
      text('Security questionnaires answered late', '安全问卷迟迟不回'),
      text('Contract redlines bouncing for weeks', '合同修订意见来回拉锯数周'),
    ],
    segmentKey: 'buyer',
  },
];
