import { registerEnumType } from '@nestjs/graphql';

/** Sentiment bands of a comment's −1…+1 score: negative below −0.2, positive above +0.2, neutral between. */
export enum SentimentBand {
  NEGATIVE = 'NEGATIVE',
  NEUTRAL = 'NEUTRAL',
  POSITIVE = 'POSITIVE',
}
registerEnumType(SentimentBand, { name: 'SentimentBand' });
