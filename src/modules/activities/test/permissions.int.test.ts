/**
 * The page Verksamhetsplan and the activities of the one-screen report get what the signed-in user may do
 * there, decided by the policy that decides every save: VSS's controller plans VSS's activities; a reporter
 * reports the status of the activities their unit is responsible for, not at the budget, not in a closed
 * round and not once the responsible unit's part of the round is approved; a reader does nothing – and the
 * server then does what the page said (on both engines).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { buildOrganisation, type Fixture } from '../../../../test/factories.ts';
import type { ActivitiesMay, ActivityDto, ActivityViewDto } from '../contract.ts';

let t: TestApp;
let f: Fixture;
let goalId: string;
/** Two activities in VSS's plan for 2023: one VSS is responsible for, one KLF. */
let vssActivity: string;
let klfActivity: string;
const callers: Record<string, Caller> = {};

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
  completionKind: 'ongoing',
  ...fields,
});

beforeAll(async () => {
  t = await startTestApp();
  f = await buildOrganisation(t);
  await created(t, '/api/v1/organisation/units', {
    code: 'KLF',
    name: 'Kommunledningsförvaltningen',
    kind: 'administration',
    parentId: 'KS',
    validFrom: '2019-01-01',
  });
  goalId = (
    await created<{ id: string }>(t, '/api/v1/goals/goals', {
      orgUnitId: f.vssId,
      name: 'Goda arbetsplatser',
      validFromYear: 2023,
    })
  ).id;
  vssActivity = (await created<{ id: string }>(t, '/api/v1/activities', activity())).id;
  klfActivity = (
    await created<{ id: string }>(
      t,
      '/api/v1/activities',
      activity({ text: 'Gemensam upphandling', responsibleUnitId: 'KLF' }),
    )
  ).id;
  callers.controller = await t.as('controller', f.vssId);
  callers.reporter = await t.as('reporter', f.vssId);
  callers.klfReporter = await t.as('reporter', 'KLF');
  callers.approver = await t.as('approver', f.vssId);
  callers.reader = await t.as('reader', null);
});

afterAll(async () => {
  await t?.close();
});

