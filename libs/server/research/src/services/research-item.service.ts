import { Injectable } from '@nestjs/common';
import type { ResearchItemKind } from '@opencx/domain';
import { AuditService } from '@opencx/server-audit';
import { OpenCxError, pageRequest, toConnection, type Connection, type PageArgs, type PagedList } from '@opencx/server-core';
import { TenantDb, type TenantTx, type WorkspaceContext } from '@opencx/server-database';
import { segmentForSearch } from '@opencx/server-feedback';
import { TouchpointDirectory } from '@opencx/server-journeys';
import { ResearchItemEntity } from '../entities/research.entities';
import type { AddResearchItemInput, ResearchItemFilterInput } from '../inputs';
import type { ResearchItemModel } from '../models';
import { researchErrors } from '../research.errors';

export const RESEARCH_ITEM_LIST: PagedList<ResearchItemEntity> = {
  keys: [
    { property: 'createdAt', direction: 'DESC' },
    { property: 'id', direction: 'DESC' },
  ],
  maxFirst: 100,
  defaultFirst: 30,
};

/** The words full-text search indexes for an item: its title, text, source and file name, segmented like comments. */
export const searchWordsOf = (item: { title: string; body: string; source: string; fileName?: string | null }) =>
  segmentForSearch([item.title, item.body, item.source, item.fileName ?? ''].join('\n')).join(' ');

interface ItemRow {
  id: string;
  journey_id: string;
  touchpoint_id: string | null;
  kind: ResearchItemKind;
  title: string;
  body: string;
  source: string;
  persona_id: string | null;
  consent: boolean;
  file_name: string | null;
  content_type: string | null;
  byte_size: number | null;
  created_by: string | null;
  created_at: Date;
  cursor_at: string;
  citations: string;
}

const toModel = (r: ItemRow): ResearchItemModel => ({
  id: r.id,
  journeyId: r.journey_id,
  touchpointId: r.touchpoint_id,
  kind: r.kind,
  title: r.title,
  body: r.body,
  source: r.source,
  personaId: r.persona_id,
  consent: r.consent,
  file: r.content_type && r.byte_size !== null ? { name: r.file_name ?? 'file', contentType: r.content_type, byteSize: r.byte_size } : null,
  citationCount: Number(r.citations),
  createdBy: r.created_by,
  createdAt: new Date(r.created_at),
});

const SELECT = `SELECT i.id, i.journey_id, i.touchpoint_id, i.kind, i.title, i.body, i.source, i.persona_id, i.consent, i.file_name, i.content_type, i.byte_size,
       i.created_by, i.created_at, to_char(i.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at,
       (SELECT count(*) FROM evidence_citation c WHERE c.workspace_id = i.workspace_id AND c.item_id = i.id) AS citations
  FROM research_item i`;

/** Inserts an item; a persona that is not the workspace's (the foreign key refuses it) is a bad `personaId`. */
async function insertNamingPersona(tx: TenantTx, values: Partial<ResearchItemEntity>, personaId: string | undefined): Promise<ResearchItemEntity> {
  try {
    return await tx.insert(ResearchItemEntity, { ...values, personaId: personaId ?? null });
  } catch (e) {
    const driver = (e as { driverError?: { code?: string; constraint?: string } }).driverError;
    if (driver?.code === '23503' && driver.constraint?.includes('persona')) throw OpenCxError.badInput('personaId', 'no such persona in this workspace');
    throw e;
  }
}

