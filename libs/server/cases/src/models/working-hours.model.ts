import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('WorkingHours')
export class WorkingHoursModel {
  @Field(() => Int, { description: '1 = Monday … 7 = Sunday' }) weekday!: number;
  @Field(() => Int, { description: 'Minutes from local midnight' }) startMinute!: number;
  @Field(() => Int) endMinute!: number;
}
