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

/** The ICU arguments a message uses (`{n}`, `{count, plural, one {…} other {…}}` → n, count), not the words of plural branches. */
function placeholders(text: string): string[] {
  const names = new Set<string>();
  let i = 0;
  const argument = () => {
    const m = /^\s*(\w+)\s*(?:,\s*(\w+)\s*)?/.exec(text.slice(i));
    if (!m) return;
    names.add(m[1]);
    i += m[0].length;
    if (text[i] !== ',') {
      i++;
      return;
    }
    i++;
    const branched = ['plural', 'select', 'selectordinal'].includes(m[2] ?? '');
    while (i < text.length && text[i] !== '}') {
      if (branched && text[i] === '{') {
        i++;
        message(true);
      } else i++;
    }
    i++;
  };
  const message = (nested: boolean) => {
    while (i < text.length) {
      const c = text[i++];
      if (c === '{') argument();
      else if (c === '}' && nested) return;
    }
  };
  message(false);
  return [...names].sort();
}

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

describe('ICU arguments', () => {
  it('are the arguments, not the words of plural branches', () => {
    expect(placeholders('Cited {n, plural, one {once} other {# times}}')).toEqual(['n']);
    expect(placeholders('被引用 {n} 次')).toEqual(['n']);
    expect(placeholders('{a, plural, =0 {none} other {{b} of #}} and {c}')).toEqual(['a', 'b', 'c']);
    expect(placeholders('{count, number} items')).toEqual(['count']);
  });
});
