import { tagTopics, type TopicDefinition } from './topic-dictionary';

const topics: TopicDefinition[] = [
  { key: 'leak', name: { en: 'Leaks', 'zh-CN': '漏水' }, keywords: { zh: ['漏水', '渗水'], en: ['leak', 'water damage'] } },
  { key: 'parking', name: { en: 'Parking', 'zh-CN': '停车' }, keywords: { zh: ['停车', '车位'], en: ['parking', 'car park'] } },
  { key: 'price', name: { en: 'Price', 'zh-CN': '价格' }, keywords: { zh: ['价格'], en: ['price'] } },
  // A second plugin contributing the same key: one tag.
  { key: 'price', name: { en: 'Pricing', 'zh-CN': '报价' }, keywords: { zh: ['报价'], en: ['quote'] } },
];

describe('tagTopics', () => {
  it('tags Chinese keywords anywhere in the text, in dictionary order', () => {
    expect(tagTopics('车位太少，楼上还渗水', topics)).toEqual(['leak', 'parking']);
  });

  it('tags English keywords as whole words, case-insensitively, plurals included', () => {
    expect(tagTopics('Two LEAKS and water   damage in the Car Park', topics)).toEqual(['leak', 'parking']);
    expect(tagTopics('The leakage report is sparking debate', topics)).toEqual([]);
  });

  it('tags a key once even when two dictionaries contribute it', () => {
    expect(tagTopics('价格和报价都不清楚 (price, quote)', topics)).toEqual(['price']);
  });

  it('tags nothing without dictionaries', () => {
    expect(tagTopics('漏水', [])).toEqual([]);
  });
});
