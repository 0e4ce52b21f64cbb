import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '@opencx/server-core';
import { SystemService } from './system.service';
import { SystemInfoModel } from './system.models';

@Resolver(() => SystemInfoModel)
export class SystemResolver {
  constructor(private readonly system: SystemService) {}

  @Public()
  @Query(() => SystemInfoModel, { name: 'system', description: 'API version and database status.' })
  systemInfo(): Promise<SystemInfoModel> {
    return this.system.info();
  }
}
