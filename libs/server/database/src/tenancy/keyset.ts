import { Brackets, type EntityManager, type EntityTarget, type FindOptionsWhere, type ObjectLiteral } from 'typeorm';

/** One column of a keyset order; the last key must be unique (e.g. `id`) so the order is total. */
export interface KeysetKey<E> {
  property: keyof E & string;
  direction: 'ASC' | 'DESC';
}

export interface KeysetRequest<E> {
  keys: KeysetKey<E>[];
  /** Rows wanted (the caller has checked its maximum). */
  first: number;
  /** The key values of the last row already seen, as `KeysetPage.endKey` gave them; null for the first page. */
  after: string[] | null;
}

export interface KeysetPage<E> {
  rows: E[];
  hasNextPage: boolean;
  /** The last row's key values as exact text (timestamps to the microsecond), or null for an empty page. */
  endKey: string[] | null;
}

const TIME_TYPES = new Set(['timestamptz', 'timestamp with time zone', 'timestamp', 'timestamp without time zone']);

/**
 * Keyset ("seek") paging: WHERE (k1, k2, …) after the cursor, ORDER BY the keys, LIMIT first + 1.
 * Unlike OFFSET it neither skips nor repeats rows when others are inserted meanwhile, and costs the
 * same on page 100 as on page 1 with an index on the keys. Key values travel as text PostgreSQL
 * itself printed, because a JS Date would cut microseconds and break ties between rows.
 */
export async function findKeysetPage<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  where: FindOptionsWhere<E> | FindOptionsWhere<E>[],
  request: KeysetRequest<E>,
): Promise<KeysetPage<E>> {
  const meta = manager.connection.getMetadata(entity);
  const keys = request.keys.map((key, i) => {
    const column = meta.findColumnWithPropertyName(key.property);
    if (!column) throw new Error(`${meta.name} has no column ${key.property}`);
    const type = typeof column.type === 'string' ? column.type : 'text';
    const isTime = TIME_TYPES.has(type);
    const ref = `e.${column.databaseName}`;
    return {
      ref,
      param: `keyset_${i}`,
      direction: key.direction,
      // UTC with microseconds, read back as the same instant.
      text: isTime ? `to_char(${ref} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')` : `${ref}::text`,
      cast: isTime ? 'timestamptz' : type === 'uuid' ? 'uuid' : type === 'int' || type === 'integer' ? 'integer' : 'text',
    };
  });
  if (request.after && request.after.length !== keys.length) throw new Error('keyset cursor does not match the order');

  const qb = manager.createQueryBuilder(entity, 'e').setFindOptions({ where });
  if (request.after) {
    const after = request.after;
    // (k1 beyond v1) OR (k1 = v1 AND k2 beyond v2) OR …: a row-value comparison cannot mix directions.
    qb.andWhere(
      new Brackets((or) => {
        keys.forEach((key, i) => {
          or.orWhere(
            new Brackets((and) => {
              for (const prior of keys.slice(0, i)) and.andWhere(`${prior.ref} = CAST(:${prior.param} AS ${prior.cast})`);
              and.andWhere(`${key.ref} ${key.direction === 'DESC' ? '<' : '>'} CAST(:${key.param} AS ${key.cast})`);
            }),
          );
        });
      }),
      Object.fromEntries(keys.map((k, i) => [k.param, after[i]])),
    );
  }
  keys.forEach((key, i) => {
    qb.addSelect(key.text, `keyset_text_${i}`);
    qb.addOrderBy(key.ref, key.direction);
  });
  qb.limit(request.first + 1);

  const { entities, raw } = await qb.getRawAndEntities<Record<string, string>>();
  const hasNextPage = entities.length > request.first;
  const rows = entities.slice(0, request.first);
  const last = raw[rows.length - 1];
  return { rows, hasNextPage, endKey: last ? keys.map((_, i) => last[`keyset_text_${i}`]) : null };
}
