/**
 * The one way to read and write. Every use case takes a Context: the database, the acting user and the
 * installation's services. Every change goes through `write`, which opens the transaction (or joins the
 * caller's), asks the authorization hook, performs versioned inserts, updates and deletes, records each
 * change in the change log, turns every PostgreSQL refusal into a DomainError, and tells the revision clock
 * that the data changed once the transaction has committed (docs/adr/0008-one-write-path.md).
 */
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Actor } from '#core/actor.ts';
import { type AnyEntity, changedFields, type EntityDto, type EntityValues } from '#core/entity.ts';
import { coreErrors, DomainError, type LastChange, staleVersion } from '#core/errors.ts';
import { describeWhen } from '#core/history.ts';
import { type Change, type ChangeAction, latestChange, recordChanges } from './audit/change-log.ts';
import { type ResultCache, type RevisionClock, uncached } from './cache.ts';
import { deleteRow, findByIds, insertRows, toColumns, updateRow } from './db/entity-store.ts';
import { type ConstraintError, toDomainError } from './db/sql-errors.ts';
import type { Mailer } from './mail.ts';
import { cleanRichText } from './rich-text.ts';

/** What is asked of the authorization hook: an action on a resource, and the record when there is one. */
export interface AccessRequest {
  readonly action: 'read' | 'write';
  /** An operation id ("goals.createGoal") or a table ("indicator"). */
  readonly resource: string;
  readonly record?: unknown;
  /**
   * Records of the table written together (a batch of an import), asked once instead of one by one so
   * that the policy can look up what they belong to in a few queries: allowed only if each one is.
   */
  readonly records?: readonly unknown[];
}

/**
 * Decides whether the context's actor may do something. Given the context, so that it can look up what a
 * record belongs to (an outcome's unit is its indicator's goal's) in the same transaction.
 */
export type Policy = (ctx: Context<unknown>, request: AccessRequest) => Promise<boolean> | boolean;

/** For tools that need no permissions (a benchmark's loader). */
export const allowAll: Policy = () => true;

/** The installation's services, built once by the composition root. */
export interface Platform<DB> {
  readonly db: Kysely<DB>;
  readonly policy: Policy;
  /** Messages for the modules' named constraints, from their manifests. */
  readonly constraintErrors: Readonly<Record<string, ConstraintError>>;
  /** When the data last changed; every committed write advances it. */
  readonly revision: RevisionClock;
  /** Results that hold until the next write (an evaluation, a serialised goal sheet). */
  readonly cache: ResultCache;
  /** E-mail through SMTP, when configured (VERKSAM_SMTP_URL); only jobs send (ADR 0026). */
  readonly mailer?: Mailer | null;
}

/** Who is acting, on what. Reads use `db`; writes go through `write`. */
export interface Context<DB> extends Platform<DB> {
  readonly actor: Actor;
}

/** The inside of a write: the transaction, and the writes that keep versions, history and permissions. */
export interface Tx<DB> extends Context<DB> {
  readonly db: Transaction<DB>;
  /** The change log's action for creates and updates made here ("import" inside a data-package import). */
  readonly recordedAs: ChangeAction | null;
  insert<E extends AnyEntity>(
    entity: E,
    values: EntityValues<E> & { id?: string; retiredAt?: string | null },
  ): Promise<EntityDto<E>>;
  insertMany<E extends AnyEntity>(
    entity: E,
    values: readonly (EntityValues<E> & { id?: string; retiredAt?: string | null })[],
  ): Promise<EntityDto<E>[]>;
  /**
   * Changes the fields in `patch` of the record the caller read at `version`. Nothing is written, logged or
   * versioned when nothing differs; a stale version is refused either way.
   */
  update<E extends AnyEntity>(
    entity: E,
    current: EntityDto<E>,
    version: number,
    patch: Partial<EntityValues<E>> & { retiredAt?: string | null },
    action?: ChangeAction,
  ): Promise<EntityDto<E>>;
  /** Retires (keeping history) or reinstates a retirable record. */
  retire<E extends AnyEntity>(
    entity: E,
    current: EntityDto<E>,
    version: number,
    retired: boolean,
  ): Promise<EntityDto<E>>;
  remove<E extends AnyEntity>(entity: E, current: EntityDto<E>, version: number): Promise<void>;
  /**
   * Saves records that arrive whole, already checked (a data package): the new ones inserted, the stored
   * ones updated field by field where they differ – so an unchanged record writes nothing.
   */
  saveRecords<E extends AnyEntity>(
    entity: E,
    created: readonly (EntityValues<E> & { id: string; retiredAt?: string | null })[],
    updated: readonly (EntityValues<E> & { id: string; retiredAt?: string | null })[],
  ): Promise<void>;
  /** Records changes that are not a single record's insert, update or delete. */
  log(changes: readonly Change[]): Promise<void>;
  /**
   * Refuses, before a use case's own rules, an actor who may not write the record: so that they are told
   * they may not, rather than why the change would fail.
   */
  checkMayWrite<E extends AnyEntity>(entity: E, record: EntityDto<E>): Promise<void>;
}

