/**
 * Activities through the API on both engines: planned under a goal with a planned completion, refused by
 * their rules in Swedish, versions checked, a status per round reported by the responsible unit's reporters
 * only, unfinished ones carried into the next year once, and the data package's round trip.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { buildOrganisation, type Fixture } from '../../../../test/factories.ts';
import { buildDemoPackage } from '../../../demo/linkoping.ts';
import type { ImportReportDto } from '../../data-package/contract.ts';
import type {
  ActivityDto,
  ActivityPlanDto,
  ActivityStatusDto,
  ActivityViewDto,
  CarryResult,
} from '../contract.ts';

interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; message: string }[] };
}

let t: TestApp;
let fixture: Fixture;
let goalId: string;
let nextGoalId: string;
let klfGoalId: string;
let reporter: Caller;
let otherReporter: Caller;
let reader: Caller;

async function created<T>(caller: Caller, url: string, body: unknown): Promise<T> {
  const response = await caller.request<T>('POST', url, body);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

const activity = (fields: Record<string, unknown> = {}) => ({
  orgUnitId: 'VSS',
  year: 2023,
  goalId,
  text: 'Gemensam aktivitet kring kommunens kärnvärden',
  completionKind: 'tertial',
  completionNumber: 2,
  ...fields,
});
const statusUrl = (id: string, round: string) => `/api/v1/activities/${id}/rounds/${round}/status`;

beforeAll(async () => {
  t = await startTestApp();
  fixture = await buildOrganisation(t);
  const klf = await created<{ id: string }>(t, '/api/v1/organisation/units', {
    code: 'KLF',
    name: 'Kommunledningsförvaltningen',
    kind: 'administration',
    parentId: 'KS',
    validFrom: '2019-01-01',
  });
  const goal = (orgUnitId: string, validFromYear: number) =>
    created<{ id: string }>(t, '/api/v1/goals/goals', {
      orgUnitId,
      name: 'Goda arbetsplatser',
      validFromYear,
      validToYear: validFromYear,
    });
  goalId = (await goal(fixture.vssId, 2023)).id;
  nextGoalId = (await goal(fixture.vssId, 2024)).id;
  klfGoalId = (await goal(klf.id, 2023)).id;
  const indicator = await created<{ id: string }>(t, '/api/v1/goals/indicators', {
    goalId,
    name: 'Total sjukfrånvaro',
    unit: '%',
  });
  await created(t, '/api/v1/goals/targets', { indicatorId: indicator.id, year: 2023, notation: '3,5' });
  reporter = await t.as('reporter', fixture.vssId);
  otherReporter = await t.as('reporter', klf.id);
  reader = await t.as('reader', null);
});

afterAll(async () => {
  await t?.close();
});

describe('planning activities', () => {
  let first: ActivityDto;

  it('plans an activity under a goal, responsible unit defaulting to the plan’s own', async () => {
    first = await created<ActivityDto>(t, '/api/v1/activities', activity());
    expect(first).toMatchObject({
      orgUnitId: fixture.vssId,
      responsibleUnitId: fixture.vssId,
      completionKind: 'tertial',
      completionNumber: 2,
      completionYear: null,
      sortOrder: 0,
      version: 1,
    });
    const second = await created<ActivityDto>(
      t,
      '/api/v1/activities',
      activity({
        text: 'Löpande uppföljningar på verksamhetsnivå',
        completionKind: 'ongoing',
        completionNumber: null,
      }),
    );
    expect(second.sortOrder).toBe(1);
  });

  it('prints the plan per goal with its indicators’ targets, Slutfört and whether it is due in the round', async () => {
    const plan = await t.request<ActivityPlanDto>(
      'GET',
      `/api/v1/activities/plan?org=VSS&year=2023&round=${fixture.rounds.august2023}`,
    );
    expect(plan.status).toBe(200);
    const [goal] = plan.body.goals;
    expect(goal?.name).toBe('Goda arbetsplatser');
    expect(goal?.indicators).toEqual([
      expect.objectContaining({ name: 'Total sjukfrånvaro', target: '3,5' }),
    ]);
    expect(goal?.activities.map((item) => [item.text, item.completionText, item.due, item.status])).toEqual([
      ['Gemensam aktivitet kring kommunens kärnvärden', 'Tertial 2', true, null],
      ['Löpande uppföljningar på verksamhetsnivå', 'Löpande under året', true, null],
    ]);
    expect(plan.body.rounds.map((round) => round.kind)).toEqual(['august', 'closing']);
  });

  it('refuses a completion without its value, naming the field in Swedish', async () => {
    const response = await t.request<ErrorBody>(
      'POST',
      '/api/v1/activities',
      activity({ completionKind: 'quarter', completionNumber: 5 }),
    );
    expect(response.status).toBe(422);
    expect(response.body.error.fields).toEqual([
      { path: 'completionNumber', message: 'Period: 5 är ingen kvartal (1–4).' },
    ]);
  });

  it('refuses a goal of a sibling unit and a goal not in force in the year', async () => {
    const sibling = await t.request<ErrorBody>('POST', '/api/v1/activities', activity({ goalId: klfGoalId }));
    expect(sibling.status).toBe(422);
    expect(sibling.body.error.message).toContain('hör inte till Verksamhetsstöd och service');
    const later = await t.request<ErrorBody>('POST', '/api/v1/activities', activity({ goalId: nextGoalId }));
    expect(later.body.error.message).toBe(
      'Målet ”Goda arbetsplatser” gäller inte 2023. Välj ett mål som gäller det året.',
    );
  });

  it('changes an activity with the version read, and refuses a stale one', async () => {
    const url = `/api/v1/activities/${first.id}`;
    const changed = await t.request<ActivityDto>('PUT', url, {
      version: first.version,
      completionKind: 'quarter',
      completionYear: 2023,
      completionNumber: 3,
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body.version).toBe(2);
    const stale = await t.request<ErrorBody>('PUT', url, { version: first.version, text: 'Något annat' });
    expect(stale.status).toBe(409);
    first = changed.body;
  });

  it('lets only the unit’s planners plan', async () => {
    expect((await reporter.request('POST', '/api/v1/activities', activity({ text: 'Ny' }))).status).toBe(403);
    expect((await reader.request('POST', '/api/v1/activities', activity({ text: 'Ny' }))).status).toBe(403);
  });
});

describe('status per round', () => {
  let target: ActivityViewDto;
  beforeAll(async () => {
    const list = await t.request<ActivityViewDto[]>('GET', '/api/v1/activities?org=VSS&year=2023');
    target = list.body.find((item) => item.completionKind === 'quarter') as ActivityViewDto;
  });

  it('is reported by the responsible unit’s reporter, versioned', async () => {
    const url = statusUrl(target.id, fixture.rounds.august2023);
    const saved = await reporter.request<ActivityStatusDto>('PUT', url, {
      status: 'inProgress',
      comment: 'Arbetet pågår enligt plan.',
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({ status: 'inProgress', version: 1 });
    // A second first save (someone else's, or a double submit without the version) is told to reload.
    const again = await reporter.request<ErrorBody>('PUT', url, { status: 'done' });
    expect(again.status).toBe(409);
    const changed = await reporter.request<ActivityStatusDto>('PUT', url, { status: 'done', version: 1 });
    expect(changed.body).toMatchObject({ status: 'done', version: 2, comment: 'Arbetet pågår enligt plan.' });
    const stale = await reporter.request<ErrorBody>('PUT', url, { status: 'notDone', version: 1 });
    expect(stale.status).toBe(409);
  });

  it('is refused to a reporter of another unit and to a reader', async () => {
    const url = statusUrl(target.id, fixture.rounds.closing2023);
    expect((await otherReporter.request('PUT', url, { status: 'done' })).status).toBe(403);
    expect((await reader.request('PUT', url, { status: 'done' })).status).toBe(403);
  });

  it('is not given in the budget round', async () => {
    const response = await reporter.request<ErrorBody>(
      'PUT',
      statusUrl(target.id, fixture.rounds.budget2023),
      {
        status: 'done',
      },
    );
    expect(response.status).toBe(422);
    expect(response.body.error.message).toContain('inte i Budget 2023');
  });

  it('shows in the list at its round, with the latest status', async () => {
    const list = await t.request<ActivityViewDto[]>(
      'GET',
      `/api/v1/activities?org=VSS&year=2023&round=${fixture.rounds.august2023}`,
    );
    const item = list.body.find((candidate) => candidate.id === target.id);
    expect(item?.status?.status).toBe('done');
    expect(item?.latestStatus).toBe('done');
    expect(item?.completionText).toBe('Kvartal 3 2023');
  });

  it('keeps an activity someone reported on from being deleted', async () => {
    const response = await t.request<ErrorBody>(
      'DELETE',
      `/api/v1/activities/${target.id}?version=${target.version}`,
    );
    expect(response.status).toBe(409);
    expect(response.body.error.message).toBe('Aktiviteten har en rapporterad status och kan inte tas bort.');
  });
});

describe('carrying unfinished activities into the next year', () => {
  let result: CarryResult;

  it('copies those not done onto the next year’s goal of the same name, linked to the original', async () => {
    const response = await t.request<CarryResult>('POST', '/api/v1/activities/carry', {
      fromYear: 2023,
      toYear: 2024,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    result = response.body;
    expect(result.created).toHaveLength(1);
    expect(result.skipped).toEqual([]);
    const next = await t.request<ActivityViewDto[]>('GET', '/api/v1/activities?org=VSS&year=2024');
    expect(next.body).toEqual([
      expect.objectContaining({
        id: result.created[0]?.id,
        text: 'Löpande uppföljningar på verksamhetsnivå',
        goalId: nextGoalId,
        year: 2024,
        latestStatus: null,
      }),
    ]);
    expect(next.body[0]?.carriedFromId).not.toBeNull();
  });

  it('creates nothing the second time', async () => {
    const again = await t.request<CarryResult>('POST', '/api/v1/activities/carry', {
      fromYear: 2023,
      toYear: 2024,
    });
    expect(again.body).toEqual({ created: [], skipped: [] });
  });

  it('is refused to a reader and a reporter', async () => {
    expect(
      (await reporter.request('POST', '/api/v1/activities/carry', { fromYear: 2023, toYear: 2024 })).status,
    ).toBe(403);
    expect(
      (await reader.request('POST', '/api/v1/activities/carry', { fromYear: 2023, toYear: 2024 })).status,
    ).toBe(403);
  });
});

describe('the data package', () => {
  it('exports the unit’s activities and statuses and reads them back unchanged, or into a new installation', async () => {
    const exported = await t.request<Record<string, unknown[]> & { format: string }>(
      'GET',
      '/api/v1/data-package/export?org=VSS&year=2023',
    );
    expect(exported.status).toBe(200);
    expect(exported.body.activities).toHaveLength(2);
    expect(exported.body.activityStatuses).toHaveLength(1);
    const same = await t.request<ImportReportDto>('POST', '/api/v1/data-package/import', exported.body);
    expect(same.status, JSON.stringify(same.body)).toBe(200);
    expect(same.body.unchanged).toMatchObject({ activities: 2, activityStatuses: 1 });

    const fresh = await startTestApp();
    try {
      const report = await fresh.request<ImportReportDto>(
        'POST',
        '/api/v1/data-package/import',
        exported.body,
      );
      expect(report.status, JSON.stringify(report.body)).toBe(200);
      expect(report.body.created).toMatchObject({ activities: 2, activityStatuses: 1 });
      const list = await fresh.request<ActivityViewDto[]>('GET', '/api/v1/activities?org=VSS&year=2023');
      expect(list.body.map((item) => item.completionText).sort()).toEqual([
        'Kvartal 3 2023',
        'Löpande under året',
      ]);
    } finally {
      await fresh.close();
    }
  });
});

describe('a closed round', () => {
  it('takes no more statuses, as it takes no more outcomes', async () => {
    const [item] = (await t.request<ActivityViewDto[]>('GET', '/api/v1/activities?org=VSS&year=2023')).body;
    const round = await t.request<{ version: number }>('GET', '/api/v1/planning/rounds?year=2023');
    const closing = (round.body as unknown as { id: string; version: number }[]).find(
      (candidate) => candidate.id === fixture.rounds.closing2023,
    );
    const closed = await t.request('PUT', `/api/v1/planning/rounds/${fixture.rounds.closing2023}`, {
      closed: true,
      version: closing?.version,
    });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    const refused = await reporter.request<ErrorBody>(
      'PUT',
      statusUrl(item?.id ?? '', fixture.rounds.closing2023),
      {
        status: 'done',
      },
    );
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe(
      'Bokslut 2023 är stängt: utfall och bedömningar kan inte längre ändras.',
    );
  });
});

describe('the demo’s verksamhetsplan 2020, read in and printed as 001 prints it', () => {
  let demoApp: TestApp;
  const demo = buildDemoPackage();
  beforeAll(async () => {
    demoApp = await startTestApp();
    const pkg = {
      format: demo.format,
      formatVersion: demo.formatVersion,
      orgUnits: demo.orgUnits,
      reportingRounds: demo.reportingRounds,
      goalAreas: demo.goalAreas,
      municipalGoals: demo.municipalGoals,
      goals: demo.goals,
      indicators: demo.indicators,
      targets: demo.targets,
      activities: demo.activities,
    };
    const report = await demoApp.request<ImportReportDto & ErrorBody>(
      'POST',
      '/api/v1/data-package/import',
      pkg,
    );
    expect(report.status, JSON.stringify(report.body)).toBe(200);
    expect(report.body.created).toMatchObject({ activities: 44 }); // 46 printed, less the 2 under the unnamed goal;
  });
  afterAll(async () => {
    await demoApp?.close();
  });

  it('holds every activity of 001:1543-1663 under the goal it stands under, with Slutfört as printed', async () => {
    const plan = await demoApp.request<ActivityPlanDto>('GET', '/api/v1/activities/plan?org=VSS&year=2020');
    expect(plan.status).toBe(200);
    const rows = plan.body.goals
      .filter((goal) => goal.activities.length > 0)
      .map(
        (goal) =>
          `${goal.orgUnitCode} ${goal.name}: ${goal.activities.map((a) => a.completionText).join(', ')}`,
      );
    expect(rows).toEqual([
      'KS Kostnadseffektiv verksamhet: Januari 2020, Kvartal 1 2020, Kvartal 2 2020, Kvartal 1 2020, Kvartal 1 2020',
      'KS Korrekta och effektiva inköp: Kvartal 4 2019, Kvartal 4 2019',
      'KS God ekonomisk kontroll: Löpande under året',
      'KS Hög digitaliseringsgrad: Kvartal 1, Kvartal 1, Kvartal 4, Kvartal 2, Kvartal 3, Kvartal 4',
      'KS Goda arbetsplatser: Tertial 2, Tertial 3, Tertial 3, Tertial 2',
      'KS Framgångsrikt chef- och ledarskap: Tertial 3',
      'KS Nya vägar för (tryggad) kompetensförsörjning: Tertial 3',
      'VSS Hög tillgänglighet i Kontakt Linköping: Kvartal 1 2020, Kvartal 3 2020, Kvartal 4 2020, Kvartal 2 2020, Kvartal 2 2020',
      'VSS Utvecklad kanalstrategi för medborgartjänster: Kvartal 1 2020, Kvartal 4 2020, Kvartal 4 2020',
      'VSS Framtagande av en tjänstekatalog och tjänsteportal: Kvartal 1 2020, Kvartal 1 2020, Kvartal 2 2020, Kvartal 3 2020, Kvartal 4 2020',
      'VSS Kundsamverkan genom dialoger, enkäter och fokusgrupper: April 2020, April 2020, Kvartal 1 2020, Kvartal 2 2020',
      'VSS Tjänsteutveckling: Kvartal 1 2020, Kvartal 2 2020, Kvartal 3 2020, Kvartal 4 2020',
      'VSS Styrning av tjänsteproduktion: Kvartal 1 2020, Kvartal 2 2020, Kvartal 2 2020',
    ]);
    const workplaces = plan.body.goals.find((goal) => goal.name === 'Goda arbetsplatser');
    expect(workplaces?.activities[0]).toMatchObject({
      text: 'Gemensam aktivitet kring kommunens kärnvärden för att skapa en starkare känsla inom förvaltningen.',
      source: '001:1650',
      responsibleUnit: { code: 'VSS' },
    });
    expect(workplaces?.indicators.length).toBeGreaterThan(0);
  });
});
