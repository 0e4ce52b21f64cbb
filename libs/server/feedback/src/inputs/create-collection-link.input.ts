import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType('CreateCollectionLinkInput')
export class CreateCollectionLinkInput {
  @Field(() => ID) @IsUUID() touchpointId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() siteId?: string;
  @Field({ nullable: true, description: 'Where the link is posted, e.g. "Lobby poster, building 3"' }) @IsOptional() @IsString() @MaxLength(200) label?: string;
}
