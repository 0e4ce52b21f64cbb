const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML: ECharts puts a tooltip formatter's string into the page as markup, and names are typed by users. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** An ECharts tooltip of plain-text lines: each line escaped, joined by line breaks. */
export function tooltipLines(...lines: string[]): string {
  return lines.map(escapeHtml).join('<br/>');
}
