import { AuditEventEntity } from './audit-event.entity';

export * from './audit-event.entity';
export * from './audit.service';
export * from './audit.module';

export const AUDIT_ENTITIES = [AuditEventEntity];
