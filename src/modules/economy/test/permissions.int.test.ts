/**
 * The Ekonomi and Budget pages get what the signed-in user may do there, decided by the policy that decides
 * every save: a reader and an auditor nothing, VSS's controller VSS's budget and forecast, a central
 * controller everything – and the server then does what the page said (on both engines).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { buildOrganisation, type Fixture } from '../../../../test/factories.ts';
import type { EconomyMay } from '../contract.ts';

let t: TestApp;
let f: Fixture;
const callers: Record<string, Caller> = {};

const NOTHING: EconomyMay = {
  importLedger: false,
  closeYears: false,
  editCostCentres: false,
  adjustFrames: false,
  importBudgets: false,
  forecastUnits: [],
  planBudget: false,
};

beforeAll(async () => {
  t = await startTestApp();
  f = await buildOrganisation(t);
  callers.reader = await t.as('reader', null);
  callers.auditor = await t.as('auditor', null);
  callers.controller = await t.as('controller', f.vssId);
  callers.central = await t.as('centralController', null);
});

afterAll(async () => {
  await t?.close();
});

async function may(who: string, query: string): Promise<EconomyMay> {
  const response = await (callers[who] as Caller).request<EconomyMay>(
    'GET',
    `/api/v1/economy/permissions?${query}`,
  );
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

describe('what the economy pages say their user may do', () => {
  it('lets a reader and an auditor change nothing', async () => {
    for (const who of ['reader', 'auditor']) {
      expect(await may(who, 'year=2023&org=VSS'), who).toEqual(NOTHING);
      expect(await may(who, 'year=2023'), who).toEqual(NOTHING);
    }
  });

  it("lets VSS's controller budget and forecast VSS, and not govern the municipality's ledger", async () => {
    expect(await may('controller', 'year=2023&org=VSS')).toEqual({
      ...NOTHING,
      importBudgets: true,
      forecastUnits: [f.vssId],
      planBudget: true,
    });
    expect((await may('controller', 'year=2023&org=KS')).planBudget).toBe(false);
    expect((await may('controller', 'year=2023')).planBudget).toBe(false);
  });

  it('lets a central controller do everything', async () => {
    const all = await may('central', 'year=2023&org=VSS');
    expect({ ...all, forecastUnits: all.forecastUnits.length }).toEqual({
      importLedger: true,
      closeYears: true,
      editCostCentres: true,
      adjustFrames: true,
      importBudgets: true,
      forecastUnits: 3,
      planBudget: true,
    });
  });

  it('is what the server then does with a budget line', async () => {
    const line = { orgUnitId: 'VSS', year: 2023, account: '4010', amount: '1000', comment: null };
    expect(
      (await (callers.reader as Caller).request('POST', '/api/v1/economy/budget-lines', line)).status,
    ).toBe(403);
    const byController = await (callers.controller as Caller).request(
      'POST',
      '/api/v1/economy/budget-lines',
      line,
    );
    expect(byController.status, JSON.stringify(byController.body)).toBe(201);
  });

  it('refuses an unknown unit with a Swedish message', async () => {
    const response = await (callers.reader as Caller).request<{ error: { message: string } }>(
      'GET',
      '/api/v1/economy/permissions?year=2023&org=FINNS_INTE',
    );
    expect(response.status).toBe(404);
    expect(response.body.error.message).toContain('FINNS_INTE');
  });
});
