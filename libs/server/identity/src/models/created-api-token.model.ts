import { Field, ObjectType } from '@nestjs/graphql';
import { ApiTokenModel } from './api-token.model';

@ObjectType('CreatedApiToken')
export class CreatedApiTokenModel {
  @Field(() => ApiTokenModel) apiToken!: ApiTokenModel;
  @Field({ description: 'The secret, shown this once; only its hash is stored' }) secret!: string;
}
