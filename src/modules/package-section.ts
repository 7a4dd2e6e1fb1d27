/**
 * A module's part of the data package: one list of records (goals, indicators …) with everything the
 * data-package module needs to export and import it – the record schema (derived from the module's
 * model), how records are chosen for an export, how they match what is stored, the module's rules as a
 * pure checker, and a writer that goes through the module's own use cases. The data-package module only
 * orchestrates: order, one transaction, problems and the summary (docs/adr/0009-data-package-sections.md).
 */
import type { z } from 'zod';
import type { AnyEntity, EntityRecord, EntityValues } from '#core/entity.ts';
import { findByIds } from '#platform/db/entity-store.ts';
import type { Ctx, Tx } from './context.ts';

/** A field that refers to another list's records: by id, or (organisation units) by code. */
export interface Reference {
  readonly field: string;
  readonly list: string;
}

export interface ExportScope {
  readonly org?: string;
  readonly year?: number;
}

/** The keys (ids, or codes for units) already chosen for an export, per list. */
export type Chosen = ReadonlyMap<string, ReadonlySet<string>>;

/** A broken rule in one record: the field, the Swedish text, and the offending value. */
export interface RecordProblem {
  readonly field: string;
  readonly message: string;
  readonly value?: unknown;
}

/**
 * What a checker may know about a record its record refers to: the facts that list keeps (from the package
 * or the database), or undefined when there is no such record.
 */
export type FactLookup = (list: string, key: string) => unknown;

export interface ImportOptions {
  /** Check and count, but write nothing. */
  readonly dryRun: boolean;
  /** Accept a package that names another municipality than the installation's. */
  readonly allowOtherMunicipality: boolean;
}

/** What every section's checker may know about the import as a whole. */
export interface CheckContext {
  readonly options: ImportOptions;
  /** The installation's municipality (the code of its root unit), or null in an empty installation. */
  readonly municipality: string | null;
  /** What the section's own `configuration` read (a municipality's scale), when it has one. */
  readonly configuration?: unknown;
}

/**
 * A rule that a later list settles (a result that needs action, and the list of actions): the problem
 * stands unless a record of `list` refers to this record by `field`, in the package or already stored.
 */
export interface LaterRule {
  readonly list: string;
  readonly field: string;
  readonly problem: RecordProblem;
}

export interface PackageSection<R extends { id: string } = { id: string }> {
  /** The list's name in the package ("indicators"). */
  readonly list: string;
  /** How messages name one record: "Indikatorn". */
  readonly label: string;
  /** Plural, lower case, for summaries: "indikatorer". */
  readonly plural: string;
  /** What a record is; parsing gives defaults for what a producer left out. */
  readonly record: z.ZodType<R>;
  /** The fields that refer to earlier lists; every referred list comes before this one. */
  readonly references: readonly Reference[];
  /** How other lists refer to a record: by id, or by its code (organisation units). */
  key(record: R): string;
  /** How a problem names a record: its name, code or what it is about. */
  title(record: R): string;
  /** What makes two records the same thing when their ids differ (after references are resolved). */
  naturalKey(record: R): string;
  /** A looser key: records sharing it but not the natural key are probably duplicates (reported). */
  similarKey?(record: R): string;
  /**
   * A stable order for exports; for a list that refers to itself (a unit's parent) also the order an
   * import must follow: every record after the records it refers to.
   */
  order(records: readonly R[]): R[];

  /** Export: the records the scope itself selects, given what the lists before chose. */
  select(ctx: Ctx, scope: ExportScope, chosen: Chosen): Promise<R[]>;
  /** Records by key, with whatever they need themselves (a unit's ancestors). */
  byKeys(ctx: Ctx, keys: readonly string[]): Promise<R[]>;

  /** Import: stored records that share an id, a natural key or a similar key with the batch. */
  findExisting(ctx: Ctx, batch: readonly R[]): Promise<R[]>;
  /**
   * The one table `findExisting` finds records in, where there is one: while it is empty at the start of the
   * list's import, no batch of it asks (a first import would ask once per batch, to find nothing).
   */
  readonly storedIn?: string;
  /**
   * Lists whose facts the checker reads under keys of its own, not a field's – a text's checker asks every
   * document type's template for its keys – loaded like the references' (from the package or the database).
   */
  readonly consults?: readonly { readonly list: string; readonly keys: readonly string[] }[];
  /** What later lists' checkers need to know about a record. */
  facts(record: R): unknown;
  /** The module's rules for one record, given facts about what it refers to. Pure. */
  check(record: R, lookup: FactLookup, context: CheckContext): RecordProblem[];
  /** The installation's configuration the checks need (a scale), read once per import into the context. */
  configuration?(ctx: Ctx): Promise<unknown>;
  /** Rules for one record that a later list settles, checked once every list is read. Pure. */
  laterRules?(record: R, lookup: FactLookup, context: CheckContext): readonly LaterRule[];
  /** Of these keys of this list's records, those that a stored record of `list` already refers to. */
  referredByStored?(ctx: Ctx, list: string, keys: readonly string[]): Promise<ReadonlySet<string>>;
  /** Writes new and changed records through the module's use cases. */
  write(tx: Tx, created: readonly R[], updated: readonly { before: R; after: R }[]): Promise<void>;
}

