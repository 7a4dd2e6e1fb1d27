import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { buildOrganisation, type Fixture } from '../../../../test/factories.ts';
import type { TableModel, TableRow } from '../../../core/table.ts';
import type { GoalDto, IndicatorDto, OutcomeDto, TargetDto } from '../contract.ts';
import type { GoalSheet } from '../evaluation-service.ts';

interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; message: string }[] };
}

let t: TestApp;
let f: Fixture;
beforeAll(async () => {
  t = await startTestApp();
  f = await buildOrganisation(t);
});
afterAll(async () => {
  await t?.close();
});

async function sheet(round: string) {
  const response = await t.request<GoalSheet>(
    'GET',
    `/api/v1/goals/sheet?orgUnit=VSS&year=2023&round=${round}`,
  );
  expect(response.status).toBe(200);
  if (!response.body.sheet) {
    throw new Error('no sheet');
  }
  return response.body.sheet;
}

const firstTable = (goalSheet: NonNullable<GoalSheet['sheet']>) =>
  goalSheet.areas[0]?.tables[0] as TableModel;
const texts = (row: TableRow | undefined) => row?.cells.map((cell) => cell.text);
const columnLabels = (table: TableModel) => table.columns.slice(1).map((column) => column.label);

describe('goals, indicators, targets and outcomes through the API', () => {
  let goal: GoalDto;
  let indicator: IndicatorDto;

  it('creates a goal for a unit named by its code', async () => {
    const response = await t.request<GoalDto>('POST', '/api/v1/goals/goals', {
      orgUnitId: 'vss',
      municipalGoalId: f.municipalGoalId,
      name: 'God service',
      description: 'Kunderna är nöjda.',
      validFromYear: 2023,
    });
    expect(response.status).toBe(201);
    goal = response.body;
    expect(goal.orgUnitId).toBe(f.vssId);
  });

  it('refuses a municipal goal that is not in force, naming the field', async () => {
    const response = await t.request<ErrorBody>('POST', '/api/v1/goals/goals', {
      orgUnitId: 'VSS',
      municipalGoalId: f.municipalGoalId,
      name: 'För tidigt',
      validFromYear: 2019,
    });
    expect(response.status).toBe(422);
    expect(response.body.error.fields?.[0]?.path).toBe('municipalGoalId');
  });

  it('creates indicators with a sub-row and a gender split, and refuses a second level', async () => {
    const parent = await t.request<IndicatorDto>('POST', '/api/v1/goals/indicators', {
      goalId: goal.id,
      name: 'Kundnöjdhet',
    });
    const child = await t.request<IndicatorDto>('POST', '/api/v1/goals/indicators', {
      goalId: goal.id,
      parentIndicatorId: parent.body.id,
      name: 'LKDATA (0-5)',
      unit: '0-5',
      desiredDirection: 'increase',
    });
    expect(child.status).toBe(201);
    indicator = child.body;
    const grandchild = await t.request<ErrorBody>('POST', '/api/v1/goals/indicators', {
      goalId: goal.id,
      parentIndicatorId: indicator.id,
      name: 'För djupt',
    });
    expect(grandchild.status).toBe(422);
    expect(grandchild.body.error.code).toBe('goals.parent_indicator_invalid');
  });

  it('stores targets as written and says how it reads them', async () => {
    for (const [year, notation] of [
      [2023, '≥4,5'],
      [2024, 'Öka'],
    ] as const) {
      const response = await t.request<TargetDto>('POST', '/api/v1/goals/targets', {
        indicatorId: indicator.id,
        year,
        notation,
      });
      expect(response.status).toBe(201);
    }
    const detail = await t.request<{ targets: TargetDto[] }>(
      'GET',
      `/api/v1/goals/indicators/${indicator.id}`,
    );
    expect(detail.body.targets.map((target) => [target.notation, target.interpretation.description])).toEqual(
      [
        ['≥4,5', 'Minst 4,5.'],
        ['Öka', 'Öka jämfört med föregående års utfall.'],
      ],
    );
    const duplicate = await t.request<ErrorBody>('POST', '/api/v1/goals/targets', {
      indicatorId: indicator.id,
      year: 2023,
      notation: '5',
    });
    expect(duplicate.status).toBe(409);
    const women = await t.request<ErrorBody>('POST', '/api/v1/goals/targets', {
      indicatorId: indicator.id,
      year: 2023,
      part: 'women',
      notation: '5',
    });
    expect(women.status).toBe(422);
    expect(women.body.error.code).toBe('goals.not_gender_split');
    // An empty target is refused, not saved as "no target", which would stand in the way of the real one.
    const empty = await t.request<ErrorBody>('POST', '/api/v1/goals/targets', {
      indicatorId: indicator.id,
      year: 2025,
      notation: '  ',
    });
    expect(empty.status).toBe(400);
    expect(empty.body.error.fields).toEqual([
      {
        path: 'notation',
        message: 'Målvärde: får inte vara tomt: skriv målvärdet, eller - om det inte finns något.',
      },
    ]);
  });

  it('takes outcomes in Swedish notation, exactly, and gives each its status in the sheet', async () => {
    const budget = await t.request<OutcomeDto>('POST', '/api/v1/goals/outcomes', {
      indicatorId: indicator.id,
      reportingRoundId: f.rounds.budget2023,
      year: 2022,
      toMonth: 7,
      total: '4,4',
    });
    expect(budget.status).toBe(201);
    expect(budget.body.total).toBe('4.4');
    const interim = await t.request<OutcomeDto>('POST', '/api/v1/goals/outcomes', {
      indicatorId: indicator.id,
      reportingRoundId: f.rounds.august2023,
      year: 2023,
      toMonth: 8,
      total: '4,4',
    });
    expect(interim.status).toBe(201);

    const budgetTable = firstTable(await sheet(f.rounds.budget2023));
    expect(columnLabels(budgetTable)).toEqual(['2021', '2022', 'Målvärde 2023', 'Målvärde 2024']);
    const budgetRow = budgetTable.groups[0]?.rows[1];
    expect(texts(budgetRow)).toEqual(['', '4,4', '≥4,5', 'Öka']);
    expect(budgetTable.footnotes).toEqual([{ marker: 1, text: 'utfall januari till juli' }]);

    const interimTable = firstTable(await sheet(f.rounds.august2023));
    expect(columnLabels(interimTable)).toEqual(['2021', '2022', 'Aug. 2023', 'Målvärde 2023', 'Status']);
    const row = interimTable.groups[0]?.rows[1];
    expect(texts(row)).toEqual(['', '4,4', '4,4', '≥4,5', 'Ej uppfyllt']);
    expect(row?.cells[4]?.tone).toBe('bad');
  });

  it('refuses an outcome that breaks the rules, listing every field, and saves nothing', async () => {
    const response = await t.request<ErrorBody>('POST', '/api/v1/goals/outcomes', {
      indicatorId: indicator.id,
      reportingRoundId: f.rounds.august2023,
      year: 2024,
      fromMonth: 9,
      toMonth: 3,
      total: '4,6',
      women: '4,0',
      noData: ['total'],
    });
    expect(response.status).toBe(422);
    expect(response.body.error.fields?.map((field) => field.path)).toEqual([
      'toMonth',
      'year',
      'total',
      'women',
    ]);
    const notANumber = await t.request<ErrorBody>('POST', '/api/v1/goals/outcomes', {
      indicatorId: indicator.id,
      reportingRoundId: f.rounds.august2023,
      year: 2023,
      total: 'fyra',
    });
    expect(notANumber.status).toBe(400);
    expect(notANumber.body.error.fields).toEqual([
      { path: 'total', message: 'Totalt: ska vara ett tal, t.ex. 4,5 eller 1 234,5.' },
    ]);
    const detail = await t.request<{ outcomes: OutcomeDto[] }>(
      'GET',
      `/api/v1/goals/indicators/${indicator.id}`,
    );
    expect(detail.body.outcomes).toHaveLength(2);
  });

  it('records "ingen uppgift" with a reason', async () => {
    const response = await t.request<OutcomeDto>('POST', '/api/v1/goals/outcomes', {
      indicatorId: indicator.id,
      reportingRoundId: f.rounds.closing2023,
      year: 2023,
      noData: ['total'],
      noDataReason: 'Nytt telefonisystem gör att mätning ej är möjlig.',
    });
    expect(response.status).toBe(201);
    const closing = firstTable(await sheet(f.rounds.closing2023));
    const row = closing.groups[0]?.rows[1];
    expect(row?.cells[2]).toMatchObject({ text: 'I.U.', kind: 'noData', note: 'ingen uppgift' });
    expect(row?.cells[4]?.text).toBe('Utfall saknas');
    expect(closing.footnotes.map((note) => note.text)).toContain(
      'Ingen uppgift: Nytt telefonisystem gör att mätning ej är möjlig.',
    );
  });

  it('refuses a stale version with 409, and logs every change with old and new values', async () => {
    const first = await t.request<GoalDto>('PUT', `/api/v1/goals/goals/${goal.id}`, {
      municipalGoalId: f.municipalGoalId,
      name: 'God service och god kundsamverkan',
      validFromYear: 2023,
      version: goal.version,
    });
    expect(first.status).toBe(200);
    const stale = await t.request<ErrorBody>('PUT', `/api/v1/goals/goals/${goal.id}`, {
      municipalGoalId: f.municipalGoalId,
      name: 'Skriver över',
      validFromYear: 2023,
      version: goal.version,
    });
    expect(stale.status).toBe(409);
    const history = await t.request<
      { action: string; oldValue: { name: string } | null; newValue: { name: string } }[]
    >('GET', `/api/v1/goals/goals/${goal.id}/history`);
    expect(history.body.map((entry) => entry.action)).toEqual(['create', 'update']);
    expect(history.body[1]?.oldValue?.name).toBe('God service');
    expect(history.body[1]?.newValue.name).toBe('God service och god kundsamverkan');
    goal = first.body;
  });

  it('reorders goals and indicators, and refuses an incomplete order', async () => {
    const second = await t.request<GoalDto>('POST', '/api/v1/goals/goals', {
      orgUnitId: 'VSS',
      municipalGoalId: f.municipalGoalId,
      name: 'God kundsamverkan',
      validFromYear: 2023,
    });
    const reordered = await t.request<GoalDto[]>('POST', '/api/v1/goals/goals/reorder', {
      ids: [second.body.id, goal.id],
    });
    expect(reordered.status).toBe(200);
    const goals = await t.request<GoalDto[]>('GET', '/api/v1/goals/goals?orgUnit=VSS&year=2023');
    expect(goals.body.map((candidate) => candidate.name)).toEqual([
      'God kundsamverkan',
      'God service och god kundsamverkan',
    ]);
    const partial = await t.request<ErrorBody>('POST', '/api/v1/goals/goals/reorder', { ids: [goal.id] });
    expect(partial.status).toBe(422);
    goal = goals.body[1] as GoalDto;
  });

  it('retires a goal: it leaves the sheet and the year list but keeps its history, and can be reinstated', async () => {
    const retired = await t.request<GoalDto>('POST', `/api/v1/goals/goals/${goal.id}/retire`, {
      version: goal.version,
    });
    expect(retired.status).toBe(200);
    expect(retired.body.retiredAt).not.toBeNull();
    const names = (await sheet(f.rounds.august2023)).areas.flatMap((area) =>
      area.tables.flatMap((table) => table.groups.map((group) => group.heading)),
    );
    expect(names).not.toContain(goal.name);
    const reinstated = await t.request<GoalDto>('POST', `/api/v1/goals/goals/${goal.id}/reinstate`, {
      version: retired.body.version,
    });
    expect(reinstated.body.retiredAt).toBeNull();
  });

  it('refuses a goal that would become its own ancestor (A → B → A)', async () => {
    const create = (name: string, parentGoalId: string | null) =>
      t.request<GoalDto>('POST', '/api/v1/goals/goals', {
        orgUnitId: 'VSS',
        municipalGoalId: f.municipalGoalId,
        parentGoalId,
        name,
        validFromYear: 2023,
      });
    const a = (await create('Övergripande', null)).body;
    const b = (await create('Underordnat', a.id)).body;
    const cycle = await t.request<ErrorBody>('PUT', `/api/v1/goals/goals/${a.id}`, {
      parentGoalId: b.id,
      version: a.version,
    });
    expect(cycle.status).toBe(422);
    expect(cycle.body.error.code).toBe('goals.parent_goal_cycle');
    expect(cycle.body.error.fields?.[0]?.path).toBe('parentGoalId');
  });

  it('changes only the fields an update names, so a client that leaves a field out never clears it', async () => {
    const created = await t.request<IndicatorDto>('POST', '/api/v1/goals/indicators', {
      goalId: goal.id,
      name: 'Kundnöjdhet HR-service',
      unit: '0-10',
      definition: 'Genomsnittligt betyg.',
      desiredDirection: 'increase',
    });
    const renamed = await t.request<IndicatorDto>('PUT', `/api/v1/goals/indicators/${created.body.id}`, {
      name: 'Kundnöjdhet HR-service (0-10)',
      version: created.body.version,
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({
      name: 'Kundnöjdhet HR-service (0-10)',
      unit: '0-10',
      definition: 'Genomsnittligt betyg.',
      desiredDirection: 'increase',
      version: created.body.version + 1,
    });
    const cleared = await t.request<IndicatorDto>('PUT', `/api/v1/goals/indicators/${created.body.id}`, {
      definition: null,
      version: renamed.body.version,
    });
    expect(cleared.body.definition).toBeNull();
    const unchanged = await t.request<IndicatorDto>('PUT', `/api/v1/goals/indicators/${created.body.id}`, {
      unit: '0-10',
      version: cleared.body.version,
    });
    expect(unchanged.body.version).toBe(cleared.body.version);
  });

  it('answers unknown records with 404 and malformed ids with 400, never 500', async () => {
    const missing = await t.request<ErrorBody>(
      'GET',
      '/api/v1/goals/goals/6f0c5b1e-3c4d-4e5f-8a9b-0c1d2e3f4a5b',
    );
    expect(missing.status).toBe(404);
    const malformed = await t.request<ErrorBody>('GET', '/api/v1/goals/goals/inte-ett-id');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.message).toContain('Id: är inte ett giltigt id (uuid).');
  });

  it('reads an outcome stated in another unit than its indicator in that unit, and shows the unit', async () => {
    const costs = await t.request<GoalDto>('POST', '/api/v1/goals/goals', {
      orgUnitId: 'VSS',
      municipalGoalId: f.municipalGoalId,
      name: 'Kostnader i balans',
      validFromYear: 2023,
    });
    const cost = await t.request<IndicatorDto>('POST', '/api/v1/goals/indicators', {
      goalId: costs.body.id,
      name: 'Kostnad för inhyrd personal',
      unit: 'mnkr',
      desiredDirection: 'decrease',
    });
    await t.request('POST', '/api/v1/goals/targets', {
      indicatorId: cost.body.id,
      year: 2023,
      notation: '≤2',
    });
    const outcome = await t.request<OutcomeDto>('POST', '/api/v1/goals/outcomes', {
      indicatorId: cost.body.id,
      reportingRoundId: f.rounds.august2023,
      year: 2023,
      total: '1 500',
      unit: 'tkr',
    });
    expect(outcome.status).toBe(201);
    expect(outcome.body.unit).toBe('tkr');
    const costRow = async () => {
      const table = (await sheet(f.rounds.august2023)).areas[0]?.tables[0] as TableModel;
      const rows = table.groups.flatMap((group) => group.rows);
      return texts(rows.find((row) => row.cells.some((cell) => cell.text.endsWith(' tkr'))));
    };
    // 1 500 tkr is 1,5 mnkr, within a ceiling of 2 mnkr; as a bare 1 500 it would not be.
    expect(await costRow()).toEqual(['', '', '1\u00a0500 tkr', '≤2', 'Uppfyllt']);
    const percent = await t.request<OutcomeDto>('PUT', `/api/v1/goals/outcomes/${outcome.body.id}`, {
      version: outcome.body.version,
      unit: '%',
      total: '1,5',
    });
    expect(percent.status).toBe(200);
    const table = (await sheet(f.rounds.august2023)).areas[0]?.tables[0] as TableModel;
    const row = table.groups
      .flatMap((group) => group.rows)
      .find((r) => r.cells.some((c) => c.text === '1,5 %'));
    expect(row?.cells[4]?.text).toBe('Kan inte beräknas');
  });
});
