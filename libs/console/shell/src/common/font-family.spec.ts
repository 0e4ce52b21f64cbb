import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONSOLE_FONT_FAMILY } from './font-family';

const families = (list: string) => list.split(',').map((f) => f.trim().replace(/^['"]|['"]$/g, ''));
const CJK = ['PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC'];
const LATIN = ['Segoe UI', 'Roboto', 'Helvetica Neue', 'Helvetica', 'Arial', 'Liberation Sans', 'Noto Sans'];

describe('console font stack', () => {
  it('lists every Latin font before any CJK font, in the antd theme and in globals.css alike', () => {
    const css = readFileSync(join(__dirname, '../../../../../apps/console/src/app/globals.css'), 'utf8');
    const fromCss = families(/font-family:\s*([^;]+);/.exec(css)![1].replace(/\s+/g, ' '));
    for (const list of [families(CONSOLE_FONT_FAMILY), fromCss]) {
      const lastLatin = Math.max(...LATIN.map((f) => list.indexOf(f)));
      const firstCjk = Math.min(...CJK.map((f) => list.indexOf(f)).filter((i) => i >= 0));
      expect(LATIN.every((f) => list.includes(f))).toBe(true);
      expect(lastLatin).toBeLessThan(firstCjk);
    }
    expect(fromCss).toEqual(families(CONSOLE_FONT_FAMILY));
  });
});
