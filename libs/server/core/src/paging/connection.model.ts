import type { Type } from '@nestjs/common';
import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('PageInfo', { description: 'Where a page ends: pass endCursor as `after` to read the next one.' })
export class PageInfoModel {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export interface Connection<T> {
  nodes: T[];
  pageInfo: PageInfoModel;
}

/**
 * The base of a list's page type. Each list declares its own named class, so the schema says
 * `JourneyConnection`, not a generic:
 * `@ObjectType('JourneyConnection') export class JourneyConnectionModel extends ConnectionModel(JourneySummaryModel) {}`
 */
export function ConnectionModel<T>(node: Type<T>): Type<Connection<T>> {
  @ObjectType({ isAbstract: true })
  abstract class ConnectionBase implements Connection<T> {
    @Field(() => [node]) nodes!: T[];
    @Field(() => PageInfoModel) pageInfo!: PageInfoModel;
  }
  return ConnectionBase as unknown as Type<Connection<T>>;
}
