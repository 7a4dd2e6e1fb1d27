/**
 * Which goals and indicators a round asks for, through HTTP on both engines: set by those who govern the
 * municipality's rounds and refused to a reporter, the one-screen report narrowed to it and saying so, an
 * unknown goal refused by name, the subset carried in the data package and into the next year with the
 * rounds, and cleared again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { buildOrganisation, type Fixture } from '../../../../test/factories.ts';
import type { ImportReportDto } from '../../data-package/contract.ts';
import type { JobDto } from '../../jobs/contract.ts';
import type { ReportingRoundDto } from '../../planning/contract.ts';
import type { RolloverDto, RolloverPreviewDto } from '../../rollover/contract.ts';
import type { RoundSubsetDto, UnitReportDto } from '../contract.ts';

let t: TestApp;
let fixture: Fixture;
let reporter: Caller;
let economy: string;
let sickLeave: string;

interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; message: string }[] };
}

async function created<T extends { id: string }>(url: string, body: unknown): Promise<T> {
  const response = await t.request<T>('POST', url, body);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

async function finished(app: TestApp, jobId: string): Promise<JobDto> {
  for (;;) {
    const job = (await app.request<JobDto>('GET', `/api/v1/jobs/${jobId}`)).body;
    if (job.status === 'succeeded' || job.status === 'failed') {
      return job;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const subsetUrl = (roundId: string) => `/api/v1/reporting/rounds/${roundId}/subset`;
const reportOf = async (caller: Caller) =>
  (
    await caller.request<UnitReportDto>(
      'GET',
      `/api/v1/reporting/rounds/${fixture.rounds.august2023}/units/VSS/report`,
    )
  ).body;
const shape = (report: UnitReportDto) =>
  report.goals.map((goal) => [goal.name, goal.asked, goal.indicators.map((indicator) => indicator.name)]);

beforeAll(async () => {
  t = await startTestApp();
  fixture = await buildOrganisation(t);
  const goal = async (name: string, sortOrder: number) =>
    (
      await created<{ id: string }>('/api/v1/goals/goals', {
        orgUnitId: 'VSS',
        name,
        validFromYear: 2023,
        validToYear: 2023,
        sortOrder,
      })
    ).id;
  const indicator = async (goalId: string, name: string) =>
    (
      await created<{ id: string }>('/api/v1/goals/indicators', {
        goalId,
        name,
        desiredDirection: 'increase',
      })
    ).id;
  economy = await goal('Ekonomi i balans', 1);
  const staff = await goal('Attraktiv arbetsgivare', 2);
  await indicator(economy, 'Resultat');
  await indicator(economy, 'Budgetavvikelse');
  sickLeave = await indicator(staff, 'Total sjukfrånvaro');
  await indicator(staff, 'Andel heltidsanställningar');
  reporter = await t.as('reporter', fixture.vssId);
});

afterAll(async () => {
  await t?.close();
});

describe('a round without a subset', () => {
  it('asks for every goal and indicator, as before', async () => {
    const subset = await t.request<RoundSubsetDto>('GET', subsetUrl(fixture.rounds.august2023));
    expect(subset.status, JSON.stringify(subset.body)).toBe(200);
    expect(subset.body).toMatchObject({ summary: 'Alla mål och indikatorer', goalIds: [], mayEdit: true });
    expect(subset.body.goals.map((goal) => [goal.name, goal.unit.code, goal.indicators.length])).toEqual([
      ['Ekonomi i balans', 'VSS', 2],
      ['Attraktiv arbetsgivare', 'VSS', 2],
    ]);
    const report = await reportOf(reporter);
    expect(report.asks).toBeNull();
    expect(report.reported).toBe('0 av 4 indikatorer har utfall');
    expect(shape(report).every(([, asked]) => asked)).toBe(true);
  });
});

describe('setting a subset', () => {
  it('is refused to a reporter, who is told the subset without the right to change it', async () => {
    const refused = await reporter.request<ErrorBody>('PUT', subsetUrl(fixture.rounds.august2023), {
      goalIds: [economy],
      indicatorIds: [],
    });
    expect(refused.status).toBe(403);
    // Refused even when the save would change nothing.
    const unchanged = await reporter.request('PUT', subsetUrl(fixture.rounds.august2023), {
      goalIds: [],
      indicatorIds: [],
    });
    expect(unchanged.status).toBe(403);
    const seen = await reporter.request<RoundSubsetDto>('GET', subsetUrl(fixture.rounds.august2023));
    expect(seen.body).toMatchObject({ mayEdit: false, summary: 'Alla mål och indikatorer' });
  });

  it('refuses a goal that does not exist in the round’s year, naming the field and the value', async () => {
    const unknown = '00000000-0000-4000-8000-000000000001';
    const refused = await t.request<ErrorBody>('PUT', subsetUrl(fixture.rounds.august2023), {
      goalIds: [economy, unknown],
      indicatorIds: [],
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields).toEqual([
      { path: 'goalIds.1', message: `Målet ”${unknown}” finns inte 2023.` },
    ]);
  });

  it('narrows the report to a goal named whole and an indicator named alone, and says how much is asked', async () => {
    const saved = await t.request<RoundSubsetDto>('PUT', subsetUrl(fixture.rounds.august2023), {
      goalIds: [economy],
      indicatorIds: [sickLeave],
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.summary).toBe('1 mål och 1 indikator');
    const report = await reportOf(reporter);
    expect(shape(report)).toEqual([
      ['Ekonomi i balans', true, ['Resultat', 'Budgetavvikelse']],
      ['Attraktiv arbetsgivare', false, ['Total sjukfrånvaro']],
    ]);
    expect(report.asks).toBe('Tillfället frågar efter 3 av 4 indikatorer');
    expect(report.reported).toBe('0 av 3 indikatorer har utfall');
    // The other rounds still ask for everything.
    const closing = await reporter.request<UnitReportDto>(
      'GET',
      `/api/v1/reporting/rounds/${fixture.rounds.closing2023}/units/VSS/report`,
    );
    expect(closing.body.asks).toBeNull();
  });

  it('saves the same subset again without a change', async () => {
    const history = async () =>
      (await t.database.db.selectFrom('round_subset_item').select('id').execute())
        .map((row) => row.id)
        .sort();
    const before = await history();
    const again = await t.request<RoundSubsetDto>('PUT', subsetUrl(fixture.rounds.august2023), {
      goalIds: [economy, economy],
      indicatorIds: [sickLeave],
    });
    expect(again.status).toBe(200);
    expect(await history()).toEqual(before);
  });
});

describe('the data package', () => {
  it('carries the subset with the rounds, unchanged on the way back and whole into a new installation', async () => {
    const exported = await t.request<Record<string, unknown[]> & { format: string }>(
      'GET',
      '/api/v1/data-package/export',
    );
    expect(exported.status).toBe(200);
    expect(exported.body.roundSubsetItems).toHaveLength(2);
    const same = await t.request<ImportReportDto>('POST', '/api/v1/data-package/import', exported.body);
    expect(same.status, JSON.stringify(same.body)).toBe(200);
    expect(same.body.unchanged).toMatchObject({ roundSubsetItems: 2 });

    const fresh = await startTestApp();
    try {
      const report = await fresh.request<ImportReportDto>(
        'POST',
        '/api/v1/data-package/import',
        exported.body,
      );
      expect(report.status, JSON.stringify(report.body)).toBe(200);
      expect(report.body.created).toMatchObject({ roundSubsetItems: 2 });
      const subset = await fresh.request<RoundSubsetDto>('GET', subsetUrl(fixture.rounds.august2023));
      expect(subset.body.summary).toBe('1 mål och 1 indikator');
    } finally {
      await fresh.close();
    }
  });
});

describe('the year rollover', () => {
  it('gives the next year’s round of the same kind the same subset, and the undo takes it away', async () => {
    const preview = await t.request<RolloverPreviewDto>('GET', '/api/v1/rollover/preview?fromYear=2023');
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    const step = preview.body.steps.find((candidate) => candidate.name === 'reporting');
    expect(step).toMatchObject({
      count: 1,
      summary: 'Delår 31 augusti 2024 frågar efter samma mål och indikatorer som 2023.',
    });
    const started = await t.request<JobDto>('POST', '/api/v1/rollover/runs', { fromYear: 2023 });
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    const job = await finished(t, started.body.id);
    expect(job.status, JSON.stringify(job.error)).toBe('succeeded');
    const rounds = (await t.request<ReportingRoundDto[]>('GET', '/api/v1/planning/rounds?year=2024')).body;
    const august2024 = rounds.find((round) => round.kind === 'august')?.id ?? '';
    const carried = await t.request<RoundSubsetDto>('GET', subsetUrl(august2024));
    expect(carried.body).toMatchObject({ summary: '1 mål och 1 indikator', goalIds: [economy] });
    const closing2024 = rounds.find((round) => round.kind === 'closing')?.id ?? '';
    expect((await t.request<RoundSubsetDto>('GET', subsetUrl(closing2024))).body.summary).toBe(
      'Alla mål och indikatorer',
    );

    const [rollover] = (await t.request<RolloverDto[]>('GET', '/api/v1/rollover/runs')).body;
    const undone = await t.request('POST', `/api/v1/rollover/runs/${rollover?.id}/undo`, {
      version: rollover?.version,
    });
    expect(undone.status, JSON.stringify(undone.body)).toBe(200);
    expect((await t.request('GET', subsetUrl(august2024))).status).toBe(404);
  });
});

describe('clearing the subset', () => {
  it('asks for everything again', async () => {
    const cleared = await t.request<RoundSubsetDto>('PUT', subsetUrl(fixture.rounds.august2023), {
      goalIds: [],
      indicatorIds: [],
    });
    expect(cleared.body.summary).toBe('Alla mål och indikatorer');
    expect((await reportOf(reporter)).asks).toBeNull();
  });
});
