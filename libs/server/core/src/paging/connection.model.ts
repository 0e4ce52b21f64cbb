import type { Type } from '@nestjs/common';
import { Field, ObjectType } from '@nestjs/graphql';
import { PageInfoModel } from './page-info.model';

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
