/**
 * Internal control's results beyond recording them, on both engines: removing a result (permission, the
 * version read, the round's lock, the history of the result and its actions), escalating a result to a unit
 * above (which then sees it in its overview and follow-up), the municipality's settings (read by everyone,
 * changed by those who govern, and read by the rules instead of constants), the data package's checks of
 * results against the configured scale, and the document sections internalControl.summary and
 * internalControl.report.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { buildOrganisation, type Fixture } from '../../../../test/factories.ts';
import { systemContext } from '../../../app.ts';
import type {
  ControlDto,
  FollowUpDto,
  OverviewDto,
  ResultDto,
  SettingsInput,
  SettingsView,
} from '../contract.ts';
import { internalControlReportSection, internalControlSummarySection } from '../document-sections.ts';

interface Problem {
  path: string;
  message: string;
  record?: string;
  value?: unknown;
}
interface ErrorBody {
  error: { code: string; message: string; fields?: Problem[] };
}

let t: TestApp;
let fixture: Fixture;
let reporter: Caller;
let siblingReporter: Caller;
let reader: Caller;
let controller: Caller;
let central: Caller;
let control: ControlDto;
let august: ResultDto;
let vssId: string;

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

const overview = async (caller: Caller, org: string, extra = '') =>
  (await caller.request<OverviewDto>('GET', `/api/v1/internal-control?org=${org}&year=2023${extra}`)).body;

const resultOf = async (id: string) =>
  (await overview(reporter, 'EKS')).controls.flatMap((item) => item.results).find((item) => item.id === id);

beforeAll(async () => {
  t = await startTestApp();
  fixture = await buildOrganisation(t);
  vssId = fixture.vssId;
  const eks = await unit('EKS', 'Ekonomiservice', 'VSS');
  const hrs = await unit('HRS', 'HR service', 'VSS');
  await unit('KLF', 'Kommunledningsförvaltningen', 'KS', 'administration');
  reporter = await t.as('reporter', eks.id);
  siblingReporter = await t.as('reporter', hrs.id);
  reader = await t.as('reader', null);
  controller = await t.as('controller', fixture.vssId);
  central = await t.as('centralController', null);
  control = await created<ControlDto>(controller, '/api/v1/internal-control/controls', {
    orgUnitId: 'EKS',
    year: 2023,
    title: 'Beslutsattester',
    reportingRoundIds: [fixture.rounds.august2023, fixture.rounds.closing2023],
  });
  august = await created<ResultDto>(reporter, '/api/v1/internal-control/results', {
    controlId: control.id,
    reportingRoundId: fixture.rounds.august2023,
    orgUnitId: 'EKS',
    result: 'satisfactory',
    findings: '<p>Alla tio ansökningar var underskrivna.</p>',
    sampleSize: 10,
    deviations: 0,
  });
});

afterAll(async () => {
  await t?.close();
});

describe('escalating a result', () => {
  it('refuses a unit that is not above the result’s unit, in Swedish, naming the field', async () => {
    const response = await reporter.request<ErrorBody>(
      'PUT',
      `/api/v1/internal-control/results/${august.id}`,
      { escalatedToUnitId: 'KLF', version: august.version },
    );
    expect(response.status).toBe(422);
    expect(response.body.error.message).toBe(
      'Eskalerad till: Kommunledningsförvaltningen är ingen enhet ovanför Ekonomiservice. Ett resultat eskaleras till en nivå ovanför.',
    );
    expect(response.body.error.fields?.[0]?.path).toBe('escalatedToUnitId');
  });

  it('escalates it to the unit above, which sees it in its overview and follow-up; a sibling does not', async () => {
    const response = await reporter.request<ResultDto>(
      'PUT',
      `/api/v1/internal-control/results/${august.id}`,
      { escalatedToUnitId: 'VSS', version: august.version },
    );
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    august = response.body;
    expect(august.escalatedToUnitId).toBe(vssId);
    const vss = await overview(controller, 'VSS');
    expect(vss.escalatedResults.map((item) => [item.control, item.unit.code, item.label])).toEqual([
      ['Beslutsattester', 'EKS', 'Tillfredsställande'],
    ]);
    const followUp = (
      await controller.request<FollowUpDto>('GET', '/api/v1/internal-control/follow-up?org=VSS&year=2023')
    ).body;
    expect(followUp.escalatedResults.map((item) => [item.control, item.escalatedTo?.code])).toEqual([
      ['Beslutsattester', 'VSS'],
    ]);
    expect((await overview(reader, 'HRS')).escalatedResults).toEqual([]);
    expect((await resultOf(august.id))?.escalatedTo?.code).toBe('VSS');
  });

  it('withdraws the escalation', async () => {
    const response = await reporter.request<ResultDto>(
      'PUT',
      `/api/v1/internal-control/results/${august.id}`,
      { escalatedToUnitId: null, version: august.version },
    );
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    august = response.body;
    expect((await overview(controller, 'VSS')).escalatedResults).toEqual([]);
  });
});

describe('removing a result', () => {
  let closing: ResultDto;

  beforeAll(async () => {
    closing = await created<ResultDto>(reporter, '/api/v1/internal-control/results', {
      controlId: control.id,
      reportingRoundId: fixture.rounds.closing2023,
      orgUnitId: 'EKS',
      result: 'unsatisfactory',
      actions: [{ what: 'Påminn delegaterna', owner: 'Enhetschef', deadline: '2024-03-31' }],
    });
  });

  it('refuses a sibling unit’s reporter and a reader', async () => {
    const url = `/api/v1/internal-control/results/${closing.id}?version=${closing.version}`;
    expect((await siblingReporter.request('DELETE', url)).status).toBe(403);
    expect((await reader.request('DELETE', url)).status).toBe(403);
  });

  it('refuses a version that is not the one stored, naming who changed it', async () => {
    const response = await reporter.request<ErrorBody>(
      'DELETE',
      `/api/v1/internal-control/results/${closing.id}?version=${closing.version + 1}`,
    );
    expect(response.status).toBe(409);
    expect(response.body.error.message).toContain('Kontrollens resultat');
  });

  it('removes the result with its actions, and keeps both in the history', async () => {
    const actionId = (await resultOf(closing.id))?.actions[0]?.id as string;
    const response = await reporter.request(
      'DELETE',
      `/api/v1/internal-control/results/${closing.id}?version=${closing.version}`,
    );
    expect(response.status, JSON.stringify(response.body)).toBe(204);
    expect(await resultOf(closing.id)).toBeUndefined();
    const history = await reader.request<{ action: string }[]>(
      'GET',
      `/api/v1/internal-control/history/results/${closing.id}`,
    );
    expect(history.body.map((entry) => entry.action)).toEqual(expect.arrayContaining(['create', 'delete']));
    const actionHistory = await reader.request<{ action: string }[]>(
      'GET',
      `/api/v1/internal-control/history/actions/${actionId}`,
    );
    expect(actionHistory.body.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['create', 'delete']),
    );
  });
});

describe('the data package', () => {
  const exportEks = async () =>
    (await t.request<Record<string, unknown[]>>('GET', '/api/v1/data-package/export?org=EKS&year=2023')).body;

  it('refuses a result off the configured scale and one needing action without an action, all at once', async () => {
    const exported = await exportEks();
    const results = exported.controlResults as Record<string, unknown>[];
    expect(results).toHaveLength(1);
    const changed = {
      ...exported,
      controlResults: [
        { ...results[0], result: 'okej' },
        {
          id: randomUUID(),
          controlId: control.id,
          reportingRoundId: fixture.rounds.closing2023,
          orgUnit: 'EKS',
          result: 'partlySatisfactory',
        },
      ],
    };
    const response = await t.request<ErrorBody>('POST', '/api/v1/data-package/import', changed);
    expect(response.status).toBe(422);
    expect(response.body.error.fields).toEqual([
      expect.objectContaining({
        path: '$.controlResults[0].result',
        value: 'okej',
        message: expect.stringContaining('Resultat: ”okej” finns inte på skalan.'),
      }),
      expect.objectContaining({
        path: '$.controlResults[1].result',
        value: 'partlySatisfactory',
        message:
          'Resultat: ”Delvis tillfredsställande” kräver åtgärd, men resultatet har ingen åtgärd i controlActions. Lägg till en åtgärd med vad som ska göras, ansvarig och senast-datum.',
      }),
    ]);
  });

  it('accepts a result needing action with its action in the package, or already stored', async () => {
    const exported = await exportEks();
    const resultId = randomUUID();
    const withAction = {
      ...exported,
      controlResults: [
        ...(exported.controlResults as unknown[]),
        {
          id: resultId,
          controlId: control.id,
          reportingRoundId: fixture.rounds.closing2023,
          orgUnit: 'EKS',
          result: 'partlySatisfactory',
        },
      ],
      controlActions: [
        { id: randomUUID(), resultId, what: 'Utbilda', owner: 'Enhetschef', deadline: '2024-02-01' },
      ],
    };
    const first = await t.request<ErrorBody>('POST', '/api/v1/data-package/import', withAction);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    // The action is stored now: a package without it still has one.
    const again = await t.request<ErrorBody>('POST', '/api/v1/data-package/import', {
      ...withAction,
      controlActions: [],
    });
    expect(again.status, JSON.stringify(again.body)).toBe(200);
  });
});

describe('the document sections', () => {
  const request = (options: Record<string, string | number | boolean> = {}) => ({
    unitId: vssId,
    year: 2023,
    roundId: fixture.rounds.closing2023,
    options,
  });

  it('give the annual report’s paragraph for the unit and the units under it', async () => {
    const ctx = systemContext(t.database.db);
    expect(await internalControlSummarySection.generate(ctx, request())).toEqual([
      {
        kind: 'paragraph',
        text: 'Det enda planerade kontrollmomentet har genomförts; det kräver åtgärd.',
      },
    ]);
    // VSS alone has no controls of its own: nothing, and the template says so.
    expect(await internalControlSummarySection.generate(ctx, request({ subtree: false }))).toEqual([]);
  });

  it('gives the report: each check with its result in words, and the open actions', async () => {
    const blocks = await internalControlReportSection.generate(systemContext(t.database.db), request());
    expect(blocks.map((block) => block.kind)).toEqual(['paragraph', 'table', 'heading', 'table']);
    const checks = blocks[1];
    if (checks?.kind !== 'table') {
      throw new Error('no table');
    }
    const row = checks.table.groups[0]?.rows[0];
    expect(row?.header.text).toBe('Beslutsattester');
    expect(row?.cells.map((item) => item.text)).toEqual([
      'Delvis tillfredsställande – kräver åtgärd',
      '',
      'Utbilda (ansvarig: Enhetschef, senast 1 februari 2024; öppen)',
    ]);
    const open = blocks[3];
    expect(open?.kind === 'table' && open.table.groups[0]?.rows.map((item) => item.header.text)).toEqual([
      'Utbilda',
    ]);
  });
});

describe('the settings', () => {
  let settings: SettingsView;

  it('are read by everyone and may be changed only by those who govern the municipality', async () => {
    const asReader = await reader.request<SettingsView>('GET', '/api/v1/internal-control/settings');
    expect(asReader.status).toBe(200);
    expect(asReader.body.mayEdit).toBe(false);
    expect(asReader.body.results.map((level) => level.label)).toEqual([
      'Inga brister',
      'Tillfredsställande',
      'Delvis tillfredsställande',
      'Otillfredsställande',
    ]);
    settings = (await central.request<SettingsView>('GET', '/api/v1/internal-control/settings')).body;
    expect(settings.mayEdit).toBe(true);
    const { mayEdit: _mayEdit, ...input } = settings;
    expect(
      (await controller.request('PUT', '/api/v1/internal-control/settings', input satisfies SettingsInput))
        .status,
    ).toBe(403);
  });

  it('refuses bands that leave a value out, in Swedish', async () => {
    const { mayEdit: _mayEdit, ...input } = settings;
    const response = await central.request<ErrorBody>('PUT', '/api/v1/internal-control/settings', {
      ...input,
      probabilityMax: 5,
    });
    expect(response.status).toBe(422);
    expect(response.body.error.message).toBe('Riskklasser: riskvärdet 17 hamnar inte i någon riskklass.');
  });

  it('keep a level that results are reported on', async () => {
    const { mayEdit: _mayEdit, ...input } = settings;
    const response = await central.request<ErrorBody>('PUT', '/api/v1/internal-control/settings', {
      ...input,
      results: input.results.filter((level) => level.key !== 'satisfactory'),
    });
    expect(response.status).toBe(422);
    expect(response.body.error.message).toBe(
      'Resultatskala: nivån ”Tillfredsställande” (satisfactory) har 1 rapporterade resultat och kan inte tas bort.',
    );
    expect(response.body.error.fields?.[0]?.path).toBe('results');
  });

  it('are what the rules read: a new scale and a level that no longer needs action', async () => {
    const { mayEdit: _mayEdit, ...input } = settings;
    const changed = await central.request<SettingsView>('PUT', '/api/v1/internal-control/settings', {
      ...input,
      probabilityMax: 5,
      consequenceMax: 5,
      bands: [
        { min: 1, max: 4, label: 'Låg', colour: '#cfe8cf' },
        { min: 5, max: 12, label: 'Medel', colour: '#fde9a9' },
        { min: 13, max: 25, label: 'Hög', colour: '#f5b5b0' },
      ],
      results: input.results.map((level) =>
        level.key === 'partlySatisfactory'
          ? { ...level, label: 'Delvis godtagbart', needsAction: false }
          : level,
      ),
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    const other = await created<ControlDto>(controller, '/api/v1/internal-control/controls', {
      orgUnitId: 'EKS',
      year: 2023,
      title: 'Leverantörsförändringar',
    });
    // Accepted without an action now, and named by the new label.
    const result = await created<ResultDto>(reporter, '/api/v1/internal-control/results', {
      controlId: other.id,
      reportingRoundId: fixture.rounds.closing2023,
      orgUnitId: 'EKS',
      result: 'partlySatisfactory',
    });
    expect((await resultOf(result.id))?.label).toBe('Delvis godtagbart');
    const matrix = (await overview(reporter, 'EKS')).matrix;
    expect(matrix.rows).toHaveLength(5);
    expect(matrix.rows[0]?.cells[4]).toMatchObject({ value: 25, band: { label: 'Hög' } });
  });
});

describe('the round’s lock', () => {
  it('refuses removing a result of a closed round, in Swedish', async () => {
    const rounds = await t.request<{ id: string; version: number }[]>(
      'GET',
      '/api/v1/planning/rounds?year=2023',
    );
    const round = rounds.body.find((item) => item.id === fixture.rounds.august2023);
    const closed = await t.request('PUT', `/api/v1/planning/rounds/${fixture.rounds.august2023}`, {
      closed: true,
      version: round?.version,
    });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    const response = await reporter.request<ErrorBody>(
      'DELETE',
      `/api/v1/internal-control/results/${august.id}?version=${august.version}`,
    );
    expect(response.status).toBe(409);
    expect(response.body.error.message).toContain('är stängt');
    expect(await resultOf(august.id)).toBeDefined();
  });
});
