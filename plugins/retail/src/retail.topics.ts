import { localized as text, type TopicDefinition } from '@opencx/plugin-sdk';

/** What shoppers write about (DESIGN.md §3b): comments mentioning a keyword are tagged with the topic. */
export const RETAIL_TOPICS: TopicDefinition[] = [
  { key: 'delivery', name: text('Delivery and logistics', '物流配送'), keywords: { zh: ['物流', '快递', '配送', '发货', '送货', '到货', '包裹'], en: ['delivery', 'delivered', 'shipping', 'shipped', 'courier', 'parcel', 'tracking', 'dispatch'] } },
  { key: 'returns', name: text('Returns and refunds', '退货退款'), keywords: { zh: ['退货', '退款', '换货', '退换'], en: ['return', 'returned', 'refund', 'exchange', 'replacement'] } },
  { key: 'price', name: text('Price and promotions', '价格与优惠'), keywords: { zh: ['价格', '价钱', '优惠', '折扣', '性价比', '划算', '便宜', '太贵'], en: ['price', 'pricing', 'expensive', 'cheap', 'discount', 'deal', 'overpriced', 'value for money'] } },
  { key: 'customer-service', name: text('Customer service', '客服'), keywords: { zh: ['客服', '售后', '店员', '导购'], en: ['customer service', 'support agent', 'agent', 'after-sales', 'sales assistant', 'hotline'] } },
  { key: 'quality', name: text('Product quality', '商品质量'), keywords: { zh: ['质量', '做工', '面料', '瑕疵', '起球', '划痕', '次品'], en: ['quality', 'defective', 'faulty', 'scratched', 'material', 'fabric'] } },
  { key: 'packaging', name: text('Packaging', '包装'), keywords: { zh: ['包装', '破损', '外箱'], en: ['packaging', 'box', 'wrapping'] } },
  { key: 'stock', name: text('Stock and sizes', '库存与尺码'), keywords: { zh: ['库存', '缺货', '有货', '尺码', '型号'], en: ['stock', 'out of stock', 'size', 'model'] } },
  { key: 'store-experience', name: text('Store experience', '门店体验'), keywords: { zh: ['门店', '店里', '排队', '试衣间', '收银'], en: ['store', 'shop', 'queue', 'cashier', 'fitting room'] } },
  { key: 'app-website', name: text('App and website', '网站与应用'), keywords: { zh: ['网站', '小程序', '下单', '页面', '支付'], en: ['website', 'app', 'checkout page', 'payment', 'order page'] } },
];
