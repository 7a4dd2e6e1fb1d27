/**
 * Investments through the API, on both engines: projects, amounts, frames and frame changes created,
 * changed and refused by their rules in Swedish, versions checked, the computed figures (accumulated
 * actual, adjusted frame), the tables, the data package; and the demo's transcription read in through the
 * data package and printed back with the seeds' figures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { buildOrganisation } from '../../../../test/factories.ts';
import type { TableModel } from '../../../core/table.ts';
import { buildDemoPackage } from '../../../demo/linkoping.ts';
import type { ImportReportDto } from '../../data-package/contract.ts';
import type { AmountDto, FrameYearDto, ProjectDto, ProjectWithAmountsDto } from '../contract.ts';

interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; message: string }[] };
}
interface TableBody {
  orgUnit: { code: string };
  kind: string;
  table: TableModel;
}

/** A table as printed text: the header row, then each row's header and cells, markers as "[1]". */
function printed(table: TableModel): string[][] {
  const text = (item: { text: string; markers: readonly number[] }) =>
    `${item.text}${item.markers.map((marker) => `[${marker}]`).join('')}`.replace(/\u00a0/g, ' ');
  return [
    table.columns.map((column) => column.label),
    ...table.groups.flatMap((group) => group.rows.map((row) => [text(row.header), ...row.cells.map(text)])),
  ];
}

/** The printed row whose header starts with `header`. */
const rowOf = (table: TableModel, header: string) =>
  printed(table).find((row) => row[0]?.startsWith(header)) ?? [];

