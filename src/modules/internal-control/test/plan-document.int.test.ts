/**
 * The internkontrollplan as a document on both engines (issue 10 item 2, docs/adr/0027-documents.md): the
 * plan of a unit renders its risks (probability, consequence, value, class, placed in the matrix in words)
 * and every control – its own and the common ones it inherits – with what is checked, how, how often, by
 * whom and in which rounds; a unit with units under it lists a common control once, where it is set. Its
 * introduction is written in the budget round; a version of it goes through review to approved and decided,
 * and the internal control page's overview reports the plan's state.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { buildOrganisation, type Fixture } from '../../../../test/factories.ts';
import { systemContext } from '../../../app.ts';
import type { TableBlock } from '../../../core/document.ts';
import type { TableModel } from '../../../core/table.ts';
import type { Ctx } from '../../context.ts';
import { buildDocument } from '../../documents/index.ts';
import type { UnitNarrativesDto } from '../../narratives/contract.ts';
import type { AnalysisDto, ControlDto, OverviewDto, RiskDto } from '../contract.ts';

interface Version {
  id: string;
  version: number;
  number: number;
  state: string;
  title: string;
  decision: { text: string } | null;
  error?: { message: string };
}

let t: TestApp;
let f: Fixture;
let ctx: Ctx;
let eksId: string;
let roundNames: Map<string, string>;

async function created<T>(url: string, body: unknown): Promise<T> {
  const response = await t.request<T>('POST', url, body);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

beforeAll(async () => {
  t = await startTestApp();
  f = await buildOrganisation(t);
  ctx = systemContext(t.database.db);
  eksId = (
    await created<{ id: string }>('/api/v1/organisation/units', {
      code: 'EKS',
      name: 'Ekonomiservice',
      kind: 'unit',
      parentId: 'VSS',
      validFrom: '2019-01-01',
    })
  ).id;
  const rounds = await t.request<{ id: string; name: string }[]>('GET', '/api/v1/planning/rounds?year=2023');
  roundNames = new Map(rounds.body.map((round) => [round.id, round.name]));

  // EKS's risk analysis, and one of VSS's own.
  const analysis = await created<AnalysisDto>('/api/v1/internal-control/analyses', {
    orgUnitId: 'EKS',
    year: 2023,
    date: '2022-09-20',
    participants: 'Enhetschef och två handläggare',
    considered: ['laws', 'processes'],
  });
  const risk = await created<RiskDto>('/api/v1/internal-control/risks', {
    analysisId: analysis.id,
    process: 'Beslutsattester',
    description: 'Delegaters namnteckning saknas på beslutsattestansökan',
    probability: 3,
    consequence: 3,
    response: 'control',
  });
  const vssAnalysis = await created<AnalysisDto>('/api/v1/internal-control/analyses', {
    orgUnitId: 'VSS',
    year: 2023,
    date: '2022-09-27',
    considered: ['goals'],
  });
  await created<RiskDto>('/api/v1/internal-control/risks', {
    analysisId: vssAnalysis.id,
    process: 'Inköp',
    description: 'Inköp från leverantörer utanför ramavtal',
    probability: 2,
    consequence: 2,
    response: 'accept',
  });

  // EKS's own control, and a common one set on VSS that EKS inherits.
  await created<ControlDto>('/api/v1/internal-control/controls', {
    orgUnitId: 'EKS',
    year: 2023,
    title: 'Hantering av beslutsattester',
    checked: 'Att beslutsattester är undertecknade av delegaten',
    method: 'Stickprov i diariet',
    sample: '20 attester',
    frequency: 'twiceAYear',
    responsible: 'Enhetschef Ekonomiservice',
    reportingRoundIds: [f.rounds.august2023, f.rounds.closing2023],
    riskId: risk.id,
  });
  await created<ControlDto>('/api/v1/internal-control/controls', {
    orgUnitId: 'VSS',
    year: 2023,
    title: 'Inköpskort',
    checked: 'Att kvitton finns för inköp med inköpskort',
    frequency: 'quarterly',
    responsible: 'HR-chef',
    reportingRoundIds: [f.rounds.closing2023],
    common: true,
  });
});
afterAll(async () => {
  await t?.close();
});

const tables = (blocks: readonly { kind: string }[]) =>
  blocks.filter((block): block is TableBlock => block.kind === 'table').map((block) => block.table);

function byCaption(all: readonly TableModel[], start: string): TableModel {
  const table = all.find((candidate) => candidate.caption.startsWith(start));
  expect(table, `a table "${start}…" among ${all.map((item) => item.caption).join(' | ')}`).toBeDefined();
  return table as TableModel;
}

/** A table's rows as plain text: group heading, row header and cells. */
const rowsOf = (table: TableModel) =>
  table.groups.flatMap((group) =>
    group.rows.map((row) => [group.heading, row.header.text, ...row.cells.map((cell) => cell.text)]),
  );

