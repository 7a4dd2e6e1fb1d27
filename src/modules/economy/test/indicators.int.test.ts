/**
 * Economy indicators computed, never typed, on both engines: an indicator that names a computation shows
 * in the goal tables the figure the ledger (closing) or the forecasts (interim round) give, with its basis
 * in a footnote, counts in the verdict suggestion like any outcome, and replaces a typed figure for the
 * same round; an unknown computation is refused in Swedish.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { buildOrganisation, type Fixture } from '../../../../test/factories.ts';
import type { TableModel, TableRow } from '../../../core/table.ts';
import type { GoalSheet } from '../../goals/evaluation-service.ts';
import { loadLedger } from './ledger-fixture.ts';

interface ErrorBody {
  error: { message: string; fields?: { path: string; message: string }[] };
}

let t: TestApp;
let f: Fixture;
const ids: Record<string, string> = {};

async function created(url: string, body: unknown): Promise<{ id: string }> {
  const response = await t.request<{ id: string }>('POST', url, body);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

beforeAll(async () => {
  t = await startTestApp();
  f = await buildOrganisation(t);
  for (const code of ['VOE', 'LKDATA']) {
    const unit = await created('/api/v1/organisation/units', {
      code,
      name: code === 'VOE' ? 'Verksamhetsområde ekonomi' : 'LKDATA',
      kind: 'division',
      parentId: 'VSS',
      validFrom: '2022-01-01',
      validTo: null,
    });
    ids[code] = unit.id;
  }
  const goal = await created('/api/v1/goals/goals', {
    orgUnitId: 'VSS',
    municipalGoalId: f.municipalGoalId,
    name: 'God ekonomisk hushållning',
    validFromYear: 2023,
  });
  ids.goal = goal.id;
  for (const [key, computation, target] of [
    ['variance', 'economy.budgetVariance', '≤±1'],
    ['balance', 'economy.unitsInBalance', '≥80'],
  ] as const) {
    const indicator = await created('/api/v1/goals/indicators', {
      goalId: goal.id,
      name: key === 'variance' ? 'Budgetavvikelse (%)' : 'Verksamhetsområden i balans (%)',
      unit: '%',
      decimals: 1,
      computation,
    });
    ids[key] = indicator.id;
    await created('/api/v1/goals/targets', { indicatorId: indicator.id, year: 2023, notation: target });
  }
});
afterAll(async () => {
  await t?.close();
});

async function table(round: string): Promise<TableModel> {
  const response = await t.request<GoalSheet>(
    'GET',
    `/api/v1/goals/sheet?orgUnit=VSS&year=2023&round=${round}`,
  );
  expect(response.status).toBe(200);
  return response.body.sheet?.areas[0]?.tables[0] as TableModel;
}

const rowOf = (model: TableModel, name: string): TableRow | undefined =>
  model.groups.flatMap((group) => group.rows).find((row) => row.header.text === name);

/** The 2023 figure of an indicator's row: the column for the round's own year. */
function figure(model: TableModel, name: string) {
  const column = model.columns.findIndex((candidate) => candidate.label.includes('2023')) - 1;
  const cell = rowOf(model, name)?.cells[column];
  const notes = (cell?.markers ?? []).map((marker) => model.footnotes[marker - 1]?.text ?? '');
  return { text: cell?.text, notes: notes.join(' '), ref: cell?.ref ?? null };
}