describe('investments through the API', () => {
  let t: TestApp;
  let project: ProjectDto;
  let budget: AmountDto;
  beforeAll(async () => {
    t = await startTestApp();
    await buildOrganisation(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  const send = <T>(method: 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown) =>
    t.request<T & ErrorBody>(method, url, body);
  const table = async (query: string) => {
    const response = await t.request<TableBody>('GET', `/api/v1/investments/tables?org=VSS&${query}`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body.table;
  };

  it('creates projects for a unit named by code, each after the unit’s others', async () => {
    const first = await send<ProjectDto>('POST', '/api/v1/investments/projects', {
      orgUnitId: 'VSS',
      name: 'LKDATA – IT-utrustning',
      startYear: 2022,
    });
    expect(first.status).toBe(201);
    project = first.body;
    expect(project).toMatchObject({ placement: 'inside', conditional: false, sortOrder: 0, version: 1 });
    const second = await send<ProjectDto>('POST', '/api/v1/investments/projects', {
      orgUnitId: 'VSS',
      name: 'Ny simhall',
      conditional: true,
      condition: 'Under förutsättning att KF beslutar.',
      startYear: 2022,
    });
    expect(second.body.sortOrder).toBe(1);
  });

  it('refuses a project that breaks a rule, naming each field in Swedish', async () => {
    const refused = await send('POST', '/api/v1/investments/projects', {
      orgUnitId: 'VSS',
      name: 'Baklänges',
      conditional: true,
      startYear: 2023,
      completedYear: 2021,
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('investments.project_invalid');
    expect(refused.body.error.fields).toEqual([
      { path: 'completedYear', message: 'Färdigställt år: kan inte vara före startåret.' },
      {
        path: 'condition',
        message: expect.stringMatching(/^Villkor: ange villkoret för en villkorad investering/),
      },
    ]);
  });

  it('takes amounts as Swedish kronor and prints them in the budget table in the unit asked for', async () => {
    const created = await send<AmountDto>('POST', '/api/v1/investments/amounts', {
      projectId: project.id,
      year: 2022,
      kind: 'budget',
      round: 'budget',
      expenditure: '45 000 000',
      source: '000:343',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    budget = created.body;
    expect(budget).toMatchObject({ round: 'budget', expenditure: '45000000', income: '0' });
    await send('POST', '/api/v1/investments/amounts', {
      projectId: project.id,
      year: 2023,
      kind: 'budget',
      round: 'budget',
      expenditure: '60000000',
      income: '1 234 567,89',
    });
    const inTkr = await table('year=2023&planYears=0');
    expect(inTkr.caption).toBe('Investeringar 2023, belopp i tkr');
    expect(rowOf(inTkr, 'LKDATA')).toEqual(['LKDATA – IT-utrustning', '45 000', '58 765']);
    expect(rowOf(inTkr, 'varav inkomster')).toEqual(['varav inkomster', '0', '1 235']);
    const inMnkr = await table('year=2023&planYears=0&unit=mnkr');
    expect(rowOf(inMnkr, 'LKDATA')).toEqual(['LKDATA – IT-utrustning', '45,0', '58,8']);
  });

  it('refuses an amount that breaks a rule, or is given twice, in Swedish, storing nothing', async () => {
    const wrongRound = await send('POST', '/api/v1/investments/amounts', {
      projectId: project.id,
      year: 2021,
      kind: 'forecast',
      round: 'closing',
      expenditure: '1',
    });
    expect(wrongRound.status).toBe(422);
    expect(wrongRound.body.error.fields).toEqual([
      {
        path: 'round',
        message:
          'Uppföljningstillfälle: en prognos kan bara anges vid delår 30 april, delår 31 augusti, oktoberuppföljning.',
      },
      { path: 'year', message: 'År: kan inte vara före projektets startår 2022.' },
    ]);
    const negative = await send('POST', '/api/v1/investments/amounts', {
      projectId: project.id,
      year: 2024,
      kind: 'plan',
      round: 'budget',
      expenditure: '-5',
    });
    expect(negative.status).toBe(400);
    expect(negative.body.error.message).toMatch(/ska vara ett positivt belopp eller noll/);
    const again = await send('POST', '/api/v1/investments/amounts', {
      projectId: project.id,
      year: 2022,
      kind: 'budget',
      round: 'budget',
      expenditure: '1',
    });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe('Projektet har redan budget 2022 (budget). Ändra det i stället.');
    const listed = await t.request<ProjectWithAmountsDto[]>('GET', '/api/v1/investments/projects?org=VSS');
    expect(listed.body[0]?.amounts).toHaveLength(2);
  });

  it('changes an amount with the version read and refuses a stale version', async () => {
    const changed = await send<AmountDto>('PUT', `/api/v1/investments/amounts/${budget.id}`, {
      version: budget.version,
      expenditure: '46000000',
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ expenditure: '46000000', source: '000:343', version: 2 });
    const stale = await send('PUT', `/api/v1/investments/amounts/${budget.id}`, {
      version: budget.version,
      expenditure: '1',
    });
    expect(stale.status).toBe(409);
  });

  it('accumulates the closed years’ actuals, and keeps a project’s years around its amounts', async () => {
    for (const [year, expenditure] of [
      [2022, '40000000'],
      [2023, '50000000'],
    ] as const) {
      await send('POST', '/api/v1/investments/amounts', {
        projectId: project.id,
        year,
        kind: 'actual',
        round: 'closing',
        expenditure,
      });
    }
    const detail = await t.request<ProjectWithAmountsDto>(
      'GET',
      `/api/v1/investments/projects/${project.id}`,
    );
    expect(detail.body.accumulated).toEqual({
      throughYear: 2023,
      expenditure: '90000000.00',
      income: '0.00',
      net: '90000000.00',
    });
    const narrowed = await send('PUT', `/api/v1/investments/projects/${project.id}`, {
      version: project.version,
      completedYear: 2022,
    });
    expect(narrowed.status).toBe(422);
    expect(narrowed.body.error.message).toMatch(/^Projektet har belopp för 2023/);
  });

  it('prints the completed projects with the accumulated actual against the decided budget', async () => {
    const done = await send<ProjectDto>('PUT', `/api/v1/investments/projects/${project.id}`, {
      version: project.version,
      completedYear: 2023,
      decidedBudget: '100 000 000',
    });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    const completed = await table('year=2023&table=completed&unit=mnkr');
    // Utfall − budget (the 2023 annual report's convention): 90 − 100 = −10; 50 − (60 − 1,2) = −8,8.
    expect(rowOf(completed, 'LKDATA')).toEqual([
      'LKDATA – IT-utrustning',
      '100,0',
      '90,0',
      '−10,0',
      '58,8',
      '50,0',
      '−8,8',
    ]);
  });

  it('keeps frames with their changes and prints the adjusted frame', async () => {
    const frame = await send('POST', '/api/v1/investments/frames', {
      orgUnitId: 'VSS',
      year: 2022,
      amount: '46000000',
      decision: 'beslut i KF den 28 september 2021',
    });
    expect(frame.status).toBe(201);
    const twice = await send('POST', '/api/v1/investments/frames', {
      orgUnitId: 'VSS',
      year: 2022,
      amount: '1',
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.message).toBe(
      'Enheten har redan en investeringsram för 2022. Ändra den i stället.',
    );
    const sameYear = await send('POST', '/api/v1/investments/frame-changes', {
      orgUnitId: 'VSS',
      kind: 'rebudget',
      year: 2022,
      fromYear: 2022,
      amount: '13400000',
      reason: 'Ikapp',
    });
    expect(sameYear.status).toBe(422);
    expect(sameYear.body.error.fields?.[0]?.path).toBe('fromYear');
    const change = await send('POST', '/api/v1/investments/frame-changes', {
      orgUnitId: 'VSS',
      kind: 'rebudget',
      year: 2022,
      fromYear: 2021,
      amount: '13 400 000',
      reason: 'Ikapp efter komponentbristen',
    });
    expect(change.status).toBe(201);
    const years = await t.request<FrameYearDto[]>('GET', '/api/v1/investments/frames?org=VSS');
    expect(years.body.map((year) => [year.year, year.frame?.amount ?? null, year.adjusted])).toEqual([
      [2021, null, '-13400000.00'],
      [2022, '46000000', '59400000.00'],
    ]);
    const withFrame = await table('year=2023&planYears=0');
    expect(rowOf(withFrame, 'Investeringsram enl.')).toEqual([
      'Investeringsram enl. beslut i KF den 28 september 2021',
      '46 000',
      '',
    ]);
    expect(rowOf(withFrame, 'Justerad investeringsram')).toEqual([
      'Justerad investeringsram',
      '59 400[2]',
      '',
    ]);
  });

  it('removes a project only once its amounts are gone', async () => {
    const extra = await send<ProjectDto>('POST', '/api/v1/investments/projects', {
      orgUnitId: 'VSS',
      name: 'Tillfälligt',
      startYear: 2023,
    });
    const amount = await send<AmountDto>('POST', '/api/v1/investments/amounts', {
      projectId: extra.body.id,
      year: 2023,
      kind: 'budget',
      round: 'budget',
      expenditure: '1',
    });
    const refused = await send('DELETE', `/api/v1/investments/projects/${extra.body.id}?version=1`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe(
      'Projektet har 1 belopp och kan inte tas bort. Ta bort beloppen först.',
    );
    expect((await send('DELETE', `/api/v1/investments/amounts/${amount.body.id}?version=1`)).status).toBe(
      204,
    );
    expect((await send('DELETE', `/api/v1/investments/projects/${extra.body.id}?version=1`)).status).toBe(
      204,
    );
  });

  it('exports the unit’s projects, amounts, frames and changes in its data package', async () => {
    const exported = await t.request<Record<string, { orgUnit?: string }[]>>(
      'GET',
      '/api/v1/data-package/export?org=VSS&year=2022',
    );
    expect(exported.status).toBe(200);
    expect(exported.body.investmentProjects?.map((record) => record.orgUnit)).toEqual(['VSS', 'VSS']);
    expect(exported.body.investmentAmounts).toHaveLength(4);
    expect(exported.body.investmentFrames).toHaveLength(1);
    expect(exported.body.investmentFrameChanges).toHaveLength(1);
  });
});

describe('the demo’s investments, read in and printed with the seeds’ figures', () => {
  let t: TestApp;
  const demo = buildDemoPackage();
  const pkg = {
    format: demo.format,
    formatVersion: demo.formatVersion,
    orgUnits: demo.orgUnits,
    investmentProjects: demo.investmentProjects,
    investmentAmounts: demo.investmentAmounts,
    investmentFrames: demo.investmentFrames,
    investmentFrameChanges: demo.investmentFrameChanges,
  };
  beforeAll(async () => {
    t = await startTestApp();
    const report = await t.request<ImportReportDto & ErrorBody>('POST', '/api/v1/data-package/import', pkg);
    expect(report.status, JSON.stringify(report.body)).toBe(200);
    expect(report.body.created).toMatchObject({
      investmentProjects: demo.investmentProjects?.length,
      investmentAmounts: demo.investmentAmounts?.length,
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  const table = async (org: string, query: string) =>
    (await t.request<TableBody>('GET', `/api/v1/investments/tables?org=${org}&${query}`)).body.table;

  it('prints VSS’s budget 2023 as 000:342-349', async () => {
    const vss = await table('VSS', 'year=2023');
    expect(rowOf(vss, 'LKDATA')).toEqual([
      'LKDATA – IT-utrustning',
      '45 000',
      '60 000',
      '45 000',
      '45 000',
      '45 000',
      '45 000',
      '45 000',
    ]);
    expect(rowOf(vss, 'Summa investeringar').slice(1)).toEqual([
      '46 000',
      '60 500',
      '45 000',
      '45 000',
      '45 000',
      '45 000',
      '45 000',
    ]);
    expect(rowOf(vss, 'Investeringsram enl. beslut i KF den 28 september 2021').slice(1, 3)).toEqual([
      '46 000',
      '45 500',
    ]);
    // The rebudgeting of 13 400 tkr from 2021 (000:353) adjusts 2022's frame.
    expect(rowOf(vss, 'Justerad investeringsram')[1]).toMatch(/^59 400/);
  });

  it('prints KS’s 2020 table inside and outside the frame as 001:1186-1201', async () => {
    const ks = await table('KS', 'year=2020&planYears=3&previousYear=false');
    const sums: [string, string[]][] = [
      ['Leanlink', ['4 900', '4 900', '4 900', '4 900']],
      ['Verksamhetsstöd och service', ['37 900', '37 900', '37 900', '37 900']],
      ['Summa investeringar inom ram', ['109 650', '109 450', '109 450', '109 450']],
      ['Investeringsram enl. beslut i KF den 28 maj 2019', ['109 650', '109 450', '109 450', '109 450']],
      ['Ny simhall', ['252 000', '297 000', '307 500', '']],
      ['Summa investeringar utom ram', ['8 300', '7 100', '7 100', '7 100']],
      // The total's header carries the conventions' footnote marker, which tells it from the subtotals.
      ['Summa investeringar[', ['369 950', '413 550', '424 050', '116 550']],
    ];
    for (const [header, figures] of sums) {
      expect(rowOf(ks, header).slice(1), header).toEqual(figures);
    }
    expect(printed(ks).map((row) => row[0])).toContain(
      'Verksamhetsstöd och service (ökade volymer samt digitaliseringssatsningar LKDATA)',
    );
    expect(ks.footnotes[0]?.text).toMatch(/^Under förutsättning att kommunfullmäktige beslutar/);
  });

  it('prints Leanlink’s 2020 table as 001:2160-2171', async () => {
    const leanlink = await table('LEANLINK', 'year=2020&planYears=3&previousYear=false');
    expect(printed(leanlink).map((row) => `${row[0]} ${row[1]}`)).toEqual([
      'Investeringar Budget förslag 2020',
      'Råd & Stöd 600',
      'LSS Funktionsstöd 500',
      'Äldreomsorg 3 000',
      'Stöd & Service 500',
      'Kost & Restaurang 200',
      'Ledning 100',
      'Summa investeringar[1] 4 900',
      'varav inkomster 0',
      'varav utgifter 4 900',
      'Investeringsram enl. beslut i KF den 28 maj 2019 4 900',
    ]);
  });

  it('prints VSS’s interim table of 31 August 2019 as 004:249-260', async () => {
    const interim = await table('VSS', 'year=2019&table=interim&round=august');
    expect(rowOf(interim, 'Investeringar IT-utrustning').slice(1)).toEqual([
      '33 100',
      '0',
      '47 960',
      '0',
      '47 960',
      '37 900',
      '−10 060',
    ]);
    expect(rowOf(interim, 'Pekplattor').slice(1)).toEqual(['', '', '848', '808', '40', '0', '−40']);
    expect(rowOf(interim, 'Summa investeringar').slice(1)).toEqual([
      '33 100',
      '0',
      '48 808',
      '808',
      '48 000',
      '37 900',
      '−10 100',
    ]);
  });

  it('prints VSS’s annual table 2019 with the seed’s figures, and computes what 002:176-177 misprints', async () => {
    const annual = await table('VSS', 'year=2019&table=annual');
    expect(rowOf(annual, 'Investeringar IT-utrustning').slice(1)).toEqual([
      '45 333',
      '0',
      '48 000[1]',
      '2 667',
      '53 570',
    ]);
    expect(annual.footnotes[0]?.text).toBe('Inkl utökad ram med 10,1 mnkr.');
    // 002:176 prints 737 and 002:177 3 404: ram − utfall gives −737 and 48 000 − 46 070 = 1 930.
    expect(rowOf(annual, 'Inventarier').slice(1)).toEqual(['737', '0', '0', '−737', '']);
    expect(rowOf(annual, 'Summa investeringar').slice(1)).toEqual([
      '46 070',
      '0',
      '48 000',
      '1 930',
      '55 388',
    ]);
    expect(rowOf(annual, 'Justerad investeringsram').slice(3, 5)).toEqual(['48 000[5]', '1 930']);
  });

  it('reads the same package again as unchanged', async () => {
    const again = await t.request<ImportReportDto>('POST', '/api/v1/data-package/import', pkg);
    expect(again.status).toBe(200);
    expect(again.body.created).toMatchObject({ investmentProjects: 0, investmentAmounts: 0 });
    expect(again.body.unchanged).toMatchObject({
      investmentProjects: demo.investmentProjects?.length,
      investmentAmounts: demo.investmentAmounts?.length,
      investmentFrames: demo.investmentFrames?.length,
      investmentFrameChanges: demo.investmentFrameChanges?.length,
    });
  });
});
