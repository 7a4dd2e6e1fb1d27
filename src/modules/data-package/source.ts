/**
 * Where a package's records come from: a parsed JSON value (the API's body, the demo), or a stream that
 * the platform has split into one spool file per list, so that a package of hundreds of megabytes is read
 * one record at a time. Either way the import sees the header and, list by list, the raw records.
 */
import type { SpooledJson } from '#platform/json-spool.ts';

export interface PackageSource {
  /** False when the package is not a JSON object at all. */
  readonly isObject: boolean;
  /** Every top-level field that is not one of the lists (format, scope, municipality …), unparsed. */
  readonly header: Readonly<Record<string, unknown>>;
  /** Top-level fields that should be lists but are not arrays. */
  readonly malformedLists: readonly string[];
  /** Records per list. */
  count(list: string): number;
  /** A list's raw records, in the package's order. */
  records(list: string): AsyncIterable<unknown>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A package already parsed into memory. A value that is not an object gives an empty source with no header. */
export function objectSource(value: unknown, lists: readonly string[]): PackageSource {
  const object = isRecord(value) ? value : {};
  const header: Record<string, unknown> = {};
  const malformed: string[] = [];
  for (const [key, field] of Object.entries(object)) {
    if (!lists.includes(key)) {
      header[key] = field;
    } else if (!Array.isArray(field)) {
      malformed.push(key);
    }
  }
  const listOf = (list: string): unknown[] => {
    const field = object[list];
    return Array.isArray(field) ? field : [];
  };
  return {
    isObject: isRecord(value),
    header,
    malformedLists: malformed,
    count: (list) => listOf(list).length,
    async *records(list) {
      yield* listOf(list);
    },
  };
}

/** A package streamed from bytes and spooled to disk by the platform. */
export function spooledSource(spooled: SpooledJson, lists: readonly string[]): PackageSource {
  const header: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(spooled.scalars)) {
    if (!lists.includes(key)) {
      header[key] = value;
    }
  }
  return {
    isObject: true,
    header,
    malformedLists: lists.filter((list) => list in spooled.scalars),
    count: (list) => spooled.arrays.get(list)?.count ?? 0,
    records: (list) => spooled.read(list),
  };
}
