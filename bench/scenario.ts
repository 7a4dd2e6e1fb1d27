/**
 * What the benchmark does on one engine: migrate, import the generated package, then drive the API with
 * `app.inject()` (no network) for the requests a user waits for, and export one administration and
 * everything.
 */
import type { BenchDatabase } from './engines.ts';
import { countRecords, type GeneratedData, LIST_NAMES } from './generate.ts';
import { type RepeatOptions, repeat, type Stats, timed } from './measure.ts';
import { QueryTimer, type StatementTiming } from './query-timer.ts';
import { type ApiApp, createInjectApp, importData, migrateDb, signedInHeaders } from './verksam.ts';

export interface Measurement {
  readonly name: string;
  readonly stats: Stats;
  /** Size of the last response body. */
  readonly bytes: number;
  readonly note: string;
}

export interface ImportResult {
  readonly ms: number;
  readonly records: number;
  readonly recordsPerSecond: number;
  /** Time per statement group inside the import, slowest first. */
  readonly statements: readonly StatementTiming[];
}

export interface EngineResult {
  readonly engine: string;
  readonly label: string;
  readonly migrateMs: number;
  readonly import: ImportResult;
  readonly measurements: readonly Measurement[];
  /** Process memory before the database was opened, and after the run (with the database still open). */
  readonly rssBeforeMb: number;
  readonly rssMb: number;
  readonly heapUsedMb: number;
}

const QUICK: RepeatOptions = { warmup: 3, runs: 20 };

interface Response {
  readonly text: string;
  readonly bytes: number;
}

/** Each app's signed-in administrator. */
const headersOf = new WeakMap<ApiApp, Record<string, string>>();

async function call(
  app: ApiApp,
  method: 'GET' | 'POST',
  url: string,
  payload?: object,
  expected = 200,
): Promise<Response> {
  const response = await app.inject({
    method,
    url,
    headers: headersOf.get(app),
    ...(payload === undefined ? {} : { payload }),
  });
  if (response.statusCode !== expected) {
    throw new Error(`${method} ${url} answered ${response.statusCode}: ${response.body.slice(0, 1000)}`);
  }
  return { text: response.body, bytes: response.rawPayload.length };
}

interface SheetBody {
  /** Each table model has a group of rows per goal. */
  readonly sheet: { readonly areas: { readonly tables: { readonly groups: unknown[] }[] }[] } | null;
}

function sheetGoals(text: string): number {
  const body = JSON.parse(text) as SheetBody;
  return (body.sheet?.areas ?? []).reduce(
    (sum, area) => sum + area.tables.reduce((inner, table) => inner + table.groups.length, 0),
    0,
  );
}

function listLength(text: string): number {
  return (JSON.parse(text) as unknown[]).length;
}

interface PackageBody {
  readonly orgUnits: unknown[];
  readonly goals: unknown[];
  readonly outcomes: unknown[];
}

function packageNote(text: string): string {
  const body = JSON.parse(text) as PackageBody;
  return `${body.orgUnits.length} units, ${body.goals.length} goals, ${body.outcomes.length} outcomes`;
}

async function measureGet(
  app: ApiApp,
  name: string,
  url: string,
  options: RepeatOptions,
  describe: (text: string) => string,
): Promise<Measurement> {
  const { stats, last } = await repeat(options, () => call(app, 'GET', url));
  return { name, stats, bytes: last.bytes, note: describe(last.text) };
}

async function measureImport(database: BenchDatabase, data: GeneratedData): Promise<ImportResult> {
  const timer = new QueryTimer();
  const { ms, value: summary } = await timed(() => importData(database.db.withPlugin(timer), data.pkg));
  const counts = countRecords(data.pkg);
  for (const list of LIST_NAMES) {
    if (summary.created[list] !== counts[list]) {
      throw new Error(`import created ${summary.created[list]} ${list}, expected ${counts[list]}`);
    }
  }
  const records = LIST_NAMES.reduce((sum, list) => sum + counts[list], 0);
  return { ms, records, recordsPerSecond: records / (ms / 1000), statements: timer.report() };
}

/** Runs the scenario on an open, empty database; `rssBefore` is the process RSS before it was opened. */
export async function benchEngine(
  database: BenchDatabase,
  data: GeneratedData,
  rssBefore: number,
): Promise<EngineResult> {
  const { samples } = data;
  const migrateMs = (await timed(() => migrateDb(database.db))).ms;
  const imported = await measureImport(database, data);
  const app = await createInjectApp(database.db);
  await app.ready();
  headersOf.set(app, await signedInHeaders(database.db));
  try {
    const measurements: Measurement[] = [];
    const year = samples.year;
    const round = samples.followUpRoundId;
    measurements.push(
      await measureGet(
        app,
        `GET organisation/units?year=${year}`,
        `/api/v1/organisation/units?year=${year}`,
        QUICK,
        (text) => `${listLength(text)} units`,
      ),
    );
    for (const [kind, code] of [
      ['board', samples.board],
      ['administration', samples.administration],
      ['division', samples.division],
      ['unit', samples.unit],
    ] as const) {
      measurements.push(
        await measureGet(
          app,
          `GET goals/sheet (${kind} ${code})`,
          `/api/v1/goals/sheet?orgUnit=${code}&year=${year}&round=${round}`,
          QUICK,
          (text) => `${sheetGoals(text)} goals, august ${year}`,
        ),
      );
    }
    measurements.push(
      await measureGet(
        app,
        `GET assessments (${samples.administration})`,
        `/api/v1/assessments?orgUnit=${samples.administration}&year=${year}&round=${round}`,
        QUICK,
        (text) => `${listLength(text)} goals, august ${year}`,
      ),
    );
    measurements.push(await measurePostOutcome(app, data));
    measurements.push(
      await measureGet(
        app,
        `GET data-package/export (${samples.administration}, ${year})`,
        `/api/v1/data-package/export?org=${samples.administration}&year=${year}`,
        { warmup: 1, runs: 5 },
        packageNote,
      ),
    );
    measurements.push(
      await measureGet(
        app,
        'GET data-package/export (everything)',
        '/api/v1/data-package/export',
        { warmup: 0, runs: 3 },
        packageNote,
      ),
    );
    const memory = process.memoryUsage();
    return {
      engine: database.engine,
      label: database.label,
      migrateMs,
      import: imported,
      measurements,
      rssBeforeMb: rssBefore / 2 ** 20,
      rssMb: memory.rss / 2 ** 20,
      heapUsedMb: memory.heapUsed / 2 ** 20,
    };
  } finally {
    await app.close();
  }
}

/** Each call reports a new outcome, for another indicator, for a year the round has no outcomes for. */
async function measurePostOutcome(app: ApiApp, data: GeneratedData): Promise<Measurement> {
  const { samples } = data;
  const options: RepeatOptions = { warmup: 5, runs: 50 };
  const needed = options.warmup + options.runs;
  if (samples.postIndicatorIds.length < needed) {
    throw new Error(
      `need ${needed} indicators to post outcomes to, the package has ${samples.postIndicatorIds.length}`,
    );
  }
  const { stats, last } = await repeat(options, (index) =>
    call(
      app,
      'POST',
      '/api/v1/goals/outcomes',
      {
        indicatorId: samples.postIndicatorIds[index],
        reportingRoundId: samples.postRoundId,
        year: samples.postYear,
        total: `${40 + index}.5`,
        note: 'Rapporterat av prestandatestet.',
      },
      201,
    ),
  );
  return {
    name: 'POST goals/outcomes',
    stats,
    bytes: last.bytes,
    note: `new outcome for ${samples.postYear}, closing ${samples.year}`,
  };
}
