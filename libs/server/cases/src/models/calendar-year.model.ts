import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('CalendarYear')
export class CalendarYearModel {
  @Field(() => Int) year!: number;
  @Field(() => [String], { description: 'YYYY-MM-DD days off' }) holidays!: string[];
  @Field(() => [String], { description: 'YYYY-MM-DD make-up working days (调休)' }) workdays!: string[];
}
