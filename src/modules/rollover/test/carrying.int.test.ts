/**
 * The year rollover carries what is unfinished, on both engines: a strategic assignment VSS has not finished
 * and an activity not yet genomförd go into the next year with the rollover (the goal the activity stands
 * under is extended first), the preview counts them without writing – each step seeing the steps before it –
 * and the undo takes them away again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeLogSize, startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { buildOrganisation, type Fixture } from '../../../../test/factories.ts';
import type { JobDto } from '../../jobs/contract.ts';
import type { RolloverDto, RolloverPreviewDto } from '../contract.ts';

let t: TestApp;
let fixture: Fixture;

async function created<T extends { id: string }>(url: string, body: unknown): Promise<T> {
  const response = await t.request<T>('POST', url, body);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

async function finished(jobId: string): Promise<JobDto> {
  for (;;) {
    const job = (await t.request<JobDto>('GET', `/api/v1/jobs/${jobId}`)).body;
    if (job.status === 'succeeded' || job.status === 'failed') {
      return job;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const assignmentsOf = async (year: number) =>
  (
    await t.request<{ assignments: { text: string }[] }>('GET', `/api/v1/assignments?year=${year}`)
  ).body.assignments.map((a) => a.text);
const activitiesOf = async (year: number) =>
  (await t.request<{ text: string }[]>('GET', `/api/v1/activities?org=VSS&year=${year}`)).body.map(
    (a) => a.text,
  );

beforeAll(async () => {
  t = await startTestApp();
  fixture = await buildOrganisation(t);
  const assignment = await created<{ id: string; recipients: { id: string }[] }>('/api/v1/assignments', {
    year: 2023,
    kind: 'common',
    text: 'Samtliga nämnder ska genomlysa sina lokaler.',
    recipients: ['VSS'],
  });
  await created('/api/v1/assignments/statuses', {
    recipientId: assignment.recipients[0]?.id,
    reportingRoundId: fixture.rounds.closing2023,
    status: 'inProgress',
    comment: 'Genomlysningen pågår.',
  });
  const finishedOne = await created<{ id: string; recipients: { id: string }[] }>('/api/v1/assignments', {
    year: 2023,
    kind: 'board',
    text: 'Klart i år.',
    recipients: ['VSS'],
  });
  await created('/api/v1/assignments/statuses', {
    recipientId: finishedOne.recipients[0]?.id,
    reportingRoundId: fixture.rounds.closing2023,
    status: 'done',
    comment: null,
  });
  const goal = await created<{ id: string }>('/api/v1/goals/goals', {
    orgUnitId: 'VSS',
    name: 'Nöjda kunder',
    validFromYear: 2023,
    validToYear: 2023,
  });
  await created('/api/v1/activities', {
    orgUnitId: fixture.vssId,
    year: 2023,
    goalId: goal.id,
    text: 'Mäta kundnöjdheten varje kvartal.',
    completionKind: 'ongoing',
  });
});

afterAll(async () => {
  await t?.close();
});

describe('carrying the unfinished into the next year', () => {
  it('counts the assignment and the activity in the preview, and writes nothing', async () => {
    const before = await changeLogSize(t);
    const preview = await t.request<RolloverPreviewDto>('GET', '/api/v1/rollover/preview?fromYear=2023');
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    const byName = Object.fromEntries(preview.body.steps.map((step) => [step.name, step]));
    expect(byName.assignments).toMatchObject({ count: 1 });
    expect(byName.assignments?.summary).toBe(
      '1 ofärdigt uppdrag förs över till 2024 med de mottagare som inte är klara.',
    );
    // The activity's goal ends with 2023: the preview sees it extended by the goals' step before it.
    expect(byName.goals).toMatchObject({ count: 1 });
    expect(byName.activities).toMatchObject({
      count: 1,
      summary: '1 ofärdig aktivitet förs över till 2024.',
    });
    expect(await changeLogSize(t)).toBe(before);
    expect(await assignmentsOf(2024)).toEqual([]);
  });

  it('carries both with the rollover, and the undo takes them away again', async () => {
    const started = await t.request<JobDto>('POST', '/api/v1/rollover/runs', { fromYear: 2023 });
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    const job = await finished(started.body.id);
    expect(job.status, JSON.stringify(job.error)).toBe('succeeded');
    expect(await assignmentsOf(2024)).toEqual(['Samtliga nämnder ska genomlysa sina lokaler.']);
    expect(await activitiesOf(2024)).toEqual(['Mäta kundnöjdheten varje kvartal.']);

    const [rollover] = (await t.request<RolloverDto[]>('GET', '/api/v1/rollover/runs')).body;
    const undone = await t.request('POST', `/api/v1/rollover/runs/${rollover?.id}/undo`, {
      version: rollover?.version,
    });
    expect(undone.status, JSON.stringify(undone.body)).toBe(200);
    expect(await assignmentsOf(2024)).toEqual([]);
    expect(await activitiesOf(2024)).toEqual([]);
  });
});
