/**
 * Starting the next year through the API, on both engines: the preview writes nothing; the run copies the
 * round calendar and extends the goals that end, as a job with progress; a second run of the same year is
 * refused; the undo restores exactly what was there, and is refused once someone has edited a record the
 * rollover made; a reporter may do none of it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, changeLogSize, startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { buildOrganisation, type Fixture } from '../../../../test/factories.ts';
import type { JobDto } from '../../jobs/contract.ts';
import type { RolloverDto, RolloverPreviewDto } from '../contract.ts';

interface Round {
  id: string;
  year: number;
  kind: string;
  name: string;
  deadline: string;
  version: number;
}
interface Goal {
  id: string;
  name: string;
  validToYear: number | null;
  version: number;
}
interface ErrorBody {
  error: { code: string; message: string };
}

describe('year rollover', () => {
  let t: TestApp;
  let fixture: Fixture;
  let ending: Goal;
  let open: Goal;
  let reporter: Caller;

  const rounds = async (year: number) =>
    (await t.request<Round[]>('GET', `/api/v1/planning/rounds?year=${year}`)).body;
  const goal = async (id: string) => (await t.request<Goal>('GET', `/api/v1/goals/goals/${id}`)).body;
  const rollovers = async () => (await t.request<RolloverDto[]>('GET', '/api/v1/rollover/runs')).body;

  /** Starts the rollover and follows its job to the end. */
  async function run(fromYear: number): Promise<JobDto> {
    const started = await t.request<JobDto & ErrorBody>('POST', '/api/v1/rollover/runs', { fromYear });
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    for (;;) {
      const job = (await t.request<JobDto>('GET', `/api/v1/jobs/${started.body.id}`)).body;
      if (job.status === 'succeeded' || job.status === 'failed') {
        return job;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  beforeAll(async () => {
    t = await startTestApp();
    fixture = await buildOrganisation(t);
    const create = async (body: object) =>
      (await t.request<Goal>('POST', '/api/v1/goals/goals', { orgUnitId: 'VSS', ...body })).body;
    ending = await create({ name: 'Nöjda kunder', validFromYear: 2023, validToYear: 2023 });
    open = await create({ name: 'Hållbar ekonomi', validFromYear: 2023, validToYear: null });
    const indicator = await t.request<{ id: string }>('POST', '/api/v1/goals/indicators', {
      goalId: ending.id,
      name: 'Nöjd kundindex (NKI)',
    });
    expect(indicator.status).toBe(201);
    await t.request('POST', '/api/v1/goals/indicators', { goalId: ending.id, name: 'Svarstid (dagar)' });
    await t.request('POST', '/api/v1/goals/targets', {
      indicatorId: indicator.body.id,
      year: 2024,
      notation: '≥75',
    });
    reporter = await t.as('reporter', fixture.vssId);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('previews what each step would do, and writes nothing', async () => {
    const before = await changeLogSize(t);
    const response = await t.request<RolloverPreviewDto>('GET', '/api/v1/rollover/preview?fromYear=2023');
    expect(response.status).toBe(200);
    expect(response.body.toYear).toBe(2024);
    expect(response.body.refusal).toBeNull();
    const byName = Object.fromEntries(response.body.steps.map((step) => [step.name, step]));
    expect(byName.organisation?.summary).toMatch(/3 enheter gäller den 1 januari 2024/);
    expect(byName.planning).toMatchObject({ count: 3 });
    expect(byName.planning?.summary).toContain('Budget 2024, Delår 31 augusti 2024, Bokslut 2024');
    expect(byName.goals).toMatchObject({ count: 1 });
    expect(byName.goals?.summary).toContain('1 av 2 indikatorer saknar målvärde för 2024');
    expect(await changeLogSize(t)).toBe(before);
    expect(await rounds(2024)).toEqual([]);
  });

  it('is refused to a reporter: preview, start and list', async () => {
    expect((await reporter.request('GET', '/api/v1/rollover/preview?fromYear=2023')).status).toBe(403);
    expect((await reporter.request('POST', '/api/v1/rollover/runs', { fromYear: 2023 })).status).toBe(403);
    expect((await reporter.request('GET', '/api/v1/rollover/runs')).status).toBe(403);
  });

  let original: Goal;

  it('runs as a job: copies the round calendar, extends the ending goal, leaves the open one', async () => {
    original = await goal(ending.id);
    const job = await run(2023);
    expect(job.status, JSON.stringify(job.error)).toBe('succeeded');
    expect(job.kind).toBe('rollover.run');
    const copied = await rounds(2024);
    expect(copied.map((round) => [round.kind, round.name, round.deadline])).toEqual([
      ['budget', 'Budget 2024', '2023-10-31'],
      ['august', 'Delår 31 augusti 2024', '2024-09-15'],
      ['closing', 'Bokslut 2024', '2025-02-15'],
    ]);
    expect((await goal(ending.id)).validToYear).toBe(2024);
    expect((await goal(open.id)).validToYear).toBeNull();
    const [rollover] = await rollovers();
    expect(rollover).toMatchObject({ fromYear: 2023, toYear: 2024, undoable: true, undoneAt: null });
    expect(rollover?.counts).toEqual([
      { table: 'reporting_round', label: 'Uppföljningstillfället', created: 3, changed: 0 },
      { table: 'goal', label: 'Målet', created: 0, changed: 1 },
    ]);
  });

  it('refuses a second rollover of the same year, in the preview and at the start', async () => {
    const preview = await t.request<RolloverPreviewDto>('GET', '/api/v1/rollover/preview?fromYear=2023');
    expect(preview.body.refusal).toMatch(/^2024 har redan startats från 2023 \(av Testadministratör/);
    const again = await t.request<ErrorBody>('POST', '/api/v1/rollover/runs', { fromYear: 2023 });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('Ångra det först');
  });

  it('refuses an undo to a reporter', async () => {
    const [rollover] = await rollovers();
    const response = await reporter.request('POST', `/api/v1/rollover/runs/${rollover?.id}/undo`, {
      version: rollover?.version,
    });
    expect(response.status).toBe(403);
  });

  it('undoes exactly: the rounds deleted, the goal as it was, recorded in the change log', async () => {
    const [rollover] = await rollovers();
    const before = await changeLogSize(t);
    const response = await t.request<RolloverDto>('POST', `/api/v1/rollover/runs/${rollover?.id}/undo`, {
      version: rollover?.version,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.undoneAt).not.toBeNull();
    expect(await rounds(2024)).toEqual([]);
    const restored = await goal(ending.id);
    expect({ ...restored, version: original.version }).toEqual(original);
    // Three rounds deleted, the goal written back, the rollover marked undone.
    expect(await changeLogSize(t)).toBe(before + 5);
    const history = await t.request<{ action: string }[]>('GET', `/api/v1/goals/goals/${ending.id}/history`);
    expect(history.body.map((entry) => entry.action)).toEqual(['create', 'update', 'update']);
  });

  it('runs again after an undo, and refuses the undo once a record it made has been edited', async () => {
    expect((await run(2023)).status).toBe('succeeded');
    const [rollover] = await rollovers();
    const august = (await rounds(2024)).find((round) => round.kind === 'august');
    const edit = await t.request('PUT', `/api/v1/planning/rounds/${august?.id}`, {
      deadline: '2024-09-20',
      version: august?.version,
    });
    expect(edit.status).toBe(200);
    const [after] = await rollovers();
    expect(after).toMatchObject({ undoable: false });
    expect(after?.undoRefusal).toMatch(
      /^Årsskiftet kan inte ångras längre: uppföljningstillfället har ändrats/,
    );
    const undo = await t.request<ErrorBody>('POST', `/api/v1/rollover/runs/${rollover?.id}/undo`, {
      version: rollover?.version,
    });
    expect(undo.status).toBe(409);
    expect(await rounds(2024)).toHaveLength(3);
    expect((await goal(ending.id)).validToYear).toBe(2024);
  });
});