describe('the internkontrollplan document', () => {
  it('renders a unit’s risks and every control it has, the inherited common control included', async () => {
    const model = await buildDocument(ctx, { unitId: eksId, year: 2023, type: 'internalControlPlan' });
    expect(model.meta).toMatchObject({ title: 'Internkontrollplan 2023', period: 'Budget 2023' });
    const headings = model.blocks.flatMap((block) => (block.kind === 'heading' ? [block.text] : []));
    expect(headings).toEqual(['Inledning', 'Riskanalys', 'Riskmatris', 'Kontrollmoment']);

    const all = tables(model.blocks);
    expect(rowsOf(byCaption(all, 'Risker 2023, Ekonomiservice'))).toEqual([
      [
        null,
        'Beslutsattester',
        'Delegaters namnteckning saknas på beslutsattestansökan',
        '3',
        '3',
        '9',
        'Hög',
        'Kontrollera',
      ],
    ]);
    const matrix = byCaption(all, 'Riskmatris 2023, Ekonomiservice');
    const three = matrix.groups[0]?.rows.find((row) => row.header.text === '3');
    expect(three?.cells[2]?.text).toBe('Hög (9): Beslutsattester (EKS)');
    expect(three?.cells[0]?.text).toBe('Låg (3)');

    const plan = byCaption(all, 'Kontrollmoment 2023, Ekonomiservice');
    const august = roundNames.get(f.rounds.august2023);
    const closing = roundNames.get(f.rounds.closing2023);
    expect(rowsOf(plan)).toEqual([
      [
        null,
        'Hantering av beslutsattester',
        'Att beslutsattester är undertecknade av delegaten',
        'Stickprov i diariet. Urval: 20 attester',
        'Två gånger per år',
        'Enhetschef Ekonomiservice',
        `${august}, ${closing}`,
        'Beslutsattester',
      ],
      [
        null,
        'Inköpskort (gemensamt, från Verksamhetsstöd och service)',
        'Att kvitton finns för inköp med inköpskort',
        '',
        'Kvartalsvis',
        'HR-chef',
        `${closing}`,
        '',
      ],
    ]);
  });

  it('lists a common control once, on the unit that set it, for a unit with units under it', async () => {
    const model = await buildDocument(ctx, { unitId: f.vssId, year: 2023, type: 'internalControlPlan' });
    const all = tables(model.blocks);
    const plan = byCaption(all, 'Kontrollmoment 2023, Verksamhetsstöd och service och enheterna under');
    expect(rowsOf(plan).map((row) => [row[0], row[1]])).toEqual([
      ['Verksamhetsstöd och service', 'Inköpskort (gemensamt för enheterna under)'],
      ['Ekonomiservice', 'Hantering av beslutsattester'],
    ]);
    const risks = byCaption(all, 'Risker 2023, Verksamhetsstöd och service och enheterna under');
    expect(rowsOf(risks).map((row) => [row[0], row[1], row[5]])).toEqual([
      ['Verksamhetsstöd och service', 'Inköp', '4'],
      ['Ekonomiservice', 'Beslutsattester', '9'],
    ]);
  });

  it('is rendered through the API, as every document', async () => {
    const response = await t.inject({
      method: 'GET',
      url: '/api/v1/documents/render?unitId=EKS&year=2023&type=internalControlPlan&format=html',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.body).toContain('<h1>Internkontrollplan 2023</h1>');
    expect(response.body).toContain('Text saknas');
    expect(response.body).toContain('Inköpskort (gemensamt, från Verksamhetsstöd och service)');
  });

  it('asks for its introduction in the budget round, under its own title', async () => {
    const texts = await t.request<UnitNarrativesDto>(
      'GET',
      `/api/v1/narratives?orgUnit=EKS&year=2023&round=${f.rounds.budget2023}`,
    );
    expect(texts.body.texts.find((text) => text.key === 'internalControlIntro')).toMatchObject({
      heading: 'Inledning',
      chapter: 'Internkontrollplan 2023',
    });
    const saved = await t.request(
      'PUT',
      `/api/v1/narratives/units/EKS/rounds/${f.rounds.budget2023}/texts/internalControlIntro`,
      { body: '<p>Ekonomiservice plan bygger på riskanalysen i september 2022.</p>' },
    );
    expect(saved.status, JSON.stringify(saved.body)).toBeLessThan(300);
  });
});

describe('approving the plan as a document', () => {
  const overview = async () =>
    (await t.request<OverviewDto>('GET', '/api/v1/internal-control?org=EKS&year=2023')).body;
  const act = (version: Version, action: string, extra: Record<string, string> = {}) =>
    t.request<Version>('POST', `/api/v1/documents/versions/${version.id}/actions`, {
      action,
      version: version.version,
      ...extra,
    });

  it('is reported on the internal control page: no version, then the newest and the approved one', async () => {
    expect((await overview()).planApproval).toEqual({ latest: null, approved: null });

    const draft = await t.request<Version>('POST', '/api/v1/documents/versions', {
      unitId: 'EKS',
      year: 2023,
      type: 'internalControlPlan',
    });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    expect(draft.body).toMatchObject({ state: 'draft', title: 'Internkontrollplan 2023', number: 1 });
    expect((await overview()).planApproval.latest).toMatchObject({
      id: draft.body.id,
      number: 1,
      state: 'draft',
      stateLabel: 'Utkast',
      decision: null,
    });

    const review = await act(draft.body, 'submit');
    expect(review.status, JSON.stringify(review.body)).toBe(200);
    const approved = await act(review.body, 'approve');
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.state).toBe('approved');
    expect((await overview()).planApproval.latest).toMatchObject({
      state: 'approved',
      stateLabel: 'Godkänd',
    });

    const decided = await act(approved.body, 'decide', {
      decisionBody: 'KS',
      decisionParagraph: '12',
      decisionDate: '2022-11-22',
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    expect((await overview()).planApproval).toEqual({
      latest: {
        id: draft.body.id,
        number: 1,
        state: 'decided',
        stateLabel: 'Beslutad',
        period: 'Budget 2023',
        decision: 'KS § 12 2022-11-22',
      },
      approved: null,
    });

    // A newer draft is the newest; the decided plan still stands beside it.
    const next = await t.request<Version>('POST', '/api/v1/documents/versions', {
      unitId: 'EKS',
      year: 2023,
      type: 'internalControlPlan',
    });
    expect(next.status, JSON.stringify(next.body)).toBe(201);
    const both = (await overview()).planApproval;
    expect(both.latest).toMatchObject({ number: 2, stateLabel: 'Utkast' });
    expect(both.approved).toMatchObject({
      number: 1,
      stateLabel: 'Beslutad',
      decision: 'KS § 12 2022-11-22',
    });
  }, 120_000);
});
