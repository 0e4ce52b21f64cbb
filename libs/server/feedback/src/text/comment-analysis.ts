import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { createCommentAnalyser, ZH_SENTIMENT_LEXICON, type CommentAnalysis, type TopicDefinition } from '@opencx/domain';

/** High enough that jieba keeps a lexicon word whole (不作为, 形同虚设) rather than splitting it. */
const LEXICON_WORD_FREQUENCY = 2000;

let jieba: Jieba | null = null;

/** jieba with its default dictionary plus the sentiment lexicon's Chinese words; built on first use (≈ 0.3 s). */
function segmenter(): Jieba {
  if (!jieba) {
    jieba = Jieba.withDict(dict);
    const words = [...ZH_SENTIMENT_LEXICON.valences.keys(), ...ZH_SENTIMENT_LEXICON.negators, ...ZH_SENTIMENT_LEXICON.intensifiers.keys()].filter((w) => [...w].length > 1);
    jieba.loadDict(Buffer.from(words.map((w) => `${w} ${LEXICON_WORD_FREQUENCY}`).join('\n')));
  }
  return jieba;
}

const analyse = createCommentAnalyser((text) => segmenter().cut(text, false));

/**
 * Language, sentiment −1…+1 and topic tags of one comment (DESIGN.md §3b). Every way in (REST
 * batches, `submitFeedback`, CSV imports) calls this, with the workspace's topic dictionaries.
 */
export function analyseComment(text: string, topicDictionaries: readonly TopicDefinition[]): CommentAnalysis {
  return analyse(text, topicDictionaries);
}

/**
 * The words of a text as full-text search indexes them (research evidence, issue 15): the same
 * segmenter as comments, in search mode (a long word also yields its parts), whitespace dropped.
 */
export function segmentForSearch(text: string): string[] {
  return segmenter()
    .cutForSearch(text, true)
    .map((w) => w.trim().toLowerCase())
    .filter(Boolean);
}
