/**
 * The one-screen report through HTTP on both engines: everything a unit reports in a round in one answer,
 * what the user may do there, a row saved and read back, a concurrent save refused with the other person's
 * name, a contradicting verdict that needs its basis, and the lock of an approved part.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import type { UnitReportDto } from '../contract.ts';

let t: TestApp;
let august: string;
let sickLeave: string;
let fullTime: string;
let staffGoal: string;
let reporter: Caller;
let siblingReporter: Caller;
let approver: Caller;

interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; message: string }[] };
}

async function created<T>(url: string, body: unknown): Promise<T> {
  const response = await t.request<T>('POST', url, body);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

beforeAll(async () => {
  t = await startTestApp();
  const unit = (code: string, parentId: string | null, kind: string) =>
    created<{ id: string }>('/api/v1/organisation/units', {
      code,
      name: code === 'VSS' ? 'Verksamhetsstöd och service' : `Enhet ${code}`,
      kind,
      parentId,
      validFrom: '2022-01-01',
    });
  const city = await unit('STAD', null, 'municipality');
  const vss = await unit('VSS', city.id, 'administration');
  const other = await unit('MOS', city.id, 'administration');
  const goal = (name: string, sortOrder: number) =>
    created<{ id: string }>('/api/v1/goals/goals', {
      orgUnitId: vss.id,
      name,
      validFromYear: 2022,
      sortOrder,
    });
  staffGoal = (await goal('Attraktiv arbetsgivare', 2)).id;
  const economyGoal = await goal('Ekonomi i balans', 1);
  const indicator = async (goalId: string, name: string, extra: object) =>
    (await created<{ id: string }>('/api/v1/goals/indicators', { goalId, name, ...extra })).id;
  sickLeave = await indicator(staffGoal, 'Total sjukfrånvaro', {
    unit: '%',
    desiredDirection: 'decrease',
    isGenderSplit: true,
  });
  fullTime = await indicator(staffGoal, 'Andel heltidsanställningar', {
    unit: '%',
    desiredDirection: 'increase',
  });
  await indicator(economyGoal.id, 'Resultat', { unit: 'mnkr', desiredDirection: 'increase' });
  for (const [indicatorId, notation] of [
    [sickLeave, '≤ 5,5'],
    [fullTime, '≥ 97,5'],
  ] as const) {
    await created('/api/v1/goals/targets', { indicatorId, year: 2023, notation });
  }
  const round = (year: number, kind: string, deadline: string) =>
    created<{ id: string }>('/api/v1/planning/rounds', { year, kind, deadline });
  const closing2022 = await round(2022, 'closing', '2023-02-15');
  august = (await round(2023, 'august', '2023-09-15')).id;
  await created('/api/v1/goals/outcomes', {
    indicatorId: sickLeave,
    reportingRoundId: closing2022.id,
    year: 2022,
    total: '6,1',
  });
  reporter = await t.as('reporter', vss.id);
  siblingReporter = await t.as('reporter', other.id);
  approver = await t.as('approver', vss.id);
});

afterAll(async () => {
  await t?.close();
});

const reportUrl = () => `/api/v1/reporting/rounds/${august}/units/VSS/report`;

describe('the one-screen report', () => {
  it('holds every goal in order, each indicator with its target, last year and the round’s period', async () => {
    const response = await reporter.request<UnitReportDto>('GET', reportUrl());
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const report = response.body;
    expect(report.period).toEqual({ year: 2023, fromMonth: 1, toMonth: 8, text: 'januari–augusti 2023' });
    expect(report.goals.map((goal) => goal.name)).toEqual(['Ekonomi i balans', 'Attraktiv arbetsgivare']);
    const staff = report.goals[1];
    expect(staff?.indicators.map((row) => [row.name, row.target, row.previous, row.outcome])).toEqual([
      ['Total sjukfrånvaro', '≤ 5,5', '6.1', null],
      ['Andel heltidsanställningar', '≥ 97,5', null, null],
    ]);
    expect(staff?.indicators[0]?.isGenderSplit).toBe(true);
    expect(staff?.assessment).toMatchObject({ assessment: null, suggestion: { verdict: null } });
    expect(report).toMatchObject({
      assesses: true,
      editable: true,
      locked: null,
      reported: '0 av 3 indikatorer har utfall',
      part: { state: 'notStarted', unit: { code: 'VSS' } },
    });
  });

  it('lets everyone signed in read it, but only the unit’s reporters enter anything', async () => {
    const sibling = await siblingReporter.request<UnitReportDto>('GET', reportUrl());
    expect(sibling.status).toBe(200);
    expect(sibling.body.editable).toBe(false);
    const reader = await t.as('reader', null);
    expect((await reader.request<UnitReportDto>('GET', reportUrl())).body.editable).toBe(false);
    const refused = await siblingReporter.request<ErrorBody>('POST', '/api/v1/goals/outcomes', {
      indicatorId: fullTime,
      reportingRoundId: august,
      year: 2023,
      total: '98',
    });
    expect(refused.status).toBe(403);
  });

  it('shows a saved row at once, and refuses a second save made on the same version, naming who saved', async () => {
    const saved = await reporter.request<{ id: string; version: number }>('POST', '/api/v1/goals/outcomes', {
      indicatorId: sickLeave,
      reportingRoundId: august,
      year: 2023,
      toMonth: 8,
      total: '5,2',
      women: '6,0',
      men: '3,9',
      note: 'Lägre än i fjol.',
    });
    expect(saved.status).toBe(201);
    const report = (await reporter.request<UnitReportDto>('GET', reportUrl())).body;
    const row = report.goals[1]?.indicators[0];
    expect(row?.outcome).toMatchObject({
      total: '5.2',
      women: '6.0',
      men: '3.9',
      toMonth: 8,
    });
    expect(row?.outcome?.note).toContain('Lägre än i fjol.');
    expect(report.reported).toBe('1 av 3 indikatorer har utfall');

    const first = await t.request('PUT', `/api/v1/goals/outcomes/${saved.body.id}`, {
      total: '5,3',
      version: saved.body.version,
    });
    expect(first.status).toBe(200);
    const second = await reporter.request<ErrorBody>('PUT', `/api/v1/goals/outcomes/${saved.body.id}`, {
      total: '5,1',
      version: saved.body.version,
    });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('core.stale_version');
    expect(second.body.error.message).toMatch(/^Utfallet har ändrats av \S/);
  });

  it('asks for a basis when the verdict contradicts the indicators, and keeps it once given', async () => {
    await reporter.request('POST', '/api/v1/goals/outcomes', {
      indicatorId: fullTime,
      reportingRoundId: august,
      year: 2023,
      toMonth: 8,
      total: '96,0',
    });
    const url = `/api/v1/assessments/goals/${staffGoal}/rounds/${august}`;
    const bare = await reporter.request<ErrorBody>('PUT', url, { verdict: 'met' });
    expect(bare.status).toBe(422);
    expect(bare.body.error.code).toBe('assessments.basis_required');
    expect(bare.body.error.fields?.[0]?.path).toBe('basis');
    expect(bare.body.error.message).toContain('avviker från indikatorerna');
    const agreeing = await reporter.request<ErrorBody>('PUT', url, { verdict: 'partlyMet' });
    expect(agreeing.status).toBe(200);
    const report = (await reporter.request<UnitReportDto>('GET', reportUrl())).body;
    expect(report.goals[1]?.assessment).toMatchObject({
      assessment: { verdict: 'partlyMet' },
      suggestion: { verdict: 'partlyMet', met: 1, notMet: 1 },
      contradiction: null,
    });
  });

  it('is read-only, saying why, once the part is approved', async () => {
    let version: number | null = null;
    for (const [caller, action] of [
      [reporter, 'markReady'],
      [approver, 'approve'],
    ] as const) {
      const moved: { status: number; body: { version: number } } = await caller.request<{ version: number }>(
        'POST',
        `/api/v1/reporting/rounds/${august}/units/VSS/actions`,
        { action, version },
      );
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
      version = moved.body.version;
    }
    const report = (await reporter.request<UnitReportDto>('GET', reportUrl())).body;
    expect(report.editable).toBe(false);
    expect(report.locked).toBe(
      'Verksamhetsstöd och services del av Delår 31 augusti 2023 är godkänd och därför låst. Den som godkänner kan öppna den igen.',
    );
  });
});
