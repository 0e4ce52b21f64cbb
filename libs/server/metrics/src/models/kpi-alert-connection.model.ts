import { ObjectType } from '@nestjs/graphql';
import { ConnectionModel } from '@opencx/server-core';
import { KpiAlertModel } from './kpi-alert.model';

@ObjectType('KpiAlertConnection')
export class KpiAlertConnectionModel extends ConnectionModel(KpiAlertModel) {}
