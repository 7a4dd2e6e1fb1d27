/**
 * The demo's economy as the seeds print it: the budget document's statement with plan years (000:302-319),
 * and the computed economy indicators (000:404-407) – the printed 2021 and 2022 figures stay as typed in the
 * budget round, and the August 2023 round computes 2023 from the synthetic full-year forecasts and 2022 from
 * the synthetic ledger's closing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import type { TableModel, TableRow } from '../../../core/table.ts';
import { loadDemoIfEmpty } from '../../../demo/load-demo.ts';
import type { GoalSheet } from '../../goals/evaluation-service.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await loadDemoIfEmpty(t.database.db);
});
afterAll(async () => {
  await t?.close();
});

async function rowTexts(kind: string, name: string) {
  const rounds = await t.request<{ id: string; year: number; kind: string }[]>(
    'GET',
    '/api/v1/planning/rounds',
  );
  const round = rounds.body.find((candidate) => candidate.year === 2023 && candidate.kind === kind);
  const sheet = await t.request<GoalSheet>(
    'GET',
    `/api/v1/goals/sheet?orgUnit=VSS&year=2023&round=${round?.id}`,
  );
  const tables = (sheet.body.sheet?.areas ?? []).flatMap((area) => area.tables as TableModel[]);
  for (const table of tables) {
    const rows: TableRow[] = table.groups.flatMap((group) => group.rows);
    const row = rows.find((candidate) => candidate.header.text === name);
    if (row) {
      return {
        columns: table.columns.map((column) => column.label),
        cells: row.cells.map((cell) => cell.text),
      };
    }
  }
  throw new Error(`no row ${name}`);
}

describe('the demo economy indicators', () => {
  it('shows the printed figures in the budget round: neither 2021 nor 2022 is closed yet', async () => {
    const row = await rowTexts('budget', 'Budgetavvikelse (årets resultat i % av omsättning)');
    expect(row.cells).toEqual(['1,0', '−0,9', '≤±1', '≤±1']);
  });

  it('still opens VSS 2023 on its budget round: computed figures do not choose the round', async () => {
    const sheet = await t.request<GoalSheet>('GET', '/api/v1/goals/sheet?orgUnit=VSS&year=2023');
    expect(sheet.body.sheet?.round.kind).toBe('budget');
  });

  it('computes the August 2023 round from the forecasts, and 2022 from its closed ledger', async () => {
    // 2023: forecast result 4 970,5 tkr of revenues 625 143,5 tkr = 0,80 %; 2022: 5 488 of 580 443 = 0,95 %.
    const variance = await rowTexts('august', 'Budgetavvikelse (årets resultat i % av omsättning)');
    expect(variance.columns.slice(1, 4)).toEqual(['2021', '2022', 'Aug. 2023']);
    expect(variance.cells.slice(0, 4)).toEqual(['1,0', '0,9', '0,8', '≤±1']);
    // Stab och ledning and Kost och restaurang forecast deficits: 4 of 6 in balance, short of ≥80.
    const balance = await rowTexts('august', 'Verksamhetsområden i balans (%)');
    expect(balance.cells).toEqual(['100', '66,7', '66,7', '≥80', 'Ej uppfyllt']);
  });
});

describe('the demo budget document', () => {
  it('prints VSS’s driftsammandrag with plan years as 000:304-319 (but Bokslut 2021, which has no ledger)', async () => {
    const response = await t.request<TableModel>(
      'GET',
      '/api/v1/economy/statement?org=VSS&year=2023&planYears=5&unit=tkr',
    );
    const table = response.body;
    const text = (row: TableRow) =>
      [row.header.text, ...row.cells.slice(1).map((cell) => cell.text)].join(' | ');
    const rows = table.groups.flatMap((group) => group.rows);
    expect(rows.map(text)).toEqual(
      expect.arrayContaining([
        'Verksamhetsområde ekonomi | 0 | 0 | 0 | 0 | 0 | 0 | 0',
        'varav kostnader | 52\u00a0703 | 41\u00a0320 | 42\u00a0353 | 43\u00a0412 | 44\u00a0497 | 45\u00a0610 | 46\u00a0750',
        'varav kostnader | 211\u00a0127 | 235\u00a0000 | 240\u00a0875 | 246\u00a0897 | 253\u00a0069 | 259\u00a0396 | 265\u00a0881',
      ]),
    );
    // The totals are the sums of the rows. The seed prints other totals (000:318-319: 574 949, 635 677,
    // 651 569 …) than its own rows add up to, except for 2023: a contradiction for the consistency checks.
    const total = rows.filter((row) => row.key.startsWith('total'));
    expect(total.map(text)).toEqual([
      'Summa | 0 | 0 | 0 | 0 | 0 | 0 | 0',
      'varav kostnader | 574\u00a0955 | 620\u00a0173 | 635\u00a0045 | 650\u00a0286 | 665\u00a0905 | 681\u00a0914 | 698\u00a0319',
      'varav intäkter | 574\u00a0955 | 620\u00a0173 | 635\u00a0045 | 650\u00a0286 | 665\u00a0905 | 681\u00a0914 | 698\u00a0319',
    ]);
  });
});

describe('the demo’s budget changes', () => {
  it('holds KS’s cost reductions per stab as 001:888-933 lists them, summing to the −9 905 tkr of 001:890', async () => {
    const changes = await t.request<{ category: string; amount: string; description: string }[]>(
      'GET',
      '/api/v1/economy/budget-changes?year=2020&org=KS',
    );
    expect(changes.status).toBe(200);
    const reductions = changes.body.filter((change) => change.category === 'costReduction');
    expect(reductions.map((change) => change.description.split(':')[0])).toEqual([
      'Kommunledningen',
      'Planeringsstaben',
      'Digitaliseringsstaben',
      'Näringsliv- och tillväxtstaben',
      'Ekonomistaben',
      'HR-staben',
      'Kommunikationsstaben',
      'Administrativa staben',
    ]);
    // Öre, exactly: the amounts come as kronor with two decimals ("-1200000.00").
    const sum = reductions.reduce((total, change) => total + BigInt(change.amount.replace('.', '')), 0n);
    expect(sum).toBe(-990_500_000n);
    // VSS's subtree has none of them, only its own step from 2019's budgeted result to 2020's balance; KS's
    // bridge reconciles for both förvaltningar and in total.
    const vss = await t.request<{ category: string; amount: string }[]>(
      'GET',
      '/api/v1/economy/budget-changes?year=2020&org=VSS',
    );
    expect(vss.body.map(({ category, amount }) => `${category} ${amount}`)).toEqual(['technical 500000.00']);
    const bridge = await t.request<{ unitName: string; unexplained: string }[]>(
      'GET',
      '/api/v1/economy/budget-bridge?org=KS&year=2020',
    );
    for (const unitName of [
      'Kommunledningsförvaltningen',
      'Verksamhetsstöd och service',
      'Summa Kommunstyrelsen',
    ]) {
      expect(bridge.body.find((row) => row.unitName === unitName)?.unexplained, unitName).toBe('0.00');
    }
  });
});
