/**
 * Two application instances on one PostgreSQL server must behave as one: a save through either is seen by
 * the very next read through the other. Each check changes one outcome shown in a goal sheet through the
 * writer (PUT /goals/outcomes/:id) and then reads the sheet through the reader and the writer; the reader
 * must show the new value, the same text as the writer. It would fail if an instance cached what it read.
 */
import { requestJson } from './processes.ts';
import { indicatorPath, outcomePath } from './verksam.ts';

interface SheetCellJson {
  readonly columnKey: string;
  readonly text: string;
  readonly isNoData: boolean;
  readonly outcomeId: string | null;
}

interface SheetJson {
  readonly sheet: {
    readonly areas: readonly {
      readonly tables: readonly {
        readonly goals: readonly {
          readonly rows: readonly {
            readonly key: string;
            readonly indicatorId: string;
            readonly part: string;
            readonly cells: readonly SheetCellJson[];
          }[];
        }[];
      }[];
    }[];
  } | null;
}

interface OutcomeCell {
  readonly rowKey: string;
  readonly columnKey: string;
  readonly indicatorId: string;
  readonly outcomeId: string;
}

export interface ConsistencyCheck {
  readonly writer: string;
  readonly reader: string;
  readonly before: string;
  readonly written: string;
  readonly readerShows: string;
  readonly writerShows: string;
  /** From the save being sent to the reader's answer. */
  readonly ms: number;
  readonly passed: boolean;
}

function rowsOf(body: SheetJson) {
  return (body.sheet?.areas ?? []).flatMap((area) =>
    area.tables.flatMap((table) => table.goals.flatMap((goal) => goal.rows)),
  );
}

/** The first total-row cell that shows a reported outcome: the value the checks change. */
export function pickOutcomeCell(body: SheetJson): OutcomeCell {
  for (const row of rowsOf(body)) {
    const cell = row.cells.find((candidate) => candidate.outcomeId !== null && !candidate.isNoData);
    if (row.part === 'total' && cell?.outcomeId) {
      return {
        rowKey: row.key,
        columnKey: cell.columnKey,
        indicatorId: row.indicatorId,
        outcomeId: cell.outcomeId,
      };
    }
  }
  throw new Error('the goal sheet shows no outcome to change');
}

function cellText(body: SheetJson, target: OutcomeCell): string {
  const row = rowsOf(body).find((candidate) => candidate.key === target.rowKey);
  const cell = row?.cells.find((candidate) => candidate.columnKey === target.columnKey);
  if (!cell) {
    throw new Error(`the goal sheet lost row ${target.rowKey}, column ${target.columnKey}`);
  }
  return cell.text;
}

export interface Instance {
  readonly name: string;
  readonly baseUrl: string;
}

/** One save through `writer` and the next reads through `reader` and `writer`. */
export async function checkOnce(
  writer: Instance,
  reader: Instance,
  sheetPath: string,
  target: OutcomeCell,
  value: number,
): Promise<ConsistencyCheck> {
  const before = cellText(await requestJson<SheetJson>('GET', reader.baseUrl + sheetPath), target);
  const detail = await requestJson<{ outcomes: { id: string; version: number }[] }>(
    'GET',
    writer.baseUrl + indicatorPath(target.indicatorId),
  );
  const outcome = detail.outcomes.find((candidate) => candidate.id === target.outcomeId);
  if (!outcome) {
    throw new Error(`indicator ${target.indicatorId} has no outcome ${target.outcomeId}`);
  }
  const written = String(value);
  const started = performance.now();
  await requestJson('PUT', writer.baseUrl + outcomePath(outcome.id), {
    total: written,
    version: outcome.version,
  });
  const readerShows = cellText(await requestJson<SheetJson>('GET', reader.baseUrl + sheetPath), target);
  const ms = performance.now() - started;
  const writerShows = cellText(await requestJson<SheetJson>('GET', writer.baseUrl + sheetPath), target);
  return {
    writer: writer.name,
    reader: reader.name,
    before,
    written,
    readerShows,
    writerShows,
    ms,
    passed: readerShows === writerShows && readerShows !== before,
  };
}

/** `count` checks, alternating which instance writes; each writes a value no earlier check wrote. */
export async function checkInstances(
  instances: readonly [Instance, Instance],
  sheetPath: string,
  count: number,
): Promise<ConsistencyCheck[]> {
  const [first, second] = instances;
  const target = pickOutcomeCell(await requestJson<SheetJson>('GET', first.baseUrl + sheetPath));
  const checks: ConsistencyCheck[] = [];
  for (let index = 0; index < count; index += 1) {
    const [writer, reader] = index % 2 === 0 ? [first, second] : [second, first];
    checks.push(await checkOnce(writer, reader, sheetPath, target, 900_001 + index * 1_111));
  }
  return checks;
}
