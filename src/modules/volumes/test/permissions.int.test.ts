/**
 * The Volymer och personal page gets what the signed-in user may do there, decided by the policy that
 * decides every save: a reader and an auditor nothing, VSS's controller VSS's measures and their values –
 * and the server then does what the page said (on both engines).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { buildOrganisation, type Fixture } from '../../../../test/factories.ts';

interface VolumesMay {
  addMeasures: boolean;
  measure: { plan: boolean; report: boolean } | null;
}

let t: TestApp;
let f: Fixture;
let measureId: string;
const callers: Record<string, Caller> = {};

beforeAll(async () => {
  t = await startTestApp();
  f = await buildOrganisation(t);
  const measure = await t.request<{ id: string }>('POST', '/api/v1/volumes/measures', {
    orgUnitId: 'VSS',
    kind: 'volume',
    name: 'Ärenden Kontakt Linköping',
    unit: 'antal',
    validFromYear: 2019,
  });
  expect(measure.status).toBe(201);
  measureId = measure.body.id;
  callers.reader = await t.as('reader', null);
  callers.auditor = await t.as('auditor', null);
  callers.reporter = await t.as('reporter', f.vssId);
  callers.controller = await t.as('controller', f.vssId);
});

afterAll(async () => {
  await t?.close();
});

async function may(who: string, org: string, measure?: string): Promise<VolumesMay> {
  const query = `org=${org}&year=2023${measure ? `&measure=${measure}` : ''}`;
  const response = await (callers[who] as Caller).request<VolumesMay>(
    'GET',
    `/api/v1/volumes/permissions?${query}`,
  );
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

describe('what the volumes page says its user may do', () => {
  it('lets a reader and an auditor change nothing', async () => {
    for (const who of ['reader', 'auditor']) {
      expect(await may(who, 'VSS'), who).toEqual({ addMeasures: false, measure: null });
      expect(await may(who, 'VSS', measureId), who).toEqual({
        addMeasures: false,
        measure: { plan: false, report: false },
      });
    }
  });

  it("lets VSS's reporter report the values and not plan the measures", async () => {
    expect(await may('reporter', 'VSS', measureId)).toEqual({
      addMeasures: false,
      measure: { plan: false, report: true },
    });
  });

  it("lets VSS's controller plan VSS's measures and report their values, and not KS's", async () => {
    expect(await may('controller', 'VSS', measureId)).toEqual({
      addMeasures: true,
      measure: { plan: true, report: true },
    });
    expect((await may('controller', 'KS')).addMeasures).toBe(false);
  });

  it('is what the server then does with a value', async () => {
    const value = { measureId, year: 2023, kind: 'outcome', period: 'year', total: '10' };
    expect((await (callers.reader as Caller).request('POST', '/api/v1/volumes/values', value)).status).toBe(
      403,
    );
    const byReporter = await (callers.reporter as Caller).request('POST', '/api/v1/volumes/values', value);
    expect(byReporter.status, JSON.stringify(byReporter.body)).toBe(201);
  });
});
