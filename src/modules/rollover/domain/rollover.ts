/**
 * Starting the next year, as pure rules: which years, what an undo does and in which order, and what a
 * rollover did, counted by table.
 */

export interface RecordRef {
  readonly table: string;
  readonly id: string;
}

export interface ChangedRecord extends RecordRef {
  readonly before: Readonly<Record<string, unknown>>;
}

export interface RolloverRecords {
  readonly created: readonly RecordRef[];
  readonly changed: readonly ChangedRecord[];
}

/** A rollover always starts the year after: 2023 → 2024. */
export function rolloverYears(fromYear: number): { fromYear: number; toYear: number } {
  return { fromYear, toYear: fromYear + 1 };
}

/** The steps' results one after another, in module order. */
export function combineResults(results: readonly RolloverRecords[]): {
  created: RecordRef[];
  changed: ChangedRecord[];
} {
  return {
    created: results.flatMap((result) => result.created),
    changed: results.flatMap((result) => result.changed),
  };
}

export type UndoAction =
  | { readonly kind: 'delete'; readonly record: RecordRef }
  | { readonly kind: 'restore'; readonly record: ChangedRecord };

/**
 * An undo: the created records deleted in the reverse order of creation – a record created after another
 * may refer to it (an activity to a goal), so children go first – then the changed ones written back, also
 * last first.
 */
export function undoPlan(records: RolloverRecords): UndoAction[] {
  return [
    ...[...records.created].reverse().map((record) => ({ kind: 'delete' as const, record })),
    ...[...records.changed].reverse().map((record) => ({ kind: 'restore' as const, record })),
  ];
}

export interface TableCount {
  readonly table: string;
  readonly created: number;
  readonly changed: number;
}

/** How many records of each table a rollover created and changed, tables in the order first met. */
export function countByTable(records: RolloverRecords): TableCount[] {
  const counts = new Map<string, { created: number; changed: number }>();
  const entry = (table: string) => {
    const found = counts.get(table) ?? { created: 0, changed: 0 };
    counts.set(table, found);
    return found;
  };
  for (const record of records.created) {
    entry(record.table).created += 1;
  }
  for (const record of records.changed) {
    entry(record.table).changed += 1;
  }
  return [...counts].map(([table, count]) => ({ table, ...count }));
}
