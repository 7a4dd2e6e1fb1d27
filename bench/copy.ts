/**
 * The import's baseline: the rows the data-package import writes, loaded with COPY instead, in one
 * transaction, into a freshly migrated database of the same kind. The rows are built from the same
 * validated package with the same column mapping as the import's writer (codes upper-cased, parents and
 * units resolved from codes to ids), plus the change-log rows the import writes beside every record.
 *
 * recordTables() mirrors src/modules/data-package/db/package-writer.ts column for column: when a migration
 * renames a column the COPY fails with PostgreSQL's message naming it, and this mapping follows the
 * writer's. The row-count check after the COPY catches rows the mapping would leave out.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { type DataPackage, IMPORT_ACTOR } from './verksam.ts';

type Cell = string | number | boolean | null | readonly string[] | object;

export interface CopyTable {
  readonly table: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

/** A CSV field as PostgreSQL's COPY reads it: an unquoted empty field is NULL, anything else may be quoted. */
function csvField(value: Cell): string {
  if (value === null) {
    return '';
  }
  if (typeof value === 'boolean') {
    return value ? 't' : 'f';
  }
  if (typeof value === 'number') {
    return String(value);
  }
  let text: string;
  if (typeof value === 'string') {
    text = value;
  } else if (Array.isArray(value)) {
    // A text[] literal: every element double-quoted, with backslash and quote escaped inside.
    text = `{${value.map((item: string) => `"${item.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
  } else {
    text = JSON.stringify(value);
  }
  return text === '' || /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(table: CopyTable): string {
  return table.rows.map((row) => `${row.map(csvField).join(',')}\n`).join('');
}

/** The tables and rows the import writes for `pkg` into an empty database, in the order it writes them. */
export function recordTables(pkg: DataPackage): CopyTable[] {
  const unitIds = new Map(pkg.orgUnits.map((unit) => [unit.code.toUpperCase(), unit.id]));
  const unitId = (code: string | null) => (code === null ? null : (unitIds.get(code.toUpperCase()) ?? null));
  return [
    {
      table: 'goal_area',
      columns: ['id', 'name', 'description', 'sort_order'],
      rows: pkg.goalAreas.map((area) => [area.id, area.name, area.description, area.sortOrder]),
    },
    {
      table: 'municipal_goal',
      columns: [
        'id',
        'goal_area_id',
        'name',
        'description',
        'valid_from_year',
        'valid_to_year',
        'sort_order',
        'retired_at',
        'source',
      ],
      rows: pkg.municipalGoals.map((goal) => [
        goal.id,
        goal.goalAreaId,
        goal.name,
        goal.description,
        goal.validFromYear,
        goal.validToYear,
        goal.sortOrder,
        goal.retiredAt,
        goal.source,
      ]),
    },
    {
      table: 'org_unit',
      columns: ['id', 'code', 'name', 'kind', 'parent_id', 'valid_from', 'valid_to', 'sort_order'],
      rows: pkg.orgUnits.map((unit) => [
        unit.id,
        unit.code.toUpperCase(),
        unit.name,
        unit.kind,
        unitId(unit.parent),
        unit.validFrom,
        unit.validTo,
        unit.sortOrder,
      ]),
    },
    {
      table: 'reporting_round',
      columns: ['id', 'year', 'kind', 'name', 'deadline'],
      rows: pkg.reportingRounds.map((round) => [
        round.id,
        round.year,
        round.kind,
        round.name,
        round.deadline,
      ]),
    },
    {
      table: 'goal',
      columns: [
        'id',
        'org_unit_id',
        'municipal_goal_id',
        'parent_goal_id',
        'name',
        'description',
        'valid_from_year',
        'valid_to_year',
        'sort_order',
        'retired_at',
        'source',
      ],
      rows: pkg.goals.map((goal) => [
        goal.id,
        unitId(goal.orgUnit),
        goal.municipalGoalId,
        goal.parentGoalId,
        goal.name,
        goal.description,
        goal.validFromYear,
        goal.validToYear,
        goal.sortOrder,
        goal.retiredAt,
        goal.source,
      ]),
    },
    {
      table: 'indicator',
      columns: [
        'id',
        'goal_id',
        'parent_indicator_id',
        'name',
        'unit',
        'decimals',
        'desired_direction',
        'is_obligatory',
        'is_gender_split',
        'definition',
        'data_source',
        'sort_order',
        'retired_at',
        'source',
      ],
      rows: pkg.indicators.map((indicator) => [
        indicator.id,
        indicator.goalId,
        indicator.parentIndicatorId,
        indicator.name,
        indicator.unit,
        indicator.decimals,
        indicator.desiredDirection,
        indicator.isObligatory,
        indicator.isGenderSplit,
        indicator.definition,
        indicator.dataSource,
        indicator.sortOrder,
        indicator.retiredAt,
        indicator.source,
      ]),
    },
    {
      table: 'indicator_target',
      columns: ['id', 'indicator_id', 'year', 'part', 'notation', 'note', 'source'],
      rows: pkg.targets.map((target) => [
        target.id,
        target.indicatorId,
        target.year,
        target.part,
        target.notation,
        target.note,
        target.source,
      ]),
    },
    {
      table: 'indicator_outcome',
      columns: [
        'id',
        'indicator_id',
        'reporting_round_id',
        'year',
        'from_month',
        'to_month',
        'is_forecast',
        'reference_year',
        'total',
        'women',
        'men',
        'unit',
        'no_data',
        'not_applicable',
        'no_data_reason',
        'note',
        'source',
      ],
      rows: pkg.outcomes.map((outcome) => [
        outcome.id,
        outcome.indicatorId,
        outcome.reportingRoundId,
        outcome.year,
        outcome.fromMonth,
        outcome.toMonth,
        outcome.isForecast,
        outcome.referenceYear,
        outcome.total,
        outcome.women,
        outcome.men,
        outcome.unit,
        outcome.noData,
        outcome.notApplicable,
        outcome.noDataReason,
        outcome.note,
        outcome.source,
      ]),
    },
    {
      table: 'assessment',
      columns: ['id', 'goal_id', 'reporting_round_id', 'verdict', 'basis', 'results', 'source'],
      rows: pkg.assessments.map((assessment) => [
        assessment.id,
        assessment.goalId,
        assessment.reportingRoundId,
        assessment.verdict,
        assessment.basis,
        assessment.results,
        assessment.source,
      ]),
    },
  ];
}

/** The import's change-log rows: one 'import' entry per record, its new value the record as imported. */
export function changeLogTable(pkg: DataPackage): CopyTable {
  const lists: [string, readonly { id: string }[]][] = [
    ['goal_area', pkg.goalAreas],
    ['municipal_goal', pkg.municipalGoals],
    ['org_unit', pkg.orgUnits],
    ['reporting_round', pkg.reportingRounds],
    ['goal', pkg.goals],
    ['indicator', pkg.indicators],
    ['indicator_target', pkg.targets],
    ['indicator_outcome', pkg.outcomes],
    ['assessment', pkg.assessments],
  ];
  return {
    table: 'change_log',
    columns: ['actor_id', 'actor_name', 'action', 'entity_type', 'entity_id', 'old_value', 'new_value'],
    rows: lists.flatMap(([entityType, records]) =>
      records.map((record) => [
        IMPORT_ACTOR.userId,
        IMPORT_ACTOR.name,
        'import',
        entityType,
        record.id,
        null,
        record,
      ]),
    ),
  };
}

export interface CopyTiming {
  /** Turning the package into CSV text. */
  readonly buildMs: number;
  /** COPY of the nine record tables. */
  readonly recordsMs: number;
  /** COPY of the change log, and the commit. */
  readonly changeLogMs: number;
  readonly rows: number;
  readonly changeLogRows: number;
}

/** Runs `copyOne` for every table inside `transaction`, timing the records and the change log apart. */
async function timedCopy(
  pkg: DataPackage,
  transaction: (
    work: (copyOne: (sql: string, csv: string) => Promise<void>) => Promise<void>,
  ) => Promise<void>,
  source: string,
): Promise<CopyTiming> {
  const built = performance.now();
  const records = recordTables(pkg).map((table) => ({ table, csv: toCsv(table) }));
  const log = changeLogTable(pkg);
  const logCsv = toCsv(log);
  const started = performance.now();
  let recordsDone = started;
  await transaction(async (copyOne) => {
    for (const { table, csv } of records) {
      await copyOne(
        `copy ${table.table} (${table.columns.join(', ')}) from ${source} with (format csv)`,
        csv,
      );
    }
    recordsDone = performance.now();
    await copyOne(`copy ${log.table} (${log.columns.join(', ')}) from ${source} with (format csv)`, logCsv);
  });
  const done = performance.now();
  return {
    buildMs: started - built,
    recordsMs: recordsDone - started,
    changeLogMs: done - recordsDone,
    rows: records.reduce((sum, { table }) => sum + table.rows.length, 0),
    changeLogRows: log.rows.length,
  };
}

/** COPY on PGlite: its `/dev/blob` device reads the CSV from a Blob handed to the query. */
export function copyIntoPglite(pglite: PGlite, pkg: DataPackage): Promise<CopyTiming> {
  return timedCopy(
    pkg,
    async (work) => {
      await pglite.transaction(async (tx) => {
        await work(async (sql, csv) => {
          await tx.query(sql, [], { blob: new Blob([csv]) });
        });
      });
    },
    `'/dev/blob'`,
  );
}

/** COPY … FROM STDIN on a PostgreSQL server through pg-copy-streams. */
export function copyIntoServer(client: pg.Client, pkg: DataPackage): Promise<CopyTiming> {
  return timedCopy(
    pkg,
    async (work) => {
      await client.query('begin');
      try {
        await work(async (sql, csv) => {
          await pipeline(Readable.from([Buffer.from(csv)]), client.query(copyStreams.from(sql)));
        });
        await client.query('commit');
      } catch (error) {
        await client.query('rollback');
        throw error;
      }
    },
    'stdin',
  );
}

export const COUNTED_TABLES = [
  'goal_area',
  'municipal_goal',
  'org_unit',
  'reporting_round',
  'goal',
  'indicator',
  'indicator_target',
  'indicator_outcome',
  'assessment',
  'change_log',
] as const;

/** Row counts of the tables the import writes, to check that COPY wrote the same rows as the import. */
export async function countRows(
  query: (sql: string) => Promise<{ rows: { table: string; count: number }[] }>,
): Promise<Record<string, number>> {
  const sql = COUNTED_TABLES.map(
    (table) => `select '${table}' as table, count(*)::int as count from ${table}`,
  ).join(' union all ');
  const { rows } = await query(sql);
  return Object.fromEntries(rows.map((row) => [row.table, row.count]));
}
