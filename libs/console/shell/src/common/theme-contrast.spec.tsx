import { renderToString } from 'react-dom/server';
import { createCache, extractStyle, StyleProvider } from '@ant-design/cssinjs';
import { ConfigProvider, Tag, theme } from 'antd';
import { CONSOLE_THEME_TOKENS } from './theme-tokens';

/** WCAG 2 contrast ratio of two #rrggbb colours (relative luminance, sRGB), written out here. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b2] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The CSS antd writes for a page with one tag of each colour under the console's theme. */
function themeCss(): string {
  const cache = createCache();
  renderToString(
    <StyleProvider cache={cache}>
      <ConfigProvider theme={{ algorithm: theme.defaultAlgorithm, token: CONSOLE_THEME_TOKENS }}>
        {['orange', 'gold', 'cyan', 'green', 'volcano', 'lime', 'yellow'].map((c) => (
          <Tag key={c} color={c}>
            {c}
          </Tag>
        ))}
      </ConfigProvider>
    </StyleProvider>,
  );
  return extractStyle(cache, { plain: true });
}

describe('the console theme: tag text colours', () => {
  const css = themeCss();
  const cssVar = (name: string) => {
    const values = [...css.matchAll(new RegExp(`--ant-${name}:\\s*(#[0-9a-f]{6})`, 'gi'))].map((m) => m[1].toLowerCase());
    return [...new Set(values)];
  };

  it.each(['orange', 'gold', 'cyan', 'volcano', 'lime', 'yellow'])('a %s tag: one shade-7 value, the darkened one, at 4.5:1 or more on its shade-1 fill', (colour) => {
    const text = cssVar(`${colour}-7`);
    const fill = cssVar(`${colour}-1`);
    // Both of antd's names for the shade end up as one CSS variable: it must hold one value, ours.
    expect(text).toEqual([String((CONSOLE_THEME_TOKENS as Record<string, string | number>)[`${colour}7`])]);
    expect(fill).toHaveLength(1);
    expect(contrast(text[0], fill[0])).toBeGreaterThanOrEqual(4.5);
  });

  it('antd on its own gives an orange tag 3.3:1 (the failure the override fixes)', () => {
    // antd's orange-7 on orange-1, as axe-core measured it on the research page.
    expect(contrast('#d46b08', '#fff7e6')).toBeLessThan(4.5);
  });
});

