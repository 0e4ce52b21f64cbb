import { Field, ObjectType } from '@nestjs/graphql';
import { WorkingHoursModel } from './working-hours.model';
import { CalendarYearModel } from './calendar-year.model';

@ObjectType('BusinessCalendar')
export class BusinessCalendarModel {
  @Field() timeZone!: string;
  @Field(() => [WorkingHoursModel]) workingHours!: WorkingHoursModel[];
  @Field(() => [CalendarYearModel], { description: 'The requested years (default: last, this and next year)' }) years!: CalendarYearModel[];
}
