import { localized as text, type PersonaTemplate } from '@opencx/plugin-sdk';

export const RETAIL_PERSONAS: PersonaTemplate[] = [
  {
    key: 'online-shopper',
    name: text('Mobile-first online shopper', '移动端线上购物者'),
    description: text(
      'Discovers products on social media, compares reviews on the phone and buys in the evening; abandons anything that feels slow.',
      '在社交媒体上发现商品,用手机比较评价,多在晚上下单;任何环节一慢就放弃。',
    ),
    goals: [
      text('Find the right product quickly', '快速找到合适的商品'),
      text('Get it delivered when promised', '按承诺时间收到货'),
    ],
    needs: [
      text('Honest reviews with photos', '真实、带图的评价'),
      text('A checkout that takes a minute', '一分钟内完成结账'),
    ],
    frustrations: [
      text('Confusing navigation and search', '网站导航和搜索混乱'),
      text('Support emails answered days later', '客服邮件几天后才回复'),
    ],
    segmentKey: 'online',
  },
  {
    key: 'store-shopper',
    name: text('In-store shopper', '门店顾客'),
    description: text(
      'Wants to see, touch and try before buying; visits a nearby store on weekends, often after checking stock online.',
      '购买前想亲眼看、亲手试;常在周末去附近门店,出门前会先在线查库存。',
    ),
    goals: [
      text('Try the product and leave with it the same day', '试用后当天就能带走'),
      text('Get advice from someone who knows the range', '得到懂产品的导购建议'),
    ],
    needs: [
      text('Accurate store stock online', '线上显示的门店库存准确'),
      text('Short queues at the till', '收银排队时间短'),
    ],
    frustrations: [
      text('Travelling to the store for an item that is out of stock', '专程到店却缺货'),
      text('No staff around when help is needed', '需要帮助时找不到店员'),
    ],
    segmentKey: 'store',
  },
  {
    key: 'loyal-member',
    name: text('Loyal member', '会员老客'),
    description: text(
      'Buys several times a year across channels and expects to be recognised: member prices, easy returns and a fast refund.',
      '每年多次跨渠道购买,希望被认出来:享受会员价、退货方便、退款快速。',
    ),
    goals: [
      text('Return what does not fit without hassle', '不合适就能轻松退货'),
      text('Have points and history follow them across channels', '积分和记录在各渠道通用'),
    ],
    needs: [
      text('Free pick-up for returns', '退货免费上门取件'),
      text('A refund within a few days', '几天内收到退款'),
    ],
    frustrations: [
      text('Being treated like a first-time buyer', '被当作第一次购物的新客'),
      text('Refunds that take more than a week', '退款超过一周才到账'),
    ],
    segmentKey: 'member',
  },
];
