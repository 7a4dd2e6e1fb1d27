/**
 * The change log: an append-only record of who changed what, with the old and new values, written in the
 * same transaction as the change itself so that a change is never saved without its trace (PRODUCT.md
 * capability 14). A trigger refuses UPDATE and DELETE on the table on both engines.
 */

import { type QueryExecutorProvider, sql } from 'kysely';
import type { Actor } from '#core/actor.ts';
import type { ChangeActionName } from '#core/history.ts';
import type { MigrationDefinition } from '../db/migrations.ts';

export { CHANGE_ACTIONS } from '#core/history.ts';
export type ChangeAction = ChangeActionName;

export interface Change {
  readonly action: ChangeAction;
  readonly entityType: string;
  readonly entityId: string;
  readonly oldValue: unknown;
  readonly newValue: unknown;
}

export interface ChangeLogEntry extends Change {
  readonly id: string;
  readonly createdAt: string;
  readonly actorId: string;
  readonly actorName: string;
}

export const changeLogMigration: MigrationDefinition = {
  name: '20261123T0700-platform-create-change-log',
  async up(db) {
    await sql`
      create table change_log (
        id bigint generated always as identity primary key,
        created_at timestamptz not null default now(),
        actor_id uuid not null,
        actor_name text not null,
        action text not null check (action in ('create', 'update', 'delete', 'retire', 'reinstate', 'reorder', 'import')),
        entity_type text not null,
        entity_id uuid not null,
        old_value jsonb,
        new_value jsonb
      )`.execute(db);
    await sql`create index change_log_entity_idx on change_log (entity_type, entity_id, id)`.execute(db);
    await sql`
      create function change_log_is_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'change_log är append-only: % är inte tillåtet', tg_op;
      end $$`.execute(db);
    await sql`
      create trigger change_log_append_only before update or delete on change_log
      for each row execute function change_log_is_append_only()`.execute(db);
  },
};

/**
 * The values are stored as `json`, not `jsonb`: history is written far more often than it is searched, and
 * PostgreSQL takes `json` as text, three to four times faster than it converts to `jsonb` (measured on an
 * import of the large municipality).
 */
export const changeLogAsJsonMigration: MigrationDefinition = {
  name: '20261201T1400-platform-change-log-values-as-json',
  async up(db) {
    await sql`
      alter table change_log
        alter column old_value type json using old_value::json,
        alter column new_value type json using new_value::json`.execute(db);
  },
};

const BATCH = 2000;

/**
 * Appends changes to the log, in the caller's transaction. A batch travels as one JSON parameter that
 * PostgreSQL expands into rows: an import logs tens of thousands of records.
 */
export async function recordChanges(
  db: QueryExecutorProvider,
  actor: Actor,
  changes: readonly Change[],
): Promise<void> {
  for (let start = 0; start < changes.length; start += BATCH) {
    const rows = changes.slice(start, start + BATCH).map((change) => ({
      action: change.action,
      entity_type: change.entityType,
      entity_id: change.entityId,
      old_value: change.oldValue ?? null,
      new_value: change.newValue ?? null,
    }));
    await sql`
      insert into change_log (actor_id, actor_name, action, entity_type, entity_id, old_value, new_value)
      select ${actor.userId}, ${actor.name}, action, entity_type, entity_id, old_value, new_value
      from json_to_recordset(${JSON.stringify(rows)}::json)
        as change (action text, entity_type text, entity_id uuid, old_value json, new_value json)`.execute(
      db,
    );
  }
}

/** Appends one change: `recordChange(trx, actor, 'update', 'goal', id, before, after)`. */
export async function recordChange(
  db: QueryExecutorProvider,
  actor: Actor,
  action: ChangeAction,
  entityType: string,
  entityId: string,
  oldValue: unknown,
  newValue: unknown,
): Promise<void> {
  await recordChanges(db, actor, [{ action, entityType, entityId, oldValue, newValue }]);
}

interface ChangeLogRow {
  id: string;
  created_at: Date;
  actor_id: string;
  actor_name: string;
  action: ChangeAction;
  entity_type: string;
  entity_id: string;
  old_value: unknown;
  new_value: unknown;
}

/** The history of one record, oldest first. */
export async function listChanges(
  db: QueryExecutorProvider,
  entityType: string,
  entityId: string,
): Promise<ChangeLogEntry[]> {
  const { rows } = await sql<ChangeLogRow>`
    select id::text as id, created_at, actor_id, actor_name, action, entity_type, entity_id, old_value, new_value
    from change_log where entity_type = ${entityType} and entity_id = ${entityId} order by change_log.id`.execute(
    db,
  );
  return rows.map(toEntry);
}

/**
 * The changes of some kinds of record whose value (the new one, else the old) has these fields – a unit's
 * budget lines of a year, removed ones too; `{ atMost }` for a number no greater – oldest first. Only for fields a record never changes (its unit,
 * its year): a record that moved would be found by where it went, not where it was.
 */