/** Evidence on a journey: interview notes, quotes, observations, survey extracts, analytics figures and files; searchable by words. */
@Injectable()
export class ResearchItemService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly places: TouchpointDirectory,
  ) {}

  add(ctx: WorkspaceContext, input: AddResearchItemInput): Promise<ResearchItemModel> {
    const title = input.title?.trim() ?? '';
    const body = input.body ?? '';
    const source = input.source?.trim() ?? '';
    if (input.kind !== 'file' && !title && !body.trim()) throw OpenCxError.badInput('body', 'give a title or a text');
    return this.db.write(ctx, async (tx) => {
      await this.assertPlace(tx, input.journeyId, input.touchpointId);
      const row = await insertNamingPersona(tx, {
        journeyId: input.journeyId,
        touchpointId: input.touchpointId ?? null,
        kind: input.kind as ResearchItemKind,
        title,
        body,
        source,
        consent: input.consent ?? false,
        searchWords: searchWordsOf({ title, body, source }),
        createdBy: ctx.actor.userId,
      }, input.personaId);
      const { searchWords: _words, ...after } = row;
      await this.audit.record(tx, { action: 'researchItem.add', entityType: 'research_item', entityId: row.id, after });
      return this.byIdIn(tx, row.id);
    });
  }

  async delete(ctx: WorkspaceContext, id: string): Promise<boolean> {
    return this.db.write(ctx, async (tx) => {
      const before = await this.byIdIn(tx, id);
      await tx.delete(ResearchItemEntity, { id });
      await this.audit.record(tx, { action: 'researchItem.delete', entityType: 'research_item', entityId: id, before });
      return true;
    });
  }

  /** A journey's evidence, newest first, filtered by words (full-text), touchpoint, kind or a citing pain point. */
  list(ctx: WorkspaceContext, journeyId: string, filter: ResearchItemFilterInput = {}, page: PageArgs = {}): Promise<Connection<ResearchItemModel>> {
    const request = pageRequest(RESEARCH_ITEM_LIST, page);
    const words = filter.search ? segmentForSearch(filter.search).join(' ') : '';
    return this.db.read(ctx, async (tx) => {
      await this.assertPlace(tx, journeyId, filter.touchpointId);
      const rows = await tx.query<ItemRow>(
        `${SELECT}
          WHERE i.workspace_id = $1 AND i.journey_id = $2
            AND ($3::uuid IS NULL OR i.touchpoint_id = $3::uuid)
            AND ($4::text IS NULL OR i.kind = $4::text)
            AND ($5::text IS NULL OR i.search @@ plainto_tsquery('simple', $5::text))
            AND ($6::uuid IS NULL OR EXISTS (SELECT 1 FROM evidence_citation c WHERE c.workspace_id = $1 AND c.item_id = i.id AND c.pain_point_id = $6::uuid))
            AND ($7::timestamptz IS NULL OR (i.created_at, i.id) < ($7::timestamptz, $8::uuid))
            AND ($10::uuid IS NULL OR i.persona_id = $10::uuid)
          ORDER BY i.created_at DESC, i.id DESC
          LIMIT $9`,
        [journeyId, filter.touchpointId ?? null, filter.kind ?? null, words || null, filter.citedByPainPointId ?? null, request.after?.[0] ?? null, request.after?.[1] ?? null, request.first + 1, filter.personaId ?? null],
      );
      const shown = rows.slice(0, request.first);
      const last = shown[shown.length - 1];
      return toConnection(RESEARCH_ITEM_LIST, { rows: [], hasNextPage: rows.length > request.first, endKey: last ? [last.cursor_at, last.id] : null }, shown.map(toModel));
    });
  }

  /** One item of the workspace, or NOT_FOUND naming `field`. */
  async byIdIn(tx: TenantTx, id: string, field = 'id'): Promise<ResearchItemModel> {
    const [row] = await tx.query<ItemRow>(`${SELECT} WHERE i.workspace_id = $1 AND i.id = $2::uuid`, [id]);
    if (!row) throw researchErrors.notFound('ResearchItem', id, field);
    return toModel(row);
  }

  private async assertPlace(tx: TenantTx, journeyId: string, touchpointId: string | undefined): Promise<void> {
    const [known, place] = await tx.all([() => this.places.knownJourneys(tx, [journeyId]), () => this.places.locate(tx, touchpointId ? [touchpointId] : [])] as const);
    if (!known.has(journeyId)) throw researchErrors.notFound('Journey', journeyId, 'journeyId');
    if (touchpointId && place.get(touchpointId)?.journeyId !== journeyId) throw researchErrors.notFound('Touchpoint', touchpointId, 'touchpointId');
  }
}