describe('economy indicators in the goal tables', () => {
  it('marks an indicator that names a computation as computed', async () => {
    const indicator = await t.request<{ indicator: { dataSource: string; computation: string } }>(
      'GET',
      `/api/v1/goals/indicators/${ids.variance}`,
    );
    expect(indicator.body.indicator).toMatchObject({
      dataSource: 'computed',
      computation: 'economy.budgetVariance',
    });
    const listed = await t.request<{ key: string; label: string }[]>(
      'GET',
      '/api/v1/goals/indicator-computations',
    );
    expect(listed.body.map((computation) => computation.key)).toEqual(
      expect.arrayContaining(['economy.budgetVariance', 'economy.unitsInBalance']),
    );
  });

  it('shows nothing before the economy has figures, and a typed figure where it has none', async () => {
    const typed = await t.request('POST', '/api/v1/goals/outcomes', {
      indicatorId: ids.variance,
      reportingRoundId: f.rounds.closing2023,
      year: 2023,
      total: '3,0',
    });
    expect(typed.status).toBe(201);
    expect(figure(await table(f.rounds.closing2023), 'Budgetavvikelse (%)').text).toBe('3,0');
  });

  it('computes the closing from the whole ledger, replacing the typed figure, with its basis', async () => {
    expect(await loadLedger(t)).toBe('succeeded');
    const model = await table(f.rounds.closing2023);
    // (1 200 000 − 1 500 000,50) / 1 200 000 = −25,00004 %.
    const variance = figure(model, 'Budgetavvikelse (%)');
    expect(variance.text).toBe('−25,0');
    expect(variance.notes).toContain('Beräknat: resultatet (intäkter − kostnader) i procent av intäkterna.');
    expect(variance.notes).toContain(
      'Ur bokslut 2023: intäkter 1\u00a0200\u00a0tkr, kostnader 1\u00a0500\u00a0tkr, resultat −300\u00a0tkr.',
    );
    expect(variance.ref).toBeNull();
    // VOE 199 999,50 in surplus, LKDATA −500 000: 1 of 2.
    const balance = figure(model, 'Verksamhetsområden i balans (%)');
    expect(balance.text).toBe('50,0');
    expect(balance.notes).toContain('1 av 2 i balans (Verksamhetsområde ekonomi)');
  });

  it('counts computed figures in the verdict suggestion like any outcome', async () => {
    const response = await t.request<{
      goals: { goalId: string; suggestion: { verdict: string; notMet: number } }[];
    }>('GET', `/api/v1/assessments?orgUnit=VSS&year=2023&round=${f.rounds.closing2023}`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(JSON.stringify(response.body)).toContain('"notMet":2');
  });

  it('computes an interim round from its full-year forecasts, marked as a forecast', async () => {
    for (const [code, costs, revenues] of [
      ['VOE', '1000000', '1010000'],
      ['LKDATA', '500000', '505000'],
    ] as const) {
      await created('/api/v1/economy/forecasts', {
        orgUnitId: ids[code],
        year: 2023,
        round: 'august',
        costs,
        revenues,
      });
    }
    const model = await table(f.rounds.august2023);
    // 15 000 / 1 515 000 = 0,99 %; both in surplus.
    const variance = figure(model, 'Budgetavvikelse (%)');
    expect(variance.text).toBe('1,0');
    expect(variance.notes).toContain('helårsprognos augusti 2023');
    expect(figure(model, 'Verksamhetsområden i balans (%)').text).toBe('100,0');
  });

  it('gives no budget variance where a forecast is net only, saying why, but counts it in balance', async () => {
    const october = await created('/api/v1/planning/rounds', {
      year: 2023,
      kind: 'october',
      deadline: '2023-11-15',
    });
    await created('/api/v1/economy/forecasts', {
      orgUnitId: ids.VOE,
      year: 2023,
      round: 'october',
      costs: '1000000',
      revenues: '990000',
    });
    await created('/api/v1/economy/forecasts', {
      orgUnitId: ids.LKDATA,
      year: 2023,
      round: 'october',
      netCost: '-20000',
    });
    const model = await table(october.id);
    // VSS's forecast is its children's summed: a net of 10 000 in surplus, its revenues unknown.
    const variance = figure(model, 'Budgetavvikelse (%)');
    expect(variance.text).toBe('I.U.');
    expect(variance.notes).toContain(
      'Ur helårsprognos oktober 2023: resultat 10\u00a0tkr, intäkter och kostnader okända. Prognosen är lämnad ' +
        'som netto, så intäkterna (omsättningen) är okända och resultatet kan inte anges i procent av dem.',
    );
    // VOE −10 000 is out of balance, LKDATA +20 000 in: 1 of 2.
    const balance = figure(model, 'Verksamhetsområden i balans (%)');
    expect(balance.text).toBe('50,0');
    expect(balance.notes).toContain('1 av 2 i balans (LKDATA)');
  });

  it('refuses a computation that does not exist, naming it in Swedish', async () => {
    const response = await t.request<ErrorBody>('POST', '/api/v1/goals/indicators', {
      goalId: ids.goal,
      name: 'Påhittad',
      computation: 'economy.nothing',
    });
    expect(response.status).toBe(422);
    expect(response.body.error.fields?.[0]).toMatchObject({ path: 'computation' });
    expect(response.body.error.message).toContain('Beräkningen ”economy.nothing” finns inte');
  });
});