export async function authorize<DB>(ctx: Context<DB>, request: AccessRequest): Promise<void> {
  if (!(await ctx.policy(ctx as Context<unknown>, request))) {
    throw coreErrors.forbidden();
  }
}

/**
 * The refusal of a save that met a stale version, naming who changed the record last and when (from the
 * change log), so that the user knows whom to ask before doing the change again.
 */
async function stale<DB>(tx: Tx<DB>, entity: AnyEntity, id: string): Promise<DomainError> {
  const last = await latestChange(tx.db, entity.table, id);
  if (last === null) {
    return staleVersion(entity.label);
  }
  const by: LastChange = {
    name: last.actorId === tx.actor.userId ? 'dig' : last.actorName,
    when: describeWhen(last.createdAt),
    removed: last.action === 'delete',
    changedBy: last.actorName,
    changedAt: last.createdAt.toISOString(),
  };
  return staleVersion(entity.label, by);
}

function isTx<DB>(ctx: Context<DB>): ctx is Tx<DB> {
  return 'recordedAs' in ctx;
}

function createTx<DB>(ctx: Context<DB>, trx: Transaction<DB>, recordedAs: ChangeAction | null): Tx<DB> {
  const tx: Tx<DB> = {
    ...ctx,
    db: trx,
    cache: uncached,
    recordedAs,
    async insert(entity, values) {
      const [created] = await tx.insertMany(entity, [values]);
      return created as EntityDto<typeof entity>;
    },
    async insertMany(entity, given) {
      // Rich text is sanitised here, the one place every stored value passes (ADR 0023).
      const values = given.map((record) => cleanRichText(entity, record));
      if (values.length > 0) {
        await authorize(tx, { action: 'write', resource: entity.table, records: values });
      }
      const created = await insertRows(trx, entity, values);
      await tx.log(
        created.map((record) => ({
          action: recordedAs ?? 'create',
          entityType: entity.table,
          entityId: record.id,
          oldValue: null,
          newValue: record,
        })),
      );
      return created;
    },
    async update(entity, current, version, patch, action) {
      if (version !== current.version) {
        throw await stale(tx, entity, current.id);
      }
      const changed = changedFields(
        current as Record<string, unknown>,
        cleanRichText(entity, patch) as Record<string, unknown>,
      );
      // Asked even when nothing changes: someone who may not write the record is refused either way.
      await authorize(tx, { action: 'write', resource: entity.table, record: { ...current, ...changed } });
      // A record moved to another owner (a unit to another parent): the actor must hold both places.
      if (Object.keys(changed).some((field) => field.endsWith('Id'))) {
        await authorize(tx, { action: 'write', resource: entity.table, record: current });
      }
      if (Object.keys(changed).length === 0) {
        return current;
      }
      const columns = toColumns(entity, changed as Partial<EntityValues<typeof entity>>);
      if ('retiredAt' in changed) {
        columns.retired_at = changed.retiredAt;
      }
      const updated = await updateRow(trx, entity, current.id, version, columns);
      if (!updated) {
        throw await stale(tx, entity, current.id);
      }
      await tx.log([
        {
          action: action ?? recordedAs ?? 'update',
          entityType: entity.table,
          entityId: current.id,
          oldValue: current,
          newValue: updated,
        },
      ]);
      return updated;
    },
    async retire(entity, current, version, retired) {
      const retiredAt = retired ? new Date().toISOString() : null;
      const isRetired = (current as { retiredAt?: string | null }).retiredAt != null;
      if (isRetired === retired) {
        await authorize(tx, { action: 'write', resource: entity.table, record: current });
        if (version !== current.version) {
          throw await stale(tx, entity, current.id);
        }
        return current;
      }
      const patch = { retiredAt } as Partial<EntityValues<typeof entity>> & { retiredAt: string | null };
      return tx.update(entity, current, version, patch, retired ? 'retire' : 'reinstate');
    },
    async remove(entity, current, version) {
      await authorize(tx, { action: 'write', resource: entity.table, record: current });
      if (version !== current.version || !(await deleteRow(trx, entity, current.id, version))) {
        throw await stale(tx, entity, current.id);
      }
      await tx.log([
        {
          action: 'delete',
          entityType: entity.table,
          entityId: current.id,
          oldValue: current,
          newValue: null,
        },
      ]);
    },
    async saveRecords(entity, created, updated) {
      await tx.insertMany(entity, created);
      const stored = new Map(
        (
          await findByIds(
            trx,
            entity,
            updated.map((record) => record.id),
          )
        ).map((record) => [record.id, record]),
      );
      for (const record of updated) {
        const current = stored.get(record.id);
        if (current) {
          await tx.update(entity, current, current.version, record);
        }
      }
    },
    async log(changes) {
      await recordChanges(trx, ctx.actor, changes);
    },
    async checkMayWrite(entity, record) {
      await authorize(tx, { action: 'write', resource: entity.table, record });
    },
  };
  return tx;
}

