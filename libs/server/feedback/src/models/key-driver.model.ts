import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { KpiFigureModel } from '@opencx/server-metrics';

@ObjectType('KeyDriver', { description: "A touchpoint's importance for the journey's outcome and how it performs." })
export class KeyDriverModel {
  @Field(() => ID) touchpointId!: string;
  @Field() touchpointName!: string;
  @Field() stageName!: string;
  @Field(() => Int, { description: 'Respondents with both an outcome and a score here in the window' }) n!: number;
  @Field(() => Float, { nullable: true, description: "Johnson's relative weight (its part of R²); null when the analysis has too few complete cases" }) weight!: number | null;
  @Field(() => Float, { nullable: true, description: 'Weight ÷ R² (0…1)' }) share!: number | null;
  @Field(() => Float, { nullable: true, description: 'Pearson r with the outcome over the complete cases' }) correlation!: number | null;
  @Field(() => KpiFigureModel, { description: 'CSAT (top-2-box %) at this touchpoint over the window from the roll-ups, against its target' }) performance!: KpiFigureModel;
  @Field({ description: 'Important (share above the average driver) and below target' }) fixFirst!: boolean;
}
