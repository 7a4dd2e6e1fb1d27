/**
 * `npm run bench`: generates a data package the size of a large municipality, imports it and measures the
 * API on the embedded engine and, when BENCH_DATABASE_URL is set, on a PostgreSQL server. Prints a table
 * per engine and writes bench/results/latest.json.
 *
 *   BENCH_SCALE=0.1 npm run bench                                                 # a quick run
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench  # both engines
 */
import { dataPackageSchema } from '../src/modules/data-package/contract.ts';
import { type BenchDatabase, openEmbedded, openServer } from './engines.ts';
import { countRecords, type GeneratedData, generatePackage, LIST_NAMES } from './generate.ts';
import { timed } from './measure.ts';
import { type DataSummary, printData, printEngine, writeResults } from './report.ts';
import { benchEngine, type EngineResult } from './scenario.ts';

function readScale(): number {
  const text = process.env.BENCH_SCALE ?? '1';
  const scale = Number(text);
  if (!Number.isFinite(scale) || scale <= 0) {
    throw new Error(`BENCH_SCALE must be a positive number, not ${JSON.stringify(text)}`);
  }
  return scale;
}

async function summarise(data: GeneratedData, scale: number, generateMs: number): Promise<DataSummary> {
  const counts = countRecords(data.pkg);
  const orgUnitsByKind: Record<string, number> = {};
  for (const unit of data.pkg.orgUnits) {
    orgUnitsByKind[unit.kind] = (orgUnitsByKind[unit.kind] ?? 0) + 1;
  }
  const parsed = await timed(async () => dataPackageSchema.safeParse(data.pkg));
  if (!parsed.value.success) {
    throw new Error(`the generated package does not parse: ${parsed.value.error.message.slice(0, 2000)}`);
  }
  return {
    scale,
    counts,
    orgUnitsByKind,
    totalRecords: LIST_NAMES.reduce((sum, list) => sum + counts[list], 0),
    packageMb: Buffer.byteLength(JSON.stringify(data.pkg)) / 2 ** 20,
    generateMs,
    parseMs: parsed.ms,
  };
}

async function runOn(open: () => Promise<BenchDatabase>, data: GeneratedData): Promise<EngineResult> {
  const rssBefore = process.memoryUsage().rss;
  const database = await open();
  try {
    const result = await benchEngine(database, data, rssBefore);
    printEngine(result);
    return result;
  } finally {
    await database.close();
  }
}

async function main(): Promise<void> {
  const scale = readScale();
  const generated = await timed(async () => generatePackage(scale));
  const data = await summarise(generated.value, scale, generated.ms);
  printData(data);

  const engines: EngineResult[] = [await runOn(openEmbedded, generated.value)];
  const url = process.env.BENCH_DATABASE_URL;
  if (url) {
    engines.push(await runOn(() => openServer(url), generated.value));
  } else {
    console.log('\n  (set BENCH_DATABASE_URL to measure a PostgreSQL server too)');
  }
  const file = writeResults({ data, engines });
  console.log(`\nResults written to ${file}`);
}

await main();
