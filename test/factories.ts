/**
 * Builds the records a test needs through the API, as a user would: no mocks and no SQL behind the
 * application's back.
 */
import assert from 'node:assert/strict';
import type { TestApp } from './app-harness.ts';

export interface Fixture {
  readonly municipalityId: string;
  readonly vssId: string;
  readonly goalAreaId: string;
  readonly municipalGoalId: string;
  readonly rounds: { budget2023: string; august2023: string; closing2023: string };
}

async function created<T extends { id: string }>(t: TestApp, url: string, body: unknown): Promise<T> {
  const response = await t.request<T>('POST', url, body);
  assert.equal(
    response.status,
    201,
    `POST ${url} answered ${response.status}: ${JSON.stringify(response.body)}`,
  );
  return response.body;
}

/** Linköpings kommun → Kommunstyrelsen → VSS, one goal area with a municipal goal from 2020, and 2023's rounds. */
export async function buildOrganisation(t: TestApp): Promise<Fixture> {
  const base = { validFrom: '2019-01-01', validTo: null };
  const municipality = await created<{ id: string }>(t, '/api/v1/organisation/units', {
    code: 'LINKOPING',
    name: 'Linköpings kommun',
    kind: 'municipality',
    parentId: null,
    ...base,
  });
  await created(t, '/api/v1/organisation/units', {
    code: 'KS',
    name: 'Kommunstyrelsen',
    kind: 'executiveBoard',
    parentId: municipality.id,
    ...base,
  });
  const vss = await created<{ id: string }>(t, '/api/v1/organisation/units', {
    code: 'VSS',
    name: 'Verksamhetsstöd och service',
    kind: 'administration',
    parentId: 'KS',
    ...base,
  });
  const area = await created<{ id: string }>(t, '/api/v1/goals/goal-areas', { name: 'Medborgare' });
  const municipalGoal = await created<{ id: string }>(t, '/api/v1/goals/municipal-goals', {
    goalAreaId: area.id,
    name: 'Välfärdstjänster med hög kvalitet, tillgänglighet och individen i centrum',
    validFromYear: 2020,
  });
  const round = (kind: string, deadline: string) =>
    created<{ id: string }>(t, '/api/v1/planning/rounds', { year: 2023, kind, deadline });
  const budget = await round('budget', '2022-10-31');
  const august = await round('august', '2023-09-15');
  const closing = await round('closing', '2024-02-15');
  return {
    municipalityId: municipality.id,
    vssId: vss.id,
    goalAreaId: area.id,
    municipalGoalId: municipalGoal.id,
    rounds: { budget2023: budget.id, august2023: august.id, closing2023: closing.id },
  };
}
