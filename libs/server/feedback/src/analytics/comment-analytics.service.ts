import { Inject, Injectable } from '@nestjs/common';
import { keywordShareChanges, LOW_SAMPLE_N, meanFromSums, type TermPeriodCounts } from '@opencx/domain';
import { OpenCxError } from '@opencx/server-core';
import { TenantDb, type WorkspaceContext } from '@opencx/server-database';
import { WorkspaceService } from '@opencx/server-identity';
import { bucketsBetween, changeBetween, EMPTY_COUNTERS, parseDay } from '@opencx/server-metrics';
import type { CommentAnalyticsArgs } from '../inputs';
import type { CommentAnalyticsModel, CommentTermModel, SentimentBucketModel } from '../models';
import { TOPIC_DICTIONARIES, type TopicDictionaries } from '../text/topic-dictionaries.port';

/** Keywords with the most comments this window that are tested for a rise (the Bonferroni family). */
const KEYWORD_CANDIDATES = 50;
const KEYWORDS_SHOWN = 15;
const TOPICS_SHOWN = 12;
/** A keyword needs this many comments in the window to be a candidate: one odd comment is not a trend. */
const KEYWORD_MIN_COMMENTS = 3;

const DAY_MS = 86400000;
const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The comments' side of the journey dashboard (DESIGN.md §3b text analytics), from what ingestion
 * stored on each response (sentiment, topic tags, keywords): top topics, keywords whose share of
 * comments rose against the previous window of the same length (two-proportion test, Bonferroni
 * over the candidates), and the mean sentiment per time bucket with its t interval and a Welch test
 * against the bucket before. Three statements whatever the window; each answers a bounded number of
 * rows (buckets, at most 50 keywords, at most 12 topics).
 */
@Injectable()
export class CommentAnalyticsService {
  constructor(
    private readonly db: TenantDb,
    private readonly workspaces: WorkspaceService,
    @Inject(TOPIC_DICTIONARIES) private readonly dictionaries: TopicDictionaries,
  ) {}