export async function listChangesMatching(
  db: QueryExecutorProvider,
  entityTypes: readonly string[],
  fields: Readonly<Record<string, string | number | { readonly atMost: number }>>,
): Promise<ChangeLogEntry[]> {
  const matches = Object.entries(fields).map(([field, value]) =>
    typeof value === 'object'
      ? sql`(coalesce(new_value, old_value)->>${field})::numeric <= ${value.atMost}`
      : sql`coalesce(new_value, old_value)->>${field} = ${String(value)}`,
  );
  const { rows } = await sql<ChangeLogRow>`
    select id::text as id, created_at, actor_id, actor_name, action, entity_type, entity_id, old_value, new_value
    from change_log
    where entity_type in (${sql.join(entityTypes)}) and ${sql.join(matches, sql` and `)}
    order by change_log.id`.execute(db);
  return rows.map(toEntry);
}

/** Records that belong to another and point at it by a field they never change (a measure's values). */
export interface PartsOf {
  readonly entityType: string;
  /** The field naming the owner: `measureId`. */
  readonly field: string;
}

/**
 * The history of one record together with its parts – a volume measure and its values, an investment
 * project and its amounts – oldest first, so that the owner's page tells the whole story in one list, parts
 * removed since included.
 */
export async function listChangesWithParts(
  db: QueryExecutorProvider,
  entityType: string,
  entityId: string,
  parts: readonly PartsOf[],
): Promise<ChangeLogEntry[]> {
  const ofParts = parts.map(
    (part) =>
      sql`(entity_type = ${part.entityType} and coalesce(new_value, old_value)->>${part.field} = ${entityId})`,
  );
  const { rows } = await sql<ChangeLogRow>`
    select id::text as id, created_at, actor_id, actor_name, action, entity_type, entity_id, old_value, new_value
    from change_log
    where (entity_type = ${entityType} and entity_id = ${entityId})
      ${ofParts.length > 0 ? sql`or ${sql.join(ofParts, sql` or `)}` : sql``}
    order by change_log.id`.execute(db);
  return rows.map(toEntry);
}

/** Histories read apart (say, of two kinds of record matched on different fields) as one, oldest first. */
export function mergeChanges(...histories: readonly (readonly ChangeLogEntry[])[]): ChangeLogEntry[] {
  return histories.flat().sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
}

function toEntry(row: ChangeLogRow): ChangeLogEntry {
  return {
    id: row.id,
    createdAt: row.created_at.toISOString(),
    actorId: row.actor_id,
    actorName: row.actor_name,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    oldValue: row.old_value,
    newValue: row.new_value,
  };
}

/** The last change of one record: who made it and when; null when the log has none. */
export async function latestChange(
  db: QueryExecutorProvider,
  entityType: string,
  entityId: string,
): Promise<{ actorId: string; actorName: string; action: ChangeAction; createdAt: Date } | null> {
  const { rows } = await sql<Pick<ChangeLogRow, 'actor_id' | 'actor_name' | 'action' | 'created_at'>>`
    select actor_id, actor_name, action, created_at from change_log
    where entity_type = ${entityType} and entity_id = ${entityId}
    order by change_log.id desc limit 1`.execute(db);
  const [row] = rows;
  return row
    ? { actorId: row.actor_id, actorName: row.actor_name, action: row.action, createdAt: row.created_at }
    : null;
}

/** Which changes an auditor asks for; every part optional. Days are calendar days in Swedish local time. */
export interface ChangeFilter {
  readonly actorId?: string;
  readonly entityType?: string;
  /** From the start of this day (YYYY-MM-DD). */
  readonly fromDay?: string;
  /** Up to the end of this day (YYYY-MM-DD). */
  readonly toDay?: string;
  /** Only changes older than this one (its id): the next page. */
  readonly before?: string;
}

/** Changes that match the filter, newest first, at most `limit` of them. */
export async function findChanges(
  db: QueryExecutorProvider,
  filter: ChangeFilter,
  limit: number,
): Promise<ChangeLogEntry[]> {
  const conditions = [sql`true`];
  if (filter.actorId !== undefined) {
    conditions.push(sql`actor_id = ${filter.actorId}`);
  }
  if (filter.entityType !== undefined) {
    conditions.push(sql`entity_type = ${filter.entityType}`);
  }
  if (filter.fromDay !== undefined) {
    conditions.push(sql`created_at >= (${filter.fromDay}::date)::timestamp at time zone 'Europe/Stockholm'`);
  }
  if (filter.toDay !== undefined) {
    conditions.push(sql`created_at < (${filter.toDay}::date + 1)::timestamp at time zone 'Europe/Stockholm'`);
  }
  if (filter.before !== undefined) {
    conditions.push(sql`id < ${filter.before}::bigint`);
  }
  const { rows } = await sql<ChangeLogRow>`
    select id::text as id, created_at, actor_id, actor_name, action, entity_type, entity_id, old_value, new_value
    from change_log where ${sql.join(conditions, sql` and `)}
    order by change_log.id desc limit ${limit}`.execute(db);
  return rows.map(toEntry);
}

/** Everyone who has changed something, by the name they had at their latest change. */
export async function changeLogActors(db: QueryExecutorProvider): Promise<{ id: string; name: string }[]> {
  const { rows } = await sql<{ id: string; name: string }>`
    select distinct on (actor_id) actor_id::text as id, actor_name as name
    from change_log order by actor_id, id desc`.execute(db);
  return rows;
}

/** The kinds of record the log holds changes of. */
export async function changeLogEntityTypes(db: QueryExecutorProvider): Promise<string[]> {
  const { rows } = await sql<{ entity_type: string }>`
    select distinct entity_type from change_log order by entity_type`.execute(db);
  return rows.map((row) => row.entity_type);
}
