/**
 * The page Kontroller gets what the signed-in user may do there, decided by the policy that decides the
 * acknowledgement's save: VSS's controller and approver may acknowledge VSS's errors of the year; a reporter,
 * a reader, a controller of a sibling unit and one whose grant ends the year before may not – and the server
 * then does what the page said (on both engines).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { buildOrganisation, type Fixture } from '../../../../test/factories.ts';
import type { ConsistencyMay, ConsistencyReportDto } from '../contract.ts';

let t: TestApp;
let f: Fixture;
const callers: Record<string, Caller> = {};

async function created<T>(url: string, body: unknown): Promise<T> {
  const response = await t.request<T>('POST', url, body);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

/** VSS with an indicator whose August 2023 outcome has 70 men and 60 women of 120: one "fel". */
beforeAll(async () => {
  t = await startTestApp();
  f = await buildOrganisation(t);
  const klf = await created<{ id: string }>('/api/v1/organisation/units', {
    code: 'KLF',
    name: 'Kommunledningsförvaltningen',
    kind: 'administration',
    parentId: 'KS',
    validFrom: '2019-01-01',
  });
  const goal = await created<{ id: string }>('/api/v1/goals/goals', {
    orgUnitId: f.vssId,
    name: 'God service',
    validFromYear: 2023,
  });
  const indicator = await created<{ id: string }>('/api/v1/goals/indicators', {
    goalId: goal.id,
    name: 'Ärenden',
    unit: 'antal',
    isGenderSplit: true,
  });
  await created('/api/v1/goals/outcomes', {
    indicatorId: indicator.id,
    reportingRoundId: f.rounds.august2023,
    year: 2023,
    toMonth: 8,
    total: '120',
    men: '70',
    women: '60',
  });
  callers.controller = await t.as('controller', f.vssId);
  callers.approver = await t.as('approver', f.vssId);
  callers.reporter = await t.as('reporter', f.vssId);
  callers.reader = await t.as('reader', null);
  callers.sibling = await t.as('controller', klf.id);
  callers.lastYear = await t.asUser('Controller 2022', [
    { role: 'controller', orgUnitId: f.vssId, fromYear: 2019, toYear: 2022 },
  ]);
});

afterAll(async () => {
  await t?.close();
});

async function may(who: string, query = 'org=VSS&year=2023'): Promise<ConsistencyMay> {
  const response = await (callers[who] as Caller).request<ConsistencyMay>(
    'GET',
    `/api/v1/consistency/permissions?${query}`,
  );
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

/** The key of VSS's one open "fel" in August 2023, as the list gives it. */
async function openErrorKey(): Promise<string> {
  const report = await t.request<ConsistencyReportDto>(
    'GET',
    '/api/v1/consistency/findings?org=VSS&year=2023&round=august',
  );
  const finding = report.body.findings.find((one) => one.severity === 'fel' && !one.acknowledgement);
  if (!finding) {
    throw new Error(`no open fel in ${JSON.stringify(report.body.findings)}`);
  }
  return finding.key;
}

const acknowledge = async (who: string) =>
  (
    await (callers[who] as Caller).request('POST', '/api/v1/consistency/acknowledgements', {
      org: 'VSS',
      year: 2023,
      round: 'august',
      key: await openErrorKey(),
      reason: 'Dubbelräknade ärenden i augusti; rättas i bokslutet.',
    })
  ).status;

describe('what the page Kontroller says its user may do', () => {
  it('lets those who may review or approve VSS acknowledge, and no one else', async () => {
    expect(await may('controller')).toEqual({ acknowledge: true });
    expect(await may('approver')).toEqual({ acknowledge: true });
    for (const who of ['reporter', 'reader', 'sibling', 'lastYear']) {
      expect(await may(who), who).toEqual({ acknowledge: false });
    }
    // The controller's grant ends with 2022: 2022 yes, 2023 no; VSS's controller has nothing on KLF.
    expect(await may('lastYear', 'org=VSS&year=2022')).toEqual({ acknowledge: true });
    expect(await may('controller', 'org=KLF&year=2023')).toEqual({ acknowledge: false });
  });

  it('is what the server then does with an acknowledgement', async () => {
    for (const who of ['reporter', 'reader', 'sibling', 'lastYear']) {
      expect(await acknowledge(who), who).toBe(403);
    }
    expect(await acknowledge('controller')).toBe(201);
  });

  it('refuses an unknown unit with a Swedish message, and anyone without roles', async () => {
    const unknown = await (callers.reader as Caller).request<{ error: { message: string } }>(
      'GET',
      '/api/v1/consistency/permissions?org=FINNS_INTE&year=2023',
    );
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toContain('FINNS_INTE');
    const anonymous = await t.anonymous.request('GET', '/api/v1/consistency/permissions?org=VSS&year=2023');
    expect(anonymous.status).toBe(401);
  });
});
