import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ImportRowError', { description: 'A rejected CSV row: its line (the header is line 1), the field and the reason.' })
export class ImportRowErrorModel {
  @Field(() => Int) line!: number;
  @Field() field!: string;
  @Field() reason!: string;
}
