import { localized as text, type JourneyTemplate } from '@opencx/plugin-sdk';

/** 咨询: small questions, asked often; consistency matters more than speed. */
export const ENQUIRY_TEMPLATE: JourneyTemplate = {
  key: 'enquiry',
  version: '1.0.0',
  name: text('Enquiry', '咨询'),
  description: text(
    'A resident asks about parking permits, access cards, renovation rules or a water or power outage and gets a reliable answer.',
    '业主咨询停车办理、门禁卡、装修规定或停水停电等问题,并得到可靠的答复。',
  ),
  state: 'current',
  shape: 'linear',
  personaKey: 'tenant',
  stages: [
    {
      key: 'ask',
      name: text('Ask', '提出咨询'),
      touchpoints: [
        {
          key: 'ask-online-service',
          name: text('Ask online customer service', '线上客服咨询'),
          channel: 'chat',
          customerAction: text('Types a question in the mini-program chat', '在小程序在线客服中提问'),
          customerThought: text('This should be a quick one', '应该很快就能问清楚'),
          expectation: text('A reply within a few minutes, also in the evening', '几分钟内回复,晚上也有人'),
          emotion: 0,
          momentOfTruth: false,
          slaMinutes: 10,
          layer: 'front_stage',
          metricKeys: ['ces'],
          painPoints: [{ title: text('Bot answers that miss the question', '机器人答非所问'), severity: 3 }],
          opportunities: [{ title: text('Hand over to a person after one failed bot answer', '机器人答不上时立即转人工') }],
        },
        {
          key: 'ask-at-front-desk',
          name: text('Ask at the service centre', '服务中心前台咨询'),
          channel: 'in_person',
          customerAction: text('Asks the front desk in person', '到服务中心前台当面询问'),
          customerThought: text('Easier to just ask someone', '当面问最省事'),
          expectation: text('A friendly answer and the right form', '热情解答并拿到对应表格'),
          emotion: 1,
          momentOfTruth: false,
          layer: 'front_stage',
          metricKeys: ['csat'],
          painPoints: [{ title: text('Front desk unstaffed at lunchtime', '午休时前台无人'), severity: 2 }],
          opportunities: [{ title: text('Staggered breaks so the desk is always covered', '错峰午休,前台不断岗') }],
        },
      ],
    },
    {
      key: 'answer',
      name: text('Answer', '获得解答'),
      touchpoints: [
        {
          key: 'receive-answer',
          name: text('Answer received', '收到答复'),
          channel: 'chat',
          customerAction: text('Reads the answer and follows the steps', '阅读答复并按步骤办理'),
          customerThought: text('Is this the full story?', '说全了吗?'),
          expectation: text('The same correct answer whoever replies', '不管谁回答,口径一致且准确'),
          emotion: 0,
          momentOfTruth: true,
          layer: 'front_stage',
          metricKeys: ['enquiry_first_contact_resolution', 'ces'],
          painPoints: [
            { title: text('Different staff give different answers', '不同工作人员答复口径不一'), severity: 3 },
          ],
          opportunities: [{ title: text('One knowledge base behind every channel', '所有渠道共用一套知识库') }],
        },
      ],
    },
    {
      key: 'follow-through',
      name: text('Follow-through', '后续跟进'),
      touchpoints: [
        {
          key: 'update-notice',
          name: text('Update when the answer changes', '情况变化时主动通知'),
          channel: 'sms',
          customerAction: text('Gets a message when, say, an outage ends early or runs late', '停水停电提前结束或延长时收到通知'),
          customerThought: text('Nice, I did not have to ask again', '不用再问一遍,挺好'),
          expectation: text('Proactive updates on anything still open', '未了结的事项主动告知进展'),
          emotion: 1,
          momentOfTruth: false,
          layer: 'front_stage',
          metricKeys: ['csat'],
          painPoints: [{ title: text('Outage notices posted only in the lift', '停水停电通知只贴在电梯里'), severity: 3 }],
          opportunities: [{ title: text('Push notices to every household affected', '向受影响住户逐户推送通知') }],
        },
      ],
    },
  ],
};
