/**
 * The goal, indicator and assessment pages get with their data what the signed-in user may do there,
 * decided by the policy that decides every save: a reader and an auditor nothing, a reporter the outcomes
 * and verdicts of their own unit (not a sibling's), a controller the goal, its indicators and targets too –
 * and a closed round nothing for anyone. Each answer is then held against what the server does when the
 * same user tries (on both engines).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { buildOrganisation, type Fixture } from '../../../../test/factories.ts';

interface GoalView {
  id: string;
  version: number;
  may: { plan: boolean };
}
interface IndicatorPage {
  indicator: { id: string };
  may: { plan: boolean; reportRounds: string[] };
}
interface AssessmentView {
  editable: boolean;
}

let t: TestApp;
let f: Fixture;
let goalId: string;
let indicatorId: string;
const callers: Record<string, Caller> = {};

async function created(caller: Caller, url: string, body: unknown): Promise<{ id: string }> {
  const response = await caller.request<{ id: string }>('POST', url, body);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

beforeAll(async () => {
  t = await startTestApp();
  f = await buildOrganisation(t);
  const sibling = await created(t, '/api/v1/organisation/units', {
    code: 'KLF',
    name: 'Kommunledningsförvaltningen',
    kind: 'administration',
    parentId: 'KS',
    validFrom: '2019-01-01',
  });
  goalId = (
    await created(t, '/api/v1/goals/goals', {
      orgUnitId: 'VSS',
      name: 'Nöjda kunder',
      validFromYear: 2023,
      validToYear: 2023,
    })
  ).id;
  indicatorId = (await created(t, '/api/v1/goals/indicators', { goalId, name: 'Nöjd kund-index' })).id;
  callers.reader = await t.as('reader', null);
  callers.auditor = await t.as('auditor', null);
  callers.reporter = await t.as('reporter', f.vssId);
  callers.siblingReporter = await t.as('reporter', sibling.id);
  callers.controller = await t.as('controller', f.vssId);
});

afterAll(async () => {
  await t?.close();
});

async function goalView(who: string): Promise<GoalView> {
  const response = await (callers[who] as Caller).request<GoalView>('GET', `/api/v1/goals/goals/${goalId}`);
  expect(response.status).toBe(200);
  return response.body;
}

async function indicatorPage(who: string): Promise<IndicatorPage> {
  const response = await (callers[who] as Caller).request<IndicatorPage>(
    'GET',
    `/api/v1/goals/indicators/${indicatorId}`,
  );
  expect(response.status).toBe(200);
  return response.body;
}

async function assessmentView(who: string, round: string): Promise<AssessmentView> {
  const response = await (callers[who] as Caller).request<AssessmentView>(
    'GET',
    `/api/v1/assessments/goals/${goalId}/rounds/${round}`,
  );
  expect(response.status).toBe(200);
  return response.body;
}

/** Whether the unit page's goals may be judged: its Bedöm links. */
async function unitVerdictsEditable(who: string, round: string): Promise<boolean[]> {
  const response = await (callers[who] as Caller).request<AssessmentView[]>(
    'GET',
    `/api/v1/assessments?orgUnit=VSS&year=2023&round=${round}`,
  );
  expect(response.status).toBe(200);
  return response.body.map((entry) => entry.editable);
}

describe('what a page says its user may do', () => {
  it('lets a reader and an auditor change nothing', async () => {
    for (const who of ['reader', 'auditor']) {
      expect((await goalView(who)).may, who).toEqual({ plan: false });
      expect((await indicatorPage(who)).may, who).toEqual({ plan: false, reportRounds: [] });
      expect((await assessmentView(who, f.rounds.august2023)).editable, who).toBe(false);
      expect(await unitVerdictsEditable(who, f.rounds.august2023), who).toEqual([false]);
    }
  });

  it("lets a reporter report their unit's outcomes and verdicts in every open round, and not plan", async () => {
    expect((await goalView('reporter')).may).toEqual({ plan: false });
    const { may } = await indicatorPage('reporter');
    expect(may.plan).toBe(false);
    expect([...may.reportRounds].sort()).toEqual(
      [f.rounds.budget2023, f.rounds.august2023, f.rounds.closing2023].sort(),
    );
    expect((await assessmentView('reporter', f.rounds.august2023)).editable).toBe(true);
  });

  it("gives a sibling unit's reporter nothing", async () => {
    expect((await goalView('siblingReporter')).may).toEqual({ plan: false });
    expect((await indicatorPage('siblingReporter')).may).toEqual({ plan: false, reportRounds: [] });
    expect((await assessmentView('siblingReporter', f.rounds.august2023)).editable).toBe(false);
  });

  it('lets a controller plan the goal and its indicators, and report too', async () => {
    expect((await goalView('controller')).may).toEqual({ plan: true });
    const { may } = await indicatorPage('controller');
    expect(may.plan).toBe(true);
    expect(may.reportRounds).toContain(f.rounds.august2023);
    expect((await assessmentView('controller', f.rounds.august2023)).editable).toBe(true);
    expect(await unitVerdictsEditable('controller', f.rounds.august2023)).toEqual([true]);
  });

  it('is what the server then does: the reporter is refused planning, the controller is not', async () => {
    const { version } = await goalView('controller');
    const byReporter = await (callers.reporter as Caller).request('PUT', `/api/v1/goals/goals/${goalId}`, {
      name: 'Mycket nöjda kunder',
      version,
    });
    expect(byReporter.status).toBe(403);
    const outcome = await (callers.reporter as Caller).request('POST', '/api/v1/goals/outcomes', {
      indicatorId,
      reportingRoundId: f.rounds.august2023,
      year: 2023,
      total: '81',
    });
    expect(outcome.status, JSON.stringify(outcome.body)).toBe(201);
    const byReader = await (callers.reader as Caller).request('POST', '/api/v1/goals/outcomes', {
      indicatorId,
      reportingRoundId: f.rounds.closing2023,
      year: 2023,
      total: '82',
    });
    expect(byReader.status).toBe(403);
    const byController = await (callers.controller as Caller).request(
      'PUT',
      `/api/v1/goals/goals/${goalId}`,
      { name: 'Mycket nöjda kunder', version },
    );
    expect(byController.status, JSON.stringify(byController.body)).toBe(200);
  });

  it('offers no one a closed round', async () => {
    const rounds = await t.request<{ id: string; version: number }[]>(
      'GET',
      '/api/v1/planning/rounds?year=2023',
    );
    const closing = rounds.body.find((round) => round.id === f.rounds.closing2023);
    const closed = await t.request('PUT', `/api/v1/planning/rounds/${f.rounds.closing2023}`, {
      closed: true,
      version: closing?.version,
    });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    for (const who of ['reporter', 'controller']) {
      expect((await indicatorPage(who)).may.reportRounds, who).not.toContain(f.rounds.closing2023);
      expect((await indicatorPage(who)).may.reportRounds, who).toContain(f.rounds.august2023);
      expect((await assessmentView(who, f.rounds.closing2023)).editable, who).toBe(false);
    }
  });
});
