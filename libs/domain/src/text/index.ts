export * from './comment-language';
export * from './comment-tokens';
export * from './comment-sentiment';
export * from './sentiment-lexicon';
export * from './topic-dictionary';
export * from './rising-keywords';
export * from './comment-analysis';
export * from './keyword-shares';
