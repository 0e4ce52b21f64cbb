import { JOURNEY_DIFF_FIELDS, STAGE_DIFF_FIELDS, TOUCHPOINT_DIFF_FIELDS } from '@opencx/domain';
import en from '../../messages/en.json';
import zhCN from '../../messages/zh-CN.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();

describe('console messages', () => {
  const flatEn = flatten(en as Tree);
  const flatZh = flatten(zhCN as Tree);

  it('have the same keys in zh-CN and en', () => {
    expect([...flatZh.keys()].sort()).toEqual([...flatEn.keys()].sort());
  });

  it('use the same placeholders in both languages', () => {
    const mismatched = [...flatEn].filter(([key, text]) => JSON.stringify(placeholders(text)) !== JSON.stringify(placeholders(flatZh.get(key) ?? '')));
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it('have no empty strings', () => {
    expect([...flatEn, ...flatZh].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
  });

  it('label every field a revision diff can name (declared in @opencx/domain) in both languages', () => {
    const fields = [...new Set([...JOURNEY_DIFF_FIELDS, ...STAGE_DIFF_FIELDS, ...TOUCHPOINT_DIFF_FIELDS])];
    const missing = fields.flatMap((f) => [flatEn, flatZh].filter((flat) => !flat.has(`journeyMap.history.fields.${f}`)).map(() => f));
    expect(missing).toEqual([]);
  });
});