async function may(who: string, round?: string, query = 'org=VSS&year=2023'): Promise<ActivitiesMay> {
  const response = await (callers[who] as Caller).request<ActivitiesMay>(
    'GET',
    `/api/v1/activities/permissions?${query}${round ? `&round=${round}` : ''}`,
  );
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

/** Saves a status as the page would: new, or a change with the version read. */
async function saveStatus(who: string, activityId: string, round: string): Promise<number> {
  const list = await t.request<ActivityViewDto[]>(
    'GET',
    `/api/v1/activities?org=VSS&year=2023&round=${round}`,
  );
  const version = list.body.find((one) => one.id === activityId)?.status?.version;
  const response = await (callers[who] as Caller).request(
    'PUT',
    `/api/v1/activities/${activityId}/rounds/${round}/status`,
    { status: 'inProgress', ...(version === undefined ? {} : { version }) },
  );
  return response.status;
}

/** Plans an activity, and removes it again when that went through: the status tests see the two only. */
async function createActivity(who: string): Promise<number> {
  const caller = callers[who] as Caller;
  const response = await caller.request<ActivityDto>('POST', '/api/v1/activities', activity({ text: 'Ny' }));
  if (response.status === 201) {
    const removed = await caller.request(
      'DELETE',
      `/api/v1/activities/${response.body.id}?version=${response.body.version}`,
    );
    expect(removed.status).toBe(204);
  }
  return response.status;
}

describe('what the verksamhetsplan says its user may do', () => {
  it('lets VSS’s controller plan VSS, and no one else plan', async () => {
    expect((await may('controller')).plan).toBe(true);
    for (const who of ['reporter', 'klfReporter', 'approver', 'reader']) {
      expect((await may(who)).plan, who).toBe(false);
    }
    expect((await may('controller', undefined, 'org=KLF&year=2023')).plan).toBe(false);
  });

  it('is what the server then does with a new activity', async () => {
    for (const who of ['reporter', 'klfReporter', 'approver', 'reader']) {
      expect(await createActivity(who), who).toBe(403);
    }
    expect(await createActivity('controller')).toBe(201);
  });

  it('lets each reporter report the activities their unit is responsible for, at a follow-up round only', async () => {
    const august = f.rounds.august2023;
    expect((await may('reporter', august)).reportActivities).toEqual([vssActivity]);
    expect((await may('klfReporter', august)).reportActivities).toEqual([klfActivity]);
    expect((await may('controller', august)).reportActivities).toEqual([vssActivity]);
    for (const who of ['approver', 'reader']) {
      expect(await may(who, august), who).toEqual({ plan: false, reportActivities: [] });
    }
    // Without a round, and at the budget, there is nothing to report.
    expect((await may('reporter')).reportActivities).toEqual([]);
    expect((await may('reporter', f.rounds.budget2023)).reportActivities).toEqual([]);
  });

  it('is what the server then does with a status', async () => {
    const august = f.rounds.august2023;
    expect(await saveStatus('reporter', klfActivity, august)).toBe(403);
    expect(await saveStatus('klfReporter', vssActivity, august)).toBe(403);
    expect(await saveStatus('reader', vssActivity, august)).toBe(403);
    expect(await saveStatus('reporter', vssActivity, f.rounds.budget2023)).toBe(422);
    expect(await saveStatus('reporter', vssActivity, august)).toBe(200);
    expect(await saveStatus('klfReporter', klfActivity, august)).toBe(200);
  });

  it('offers no status once VSS’s part of the round is approved, where the server refuses it', async () => {
    const august = f.rounds.august2023;
    const actions = `/api/v1/reporting/rounds/${august}/units/VSS/actions`;
    const ready = await (callers.reporter as Caller).request<{ version: number }>('POST', actions, {
      action: 'markReady',
      version: null,
    });
    expect(ready.status, JSON.stringify(ready.body)).toBe(200);
    const approved = await (callers.approver as Caller).request('POST', actions, {
      action: 'approve',
      version: ready.body.version,
    });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    // VSS's own activity is locked with VSS's part; KLF's, whose part is not approved, is not.
    expect((await may('reporter', august)).reportActivities).toEqual([]);
    expect((await may('klfReporter', august)).reportActivities).toEqual([klfActivity]);
    expect(await saveStatus('reporter', vssActivity, august)).toBe(409);
    expect(await saveStatus('klfReporter', klfActivity, august)).toBe(200);
  });

  it('offers no status in a closed round, where the server refuses it', async () => {
    const closing = f.rounds.closing2023;
    expect((await may('reporter', closing)).reportActivities).toEqual([vssActivity]);
    const rounds = await t.request<{ id: string; version: number }[]>(
      'GET',
      '/api/v1/planning/rounds?year=2023',
    );
    const round = rounds.body.find((candidate) => candidate.id === closing);
    const closed = await t.request('PUT', `/api/v1/planning/rounds/${closing}`, {
      closed: true,
      version: round?.version,
    });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    for (const who of ['reporter', 'klfReporter', 'controller']) {
      expect((await may(who, closing)).reportActivities, who).toEqual([]);
    }
    expect(await saveStatus('reporter', vssActivity, closing)).toBe(409);
    // Planning is not locked with a round.
    expect((await may('controller', closing)).plan).toBe(true);
  });

  it('refuses an unknown unit and an unknown round', async () => {
    const unknown = await (callers.reader as Caller).request<{ error: { message: string } }>(
      'GET',
      '/api/v1/activities/permissions?org=FINNS_INTE&year=2023',
    );
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toContain('FINNS_INTE');
    const noRound = await (callers.reader as Caller).request(
      'GET',
      '/api/v1/activities/permissions?org=VSS&year=2023&round=6f0c5b1e-3c4d-4e5f-8a9b-0c1d2e3f4a5b',
    );
    expect(noRound.status).toBe(404);
  });
});
