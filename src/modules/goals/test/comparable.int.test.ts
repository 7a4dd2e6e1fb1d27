/**
 * The same indicator across goal periods and a reorganisation: a division's indicator of 2023 finds its own
 * of 2022 and the one of the unit whose work it took over in 2022 – with their outcomes – and not a
 * namesake elsewhere in the municipality or under another parent; on both engines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { buildOrganisation, type Fixture } from '../../../../test/factories.ts';
import type { ComparableIndicatorDto } from '../contract.ts';

let t: TestApp;
let f: Fixture;

async function created<T extends { id: string }>(path: string, body: object): Promise<T> {
  const response = await t.request<T>('POST', `/api/v1${path}`, body);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

const goal = (orgUnitId: string, name: string, validFromYear: number, validToYear: number | null) =>
  created('/goals/goals', { orgUnitId, name, validFromYear, validToYear });
const indicator = (goalId: string, name: string, parentIndicatorId: string | null = null) =>
  created('/goals/indicators', { goalId, name, parentIndicatorId });

beforeAll(async () => {
  t = await startTestApp();
  f = await buildOrganisation(t);
  const unit = (code: string, name: string, validFrom: string, validTo: string | null) =>
    created('/organisation/units', { code, name, kind: 'unit', parentId: 'VSS', validFrom, validTo });
  await unit('HRS', 'HR service', '2019-01-01', '2021-12-31');
  await unit('VOH', 'Verksamhetsområde HR', '2022-01-01', null);
  await created('/organisation/successions', {
    predecessorId: 'HRS',
    successorId: 'VOH',
    effectiveFrom: '2022-01-01',
  });
});

afterAll(async () => {
  await t?.close();
});

describe('comparable indicators', () => {
  it('are the unit’s own in other goals and its predecessor’s, oldest first, with their outcomes', async () => {
    const before = await goal('HRS', 'Friska medarbetare', 2019, 2021);
    const beforeIndicator = await indicator(before.id, 'Total sjukfrånvaro');
    const managers = await indicator(before.id, 'Chefer');
    await indicator(before.id, 'Total sjukfrånvaro', managers.id);
    const outcome = await t.request('POST', '/api/v1/goals/outcomes', {
      indicatorId: beforeIndicator.id,
      reportingRoundId: f.rounds.budget2023,
      year: 2021,
      total: '3,94',
    });
    expect(outcome.status, JSON.stringify(outcome.body)).toBe(201);
    const lastYear = await goal('VOH', 'Hållbar arbetsmiljö', 2022, 2022);
    const lastYearIndicator = await indicator(lastYear.id, 'total sjukfrånvaro');
    const elsewhere = await goal('KS', 'Friska medarbetare i kommunstyrelsen', 2019, null);
    await indicator(elsewhere.id, 'Total sjukfrånvaro');
    const current = await goal('VOH', 'Hållbar arbetsmiljö', 2023, null);
    const currentIndicator = await indicator(current.id, '*Total sjukfrånvaro (%)');

    const response = await t.request<ComparableIndicatorDto[]>(
      'GET',
      `/api/v1/goals/indicators/${currentIndicator.id}/comparable`,
    );
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(
      response.body.map((match) => [
        match.indicator.id,
        match.orgUnit.code,
        match.goal.validFromYear,
        match.generation,
      ]),
    ).toEqual([
      [beforeIndicator.id, 'HRS', 2019, 1],
      [lastYearIndicator.id, 'VOH', 2022, 0],
    ]);
    expect(response.body[0]?.outcomes.map((found) => [found.year, found.total])).toEqual([[2021, '3.94']]);
  });

  it('answers an unknown indicator with a Swedish 404', async () => {
    const response = await t.request<{ error: { message: string } }>(
      'GET',
      '/api/v1/goals/indicators/00000000-0000-4000-8000-000000000000/comparable',
    );
    expect(response.status).toBe(404);
    expect(response.body.error.message).toMatch(/Indikatorn/);
  });
});
