/**
 * One definition per stored record: its table, its Swedish name, and its fields with their validation and
 * defaults. Everything else about the record is derived from it – what creates it, what changes it, what the
 * API returns, what a data package holds, the table's columns (camelCase field, snake_case column) and the
 * database row type – so a new field is written once, in its module's `model.ts`, plus the migration that
 * adds its column and the form that edits it (docs/adr/0006-one-definition-per-record.md).
 *
 * Part of the core's contract language, with validation.ts: pure, zod only.
 */
import { z } from 'zod';
import { idField, versionField } from './validation.ts';

/** camelCase → snake_case, as the tables name their columns ("parentIndicatorId" → "parent_indicator_id"). */
export type SnakeCase<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `_${Lowercase<Head>}`}${SnakeCase<Tail>}`
  : S;

export function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

type Shape = Record<string, z.ZodType>;

/** A field as it is changed: no default, so that leaving it out leaves the stored value alone. */
type Undefaulted<T> = T extends z.ZodDefault<infer Inner> ? Inner : T;

type UpdateShape<S extends Shape, Fixed extends keyof S> = {
  [K in Exclude<keyof S, Fixed>]: z.ZodOptional<Undefaulted<S[K]>>;
} & { version: typeof versionField };

type CreateShape<S extends Shape, Auto extends keyof S> = Omit<S, Auto> & {
  [K in Auto]: z.ZodOptional<Undefaulted<S[K]>>;
};

const retiredAtField = z.iso.datetime({ offset: true }).nullable();

type RetiredShape<R extends boolean> = R extends true ? { retiredAt: typeof retiredAtField } : object;

type DtoShape<S extends Shape, R extends boolean> = { id: typeof idField } & S &
  RetiredShape<R> & { version: typeof versionField };

export interface EntityOptions<
  S extends Shape,
  Auto extends keyof S & string,
  Fixed extends keyof S & string,
  R extends boolean,
> {
  /** The table; also the entity type in the change log. */
  readonly table: string;
  /** The English name of its API schemas ("Indicator" → Indicator, IndicatorCreate, IndicatorUpdate). */
  readonly name: string;
  /** How Swedish messages name one record: "Indikatorn". */
  readonly label: string;
  /** The fields a user or a data package sets, with their validation and defaults. */
  readonly fields: S;
  /** Fields the use case fills in when a creator leaves them out (a sort order after the last sibling). */
  readonly autoFilled?: readonly Auto[];
  /** Fields fixed at creation: an update cannot change them. */
  readonly immutable?: readonly Fixed[];
  /** Retired rather than deleted: the record keeps its history and carries `retiredAt`. */
  readonly retirable?: R;
}

export interface Entity<
  S extends Shape = Shape,
  Auto extends keyof S & string = keyof S & string,
  Fixed extends keyof S & string = keyof S & string,
  R extends boolean = boolean,
> {
  readonly table: string;
  readonly name: string;
  readonly label: string;
  readonly fields: S;
  readonly fieldNames: readonly (keyof S & string)[];
  readonly immutable: readonly Fixed[];
  readonly retirable: R;
  /** What creates a record: every field, with its default; auto-filled fields may be left out. */
  readonly create: z.ZodObject<CreateShape<S, Auto>, z.core.$strict>;
  /** What changes one: any field but the fixed ones (left out = unchanged), and the version the caller read. */
  readonly update: z.ZodObject<UpdateShape<S, Fixed>, z.core.$strict>;
  /** The record as the API returns it. */
  readonly dto: z.ZodObject<DtoShape<S, R>>;
  /** The record in a data package: its id and every field, with defaults (versions belong to an installation). */
  readonly record: z.ZodObject<{ id: typeof idField } & S & RetiredPackageShape<R>, z.core.$strict>;
}

const packageRetiredAt = retiredAtField.default(null);
type RetiredPackageShape<R extends boolean> = R extends true
  ? { retiredAt: typeof packageRetiredAt }
  : object;

/** Any entity, whatever its fields: what generic code (the store, the write path) takes. */
export interface AnyEntity {
  readonly table: string;
  readonly name: string;
  readonly label: string;
  readonly fields: Shape;
  readonly fieldNames: readonly string[];
  readonly immutable: readonly string[];
  readonly retirable: boolean;
  readonly create: z.ZodType;
  readonly update: z.ZodType;
  readonly dto: z.ZodType;
  readonly record: z.ZodType;
}

/** The stored fields of a record, as the use cases handle them. */
export type EntityValues<E extends AnyEntity> = z.output<z.ZodObject<E['fields']>>;

/** A record as read: id, fields, `retiredAt` for retirable records, and the version for optimistic locking. */
export type EntityDto<E extends AnyEntity> = { id: string; version: number } & EntityValues<E> &
  (E['retirable'] extends true ? { retiredAt: string | null } : object);

export type EntityCreate<E extends AnyEntity> = z.output<E['create']>;
export type EntityUpdate<E extends AnyEntity> = z.output<E['update']>;
export type EntityRecord<E extends AnyEntity> = z.output<E['record']>;

function withoutDefault(field: z.ZodType): z.ZodType {
  return field instanceof z.ZodDefault ? (field.removeDefault() as z.ZodType) : field;
}

export function defineEntity<
  const S extends Shape,
  const Auto extends keyof S & string = never,
  const Fixed extends keyof S & string = never,
  const R extends boolean = false,
>(options: EntityOptions<S, Auto, Fixed, R>): Entity<S, Auto, Fixed, R> {
  const fieldNames = Object.keys(options.fields) as (keyof S & string)[];
  const immutable = options.immutable ?? [];
  const autoFilled = new Set<string>(options.autoFilled ?? []);
  const retirable = (options.retirable ?? false) as R;
  const pick = (keep: (name: string) => boolean, map: (field: z.ZodType, name: string) => z.ZodType) =>
    Object.fromEntries(
      fieldNames.filter(keep).map((name) => [name, map(options.fields[name] as z.ZodType, name)]),
    );
  const create = z
    .strictObject(
      pick(
        () => true,
        (field, name) => (autoFilled.has(name) ? withoutDefault(field).optional() : field),
      ),
    )
    .meta({ id: `${options.name}Create` });
  const update = z
    .strictObject({
      ...pick(
        (name) => !(immutable as readonly string[]).includes(name),
        (field) => withoutDefault(field).optional(),
      ),
      version: versionField,
    })
    .meta({ id: `${options.name}Update` });
  const dto = z
    .object({
      id: idField,
      ...options.fields,
      ...(retirable ? { retiredAt: retiredAtField } : {}),
      version: versionField,
    })
    .meta({ id: options.name });
  const record = z.strictObject({
    id: idField,
    ...options.fields,
    ...(retirable ? { retiredAt: packageRetiredAt } : {}),
  });
  return {
    table: options.table,
    name: options.name,
    label: options.label,
    fields: options.fields,
    fieldNames,
    immutable,
    retirable,
    create,
    update,
    dto,
    record,
  } as unknown as Entity<S, Auto, Fixed, R>;
}

/** True when two stored values are the same (arrays compared element by element). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  }
  // JSON held in a record (a template's sections), whatever order its keys were read back in.
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length && keys.every((key) => key in b && sameValue(a[key], b[key]))
    );
  }
  return a === b;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** The fields of `patch` that differ from `current`: what an update really changes. */
export function changedFields<T extends object>(current: T, patch: Partial<T>): Partial<T> {
  const changed: Partial<T> = {};
  for (const key of Object.keys(patch) as (keyof T)[]) {
    const value = patch[key];
    if (value !== undefined && !sameValue(current[key], value)) {
      changed[key] = value;
    }
  }
  return changed;
}
