/**
 * The benchmark's in-process scenario on a small generated municipality. `npm run bench` is not part of
 * the suite, so a change to an API's shape could break it unnoticed (the goal sheet's once did).
 */
import { expect, it } from 'vitest';
import { openEmbedded } from '../bench/engines.ts';
import { generatePackage } from '../bench/generate.ts';
import { benchEngine } from '../bench/scenario.ts';

it('runs the benchmark scenario: imports a generated municipality and measures its requests', async () => {
  const data = generatePackage(0.05);
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
  } finally {
    await database.close();
  }
});
