/**
 * Latin fonts first, CJK fonts after: a browser takes each glyph from the first font that has it,
 * so English text and Latin punctuation keep Latin shapes (a CJK font first turns "company’s" into a
 * full-width quote) while Chinese falls through to the CJK fonts. Same list in globals.css.
 */
export const CONSOLE_FONT_FAMILY =
  '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Helvetica, Arial, "Liberation Sans", "Noto Sans", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif';
