import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { EvidenceFileModel } from './evidence-file.model';

@ObjectType('ResearchItem', { description: 'Evidence from research on a journey, optionally at a touchpoint' })
export class ResearchItemModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) journeyId!: string;
  @Field(() => ID, { nullable: true }) touchpointId!: string | null;
  @Field({ description: 'interview_note | quote | observation | survey_extract | analytics_figure | file' }) kind!: string;
  @Field() title!: string;
  @Field({ description: 'Plain text, never HTML' }) body!: string;
  @Field({ description: 'Where it comes from (study, survey, report); no personal data' }) source!: string;
  @Field(() => ID, { nullable: true, description: "The participant's persona (quotes)" }) personaId!: string | null;
  @Field({ description: 'The participant consented to this use' }) consent!: boolean;
  @Field(() => EvidenceFileModel, { nullable: true }) file!: EvidenceFileModel | null;
  @Field(() => Int, { description: 'Pain points and opportunities citing it' }) citationCount!: number;
  @Field(() => ID, { nullable: true }) createdBy!: string | null;
  @Field() createdAt!: Date;
}
