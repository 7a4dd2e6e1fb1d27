/**
 * The benchmark's in-process scenario on a small generated municipality. `npm run bench` is not part of
 * the suite, so a change to an API's shape could break it unnoticed (the goal sheet's once did).
 */
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { openEmbedded } from '../bench/engines.ts';
import { generatePackage } from '../bench/generate.ts';
import { benchEngine } from '../bench/scenario.ts';

it('runs the benchmark scenario: imports a generated municipality, refreshing the statistics, and measures its requests', async () => {
  // Some 11 000 records: enough for the import to refresh the planner's statistics.
  const data = generatePackage(0.12);
  const database = await openEmbedded();
  try {
    const result = await benchEngine(database, data, process.memoryUsage().rss);
    // The generated units below divisions have no goals of their own.
    const sheets = result.measurements.filter((measurement) =>
      /sheet \((board|administration|division) /.test(measurement.name),
    );
    expect(sheets).toHaveLength(3);
    for (const sheet of sheets) {
      expect(sheet.note).toMatch(/^[1-9]\d* goals/);
    }
    // Never analysed, a table has reltuples -1; the import analysed every table but the change log.
    const { rows } = await sql<{ name: string; tuples: number }>`
      select relname as name, reltuples::int as tuples from pg_class
      where relname in ('indicator_outcome', 'change_log') order by relname`.execute(database.db);
    expect(rows).toEqual([
      { name: 'change_log', tuples: -1 },
      { name: 'indicator_outcome', tuples: data.pkg.outcomes.length },
    ]);
  } finally {
    await database.close();
  }
});
