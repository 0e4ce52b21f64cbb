import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsInt, Matches, Max, Min } from 'class-validator';

@InputType('CalendarYearInput')
export class CalendarYearInput {
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year!: number;
  @Field(() => [String]) @IsArray() @ArrayMaxSize(366) @Matches(/^\d{4}-\d{2}-\d{2}$/, { each: true, message: 'each day is YYYY-MM-DD' }) holidays!: string[];
  @Field(() => [String]) @IsArray() @ArrayMaxSize(366) @Matches(/^\d{4}-\d{2}-\d{2}$/, { each: true, message: 'each day is YYYY-MM-DD' }) workdays!: string[];
}
