/**
 * The investment room as a computed indicator (000:406), on both engines: (budget − actual) / budget of the
 * net investments inside the frame, from the actuals at closing and the forecasts at an interim round;
 * a project outside the frame does not count.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { buildOrganisation, type Fixture } from '../../../../test/factories.ts';
import type { TableModel, TableRow } from '../../../core/table.ts';
import type { GoalSheet } from '../../goals/evaluation-service.ts';

let t: TestApp;
let f: Fixture;
let indicatorId: string;

async function created(url: string, body: unknown): Promise<{ id: string }> {
  const response = await t.request<{ id: string }>('POST', url, body);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

beforeAll(async () => {
  t = await startTestApp();
  f = await buildOrganisation(t);
  for (const [placement, budget, forecast, actual] of [
    ['inside', '37900000', '47960000', '40000000'],
    ['outside', '1000000', '9000000', '9000000'],
  ] as const) {
    const project = await created('/api/v1/investments/projects', {
      orgUnitId: 'VSS',
      name: `IT-utrustning ${placement}`,
      placement,
      startYear: 2023,
    });
    for (const [kind, round, expenditure] of [
      ['budget', 'budget', budget],
      ['forecast', 'august', forecast],
      ['actual', 'closing', actual],
    ]) {
      await created('/api/v1/investments/amounts', {
        projectId: project.id,
        year: 2023,
        kind,
        round,
        expenditure,
      });
    }
  }
  const goal = await created('/api/v1/goals/goals', {
    orgUnitId: 'VSS',
    municipalGoalId: f.municipalGoalId,
    name: 'God ekonomisk kontroll',
    validFromYear: 2023,
  });
  indicatorId = (
    await created('/api/v1/goals/indicators', {
      goalId: goal.id,
      name: 'Investeringsavvikelse (%)',
      unit: '%',
      decimals: 1,
      computation: 'investments.room',
    })
  ).id;
});
afterAll(async () => {
  await t?.close();
});

async function figure(round: string): Promise<string | undefined> {
  const response = await t.request<GoalSheet>(
    'GET',
    `/api/v1/goals/sheet?orgUnit=VSS&year=2023&round=${round}`,
  );
  const table = response.body.sheet?.areas[0]?.tables[0] as TableModel;
  const row = table.groups
    .flatMap((group) => group.rows)
    .find((candidate: TableRow) => candidate.header.text === 'Investeringsavvikelse (%)');
  return row?.cells[2]?.text;
}

describe('the investment room indicator', () => {
  it('computes the interim round from the forecasts inside the frame', async () => {
    // (37 900 − 47 960) / 37 900 = −26,5 % (004:253-260 prints the same project's −10 060 tkr).
    expect(await figure(f.rounds.august2023)).toBe('−26,5');
  });

  it('computes the closing from the actuals', async () => {
    // (37 900 − 40 000) / 37 900 = −5,5 %.
    expect(await figure(f.rounds.closing2023)).toBe('−5,5');
  });

  it('is checked against a typed figure for the same round, which the consistency checks report', async () => {
    // As a report would print it: 10 % where the investments give −5,5 %.
    await created('/api/v1/goals/outcomes', {
      indicatorId,
      reportingRoundId: f.rounds.closing2023,
      year: 2023,
      total: '10',
    });
    const report = await t.request<{ findings: { ruleId: string; message: string }[] }>(
      'GET',
      '/api/v1/consistency/findings?org=VSS&year=2023&round=closing',
    );
    const finding = report.body.findings.find(
      (candidate) => candidate.ruleId === 'economy-indicator-not-reproduced',
    );
    expect(finding?.message).toMatch(/^Bokslut 2023 anger 10\s%\s+men ekonomin ger −5,5\s%/);
  });
});
