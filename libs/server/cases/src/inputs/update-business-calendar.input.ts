import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { WorkingHoursInput } from './working-hours.input';
import { CalendarYearInput } from './calendar-year.input';

@InputType('UpdateBusinessCalendarInput')
export class UpdateBusinessCalendarInput {
  @Field({ nullable: true, description: 'IANA zone, e.g. Asia/Shanghai' }) @IsOptional() @IsString() @MaxLength(60) timeZone?: string;
  @Field(() => [WorkingHoursInput], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => WorkingHoursInput) workingHours?: WorkingHoursInput[];
  @Field(() => [CalendarYearInput], { nullable: true, description: 'Replace these years' }) @IsOptional() @IsArray() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => CalendarYearInput) years?: CalendarYearInput[];
  @Field(() => [Int], { nullable: true, description: 'Reset these years to the default mainland-China calendar' }) @IsOptional() @IsArray() @ArrayMaxSize(10) @IsInt({ each: true }) resetYears?: number[];
}
