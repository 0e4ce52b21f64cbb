import { Field, ObjectType } from '@nestjs/graphql';
import { SecurityEventModel } from './security-event.model';

@ObjectType('SecurityEventPage')
export class SecurityEventPageModel {
  @Field(() => [SecurityEventModel]) events!: SecurityEventModel[];
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page' }) endCursor!: string | null;
  @Field() hasNextPage!: boolean;
}
