import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('EvidenceFile', { description: 'A file attached to a research item; its bytes are served at /api/v1/evidence/:id/file' })
export class EvidenceFileModel {
  @Field() name!: string;
  @Field({ description: 'image/png | image/jpeg | image/webp | application/pdf, as the bytes say' }) contentType!: string;
  @Field(() => Int) byteSize!: number;
}
