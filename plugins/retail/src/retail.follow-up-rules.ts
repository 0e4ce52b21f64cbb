import { localized as text, type FollowUpRule } from '@opencx/plugin-sdk';

export const RETAIL_FOLLOW_UP_RULES: FollowUpRule[] = [
  {
    key: 'nps-detractor',
    name: text('Contact a detractor', '贬损者回访'),
    when: { metric: 'nps', op: 'lte', value: 6 },
    slaHours: 48,
  },
  {
    key: 'delivery-failure',
    name: text('Late or disappointing delivery', '配送延误或体验差'),
    description: text(
      'A late parcel or a delivery rated 1–2 gets an apology and a remedy from customer care within a day.',
      '包裹延误或配送评分为 1–2 分的,由客服在一天内致歉并给出补偿方案。',
    ),
    when: {
      any: [
        { metric: 'on_time_delivery_rate', op: 'eq', value: 0 },
        { metric: 'csat', op: 'lte', value: 2 },
      ],
    },
    slaHours: 24,
    templateKeys: ['online-shopper'],
  },
  {
    key: 'slow-refund',
    name: text('Refund slower than a week', '退款超过一周'),
    when: { metric: 'refund_time', op: 'gt', value: 7 },
    slaHours: 24,
    templateKeys: ['returns-refund'],
  },
];
