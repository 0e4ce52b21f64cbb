import { detectCommentLanguage } from './comment-language';

describe('detectCommentLanguage', () => {
  it.each([
    ['物业服务很好', 'zh'],
    ['电梯 OK', 'zh'],
    ['我在B2B平台下单了', 'zh'],
    ['The lift is broken again', 'en'],
    ['the 电梯 in block three is broken again', 'en'],
    ['エレベーターが壊れました', 'other'],
    ['엘리베이터가 고장났어요', 'other'],
    ['Лифт сломался', 'other'],
    ['👍👍 123', 'other'],
    ['', 'other'],
  ])('%s → %s', (text, language) => {
    expect(detectCommentLanguage(text)).toBe(language);
  });
});
