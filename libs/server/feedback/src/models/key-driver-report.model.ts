import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { KeyDriverModel } from './key-driver.model';

@ObjectType('KeyDriverReport')
export class KeyDriverReportModel {
  @Field(() => ID) journeyId!: string;
  @Field() from!: string;
  @Field() to!: string;
  @Field({ description: 'What the drivers explain: the customer’s mean NPS over the journey in the window' }) outcome!: string;
  @Field(() => Int, { description: 'Complete cases: customers with the outcome and a CSAT at every driver touchpoint' }) n!: number;
  @Field(() => Int, { description: 'Customers with an outcome (linked by hashed customer reference)' }) respondents!: number;
  @Field(() => Int) minN!: number;
  @Field({ description: 'n ≥ minN: the weights are given' }) enoughData!: boolean;
  @Field(() => Float, { nullable: true }) rSquared!: number | null;
  @Field(() => [KeyDriverModel]) drivers!: KeyDriverModel[];
}
