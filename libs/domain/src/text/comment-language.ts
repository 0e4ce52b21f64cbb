/** The languages the text analytics score; any other script is `other` (tagged, but not scored). */
export const COMMENT_LANGUAGES = ['zh', 'en', 'other'] as const;
export type CommentLanguage = (typeof COMMENT_LANGUAGES)[number];

const HAN = /\p{Script=Han}/u;
const KANA_OR_HANGUL = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const LATIN = /[A-Za-z]/;
const LETTER = /\p{L}/u;

/**
 * Language by script. One Han character carries about as much as one English word (≈ 4–5
 * letters), so a comment is Chinese when its Han characters are at least a quarter of its Latin
 * letters: "电梯 OK" is Chinese, "the 电梯 in block 3 is broken again" is English. Kana or Hangul
 * anywhere means Japanese or Korean, which share Han characters but which we do not score.
 */
export function detectCommentLanguage(text: string): CommentLanguage {
  let han = 0;
  let latin = 0;
  let otherLetters = 0;
  for (const ch of text) {
    if (HAN.test(ch)) han++;
    else if (LATIN.test(ch)) latin++;
    else if (KANA_OR_HANGUL.test(ch)) return 'other';
    else if (LETTER.test(ch)) otherLetters++;
  }
  if (han > 0 && han * 4 >= latin) return 'zh';
  if (latin > 0 && latin >= otherLetters) return 'en';
  return 'other';
}
