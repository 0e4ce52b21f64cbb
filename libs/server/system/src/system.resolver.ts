import { Query, Resolver } from '@nestjs/graphql';
import { Public, Roles } from '@opencx/server-core';
import { SystemService } from './system.service';
import { SystemDetailsModel, SystemInfoModel } from './models';

@Resolver(() => SystemInfoModel)
export class SystemResolver {
  constructor(private readonly system: SystemService) {}

  @Public()
  @Query(() => SystemInfoModel, { name: 'system', description: 'API version and readiness (anyone).' })
  systemInfo(): Promise<SystemInfoModel> {
    return this.system.status();
  }

  @Roles('admin')
  @Query(() => SystemDetailsModel, { name: 'systemDetails', description: 'Node.js and PostgreSQL versions and migrations (workspace admins).' })
  systemDetails(): Promise<SystemDetailsModel> {
    return this.system.details();
  }
}
