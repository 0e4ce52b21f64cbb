import { Inject, Injectable } from '@nestjs/common';
import { keywordTokens, TAGS_MAX, type CommentAnalysis, type FeedbackResponseRecord, type TopicDefinition } from '@opencx/domain';
import { sliced } from '@opencx/server-core';
import type { TenantTx } from '@opencx/server-database';
import { analyseComment } from './comment-analysis';
import { TOPIC_DICTIONARIES, type TopicDictionaries } from './topic-dictionaries.port';

/** Longest the analysis runs between two turns of the event loop. */
const SLICE_MS = 10;
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** What the text analytics add to a response before it is stored. */
export interface CommentText {
  language: string | null;
  sentiment: number | null;
  tags: string[];
  /** The comment's keywords, each once, in order of first use (at most KEYWORDS_MAX). */
  keywords: string[];
}

/** Keywords kept per response: a long complaint still counts once per word, and the array stays small. */
export const KEYWORDS_MAX = 40;
/** A stored keyword is a word, not an essay: longer tokens (URLs, runs of Latin letters) are dropped. */
const KEYWORD_MAX_LENGTH = 40;

const commentKeywords = (tokens: readonly string[]) => [...new Set(keywordTokens(tokens).filter((k) => k.length <= KEYWORD_MAX_LENGTH))].slice(0, KEYWORDS_MAX);

/**
 * Runs the comment analysis for a batch of responses on its way in: language (the caller's when
 * given, else detected), sentiment −1…+1 and tags = the caller's tags followed by the topics the
 * comment mentions, without duplicates; and the comment's keywords (for top and rising keywords). The topic dictionaries are read only when a comment exists.
 */
@Injectable()
export class CommentTextService {
  constructor(@Inject(TOPIC_DICTIONARIES) private readonly dictionaries: TopicDictionaries) {}

  /** `yieldTurn`: how the work pauses between slices (background imports pass their low-priority turn). */
  async analyse(tx: TenantTx, responses: readonly Pick<FeedbackResponseRecord, 'comment' | 'language' | 'tags'>[], yieldTurn: () => Promise<void> = yieldToEventLoop): Promise<CommentText[]> {
    return this.analyseWith(await this.topicsFor(tx, responses), responses, yieldTurn);
  }

  /** The workspace's topic dictionaries when any of the responses has a comment (else none are read). */
  async topicsFor(tx: TenantTx, responses: readonly Pick<FeedbackResponseRecord, 'comment'>[]): Promise<readonly TopicDefinition[]> {
    return responses.some((r) => r.comment !== null) ? this.dictionaries.forWorkspace(tx) : [];
  }

  /** The analysis with the topic dictionaries already read (a CSV import analyses a chunk before its transaction opens). */
  async analyseWith(
    topics: readonly TopicDefinition[],
    responses: readonly Pick<FeedbackResponseRecord, 'comment' | 'language' | 'tags'>[],
    yieldTurn: () => Promise<void> = yieldToEventLoop,
  ): Promise<CommentText[]> {
    // Each distinct comment is analysed once per batch (survey exports repeat short comments a lot).
    const analysed = new Map<string, CommentAnalysis>();
    const out: CommentText[] = [];
    const pause = sliced(yieldTurn, SLICE_MS);
    for (const r of responses) {
      if (r.comment === null) {
        out.push({ language: r.language, sentiment: null, tags: r.tags, keywords: [] });
        continue;
      }
      let analysis = analysed.get(r.comment);
      if (!analysis) {
        analysis = analyseComment(r.comment, topics);
        analysed.set(r.comment, analysis);
        // Segmentation is CPU work on the API's event loop: let other requests in every few milliseconds.
        await pause();
      }
      // Topic tags come after the caller's and never push the list past TAGS_MAX (the caller's tags win).
      const tags = [...new Set([...r.tags, ...analysis.topics])].slice(0, Math.max(TAGS_MAX, r.tags.length));
      out.push({ language: r.language ?? analysis.language, sentiment: analysis.sentiment, tags, keywords: commentKeywords(analysis.tokens) });
    }
    return out;
  }
}
