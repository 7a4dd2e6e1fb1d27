/**
 * Internal control through the API on both engines: risk analyses and risks on the municipality's scale,
 * escalation to the unit above (which then sees the risk in its matrix), controls with common ones inherited
 * by the units below, results per unit and round (a deficient one refused without an action, in Swedish,
 * naming the field), actions followed to closed, permissions (a sibling's reporter and a reader refused),
 * the change log, the follow-up sentence and carrying "får kvarstå" into the next year.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { buildOrganisation, type Fixture } from '../../../../test/factories.ts';
import { buildDemoPackage } from '../../../demo/linkoping.ts';
import type { ImportReportDto } from '../../data-package/contract.ts';
import type {
  ActionDto,
  AnalysisDto,
  ControlDto,
  FollowUpDto,
  OverviewDto,
  ResultDto,
  RiskDto,
} from '../contract.ts';

interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; message: string }[] };
}

let t: TestApp;
let fixture: Fixture;
let eksId: string;
let reporter: Caller;
let siblingReporter: Caller;
let reader: Caller;
let controller: Caller;
let central: Caller;

async function created<T>(caller: Caller, url: string, body: unknown): Promise<T> {
  const response = await caller.request<T>('POST', url, body);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

const unit = (code: string, name: string, parentId: string) =>
  created<{ id: string }>(t, '/api/v1/organisation/units', {
    code,
    name,
    kind: 'unit',
    parentId,
    validFrom: '2019-01-01',
  });

const overview = async (caller: Caller, org: string, extra = '') =>
  (await caller.request<OverviewDto>('GET', `/api/v1/internal-control?org=${org}&year=2023${extra}`)).body;

beforeAll(async () => {
  t = await startTestApp();
  fixture = await buildOrganisation(t);
  eksId = (await unit('EKS', 'Ekonomiservice', 'VSS')).id;
  const hrs = await unit('HRS', 'HR service', 'VSS');
  const klf = await created<{ id: string }>(t, '/api/v1/organisation/units', {
    code: 'KLF',
    name: 'Kommunledningsförvaltningen',
    kind: 'administration',
    parentId: 'KS',
    validFrom: '2019-01-01',
  });
  expect(hrs.id).toBeTruthy();
  reporter = await t.as('reporter', eksId);
  siblingReporter = await t.as('reporter', hrs.id);
  reader = await t.as('reader', null);
  controller = await t.as('controller', fixture.vssId);
  central = await t.as('centralController', null);
  expect(klf.id).toBeTruthy();
});

afterAll(async () => {
  await t?.close();
});

describe('risk analyses and the risk matrix', () => {
  let analysis: AnalysisDto;
  let risk: RiskDto;

  it('lets a unit’s reporter record a risk analysis with a risk; the value and band come from the scale', async () => {
    analysis = await created<AnalysisDto>(reporter, '/api/v1/internal-control/analyses', {
      orgUnitId: 'EKS',
      year: 2023,
      date: '2023-02-10',
      participants: 'Enhetschef, två handläggare',
      considered: ['goals', 'laws', 'processes'],
    });
    risk = await created<RiskDto>(reporter, '/api/v1/internal-control/risks', {
      analysisId: analysis.id,
      process: 'Beslutsattester',
      description: 'Delegaters namnteckning saknas på beslutsattestansökan',
      probability: 3,
      consequence: 3,
      response: 'control',
    });
    const view = await overview(reporter, 'EKS');
    expect(view.analyses[0]?.risks[0]).toMatchObject({ value: 9, band: { label: 'Hög' } });
    const cell = view.matrix.rows
      .find((row) => row.probability === 3)
      ?.cells.find((c) => c.consequence === 3);
    expect(cell).toMatchObject({ value: 9, band: { label: 'Hög' } });
    expect(cell?.risks.map((item) => item.process)).toEqual(['Beslutsattester']);
    expect(view.may).toEqual({ plan: false, report: true, setCommon: false });
  });

  it('refuses a score outside the scale in Swedish, naming the field', async () => {
    const response = await reporter.request<ErrorBody>('POST', '/api/v1/internal-control/risks', {
      analysisId: analysis.id,
      process: 'Inköp',
      description: 'Inköp utanför ramavtal',
      probability: 5,
      consequence: 2,
      response: 'accept',
    });
    expect(response.status).toBe(422);
    expect(response.body.error.message).toContain('Sannolikhet: 5 ligger utanför skalan 1–4');
  });

  it('refuses a sibling unit’s reporter and a reader', async () => {
    const body = { orgUnitId: 'EKS', year: 2023, date: '2023-02-11' };
    expect((await siblingReporter.request('POST', '/api/v1/internal-control/analyses', body)).status).toBe(
      403,
    );
    expect((await reader.request('POST', '/api/v1/internal-control/analyses', body)).status).toBe(403);
    expect(
      (
        await siblingReporter.request('PUT', `/api/v1/internal-control/risks/${risk.id}`, {
          probability: 1,
          version: 1,
        })
      ).status,
    ).toBe(403);
  });

  it('escalates a risk to the unit above, which then sees it in its own matrix', async () => {
    const wrong = await reporter.request<ErrorBody>('PUT', `/api/v1/internal-control/risks/${risk.id}`, {
      response: 'escalate',
      escalatedToUnitId: 'KLF',
      version: risk.version,
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.message).toContain(
      'Eskalerad till: Kommunledningsförvaltningen är ingen enhet ovanför',
    );
    const escalated = await reporter.request<RiskDto>('PUT', `/api/v1/internal-control/risks/${risk.id}`, {
      response: 'escalate',
      escalatedToUnitId: 'VSS',
      version: risk.version,
    });
    expect(escalated.status, JSON.stringify(escalated.body)).toBe(200);
    const vss = await overview(controller, 'VSS');
    expect(vss.escalated.map((item) => [item.process, item.unit.code])).toEqual([['Beslutsattester', 'EKS']]);
    const cell = vss.matrix.rows.find((row) => row.probability === 3)?.cells.find((c) => c.consequence === 3);
    expect(cell?.risks).toEqual([expect.objectContaining({ process: 'Beslutsattester', escalated: true })]);
    // The sibling's matrix does not have it.
    const hrs = await overview(reader, 'HRS');
    expect(hrs.matrix.rows.flatMap((row) => row.cells.flatMap((c) => c.risks))).toEqual([]);
  });
});

describe('controls, results and actions', () => {
  let own: ControlDto;
  let common: ControlDto;
  let result: ResultDto;
  let action: ActionDto;

  it('lets a controller plan the unit’s controls and the central controllers set common ones', async () => {
    own = await created<ControlDto>(controller, '/api/v1/internal-control/controls', {
      orgUnitId: 'EKS',
      year: 2023,
      title: 'Beslutsattester',
      checked: 'Att delegationsbeslut om beslutsattest finns och är underskrivna',
      method: 'Stickprov',
      sample: '10 ansökningar',
      frequency: 'twiceAYear',
      responsible: 'Enhetschef Ekonomiservice',
      reportingRoundIds: [fixture.rounds.august2023, fixture.rounds.closing2023],
    });
    expect(
      (
        await reporter.request('POST', '/api/v1/internal-control/controls', {
          orgUnitId: 'EKS',
          year: 2023,
          title: 'X',
        })
      ).status,
    ).toBe(403);
    const refused = await controller.request<ErrorBody>('POST', '/api/v1/internal-control/controls', {
      orgUnitId: 'VSS',
      year: 2023,
      title: 'Flextidsstämplingar',
      common: true,
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain('kommungemensamma kontrollmoment');
    common = await created<ControlDto>(central, '/api/v1/internal-control/controls', {
      orgUnitId: 'VSS',
      year: 2023,
      title: 'Flextidsstämplingar',
      frequency: 'monthly',
      common: true,
    });
  });

  it('lets the units below inherit a common control, marked so', async () => {
    const eks = await overview(reporter, 'EKS');
    expect(eks.controls.map((control) => [control.title, control.inherited])).toEqual([
      ['Beslutsattester', false],
      ['Flextidsstämplingar', true],
    ]);
    const klf = await overview(reader, 'KLF');
    expect(klf.controls).toEqual([]);
  });

  it('refuses a result needing action without an action, naming the field in Swedish', async () => {
    const response = await reporter.request<ErrorBody>('POST', '/api/v1/internal-control/results', {
      controlId: own.id,
      reportingRoundId: fixture.rounds.august2023,
      orgUnitId: 'EKS',
      result: 'partlySatisfactory',
      findings: '<p>I vissa fall saknas delegaters namnteckning.</p>',
    });
    expect(response.status).toBe(422);
    expect(response.body.error.message).toBe(
      'Åtgärder: resultatet ”Delvis tillfredsställande” kräver åtgärd. Ange minst en åtgärd med vad som ska göras, ansvarig och senast-datum.',
    );
    expect(response.body.error.fields?.[0]?.path).toBe('actions');
  });

  it('records a result with its action; a sibling’s reporter and a reader may not', async () => {
    const body = {
      controlId: own.id,
      reportingRoundId: fixture.rounds.august2023,
      orgUnitId: 'EKS',
      result: 'partlySatisfactory',
      findings: '<p>I vissa fall saknas delegaters namnteckning.</p>',
      sampleSize: 10,
      deviations: 2,
      actions: [{ what: 'Påminn delegaterna om underskrift', owner: 'Enhetschef', deadline: '2023-10-31' }],
    };
    expect((await siblingReporter.request('POST', '/api/v1/internal-control/results', body)).status).toBe(
      403,
    );
    expect((await reader.request('POST', '/api/v1/internal-control/results', body)).status).toBe(403);
    result = await created<ResultDto>(reporter, '/api/v1/internal-control/results', body);
    const again = await reporter.request<ErrorBody>('POST', '/api/v1/internal-control/results', body);
    expect(again.status).toBe(409);
    const eks = await overview(reporter, 'EKS', `&round=${fixture.rounds.august2023}`);
    const view = eks.controls[0]?.results[0];
    expect(view).toMatchObject({ label: 'Delvis tillfredsställande', needsAction: true });
    action = view?.actions[0] as ActionDto;
    expect(action).toMatchObject({ status: 'open', closedDate: null });
    expect(eks.summary?.text).toBe(
      'Av de två (2) kontrollmoment som var planerade har ett (1) genomförts; ett (1) kräver åtgärd.',
    );
  });

  it('lets each unit of the subtree report its own result of a common control', async () => {
    const hrsResult = await created<ResultDto>(siblingReporter, '/api/v1/internal-control/results', {
      controlId: common.id,
      reportingRoundId: fixture.rounds.august2023,
      orgUnitId: 'HRS',
      result: 'satisfactory',
    });
    expect(hrsResult.orgUnitId).not.toBe(eksId);
    const klf = await t.request<ErrorBody>('POST', '/api/v1/internal-control/results', {
      controlId: common.id,
      reportingRoundId: fixture.rounds.august2023,
      orgUnitId: 'KLF',
      result: 'satisfactory',
    });
    expect(klf.status).toBe(422);
    expect(klf.body.error.message).toContain(
      'Kommunledningsförvaltningen rapporterar inte ”Flextidsstämplingar”',
    );
  });

  it('shows the coordinator the open action, and follows it to closed', async () => {
    const before = (
      await controller.request<FollowUpDto>(
        'GET',
        `/api/v1/internal-control/follow-up?org=VSS&year=2023&round=${fixture.rounds.august2023}`,
      )
    ).body;
    expect(before.openActions.map((item) => [item.control, item.unit.code, item.editable])).toEqual([
      ['Beslutsattester', 'EKS', true],
    ]);
    expect(before.summary?.text).toBe(
      'Av de fyra (4) kontrollmoment som var planerade har två (2) genomförts; ett (1) kräver åtgärd.',
    );
    const closed = await controller.request<ActionDto>(
      'PUT',
      `/api/v1/internal-control/actions/${action.id}`,
      {
        status: 'done',
        version: action.version,
      },
    );
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body.closedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const after = (
      await controller.request<FollowUpDto>('GET', '/api/v1/internal-control/follow-up?org=VSS&year=2023')
    ).body;
    expect(after.openActions).toEqual([]);
  });

  it('keeps every change in the history', async () => {
    const history = await reader.request<{ action: string }[]>(
      'GET',
      `/api/v1/internal-control/history/actions/${action.id}`,
    );
    expect(history.status).toBe(200);
    expect(history.body.map((entry) => entry.action)).toEqual(expect.arrayContaining(['create', 'update']));
    const resultHistory = await reader.request<unknown[]>(
      'GET',
      `/api/v1/internal-control/history/results/${result.id}`,
    );
    expect(resultHistory.body).toHaveLength(1);
  });

  it('carries controls that får kvarstå into the next year, once', async () => {
    const marked = await controller.request<ControlDto>(
      'PUT',
      `/api/v1/internal-control/controls/${own.id}`,
      {
        carryForward: true,
        version: own.version,
      },
    );
    expect(marked.status).toBe(200);
    const first = await controller.request<{ created: { id: string }[] }>(
      'POST',
      '/api/v1/internal-control/carry',
      { fromYear: 2023, toYear: 2024 },
    );
    expect(first.body.created).toHaveLength(1);
    const second = await controller.request<{ created: unknown[] }>(
      'POST',
      '/api/v1/internal-control/carry',
      {
        fromYear: 2023,
        toYear: 2024,
      },
    );
    expect(second.body.created).toEqual([]);
    const next = (await controller.request<OverviewDto>('GET', '/api/v1/internal-control?org=EKS&year=2024'))
      .body;
    expect(next.controls.map((control) => [control.title, control.previousYear])).toEqual([
      ['Beslutsattester', 2023],
    ]);
  });
});

describe('the data package', () => {
  it('exports a unit’s internal control and reads it in again unchanged', async () => {
    const exported = await t.request<Record<string, unknown[]>>(
      'GET',
      '/api/v1/data-package/export?org=EKS&year=2023',
    );
    expect(exported.status).toBe(200);
    expect(exported.body.riskAnalyses).toHaveLength(1);
    expect(exported.body.risks).toHaveLength(1);
    expect(exported.body.controls).toHaveLength(1);
    expect(exported.body.controlResults).toHaveLength(1);
    expect(exported.body.controlActions).toHaveLength(1);
    const same = await t.request<ImportReportDto>('POST', '/api/v1/data-package/import', exported.body);
    expect(same.status, JSON.stringify(same.body)).toBe(200);
    expect(same.body.unchanged).toMatchObject({
      riskAnalyses: 1,
      risks: 1,
      controls: 1,
      controlResults: 1,
      controlActions: 1,
    });
  });
});

describe('the demo', () => {
  let demoApp: TestApp;
  beforeAll(async () => {
    demoApp = await startTestApp();
    const demo = buildDemoPackage();
    const report = await demoApp.request<ImportReportDto>('POST', '/api/v1/data-package/import', demo);
    expect(report.status, JSON.stringify(report.body).slice(0, 2000)).toBe(200);
  });
  afterAll(async () => {
    await demoApp?.close();
  });

  it('holds VSS 2019’s controls and results, with the common controls inherited by its units', async () => {
    const rounds = (
      await demoApp.request<{ id: string; kind: string }[]>('GET', '/api/v1/planning/rounds?year=2019')
    ).body;
    const closing = rounds.find((round) => round.kind === 'closing')?.id;
    const eks = (
      await demoApp.request<OverviewDto>(
        'GET',
        `/api/v1/internal-control?org=VSS-EKS&year=2019&round=${closing}`,
      )
    ).body;
    expect(eks.controls.map((control) => [control.title, control.inherited])).toEqual([
      ['Leverantörsförändringar i Agresso', false],
      ['Säkerhetsparametrar i Agresso', false],
      ['Beslutsattester', false],
      ['God introduktion och professionella avslut', true],
      ['Chefers signering av utanordningslistor', true],
      ['Underlag för flextidsstämplingar', true],
    ]);
    expect(eks.analyses[0]?.risks).toHaveLength(4);
    const vss = (
      await demoApp.request<FollowUpDto>(
        'GET',
        `/api/v1/internal-control/follow-up?org=VSS&year=2019&round=${closing}`,
      )
    ).body;
    expect(vss.units.find((row) => row.code === 'VSS')).toMatchObject({
      planned: 3,
      done: 3,
      needingAction: 1,
    });
    expect(vss.openActions.map((action) => action.control)).toContain('Underlag för flextidsstämplingar');
    const escalated = (
      await demoApp.request<OverviewDto>('GET', '/api/v1/internal-control?org=VSS&year=2019')
    ).body;
    expect(escalated.escalated.map((risk) => risk.process)).toEqual(['Delegationsbeslut']);
  });
});
