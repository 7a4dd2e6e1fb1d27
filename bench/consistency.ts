/**
 * Two application instances on one PostgreSQL server must behave as one: a save through either is seen by
 * the very next read through the other. Each check changes one outcome through the writer
 * (PUT /goals/outcomes/:id) and then reads the goal sheet through the reader and through the writer.
 * It passes when the reader's sheet shows the new value, differs from what the reader showed before, and
 * is byte for byte the writer's sheet. It would fail if an instance kept serving what it had cached.
 *
 * The check reads the sheet as text, not by its structure, so it keeps working while the sheet's JSON
 * shape is reworked; it only needs the value to appear in it (formatted with or without a thousands space).
 */
import type { GeneratedData } from './generate.ts';
import { request } from './processes.ts';
import { indicatorPath, outcomePath } from './verksam.ts';

export interface ConsistencyCheck {
  readonly writer: string;
  readonly reader: string;
  readonly written: string;
  /** The reader's sheet shows the written value. */
  readonly readerShowsValue: boolean;
  /** The reader's sheet after the save is the writer's, byte for byte. */
  readonly sameAsWriter: boolean;
  /** The reader's sheet changed with the save. */
  readonly changed: boolean;
  /** From the save being sent to the reader's answer. */
  readonly ms: number;
  readonly passed: boolean;
}

export interface Instance {
  readonly name: string;
  readonly baseUrl: string;
}

export interface ShownOutcome {
  readonly id: string;
  readonly indicatorId: string;
}

/**
 * An outcome the unit's sheet shows for `year` in `roundId`: the round's own outcome, with a value, of the
 * unit's first top-level indicator that has one. Taken from the generated package, so no sheet parsing.
 */
export function shownOutcome(
  data: GeneratedData,
  unitCode: string,
  year: number,
  roundId: string,
): ShownOutcome {
  const goals = new Set(data.pkg.goals.filter((goal) => goal.orgUnit === unitCode).map((goal) => goal.id));
  const indicators = new Set(
    data.pkg.indicators
      .filter((indicator) => goals.has(indicator.goalId) && !indicator.parentIndicatorId)
      .map((indicator) => indicator.id),
  );
  const outcome = data.pkg.outcomes.find(
    (candidate) =>
      indicators.has(candidate.indicatorId) &&
      candidate.reportingRoundId === roundId &&
      candidate.year === year &&
      candidate.total !== null,
  );
  if (!outcome) {
    throw new Error(`no outcome with a value for ${unitCode} in the round ${roundId}`);
  }
  return { id: outcome.id, indicatorId: outcome.indicatorId };
}

async function getText(url: string): Promise<string> {
  const response = await request('GET', url);
  if (response.status !== 200) {
    throw new Error(
      `GET ${url} answered ${response.status}: ${response.body.toString('utf8').slice(0, 300)}`,
    );
  }
  return response.body.toString('utf8');
}

/** The outcome's version as the writer has it now (the indicator's detail lists its outcomes). */
export async function currentVersion(writer: Instance, outcome: ShownOutcome): Promise<number> {
  const detail = JSON.parse(await getText(writer.baseUrl + indicatorPath(outcome.indicatorId))) as {
    outcomes?: { id: string; version: number }[];
  };
  const found = detail.outcomes?.find((candidate) => candidate.id === outcome.id);
  if (!found) {
    throw new Error(`the indicator's detail does not list outcome ${outcome.id}`);
  }
  return found.version;
}

/** "900001" as the sheet may show it: "900001", "900 001" (space, no-break or narrow no-break space). */
function valuePattern(digits: string): RegExp {
  return new RegExp(`${digits.slice(0, -3)}[ \\u00a0\\u202f]?${digits.slice(-3)}`);
}

/** `count` saves, alternating which instance writes; each writes a value no earlier check wrote. */
export async function checkInstances(
  instances: readonly [Instance, Instance],
  sheetPath: string,
  outcome: ShownOutcome,
  count: number,
): Promise<ConsistencyCheck[]> {
  const [first, second] = instances;
  const checks: ConsistencyCheck[] = [];
  for (let index = 0; index < count; index += 1) {
    const [writer, reader] = index % 2 === 0 ? [first, second] : [second, first];
    const written = String(900_001 + index * 1_111);
    const before = await getText(reader.baseUrl + sheetPath);
    const version = await currentVersion(writer, outcome);
    const started = performance.now();
    const saved = await request('PUT', writer.baseUrl + outcomePath(outcome.id), { total: written, version });
    if (saved.status !== 200) {
      throw new Error(`PUT outcome answered ${saved.status}: ${saved.body.toString('utf8').slice(0, 300)}`);
    }
    const readerAfter = await getText(reader.baseUrl + sheetPath);
    const ms = performance.now() - started;
    const writerAfter = await getText(writer.baseUrl + sheetPath);
    const readerShowsValue = valuePattern(written).test(readerAfter);
    const sameAsWriter = readerAfter === writerAfter;
    const changed = readerAfter !== before;
    checks.push({
      writer: writer.name,
      reader: reader.name,
      written,
      readerShowsValue,
      sameAsWriter,
      changed,
      ms,
      passed: readerShowsValue && sameAsWriter && changed,
    });
  }
  return checks;
}
