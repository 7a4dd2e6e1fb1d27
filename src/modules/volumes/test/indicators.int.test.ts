/**
 * A personnel figure feeding a goal's indicator, on both engines: the indicator names one of its unit's
 * measures and the goal table shows the measure's outcomes – total, women and men – at the round that
 * stated them; a measure of another unit is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { buildOrganisation, type Fixture } from '../../../../test/factories.ts';
import type { TableModel, TableRow } from '../../../core/table.ts';
import type { GoalSheet } from '../../goals/evaluation-service.ts';

let t: TestApp;
let f: Fixture;
const ids: Record<string, string> = {};

async function created(url: string, body: unknown): Promise<{ id: string }> {
  const response = await t.request<{ id: string }>('POST', url, body);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

beforeAll(async () => {
  t = await startTestApp();
  f = await buildOrganisation(t);
  ids.measure = (
    await created('/api/v1/volumes/measures', {
      orgUnitId: 'VSS',
      kind: 'personnel',
      name: 'Total sjukfrånvaro',
      unit: '%',
      validFromYear: 2022,
    })
  ).id;
  ids.other = (
    await created('/api/v1/volumes/measures', {
      orgUnitId: 'KS',
      kind: 'personnel',
      name: 'Sjukfrånvaro KS',
      unit: '%',
      validFromYear: 2022,
    })
  ).id;
  for (const [period, total, women, men] of [
    ['august', '4,1', '4,6', '3,2'],
    ['year', '4,3', '4,9', '3,4'],
  ] as const) {
    await created('/api/v1/volumes/values', {
      measureId: ids.measure,
      year: 2023,
      period,
      kind: 'outcome',
      total,
      women,
      men,
    });
  }
  ids.goal = (
    await created('/api/v1/goals/goals', {
      orgUnitId: 'VSS',
      municipalGoalId: f.municipalGoalId,
      name: 'Goda arbetsplatser',
      validFromYear: 2023,
    })
  ).id;
});
afterAll(async () => {
  await t?.close();
});

async function rows(round: string): Promise<string[][]> {
  const response = await t.request<GoalSheet>(
    'GET',
    `/api/v1/goals/sheet?orgUnit=VSS&year=2023&round=${round}`,
  );
  const table = response.body.sheet?.areas[0]?.tables[0] as TableModel;
  return table.groups
    .flatMap((group) => group.rows)
    .map((row: TableRow) => [row.header.text, ...row.cells.map((cell) => cell.text)]);
}

describe('volumes feeding indicators', () => {
  it('offers the goal unit’s measures, and refuses another unit’s', async () => {
    const offered = await t.request<{ key: string; label: string }[]>(
      'GET',
      `/api/v1/goals/indicator-computations?goalId=${ids.goal}`,
    );
    expect(offered.body.map((entry) => entry.label)).toContain(
      'Volym- eller personalmått: Total sjukfrånvaro (personal)',
    );
    expect(offered.body.map((entry) => entry.key)).not.toContain(`volumes.measure:${ids.other}`);
    const refused = await t.request<{ error: { message: string } }>('POST', '/api/v1/goals/indicators', {
      goalId: ids.goal,
      name: 'Fel enhets mått',
      computation: `volumes.measure:${ids.other}`,
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toContain('finns inte');
  });

  it('shows the measure’s outcomes with women and men, at the round that stated them', async () => {
    await created('/api/v1/goals/indicators', {
      goalId: ids.goal,
      name: 'Sjukfrånvaro (%)',
      unit: '%',
      isGenderSplit: true,
      computation: `volumes.measure:${ids.measure}`,
    });
    const august = await rows(f.rounds.august2023);
    expect(august.find((row) => row[0] === 'Sjukfrånvaro (%)')?.at(-3)).toBe('4,1');
    expect(august.find((row) => row[0] === 'Kvinnor')?.at(-3)).toBe('4,6');
    const closing = await rows(f.rounds.closing2023);
    expect(closing.find((row) => row[0] === 'Sjukfrånvaro (%)')?.at(-3)).toBe('4,3');
    expect(closing.find((row) => row[0] === 'Män')?.at(-3)).toBe('3,4');
  });
});