// biome-ignore lint/suspicious/noExplicitAny: sections of any record type, as the registry lists them
export type AnySection = PackageSection<any>;

/** A stored record as a package holds it: without its version, which belongs to an edit, not to the data. */
export const withoutVersion = <T extends { version: number }>({ version: _version, ...record }: T) => record;

/** What the package holds of an entity's record, as its definition derives it. */
type PackageRecordOf<E extends AnyEntity> = EntityRecord<E> & { id: string };
/** What the write path stores of it. */
type StoredRecord<E extends AnyEntity> = EntityValues<E> & { id: string; retiredAt?: string | null };

/**
 * The parts of a section that are alike for every list kept as one entity's rows: stored records by id,
 * and writing a batch through the one write path (docs/adr/0008-one-write-path.md). The two record types
 * are one and the same object, derived from one definition (`entity.record` is `entity.fields` with the
 * id and, for retirable records, `retiredAt`); TypeScript cannot see that through the generic, hence the
 * casts.
 */
export function storedAs<E extends AnyEntity>(
  entity: E,
): Pick<PackageSection<PackageRecordOf<E>>, 'byKeys' | 'write' | 'storedIn'> {
  return {
    storedIn: entity.table,
    byKeys: async (ctx, ids) =>
      (await findByIds(ctx.db, entity, ids)).map(withoutVersion) as unknown as PackageRecordOf<E>[],
    write: (tx, created, updated) =>
      tx.saveRecords(
        entity,
        created as unknown as StoredRecord<E>[],
        updated.map(({ after }) => after as unknown as StoredRecord<E>),
      ),
  };
}

/**
 * `findExisting` for records that belong to a parent (an indicator's goal, a target's indicator): the stored
 * records under the batch's parents, which natural keys and similar names are matched against, and those
 * with the batch's ids (a record the package moves to another parent).
 */
export function existingUnder<E extends AnyEntity>(
  entity: E,
  parentOf: (record: PackageRecordOf<E>) => string,
  listUnder: (ctx: Ctx, parentIds: string[]) => Promise<readonly { version: number }[]>,
): PackageSection<PackageRecordOf<E>>['findExisting'] {
  return async (ctx, batch) => {
    const under = await listUnder(ctx, [...new Set(batch.map(parentOf))]);
    const byId = await findByIds(
      ctx.db,
      entity,
      batch.map((record) => record.id),
    );
    return [...under, ...byId].map(withoutVersion) as unknown as PackageRecordOf<E>[];
  };
}

/** Normalises a name for near-duplicate detection: case, spacing, punctuation and a leading "Andel"/"Antal". */
export function similarName(name: string): string {
  return name
    .toLocaleLowerCase('sv')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(andel|antal) /, '');
}

/** Code by unit id: records in a package name their unit by code, as everywhere in Verksam. */
export async function unitCodesById(ctx: Pick<Ctx, 'db'>): Promise<Map<string, string>> {
  const units = await ctx.db.selectFrom('org_unit').select(['id', 'code']).execute();
  return new Map(units.map((unit) => [unit.id, unit.code]));
}

/** Unit id by code: how an import turns a package's codes back into references. */
export async function unitIdsByCode(ctx: Pick<Ctx, 'db'>): Promise<Map<string, string>> {
  const units = await ctx.db.selectFrom('org_unit').select(['id', 'code']).execute();
  return new Map(units.map((unit) => [unit.code, unit.id]));
}

/** The ids of the units with these codes (the units an export chose). */
export async function unitIdsOf(ctx: Pick<Ctx, 'db'>, codes: ReadonlySet<string>): Promise<string[]> {
  const byCode = await unitIdsByCode(ctx);
  return [...codes].flatMap((code) => byCode.get(code) ?? []);
}
