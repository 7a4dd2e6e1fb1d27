/**
 * The data package's check of escalations, on both engines: a risk or a control result escalated to a unit
 * that is not above its own unit (the risk's analysis's unit, the result's unit) is refused as the use cases
 * refuse it – every such row at once, with its JSON path, field and value, and nothing changed – while
 * escalations to the units above are read in. The tree is the package's where it holds the units, and the
 * stored one where it does not (a package of risks alone).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { buildOrganisation, type Fixture } from '../../../../test/factories.ts';
import type { AnalysisDto, ControlDto, ResultDto, RiskDto } from '../contract.ts';

interface Problem {
  path: string;
  message: string;
  record?: string;
  value?: unknown;
}
interface ErrorBody {
  error: { code: string; message: string; fields?: Problem[] };
}
type Package = Record<string, unknown>;
type Row = Record<string, unknown>;

let t: TestApp;
let fixture: Fixture;
let reporter: Caller;
let analysis: AnalysisDto;
let risk: RiskDto;
let result: ResultDto;

async function created<T>(caller: Caller, url: string, body: unknown): Promise<T> {
  const response = await caller.request<T>('POST', url, body);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

const unit = (code: string, name: string, parentId: string, kind = 'unit') =>
  created<{ id: string }>(t, '/api/v1/organisation/units', {
    code,
    name,
    kind,
    parentId,
    validFrom: '2019-01-01',
  });

const exportEks = async () =>
  (await t.request<Package>('GET', '/api/v1/data-package/export?org=EKS&year=2023')).body;

const importPackage = (body: Package) => t.request<ErrorBody>('POST', '/api/v1/data-package/import', body);

/** What the test's packages may change. */
const internalControl = (body: Package) => ({
  riskAnalyses: body.riskAnalyses,
  risks: body.risks,
  controlResults: body.controlResults,
});

const rows = (body: Package, list: string) => body[list] as Row[];

/** The stored result as exported, escalated to `escalatedTo`. */
const storedResult = (body: Package, escalatedTo: string) => {
  const row = rows(body, 'controlResults').find((item) => item.id === result.id);
  expect(row).toBeDefined();
  return { ...row, escalatedTo };
};

/** A new analysis for EKS in 2023, and risks on it escalated to these units. */
function newAnalysis(escalatedTo: readonly string[]) {
  const analysisId = randomUUID();
  return {
    analysis: { id: analysisId, orgUnit: 'EKS', year: 2023, date: '2023-05-04' },
    risks: escalatedTo.map((code, index) => ({
      id: randomUUID(),
      analysisId,
      process: `Process ${index + 1}`,
      description: 'Beskrivning',
      probability: 2,
      consequence: 3,
      response: 'escalate',
      escalatedTo: code,
    })),
  };
}

beforeAll(async () => {
  t = await startTestApp();
  fixture = await buildOrganisation(t);
  const eks = await unit('EKS', 'Ekonomiservice', 'VSS');
  await unit('HRS', 'HR service', 'VSS');
  await unit('KLF', 'Kommunledningsförvaltningen', 'KS', 'administration');
  reporter = await t.as('reporter', eks.id);
  const controller = await t.as('controller', fixture.vssId);
  analysis = await created<AnalysisDto>(reporter, '/api/v1/internal-control/analyses', {
    orgUnitId: 'EKS',
    year: 2023,
    date: '2023-02-10',
  });
  risk = await created<RiskDto>(reporter, '/api/v1/internal-control/risks', {
    analysisId: analysis.id,
    process: 'Beslutsattester',
    description: 'Delegaters namnteckning saknas på beslutsattestansökan',
    probability: 3,
    consequence: 3,
    response: 'control',
  });
  const control = await created<ControlDto>(controller, '/api/v1/internal-control/controls', {
    orgUnitId: 'EKS',
    year: 2023,
    title: 'Beslutsattester',
    reportingRoundIds: [fixture.rounds.august2023],
  });
  result = await created<ResultDto>(reporter, '/api/v1/internal-control/results', {
    controlId: control.id,
    reportingRoundId: fixture.rounds.august2023,
    orgUnitId: 'EKS',
    result: 'satisfactory',
  });
});

afterAll(async () => {
  await t?.close();
});

describe('escalations in the data package', () => {
  it('refuses every risk and result escalated to a unit not above its own, at once, changing nothing', async () => {
    const exported = await exportEks();
    const added = newAnalysis(['KLF', 'EKS', 'VSS']);
    const storedRisk = rows(exported, 'risks').find((item) => item.id === risk.id);
    const response = await importPackage({
      ...exported,
      riskAnalyses: [...rows(exported, 'riskAnalyses'), added.analysis],
      risks: [{ ...storedRisk, response: 'escalate', escalatedTo: 'HRS' }, ...added.risks],
      controlResults: [storedResult(exported, 'HRS')],
    });
    expect(response.status).toBe(422);
    expect(response.body.error.fields).toEqual([
      {
        path: '$.risks[0].escalatedTo',
        message: 'Eskalerad till: HRS är ingen enhet ovanför EKS. En risk eskaleras till en nivå ovanför.',
        record: 'Beslutsattester',
        value: 'HRS',
      },
      {
        path: '$.risks[1].escalatedTo',
        message: 'Eskalerad till: KLF är ingen enhet ovanför EKS. En risk eskaleras till en nivå ovanför.',
        record: 'Process 1',
        value: 'KLF',
      },
      {
        path: '$.risks[2].escalatedTo',
        message: 'Eskalerad till: EKS är ingen enhet ovanför EKS. En risk eskaleras till en nivå ovanför.',
        record: 'Process 2',
        value: 'EKS',
      },
      {
        path: '$.controlResults[0].escalatedTo',
        message:
          'Eskalerad till: HRS är ingen enhet ovanför EKS. Ett resultat eskaleras till en nivå ovanför.',
        record: 'EKS: satisfactory',
        value: 'HRS',
      },
    ]);
    expect(internalControl(await exportEks())).toEqual(internalControl(exported));
  });

  it('refuses it in a package without the units, by the stored tree', async () => {
    const exported = await exportEks();
    const storedRisk = rows(exported, 'risks').find((item) => item.id === risk.id);
    const { format, formatVersion, municipality } = exported;
    const response = await importPackage({
      format,
      formatVersion,
      municipality,
      risks: [{ ...storedRisk, response: 'escalate', escalatedTo: 'KLF' }],
    });
    expect(response.status).toBe(422);
    expect(response.body.error.fields).toEqual([
      expect.objectContaining({
        path: '$.risks[0].escalatedTo',
        message: 'Eskalerad till: KLF är ingen enhet ovanför EKS. En risk eskaleras till en nivå ovanför.',
        value: 'KLF',
      }),
    ]);
    expect(internalControl(await exportEks())).toEqual(internalControl(exported));
  });

  it('reads in risks and results escalated to the units above', async () => {
    const exported = await exportEks();
    const added = newAnalysis(['VSS', 'KS', 'LINKOPING']);
    const response = await importPackage({
      ...exported,
      riskAnalyses: [...rows(exported, 'riskAnalyses'), added.analysis],
      risks: [...rows(exported, 'risks'), ...added.risks],
      controlResults: [storedResult(exported, 'VSS')],
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const after = await exportEks();
    expect(
      rows(after, 'risks')
        .filter((item) => item.analysisId === added.analysis.id)
        .map((item) => item.escalatedTo)
        .sort(),
    ).toEqual(['KS', 'LINKOPING', 'VSS']);
    expect(rows(after, 'controlResults').find((item) => item.id === result.id)?.escalatedTo).toBe('VSS');
  });
});
