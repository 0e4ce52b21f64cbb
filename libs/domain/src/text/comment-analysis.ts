import { detectCommentLanguage, type CommentLanguage } from './comment-language';
import { scoreSentiment } from './comment-sentiment';
import { tokenizeChinese, tokenizeEnglish, type Segmenter } from './comment-tokens';
import { EN_SENTIMENT_LEXICON, ZH_SENTIMENT_LEXICON } from './sentiment-lexicon';
import { tagTopics, type TopicDefinition } from './topic-dictionary';

export interface CommentAnalysis {
  language: CommentLanguage;
  /** −1…+1; null for a language we do not score (`other`). */
  sentiment: number | null;
  /** Keys of the topics the comment mentions. */
  topics: string[];
  tokens: string[];
}

export type CommentAnalyser = (text: string, topics: readonly TopicDefinition[]) => CommentAnalysis;

/** Binds the analysis to a Chinese segmenter (jieba on the server; anything in tests). */
export function createCommentAnalyser(segment: Segmenter): CommentAnalyser {
  return (text, topics) => {
    const language = detectCommentLanguage(text);
    const tokens = language === 'zh' ? tokenizeChinese(text, segment) : tokenizeEnglish(text);
    const sentiment = language === 'zh' ? scoreSentiment(tokens, ZH_SENTIMENT_LEXICON) : language === 'en' ? scoreSentiment(tokens, EN_SENTIMENT_LEXICON) : null;
    return { language, sentiment, topics: tagTopics(text, topics), tokens };
  };
}
