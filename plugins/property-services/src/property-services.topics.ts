import { localized as text, type TopicDefinition } from '@opencx/plugin-sdk';

/** What residents write about (DESIGN.md §3b): comments mentioning a keyword are tagged with the topic. */
export const PROPERTY_SERVICES_TOPICS: TopicDefinition[] = [
  { key: 'leak', name: text('Leaks and water damage', '漏水渗水'), keywords: { zh: ['漏水', '渗水', '水管', '爆管', '天花板', '防水', '积水'], en: ['leak', 'leaking', 'water damage', 'pipe', 'burst', 'damp'] } },
  { key: 'elevator', name: text('Elevators', '电梯'), keywords: { zh: ['电梯', '困人', '梯控'], en: ['elevator', 'lift'] } },
  { key: 'parking', name: text('Parking', '停车'), keywords: { zh: ['停车', '车位', '车库', '道闸', '月卡'], en: ['parking', 'car park', 'garage', 'parking space'] } },
  { key: 'cleaning', name: text('Cleaning and waste', '保洁与垃圾'), keywords: { zh: ['保洁', '打扫', '清洁', '垃圾', '卫生', '拖地'], en: ['cleaning', 'cleaner', 'rubbish', 'garbage', 'bin', 'trash', 'mopped', 'litter'] } },
  { key: 'noise', name: text('Noise', '噪音'), keywords: { zh: ['噪音', '扰民', '吵闹', '太吵'], en: ['noise', 'noisy', 'loud'] } },
  { key: 'property-fee', name: text('Property fee', '物业费'), keywords: { zh: ['物业费', '收费', '缴费', '管理费', '公摊'], en: ['management fee', 'service charge', 'property fee', 'fee', 'charges'] } },
  { key: 'repair', name: text('Repairs and maintenance', '维修'), keywords: { zh: ['维修', '报修', '修理', '师傅', '修好', '检修'], en: ['repair', 'repairman', 'technician', 'plumber', 'electrician', 'maintenance', 'fixed'] } },
  { key: 'security', name: text('Security and access', '安保门禁'), keywords: { zh: ['保安', '安保', '门禁', '巡逻', '监控', '外来人员'], en: ['security', 'guard', 'access card', 'patrol', 'cctv', 'stranger'] } },
  { key: 'greenery', name: text('Gardens and greenery', '绿化'), keywords: { zh: ['绿化', '草坪', '杂草', '树木', '花园'], en: ['garden', 'greenery', 'lawn', 'weeds', 'trees'] } },
  { key: 'staff-attitude', name: text('Staff attitude', '服务态度'), keywords: { zh: ['态度', '管家', '前台', '客服'], en: ['attitude', 'manager', 'front desk', 'staff', 'rude', 'polite'] } },
  { key: 'renovation', name: text('Renovation management', '装修管理'), keywords: { zh: ['装修', '施工', '备案'], en: ['renovation', 'construction', 'building work'] } },
];
