import { ObjectType } from '@nestjs/graphql';
import { ConnectionModel } from '@opencx/server-core';
import { AuditEventModel } from './audit-event.model';

@ObjectType('AuditEventConnection', { description: 'One page of audit events, newest first.' })
export class AuditEventConnectionModel extends ConnectionModel(AuditEventModel) {}
