import { escapeHtml, tooltipLines } from './tooltip-html';

describe('chart tooltips as HTML', () => {
  it('escapes every character that could open markup in a name a user typed', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')">&`)).toBe('&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;');
    expect(escapeHtml('报修 · 上门维修')).toBe('报修 · 上门维修');
  });

  it('joins escaped lines with line breaks, so only the breaks are markup', () => {
    const html = tooltipLines('<b>门禁</b>', '重要度：40%');
    expect(html).toBe('&lt;b&gt;门禁&lt;/b&gt;<br/>重要度：40%');
    // The only tags left are the line breaks: every other '<' became an entity.
    expect(html.match(/</g)).toHaveLength(1);
    expect(html.replace(/<br\/>/g, '\n').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')).toBe('<b>门禁</b>\n重要度：40%');
  });
});
