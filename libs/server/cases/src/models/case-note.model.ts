import { Field, ID, ObjectType } from '@nestjs/graphql';
import { CaseNoteKindEnum } from './case-note-kind.enum';

@ObjectType('CaseNote')
export class CaseNoteModel {
  @Field(() => ID) id!: string;
  @Field(() => CaseNoteKindEnum) kind!: CaseNoteKindEnum;
  @Field({ description: 'Plain text, never HTML' }) body!: string;
  @Field(() => String, { nullable: true }) channel!: string | null;
  @Field(() => Boolean, { nullable: true, description: 'For a contact attempt: whether the customer was reached' }) reached!: boolean | null;
  @Field(() => ID, { nullable: true }) authorUserId!: string | null;
  @Field() createdAt!: Date;
}
