import { Injectable } from '@nestjs/common';
import { TenantDb, type TenantTx, type WorkspaceContext } from '@opencx/server-database';
import { AuditService } from '@opencx/server-audit';
import { PersonaEntity } from '../entities';
import type { CreatePersonaInput, UpdatePersonaInput } from '../inputs';
import { updateVersioned } from './journey-editor';
import { journeyErrors } from '../journey.errors';

@Injectable()
export class PersonaService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  list(ctx: WorkspaceContext): Promise<PersonaEntity[]> {
    return this.db.read(ctx, (tx) => tx.find(PersonaEntity, {}, { order: { name: 'ASC', id: 'ASC' } }));
  }

  /** The workspace's persona made from this plugin persona (same plugin, same segment), the oldest if several: reused by later journeys. */
  async fromPlugin(tx: TenantTx, pluginId: string, segmentKey: string): Promise<PersonaEntity | null> {
    const [found] = await tx.find(PersonaEntity, { sourcePluginId: pluginId, segmentKey }, { order: { createdAt: 'ASC', id: 'ASC' }, take: 1 });
    return found ?? null;
  }

  create(ctx: WorkspaceContext, input: CreatePersonaInput, sourcePluginId: string | null = null): Promise<PersonaEntity> {
    return this.db.write(ctx, async (tx) => {
      const persona = await tx.insert(PersonaEntity, {
        name: input.name.trim(),
        description: input.description ?? '',
        goals: input.goals ?? [],
        needs: input.needs ?? [],
        frustrations: input.frustrations ?? [],
        segmentKey: input.segmentKey ?? null,
        sourcePluginId,
        version: 1,
      });
      await this.audit.record(tx, { action: 'persona.create', entityType: 'persona', entityId: persona.id, after: persona });
      return persona;
    });
  }

  update(ctx: WorkspaceContext, input: UpdatePersonaInput): Promise<PersonaEntity> {
    return this.db.write(ctx, async (tx) => {
      const current = await tx.findOneOrFail(PersonaEntity, { id: input.id }, () => journeyErrors.notFound('Persona', input.id), { lock: true });
      const after = await updateVersioned(tx, PersonaEntity, 'The persona', current, input.version, {
        name: input.name?.trim(),
        description: input.description,
        goals: input.goals,
        needs: input.needs,
        frustrations: input.frustrations,
        segmentKey: input.segmentKey,
      });
      await this.audit.record(tx, { action: 'persona.update', entityType: 'persona', entityId: after.id, before: current, after });
      return after;
    });
  }
}