/**
 * Runs `work` in a transaction – or in the caller's, when `ctx` already is one, so use cases compose (a
 * data-package import runs every module's use cases in one transaction).
 */
export async function write<DB, T>(
  ctx: Context<DB>,
  work: (tx: Tx<DB>) => Promise<T>,
  options: { recordedAs?: ChangeAction } = {},
): Promise<T> {
  if (isTx(ctx)) {
    return work(options.recordedAs && !ctx.recordedAs ? createTx(ctx, ctx.db, options.recordedAs) : ctx);
  }
  let result: T;
  try {
    result = await ctx.db
      .transaction()
      .execute((trx) => work(createTx(ctx, trx, options.recordedAs ?? null)));
  } catch (error) {
    throw asDomainError(ctx, error);
  }
  await ctx.revision.advance();
  return result;
}

/** Carries a dry run's answer out of the transaction that is rolled back under it. */
class RolledBack<T> {
  constructor(readonly result: T) {}
}

/**
 * Runs `work` as `write` would and then undoes it: the answer of what a write would do (a preview), from the
 * same code that does it, with nothing stored and no revision moved. Inside a transaction it undoes only its
 * own work.
 */
export async function dryRun<DB, T>(ctx: Context<DB>, work: (tx: Tx<DB>) => Promise<T>): Promise<T> {
  if (isTx(ctx)) {
    // Inside a transaction (a preview of several steps, each seeing the ones before): back to a savepoint.
    await sql`savepoint dry_run`.execute(ctx.db);
    try {
      return await work(ctx);
    } finally {
      await sql`rollback to savepoint dry_run`.execute(ctx.db);
    }
  }
  try {
    await ctx.db.transaction().execute(async (trx) => {
      throw new RolledBack(await work(createTx(ctx, trx, null)));
    });
  } catch (caught) {
    if (caught instanceof RolledBack) {
      return caught.result as T;
    }
    throw asDomainError(ctx, caught);
  }
  throw new Error('unreachable: the dry run always rolls back');
}

/** A database refusal as the DomainError it means for the user; anything else unchanged. */
export function asDomainError<DB>(ctx: Platform<DB>, error: unknown): unknown {
  if (error instanceof DomainError) {
    return error;
  }
  return toDomainError(error, ctx.constraintErrors) ?? error;
}
