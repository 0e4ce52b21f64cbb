import { localized as text, type PersonaTemplate } from '@opencx/plugin-sdk';

export const PROPERTY_PERSONAS: PersonaTemplate[] = [
  {
    key: 'owner-occupier',
    name: text('Owner-occupier', '自住业主'),
    description: text(
      'Owns the flat and lives in it; judges the property company on how well the estate keeps its value and how repairs are handled.',
      '拥有并常住该房产,以小区设施维护和报修处理的好坏来评价物业公司。',
    ),
    goals: [
      text('Get a fault fixed in one visit', '报修一次就修好'),
      text('See what the property fee is spent on', '清楚物业费花在了哪里'),
    ],
    needs: [
      text('Progress updates without having to chase', '无需催促即可看到处理进度'),
      text('A visit time that fits around work', '能按自己的时间预约上门'),
    ],
    frustrations: [
      text('Technicians who are late or do not show up', '维修师傅迟到或爽约'),
      text('Reporting the same problem again and again', '同一个问题反复报修'),
    ],
    segmentKey: 'owner-occupier',
  },
  {
    key: 'tenant',
    name: text('Tenant', '租户'),
    description: text(
      'Rents the flat for one or two years; deals with both the landlord and the property company and is often unsure who is responsible.',
      '租住一到两年,同时与房东和物业打交道,常常不清楚问题该由谁负责。',
    ),
    goals: [
      text('Solve everyday problems without involving the landlord', '日常问题不必每次都找房东'),
      text('Get quick answers about rules, parking and access cards', '快速了解小区规定、停车和门禁办理'),
    ],
    needs: [
      text('A clear split of what the landlord and the property company handle', '明确哪些归房东、哪些归物业'),
      text('Service on WeChat outside office hours', '下班后也能通过微信办理'),
    ],
    frustrations: [
      text('Being told to ask the landlord first', '被告知“先去找房东”'),
      text('Different answers from different staff', '不同工作人员答复口径不一'),
    ],
    segmentKey: 'tenant',
  },
  {
    key: 'elderly-resident',
    name: text('Elderly resident', '老年住户'),
    description: text(
      'Retired and at home most of the day; prefers the phone or the service centre to apps and values a patient, familiar face.',
      '已退休、白天多在家,更习惯打电话或去物业服务中心,看重耐心和熟悉的面孔。',
    ),
    goals: [
      text('Report a problem without using a mini-program', '不用小程序也能报修'),
      text('Feel safe that someone checks in after a repair', '维修后有人回访,心里踏实'),
    ],
    needs: [
      text('A hotline that a person answers', '有人接听的服务热线'),
      text('Explanations in plain words, at a slower pace', '用通俗的话、放慢语速讲清楚'),
    ],
    frustrations: [
      text('Mini-program forms with too many steps', '小程序填写步骤太多'),
      text('Paying fees only at a counter with short opening hours', '只能在营业时间短的柜台缴费'),
    ],
    segmentKey: 'elderly',
  },
  {
    key: 'new-homeowner',
    name: text('New homeowner', '新交房业主'),
    description: text(
      'Has just bought in a new development and is taking over the keys; forms a lasting opinion of the property company in the first weeks.',
      '刚在新楼盘购房、正在办理交房,入住头几周就会形成对物业的长期印象。',
    ),
    goals: [
      text('Move in on schedule with defects fixed', '按期入住且问题已整改'),
      text('Finish renovation approvals quickly', '尽快办完装修审批'),
    ],
    needs: [
      text('A complete document checklist up front', '事先拿到完整的资料清单'),
      text('Committed dates for every defect found at inspection', '验房发现的问题都有明确整改日期'),
    ],
    frustrations: [
      text('Queues and repeated trips on handover day', '交房当天排长队、来回跑'),
      text('Unclear renovation deposits and rules', '装修押金和规定说不清'),
    ],
    segmentKey: 'new-owner',
  },
];
