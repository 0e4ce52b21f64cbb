import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { PersonaDocument } from '@opencx/domain';
import { OpenCxError } from '@opencx/server-core';
import type { TenantTx, WorkspaceContext } from '@opencx/server-database';
import { JourneyEntity, PersonaEntity, TouchpointEntity } from '../entities';
import type { SetJourneyPersonasInput, SetTouchpointPersonaEmotionInput } from '../inputs';
import { JourneyEditor } from './journey-editor';
import type { JourneyMap } from './journey-map.loader';
import { journeyErrors } from '../journey.errors';

/**
 * Several personas on one journey (journey-personas.ts in the domain): the list of further personas
 * the map can be viewed by, and each one's designed emotion at a touchpoint. Both are map edits: a
 * revision (history, diff, restore) and an audit event, under the journey lock.
 */
@Injectable()
export class JourneyPersonasService {
  constructor(private readonly editor: JourneyEditor) {}

  setPersonas(ctx: WorkspaceContext, input: SetJourneyPersonasInput): Promise<JourneyMap> {
    return this.editor.edit(ctx, input.journeyId, 'journey.setPersonas', async (tx, journey) => {
      const ids = input.personaIds;
      if (journey.personaId && ids.includes(journey.personaId)) throw OpenCxError.badInput(`personaIds[${ids.indexOf(journey.personaId)}]`, "is the journey's primary persona");
      const found = ids.length ? await tx.find(PersonaEntity, { id: In(ids) }) : [];
      const missing = ids.findIndex((id) => !found.some((p) => p.id === id));
      if (missing >= 0) throw OpenCxError.badInput(`personaIds[${missing}]`, 'no such persona in this workspace');
      const before = journey.personaIds ?? [];
      const removed = before.filter((id) => !ids.includes(id));
      await tx.update(JourneyEntity, { id: journey.id }, { personaIds: ids, version: journey.version + 1 });
      // A removed persona takes its emotions with it (restoring an earlier revision brings both back).
      if (removed.length) await tx.query(`UPDATE touchpoint SET persona_emotions = persona_emotions - $3::text[] WHERE workspace_id = $1 AND journey_id = $2 AND persona_emotions ?| $3::text[]`, [journey.id, removed]);
      const names = ids.map((id) => found.find((p) => p.id === id)?.name ?? id);
      return { entityType: 'journey', entityId: journey.id, before: { personaIds: before }, after: { personaIds: ids }, summary: `Personas: ${names.join(', ') || '(none)'}` };
    });
  }

  async setEmotion(ctx: WorkspaceContext, input: SetTouchpointPersonaEmotionInput): Promise<JourneyMap> {
    const notFound = () => journeyErrors.notFound('Touchpoint', input.touchpointId, 'touchpointId');
    const tp = await this.editor.read(ctx, (tx) => tx.findOneOrFail(TouchpointEntity, { id: input.touchpointId }, notFound));
    return this.editor.edit(ctx, tp.journeyId, 'touchpoint.setPersonaEmotion', async (tx, journey) => {
      if (!(journey.personaIds ?? []).includes(input.personaId)) throw OpenCxError.badInput('personaId', "is not one of this journey's further personas");
      const current = await tx.findOneOrFail(TouchpointEntity, { id: tp.id }, notFound);
      const persona = await tx.findOneOrFail(PersonaEntity, { id: input.personaId }, () => journeyErrors.notFound('Persona', input.personaId, 'personaId'));
      const before = current.personaEmotions?.[input.personaId] ?? null;
      const emotion = input.emotion ?? null;
      // One key of the touchpoint's persona emotions changes; the row's version is bumped like any field edit.
      await tx.query(
        `UPDATE touchpoint SET persona_emotions = CASE WHEN $4::int IS NULL THEN persona_emotions - $3 ELSE jsonb_set(persona_emotions, ARRAY[$3], to_jsonb($4::int)) END, version = version + 1
          WHERE workspace_id = $1 AND id = $2`,
        [tp.id, input.personaId, emotion],
      );
      return {
        entityType: 'touchpoint',
        entityId: tp.id,
        before: { [input.personaId]: before },
        after: { [input.personaId]: emotion },
        summary: `Emotion of ${persona.name} at "${current.name}": ${emotion ?? "the touchpoint's own"}`.slice(0, 500),
      };
    });
  }
}

/**
 * The ids a document's further personas get in this workspace: a persona with an id that exists here
 * (a duplicate, a restore) is linked again; any other becomes a new persona with the document's fields.
 */
export async function linkDocumentPersonas(tx: TenantTx, personas: readonly (PersonaDocument & { id?: string })[] | undefined, sourcePluginId: string | null): Promise<string[]> {
  if (!personas?.length) return [];
  const known = personas.flatMap((p) => (p.id ? [p.id] : []));
  const existing = new Set(known.length ? (await tx.find(PersonaEntity, { id: In(known) })).map((p) => p.id) : []);
  const ids: string[] = [];
  for (const p of personas) {
    if (p.id && existing.has(p.id)) ids.push(p.id);
    else ids.push((await tx.insert(PersonaEntity, { name: p.name, description: p.description, goals: p.goals, needs: p.needs, frustrations: p.frustrations, segmentKey: p.segmentKey, sourcePluginId, version: 1 })).id);
  }
  return ids;
}
