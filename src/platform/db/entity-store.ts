/**
 * Stored records, generically: the row type a table of an entity has, the mapping between rows and records
 * (a field `parentIndicatorId` is the column `parent_indicator_id`), and the versioned writes every module
 * uses. No rules here: the modules' use cases decide what may be written; this only writes it, one way.
 */
import { type Generated, type Kysely, sql } from 'kysely';
import {
  type AnyEntity,
  type EntityDto,
  type EntityValues,
  type SnakeCase,
  snakeCase,
} from '#core/entity.ts';
import { SORT_ORDER_MAX } from '#core/validation.ts';

type RetiredColumn<E extends AnyEntity> = E['retirable'] extends true ? { retired_at: Date | null } : object;

/** The table of an entity, as Kysely sees it: derived from the entity's fields, never written by hand. */
export type TableOf<E extends AnyEntity> = {
  id: Generated<string>;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
} & { [K in keyof EntityValues<E> & string as SnakeCase<K>]: EntityValues<E>[K] } & RetiredColumn<E>;

type Row = Record<string, unknown>;

const columnCache = new WeakMap<AnyEntity, readonly (readonly [string, string])[]>();

/** [field, column] pairs of an entity, computed once. */
function columnsOf(entity: AnyEntity): readonly (readonly [string, string])[] {
  let columns = columnCache.get(entity);
  if (!columns) {
    columns = entity.fieldNames.map((name) => [name, snakeCase(name)] as const);
    columnCache.set(entity, columns);
  }
  return columns;
}

function readValue(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

/** A row as the record it stores. */
export function fromRow<E extends AnyEntity>(entity: E, row: Row): EntityDto<E> {
  const record: Row = { id: row.id };
  for (const [field, column] of columnsOf(entity)) {
    record[field] = readValue(row[column]);
  }
  if (entity.retirable) {
    record.retiredAt = readValue(row.retired_at ?? null);
  }
  record.version = row.version;
  return record as EntityDto<E>;
}

/** The columns for some of a record's fields. */
export function toColumns<E extends AnyEntity>(entity: E, values: Partial<EntityValues<E>>): Row {
  const row: Row = {};
  for (const [field, column] of columnsOf(entity)) {
    const value = (values as Row)[field];
    if (value !== undefined) {
      row[column] = value;
    }
  }
  return row;
}

// Kysely cannot check a table chosen at run time against the schema; every caller passes an entity whose
// table and columns are derived from the same definition, which is what makes these writes safe.
// biome-ignore lint/suspicious/noExplicitAny: see above
type AnyDb = Kysely<any>;

export async function findById<E extends AnyEntity>(
  db: AnyDb,
  entity: E,
  id: string,
): Promise<EntityDto<E> | null> {
  const row = await db.selectFrom(entity.table).selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromRow(entity, row) : null;
}

export async function findByIds<E extends AnyEntity>(
  db: AnyDb,
  entity: E,
  ids: readonly string[],
): Promise<EntityDto<E>[]> {
  if (ids.length === 0) {
    return [];
  }
  const rows = await db
    .selectFrom(entity.table)
    .selectAll()
    .where('id', '=', sql<string>`any(${[...ids]}::uuid[])`)
    .execute();
  return rows.map((row) => fromRow(entity, row));
}

/**
 * The position after the last of the records that match `where` (a column's value, or null for none): where
 * a new record goes when its creator gives none. Never past the last allowed position, where records
 * then share it and are ordered by name.
 */
export async function nextSortOrder(
  db: AnyDb,
  entity: AnyEntity,
  where: Readonly<Record<string, string | null>>,
): Promise<number> {
  let query = db.selectFrom(entity.table).select((eb) => eb.fn.max('sort_order').as('max'));
  for (const [column, value] of Object.entries(where)) {
    query = query.where(column, value === null ? 'is' : '=', value);
  }
  const row = await query.executeTakeFirst();
  const max = row?.max === null || row?.max === undefined ? -1 : Number(row.max);
  return Math.min(max + 1, SORT_ORDER_MAX);
}

/** Records per statement: one JSON parameter each, so PostgreSQL's 65 535-parameter limit never applies. */
const BATCH = 2000;

/**
 * Inserts records and returns them as stored. The batch travels as one JSON parameter that PostgreSQL
 * expands into rows (`json_populate_recordset`), which is much cheaper than a parameter per column; only
 * the ids come back, and the records are what was inserted, at version 1.
 */
export async function insertRows<E extends AnyEntity>(
  db: AnyDb,
  entity: E,
  records: readonly (EntityValues<E> & { id?: string; retiredAt?: string | null })[],
): Promise<EntityDto<E>[]> {
  const created: EntityDto<E>[] = [];
  const columns = [
    ...columnsOf(entity).map(([, column]) => column),
    ...(entity.retirable ? ['retired_at'] : []),
  ];
  for (let start = 0; start < records.length; start += BATCH) {
    const batch = records.slice(start, start + BATCH);
    const withIds = batch.every((record) => record.id !== undefined);
    // Built by assignment: spreading conditional objects into a literal cost ten times as much (an import
    // writes tens of thousands of rows).
    const rows = batch.map((record) => {
      const row = toColumns(entity, record);
      if (withIds) {
        row.id = record.id;
      }
      if (entity.retirable) {
        row.retired_at = record.retiredAt ?? null;
      }
      return row;
    });
    const names = withIds ? ['id', ...columns] : columns;
    const list = sql.join(names.map((name) => sql.ref(name)));
    const { rows: inserted } = await sql<{ id: string }>`
      insert into ${sql.table(entity.table)} (${list})
      select ${list} from json_populate_recordset(null::${sql.table(entity.table)}, ${JSON.stringify(rows)}::json)
      returning id`.execute(db);
    batch.forEach((record, index) => {
      const { id: _id, retiredAt, ...values } = record;
      created.push({
        id: inserted[index]?.id,
        ...values,
        ...(entity.retirable ? { retiredAt: retiredAt ?? null } : {}),
        version: 1,
      } as unknown as EntityDto<E>);
    });
  }
  return created;
}

/**
 * Changes the given columns of one row if its version is still `version`, bumping the version. Null when
 * the version no longer matches: someone else saved first.
 */
export async function updateRow<E extends AnyEntity>(
  db: AnyDb,
  entity: E,
  id: string,
  version: number,
  columns: Row,
): Promise<EntityDto<E> | null> {
  const row = await db
    .updateTable(entity.table)
    .set({ ...columns, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
  return row ? fromRow(entity, row) : null;
}

/** Deletes one row if its version is still `version`; false when it is not. */
export async function deleteRow(db: AnyDb, entity: AnyEntity, id: string, version: number): Promise<boolean> {
  const result = await db
    .deleteFrom(entity.table)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
