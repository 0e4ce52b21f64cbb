import { Query, Resolver } from '@nestjs/graphql';
import { Roles, WorkspaceCtx, type WorkspaceContext } from '@opencx/server-core';
import { MetricDefinitionService } from './metric-definition.service';
import { MetricDefinitionModel } from './metric-definition.model';

@Resolver(() => MetricDefinitionModel)
export class MetricDefinitionResolver {
  constructor(private readonly definitions: MetricDefinitionService) {}

  @Roles('viewer')
  @Query(() => [MetricDefinitionModel], { name: 'metricDefinitions', description: "The workspace's metric definitions." })
  listMetricDefinitions(@WorkspaceCtx() ctx: WorkspaceContext): Promise<MetricDefinitionModel[]> {
    return this.definitions.list(ctx);
  }
}
