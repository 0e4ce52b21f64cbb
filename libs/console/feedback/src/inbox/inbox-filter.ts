import type { FeedbackFilterInput, ScoreBand, SentimentBand } from '@opencx/console-graphql';

export const SCORE_BANDS: readonly ScoreBand[] = ['NPS_DETRACTOR', 'NPS_PASSIVE', 'NPS_PROMOTER', 'CSAT_LOW', 'CSAT_HIGH', 'CES_LOW', 'CES_HIGH'];
export const SENTIMENT_BANDS: readonly SentimentBand[] = ['NEGATIVE', 'NEUTRAL', 'POSITIVE'];

/** The inbox's filters as the URL keeps them (so a filtered inbox can be bookmarked and shared). */
export interface InboxFilter {
  journeyId?: string;
  stageId?: string;
  touchpointId?: string;
  siteId?: string;
  scoreBand?: ScoreBand;
  sentiment?: SentimentBand;
  tag?: string;
  /** Local calendar days, YYYY-MM-DD, both inclusive. */
  from?: string;
  to?: string;
  search?: string;
}

const KEYS = ['journeyId', 'stageId', 'touchpointId', 'siteId', 'scoreBand', 'sentiment', 'tag', 'from', 'to', 'search'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the filters from the query string, dropping anything malformed (a hand-edited URL never breaks the page). */
export function filterFromSearch(params: URLSearchParams): InboxFilter {
  const out: InboxFilter = {};
  const id = (key: 'journeyId' | 'stageId' | 'touchpointId' | 'siteId') => {
    const v = params.get(key);
    if (v && UUID.test(v)) out[key] = v;
  };
  id('journeyId');
  id('stageId');
  id('touchpointId');
  id('siteId');
  const band = params.get('scoreBand');
  if (band && (SCORE_BANDS as readonly string[]).includes(band)) out.scoreBand = band as ScoreBand;
  const sentiment = params.get('sentiment');
  if (sentiment && (SENTIMENT_BANDS as readonly string[]).includes(sentiment)) out.sentiment = sentiment as SentimentBand;
  const tag = params.get('tag')?.trim();
  if (tag) out.tag = tag.slice(0, 80);
  for (const key of ['from', 'to'] as const) {
    const v = params.get(key);
    if (v && DAY.test(v)) out[key] = v;
  }
  const search = params.get('search')?.trim();
  if (search) out.search = search.slice(0, 200);
  return out;
}

/** The filters as a query string, in a fixed key order (equal filters give equal URLs). */
export function filterToSearch(filter: InboxFilter, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const out = new URLSearchParams(base);
  for (const key of KEYS) {
    const v = filter[key];
    if (v) out.set(key, v);
    else out.delete(key);
  }
  return out;
}

/**
 * The API filter: days become instants at the workspace's midnight (`offset`, e.g. "+08:00" for
 * Asia/Shanghai), and `to` is inclusive, so it ends at the next day's midnight.
 */
export function toApiFilter(filter: InboxFilter, offset = '+08:00'): FeedbackFilterInput {
  const nextDay = (day: string) => {
    const d = new Date(`${day}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1);
    return d.toISOString().slice(0, 10);
  };
  return {
    journeyId: filter.journeyId,
    stageId: filter.stageId,
    touchpointId: filter.touchpointId,
    siteId: filter.siteId,
    scoreBand: filter.scoreBand,
    sentiment: filter.sentiment,
    tag: filter.tag,
    from: filter.from ? `${filter.from}T00:00:00${offset}` : undefined,
    to: filter.to ? `${nextDay(filter.to)}T00:00:00${offset}` : undefined,
    search: filter.search,
  };
}

/** Which band a sentiment score falls in (the same cut-offs as the API's filter: ±0.2). */
export function sentimentBand(score: number | null | undefined): SentimentBand | null {
  if (score === null || score === undefined) return null;
  return score < -0.2 ? 'NEGATIVE' : score > 0.2 ? 'POSITIVE' : 'NEUTRAL';
}
