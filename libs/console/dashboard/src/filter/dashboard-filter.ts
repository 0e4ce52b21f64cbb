/** The dashboard's filters as the URL keeps them, so a dashboard link can be shared. */
export type Granularity = 'DAY' | 'WEEK' | 'MONTH';
export const GRANULARITIES: readonly Granularity[] = ['DAY', 'WEEK', 'MONTH'];

export interface DashboardFilter {
  /** Local calendar days, YYYY-MM-DD, both inclusive. */
  from: string;
  to: string;
  granularity: Granularity;
  segment?: string;
  siteId?: string;
  /** The journey's persona: its segment key cuts every KPI (instead of a typed segment). */
  personaId?: string;
  /** Two segments compared side by side ("" = responses without a segment). */
  compareA?: string;
  compareB?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const realDay = (s: string | null): s is string => !!s && DAY.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);
}

/** The default window: the 90 days up to `today`, by week. */
export const defaultFilter = (today: string): DashboardFilter => ({ from: addDays(today, -89), to: today, granularity: 'WEEK' });

/** Reads the filters from the query string; anything malformed falls back to the default (a hand-edited URL never breaks the page). */
export function filterFromSearch(params: URLSearchParams, today: string): DashboardFilter {
  const out = defaultFilter(today);
  const from = params.get('from');
  const to = params.get('to');
  if (realDay(from) && realDay(to) && from <= to) Object.assign(out, { from, to });
  const g = params.get('granularity');
  if (g && (GRANULARITIES as readonly string[]).includes(g)) out.granularity = g as Granularity;
  const segment = params.get('segment')?.trim();
  if (segment) out.segment = segment.slice(0, 80);
  const site = params.get('site');
  if (site && UUID.test(site)) out.siteId = site;
  const persona = params.get('persona');
  if (persona && UUID.test(persona)) out.personaId = persona;
  const a = params.get('compareA');
  const b = params.get('compareB');
  if (a !== null && b !== null && a.trim().slice(0, 80) !== b.trim().slice(0, 80)) Object.assign(out, { compareA: a.trim().slice(0, 80), compareB: b.trim().slice(0, 80) });
  return out;
}

export function filterToSearch(filter: DashboardFilter): URLSearchParams {
  const out = new URLSearchParams({ from: filter.from, to: filter.to, granularity: filter.granularity });
  if (filter.segment) out.set('segment', filter.segment);
  if (filter.siteId) out.set('site', filter.siteId);
  if (filter.personaId) out.set('persona', filter.personaId);
  if (filter.compareA !== undefined && filter.compareB !== undefined) {
    out.set('compareA', filter.compareA);
    out.set('compareB', filter.compareB);
  }
  return out;
}

/** The segment the KPIs are cut by: the persona's segment key when a persona is chosen, else the typed segment. */
export function effectiveSegment(filter: DashboardFilter, personas: readonly { id: string; segmentKey?: string | null }[]): string | undefined {
  if (filter.personaId) {
    const key = personas.find((p) => p.id === filter.personaId)?.segmentKey;
    if (key) return key;
  }
  return filter.segment;
}
