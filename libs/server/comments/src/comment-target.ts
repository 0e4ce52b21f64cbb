import { registerEnumType } from '@nestjs/graphql';

/** The cards of a journey map a comment can sit on. */
export enum CommentTargetKind {
  STAGE = 'stage',
  TOUCHPOINT = 'touchpoint',
  PAIN_POINT = 'pain_point',
  OPPORTUNITY = 'opportunity',
  ACTION = 'action',
}
registerEnumType(CommentTargetKind, { name: 'CommentTargetKind', description: 'The card a comment thread is on: a stage, touchpoint, pain point, opportunity or improvement action of the journey.' });
