import { localized as text, type FollowUpRule } from '@opencx/plugin-sdk';

export const B2B_FOLLOW_UP_RULES: FollowUpRule[] = [
  {
    key: 'relationship-detractor',
    name: text('Relationship detractor', '关系型 NPS 贬损者'),
    description: text(
      'Any committee member scoring 0–6 gets a call from the account manager within two days.',
      '决策小组中任一成员打出 0–6 分,客户经理须在两天内致电沟通。',
    ),
    when: { metric: 'relationship_nps', op: 'lte', value: 6 },
    slaHours: 48,
  },
  {
    key: 'unhappy-onboarding',
    name: text('Unhappy at an onboarding milestone', '实施里程碑不满意'),
    when: { metric: 'onboarding_csat', op: 'lte', value: 2 },
    slaHours: 24,
    templateKeys: ['account-lifecycle'],
  },
  {
    key: 'adoption-risk',
    name: text('Adoption risk before renewal', '续约前使用率风险'),
    description: text(
      'Fewer than a third of licensed users active is a renewal risk; customer success plans a recovery within three days.',
      '活跃授权用户不足三分之一即存在续约风险,客户成功团队须在三天内制定挽回计划。',
    ),
    when: { metric: 'feature_adoption_rate', op: 'lt', value: 0.33 },
    slaHours: 72,
    templateKeys: ['account-lifecycle'],
  },
];
