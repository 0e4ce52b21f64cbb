import { Module } from '@nestjs/common';
import { SystemService } from './system.service';
import { SystemResolver } from './system.resolver';
import { HealthController } from './controllers/health.controller';

@Module({ providers: [SystemService, SystemResolver], controllers: [HealthController], exports: [SystemService] })
export class SystemModule {}
