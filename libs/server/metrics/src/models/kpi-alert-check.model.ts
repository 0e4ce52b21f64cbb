import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('KpiAlertCheck', { description: 'What one evaluation of the alert rule did in the workspace.' })
export class KpiAlertCheckModel {
  @Field(() => Int) opened!: number;
  @Field(() => Int) resolved!: number;
  @Field(() => Int, { description: 'Alerts open after the evaluation' }) open!: number;
  @Field({ description: 'Last local day of the alert window evaluated (YYYY-MM-DD)' }) windowTo!: string;
}
