import { Inject, Injectable } from '@nestjs/common';
import { TAGS_MAX, type FeedbackResponseRecord } from '@opencx/domain';
import type { TenantTx } from '@opencx/server-database';
import { analyseComment } from './comment-analysis';
import { TOPIC_DICTIONARIES, type TopicDictionaries } from './topic-dictionaries.port';

/** What the text analytics add to a response before it is stored. */
export interface CommentText {
  language: string | null;
  sentiment: number | null;
  tags: string[];
}

/**
 * Runs the comment analysis for a batch of responses on its way in: language (the caller's when
 * given, else detected), sentiment −1…+1 and tags = the caller's tags followed by the topics the
 * comment mentions, without duplicates. The topic dictionaries are read only when a comment exists.
 */
@Injectable()
export class CommentTextService {
  constructor(@Inject(TOPIC_DICTIONARIES) private readonly dictionaries: TopicDictionaries) {}

  async analyse(tx: TenantTx, responses: readonly Pick<FeedbackResponseRecord, 'comment' | 'language' | 'tags'>[]): Promise<CommentText[]> {
    const topics = responses.some((r) => r.comment !== null) ? await this.dictionaries.forWorkspace(tx) : [];
    return responses.map((r) => {
      if (r.comment === null) return { language: r.language, sentiment: null, tags: r.tags };
      const analysis = analyseComment(r.comment, topics);
      // Topic tags come after the caller's and never push the list past TAGS_MAX (the caller's tags win).
      const tags = [...new Set([...r.tags, ...analysis.topics])].slice(0, Math.max(TAGS_MAX, r.tags.length));
      return { language: r.language ?? analysis.language, sentiment: analysis.sentiment, tags };
    });
  }
}
