/**
 * A document is built from results kept until the next save (the goals' verdicts in order, the statements'
 * sums and units, the round): a save must show in the next render at once, on both engines, through the
 * same running application and its one cache (docs/adr/0027-documents.md, ADR 0011).
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { loadDemoIfEmpty } from '../../../demo/load-demo.ts';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
  await loadDemoIfEmpty(t.database.db);
}, 120_000);
afterAll(async () => {
  await t?.close();
});

async function render(query: string): Promise<string> {
  const response = await t.inject({ method: 'GET', url: `/api/v1/documents/render?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.body;
}

/** The summary's row of a goal: "Goda arbetsplatser | Uppfyllt". */
function summaryRow(page: string, goal: string): string | undefined {
  return [...page.matchAll(/<tr[^>]*>(.*?)<\/tr>/g)]
    .map((match) =>
      [...(match[1] ?? '').matchAll(/<t([hd])( [^>]*)?>(.*?)<\/t\1>/g)]
        .filter((cell) => !(cell[2] ?? '').includes('scope="rowgroup"'))
        .map((cell) => (cell[3] ?? '').replace(/<[^>]+>/g, '').trim())
        .join(' | '),
    )
    .find((row) => row.startsWith(`${goal} |`));
}

describe('a document after a save', () => {
  it('prints a goal’s new verdict in the summary and the målredovisning, not the one it kept', async () => {
    const query = 'unitId=VSS&year=2019&type=annual';
    const before = await render(query);
    expect(summaryRow(before, 'Effektiva inköp')).toBe('Effektiva inköp | Delvis uppfyllt');
    // Rendered again unchanged: from what was kept, the same.
    expect(summaryRow(await render(query), 'Effektiva inköp')).toBe('Effektiva inköp | Delvis uppfyllt');

    const { rows } = await sql<{ goal_id: string; round_id: string; version: number; verdict: string }>`
      select a.goal_id, a.reporting_round_id as round_id, a.version, a.verdict
      from assessment a
      join goal g on g.id = a.goal_id
      join org_unit u on u.id = g.org_unit_id
      join reporting_round r on r.id = a.reporting_round_id
      where g.name = 'Effektiva inköp' and u.code = 'VSS' and r.year = 2019 and r.kind = 'closing'`.execute(
      t.database.db,
    );
    const stored = rows[0];
    expect(stored?.verdict).toBe('partlyMet');
    const saved = await t.request(
      'PUT',
      `/api/v1/assessments/goals/${stored?.goal_id}/rounds/${stored?.round_id}`,
      { verdict: 'met', version: stored?.version },
    );
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);

    const after = await render(query);
    expect(summaryRow(after, 'Effektiva inköp')).toBe('Effektiva inköp | Uppfyllt');
    expect(after.match(/<p><strong>Bedömning:<\/strong> Delvis uppfyllt<\/p>/g)?.length ?? 0).toBe(
      (before.match(/<p><strong>Bedömning:<\/strong> Delvis uppfyllt<\/p>/g)?.length ?? 0) - 1,
    );
  });

  it('names a renamed unit in its driftsammandrag, not by the name it kept', async () => {
    const query = 'unitId=VSS&year=2023&type=budget';
    const caption = (page: string) => /<caption>(Driftsammandrag [^<]*)<\/caption>/.exec(page)?.[1];
    const unit = await t.request<{ name: string; version: number }>('GET', '/api/v1/organisation/units/VSS');
    expect(caption(await render(query))).toBe(
      `Driftsammandrag ${unit.body.name}, budget 2023 med plan 2024–2028, belopp i tkr`,
    );
    const renamed = await t.request('PUT', '/api/v1/organisation/units/VSS', {
      name: 'Verksamhetsstöd i ny form',
      version: unit.body.version,
    });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    expect(caption(await render(query))).toBe(
      'Driftsammandrag Verksamhetsstöd i ny form, budget 2023 med plan 2024–2028, belopp i tkr',
    );
  });
});
