import { localized as text, type FollowUpRule } from '@opencx/plugin-sdk';

export const PROPERTY_FOLLOW_UP_RULES: FollowUpRule[] = [
  {
    key: 'nps-detractor',
    name: text('Call back a detractor', '贬损者回访'),
    description: text(
      'A resident who would not recommend the property service (NPS 0–6) gets a call from the service desk within a day.',
      '不愿推荐物业服务的业主(NPS 0–6 分)须在一天内由客服回访。',
    ),
    when: { metric: 'nps', op: 'lte', value: 6 },
    slaHours: 24,
  },
  {
    key: 'repair-not-fixed',
    name: text('Repair not fixed on the first visit', '报修未一次修好'),
    description: text(
      'When a repair needs another visit, a supervisor contacts the resident and books it within a day.',
      '报修未能一次修好时,由主管联系业主并在一天内安排再次上门。',
    ),
    when: { metric: 'first_time_fix', op: 'eq', value: 0 },
    slaHours: 24,
    templateKeys: ['repair-request'],
  },
  {
    key: 'dissatisfied-complaint',
    name: text('Resident unhappy with a complaint outcome', '投诉处理不满意'),
    description: text(
      'A CSAT of 1–2 after a complaint is escalated to the estate manager for a visit in person.',
      '投诉处理后满意度为 1–2 分的,升级给项目经理上门沟通。',
    ),
    when: { metric: 'csat', op: 'lte', value: 2 },
    slaHours: 12,
    templateKeys: ['complaint-handling'],
  },
];
