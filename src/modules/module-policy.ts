/**
 * The vocabulary of a module's policy: what its operations ask of the actor, and who may write each of its
 * tables, by the unit and year a record belongs to. The access module combines every module's rules into
 * the installation's policy (docs/adr/0019-sign-in-and-permissions.md).
 */
import type { Capability } from '#core/actor.ts';
import { DomainError } from '#core/errors.ts';
import type { Context } from '#platform/context.ts';
import type { Ctx } from './context.ts';

/** What an operation asks of the actor before it runs. */
export type Requirement =
  /** Anyone signed in, with or without roles (their own password, their own sessions). */
  | { readonly kind: 'signedIn' }
  /** The capability on some unit; the records it writes are then checked one by one. */
  | { readonly kind: 'somewhere'; readonly capability: Capability }
  /** The capability over the whole municipality and every year: work on no one unit's records (a ledger). */
  | { readonly kind: 'municipality'; readonly capability: Capability };

export const signedIn: Requirement = { kind: 'signedIn' };
export const somewhere = (capability: Capability): Requirement => ({ kind: 'somewhere', capability });
export const municipalityWide = (capability: Capability): Requirement => ({
  kind: 'municipality',
  capability,
});

/** Where a record belongs: its unit (null: the municipality as a whole) and its year (null: none). */
export interface RecordScope {
  readonly unitId: string | null;
  readonly year: number | null;
}

export interface TableRule {
  /** The kind of work a write needs; with several, any of them (the use case then asks for the exact one). */
  readonly capability: Capability | readonly Capability[];
  /** Defaults to the record's own `orgUnitId` and `year`. */
  readonly scopeOf?: (
    ctx: Pick<Ctx, 'db'>,
    record: Record<string, unknown>,
  ) => Promise<RecordScope> | RecordScope;
}

/** A module's rules: operations that ask more than the default, and its tables. */
export interface ModulePolicy {
  /** By operation id ("economy.startLedgerImport"). Default: reads need `read`; writes, some writing role. */
  readonly operations?: Readonly<Record<string, Requirement>>;
  readonly tables?: Readonly<Record<string, TableRule>>;
  /**
   * Locks this module puts on records of any module's tables, asked after the permission for every record
   * written: each throws the DomainError that says why the record cannot change now (an approved part of a
   * round, a closed round).
   */
  readonly locks?: Readonly<Record<string, RecordLock>>;
}

/**
 * A lock, asked once for the records written together (one, or an import's batch of thousands, which it
 * should look up in a few queries): throws the refusal of the first locked record.
 */
export type RecordLock = (ctx: Pick<Ctx, 'db'>, records: readonly Record<string, unknown>[]) => Promise<void>;

/** A lock that looks at one record at a time. */
export function eachRecord(
  lock: (ctx: Pick<Ctx, 'db'>, record: Record<string, unknown>) => Promise<void>,
): RecordLock {
  return async (ctx, records) => {
    for (const record of records) {
      await lock(ctx, record);
    }
  };
}

export function ownScope(record: Record<string, unknown>): RecordScope {
  return {
    unitId: typeof record.orgUnitId === 'string' ? record.orgUnitId : null,
    year: typeof record.year === 'number' ? record.year : null,
  };
}

/**
 * Whether the actor may write the record now, as the write path would decide it: the installation's policy
 * (the table's rule, by the record's unit and year) and the locks on the table (a closed round). For pages,
 * which show with their data only what their user may do; the write path still decides every save.
 */
export async function mayWrite(
  ctx: Pick<Ctx, 'db' | 'actor' | 'policy'>,
  table: string,
  record: Record<string, unknown>,
): Promise<boolean> {
  try {
    return await ctx.policy(ctx as unknown as Context<unknown>, { action: 'write', resource: table, record });
  } catch (error) {
    if (error instanceof DomainError) {
      return false;
    }
    throw error;
  }
}

/**
 * Whether the actor may run the operation at all, as the route-level check decides it: for pages whose
 * controls are no one record's (a ledger import, closing a year). The records it writes are still checked.
 */
export async function mayRun(
  ctx: Pick<Ctx, 'db' | 'actor' | 'policy'>,
  operationId: string,
): Promise<boolean> {
  return ctx.policy(ctx as unknown as Context<unknown>, { action: 'write', resource: operationId });
}
