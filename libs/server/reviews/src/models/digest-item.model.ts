import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DigestActionModel } from './digest-action.model';
import { DigestChangeModel } from './digest-change.model';
import { DigestFigureModel } from './digest-figure.model';

@ObjectType('DigestItem', { description: "A journey's metric this month against the month before" })
export class DigestItemModel {
  @Field(() => ID) journeyId!: string;
  @Field() journeyName!: string;
  @Field() metricKey!: string;
  @Field() nameEn!: string;
  @Field() nameZh!: string;
  @Field(() => DigestFigureModel) before!: DigestFigureModel;
  @Field(() => DigestFigureModel) after!: DigestFigureModel;
  @Field(() => DigestChangeModel, { nullable: true, description: 'null when either month has too few answers to test' }) change!: DigestChangeModel | null;
  @Field(() => [DigestActionModel]) actions!: DigestActionModel[];
}