  analytics(ctx: WorkspaceContext, args: CommentAnalyticsArgs): Promise<CommentAnalyticsModel> {
    const from = parseDay('from', args.from);
    const to = parseDay('to', args.to);
    if (to < from) throw OpenCxError.badInput('to', 'must not be before from');
    const buckets = bucketsBetween(from, to, args.granularity);
    const days = Math.round((to.getTime() - from.getTime()) / DAY_MS) + 1;
    const previousFrom = iso(new Date(from.getTime() - days * DAY_MS));
    const previousTo = iso(new Date(from.getTime() - DAY_MS));

    return this.db.read(ctx, async (tx) => {
      const [timeZone, topicDefinitions] = await tx.all([() => this.workspaces.timeZone(tx), () => this.dictionaries.forWorkspace(tx)] as const);
      // $2 journey, $3 previous window's first day, $4 window's first day, $5 last day, $6 zone, $7 segment, $8 site.
      // Bounds as instants in the workspace's zone, so the month partitions prune.
      const scope = `r.workspace_id = $1 AND r.journey_id = $2::uuid AND r.comment IS NOT NULL
          AND r.occurred_at >= ($3::date::timestamp AT TIME ZONE $6) AND r.occurred_at < (($5::date + 1)::timestamp AT TIME ZONE $6)
          AND ($7::text IS NULL OR r.segment = $7) AND ($8::uuid IS NULL OR r.site_id = $8::uuid)`;
      const current = `r.occurred_at >= ($4::date::timestamp AT TIME ZONE $6)`;
      const params = [args.journeyId, previousFrom, args.from, args.to, timeZone, args.segment ?? null, args.site ?? null];
      const topicKeys = topicDefinitions.map((t) => t.key);
      const [bucketRows, keywordRows, topicRows] = await tx.all([
        () =>
          tx.query<{ bucket: string | null; comments: number; n: number; s: number; ss: number; negative: number }>(
            // bucket NULL: the previous window (only its comment count is used).
            `SELECT CASE WHEN ${current} THEN to_char(date_trunc($9::text, r.occurred_at AT TIME ZONE $6), 'YYYY-MM-DD') END AS bucket,
                    count(*)::int AS comments, count(r.sentiment)::int AS n, coalesce(sum(r.sentiment), 0)::float8 AS s,
                    coalesce(sum(r.sentiment::float8 * r.sentiment), 0)::float8 AS ss, count(*) FILTER (WHERE r.sentiment < 0)::int AS negative
               FROM feedback_response r
              WHERE ${scope}
              GROUP BY 1`,
            [...params, args.granularity.toLowerCase()],
          ),
        () =>
          tx.query<{ term: string; current: number; previous: number }>(
            `SELECT k.term, count(*) FILTER (WHERE k.current)::int AS current, count(*) FILTER (WHERE NOT k.current)::int AS previous
               FROM (SELECT ${current} AS current, kw AS term FROM feedback_response r CROSS JOIN LATERAL unnest(r.keywords) AS kw WHERE ${scope}) k
              GROUP BY k.term
             HAVING count(*) FILTER (WHERE k.current) >= $9
              ORDER BY 2 DESC, 1
              LIMIT ${KEYWORD_CANDIDATES}`,
            [...params, KEYWORD_MIN_COMMENTS],
          ),
        () =>
          topicKeys.length
            ? tx.query<{ term: string; current: number; previous: number; negative: number }>(
                `SELECT k.term, count(*) FILTER (WHERE k.current)::int AS current, count(*) FILTER (WHERE NOT k.current)::int AS previous,
                        count(*) FILTER (WHERE k.current AND k.sentiment < 0)::int AS negative
                   FROM (SELECT ${current} AS current, tag AS term, r.sentiment FROM feedback_response r CROSS JOIN LATERAL unnest(r.tags) AS tag
                          WHERE ${scope} AND tag = ANY($9::text[])) k
                  GROUP BY k.term
                 HAVING count(*) FILTER (WHERE k.current) > 0
                  ORDER BY 2 DESC, 1
                  LIMIT ${TOPICS_SHOWN}`,
                [...params, topicKeys],
              )
            : Promise.resolve([]),
      ] as const);

      const comments = bucketRows.filter((b) => b.bucket !== null).reduce((a, b) => a + b.comments, 0);
      const previousComments = bucketRows.find((b) => b.bucket === null)?.comments ?? 0;
      const byBucket = new Map(bucketRows.filter((b) => b.bucket !== null).map((b) => [b.bucket, b]));
      const countersOf = (b: { n: number; s: number; ss: number } | undefined) => (b ? { ...EMPTY_COUNTERS, n: b.n, sum: b.s, sumSquares: b.ss } : EMPTY_COUNTERS);
      const sentiment: SentimentBucketModel[] = buckets.map((start, i) => {
        const b = byBucket.get(start);
        const mean = b ? meanFromSums(b.n, b.s, b.ss) : null;
        const n = b?.n ?? 0;
        return {
          start,
          n,
          mean: mean?.value ?? null,
          low: mean?.interval.low ?? null,
          high: mean?.interval.high ?? null,
          lowSample: n < LOW_SAMPLE_N,
          negativeShare: b && b.n ? (100 * b.negative) / b.n : null,
          change: i > 0 ? changeBetween('numeric', countersOf(byBucket.get(buckets[i - 1])), countersOf(b)) : null,
        };
      });

      const names = new Map(topicDefinitions.map((t) => [t.key, t.name]));
      const negative = new Map(topicRows.map((t) => [t.term, t.negative]));
      const term = (named: boolean) => (k: ReturnType<typeof keywordShareChanges>[number]): CommentTermModel => ({
        term: k.term,
        nameEn: named ? (names.get(k.term)?.en ?? null) : null,
        nameZh: named ? (names.get(k.term)?.['zh-CN'] ?? null) : null,
        count: k.current,
        previousCount: k.previous,
        share: k.share,
        previousShare: k.previousShare,
        difference: k.difference,
        pValue: k.pValue,
        significant: k.significant,
        rising: k.rising,
        negative: named ? (negative.get(k.term) ?? 0) : null,
      });
      const asCounts = (rows: readonly TermPeriodCounts[]) => rows.map((r) => ({ term: r.term, current: r.current, previous: r.previous }));
      // Topics keep their order by mentions; their change is tested like the keywords' (family = the topics shown).
      const topicChanges = new Map(keywordShareChanges(asCounts(topicRows), comments, previousComments, { minCount: 1 }).map((k) => [k.term, k]));
      return {
        journeyId: args.journeyId,
        from: args.from,
        to: args.to,
        previousFrom,
        previousTo,
        comments,
        previousComments,
        topics: topicRows.flatMap((t) => {
          const k = topicChanges.get(t.term);
          return k ? [term(true)(k)] : [];
        }),
        keywords: keywordShareChanges(asCounts(keywordRows), comments, previousComments, { minCount: KEYWORD_MIN_COMMENTS }).slice(0, KEYWORDS_SHOWN).map(term(false)),
        sentiment,
      };
    });
  }
}
