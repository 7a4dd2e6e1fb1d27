/**
 * Volumes and personnel through the API, on both engines: measures and values created, changed and refused
 * by their rules in Swedish, versions checked, the tables laid out as the documents print them, and the
 * demo's transcription read in through the data package and printed back as the seeds print it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { buildOrganisation } from '../../../../test/factories.ts';
import type { TableModel } from '../../../core/table.ts';
import { buildDemoPackage } from '../../../demo/linkoping.ts';
import type { ImportReportDto } from '../../data-package/contract.ts';
import type { MeasureDto, MeasureValueDto, MeasureWithValuesDto } from '../contract.ts';

interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; message: string }[] };
}
interface Tables {
  orgUnit: { code: string; name: string };
  year: number;
  layout: string;
  tables: TableModel[];
}

/** A table as printed text: the header row, then each row's header and cells, markers as "[1]". */
function printed(table: TableModel | undefined): string[][] {
  if (!table) {
    return [];
  }
  const text = (item: { text: string; markers: readonly number[] }) =>
    `${item.text}${item.markers.map((marker) => `[${marker}]`).join('')}`.replace(/\u00a0/g, ' ');
  return [
    table.columns.map((column) => column.label),
    ...table.groups.flatMap((group) => group.rows.map((row) => [text(row.header), ...row.cells.map(text)])),
  ];
}

describe('measures and values through the API', () => {
  let t: TestApp;
  let measure: MeasureDto;
  beforeAll(async () => {
    t = await startTestApp();
    await buildOrganisation(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  const create = <T>(url: string, body: unknown) => t.request<T & ErrorBody>('POST', url, body);
  const tables = async (query: string) => {
    const response = await t.request<Tables>('GET', `/api/v1/volumes/tables?org=VSS&${query}`);
    expect(response.status).toBe(200);
    return response.body;
  };

  it('creates a measure for a unit named by code, placed after the unit’s others of its kind', async () => {
    const first = await create<MeasureDto>('/api/v1/volumes/measures', {
      orgUnitId: 'VSS',
      kind: 'volume',
      name: 'Ärenden Kontakt Linköping',
      unit: 'antal',
      validFromYear: 2019,
    });
    expect(first.status).toBe(201);
    measure = first.body;
    expect(measure).toMatchObject({
      kind: 'volume',
      sortOrder: 0,
      decimals: null,
      validToYear: null,
      version: 1,
    });
    const second = await create<MeasureDto>('/api/v1/volumes/measures', {
      orgUnitId: 'VSS',
      kind: 'volume',
      name: 'Antal kök',
      validFromYear: 2021,
    });
    expect(second.body.sortOrder).toBe(1);
    const personnel = await create<MeasureDto>('/api/v1/volumes/measures', {
      orgUnitId: 'VSS',
      kind: 'personnel',
      name: 'Total sjukfrånvaro',
      unit: '%',
      validFromYear: 2018,
    });
    expect(personnel.body.sortOrder).toBe(0);
  });

  it('refuses a measure whose years run backwards, or whose unit does not exist, in Swedish', async () => {
    const backwards = await create('/api/v1/volumes/measures', {
      orgUnitId: 'VSS',
      kind: 'volume',
      name: 'Baklänges',
      validFromYear: 2023,
      validToYear: 2021,
    });
    expect(backwards.status).toBe(422);
    expect(backwards.body.error).toMatchObject({
      code: 'volumes.validity_reversed',
      fields: [{ path: 'validToYear', message: 'Mäts till och med år kan inte vara före mäts från år.' }],
    });
    const nowhere = await create('/api/v1/volumes/measures', {
      orgUnitId: 'FINNSINTE',
      kind: 'volume',
      name: 'Ingenstans',
      validFromYear: 2023,
    });
    expect(nowhere.status).toBe(404);
    expect(nowhere.body.error.message).toBe('Organisationsenheten ”FINNSINTE” finns inte.');
  });

  it('takes values as Swedish decimals, with men and women, and prints them in the budget layout', async () => {
    const outcome = await create<MeasureValueDto>('/api/v1/volumes/values', {
      measureId: measure.id,
      year: 2021,
      kind: 'outcome',
      total: '283 648',
      men: '90 928',
      women: '111 102',
      source: '000:218-220',
    });
    expect(outcome.status).toBe(201);
    expect(outcome.body).toMatchObject({ period: 'year', total: '283648', men: '90928', women: '111102' });
    for (const [year, kind, total] of [
      [2022, 'budget', '280 000'],
      [2023, 'budget', '290 000'],
      [2024, 'plan', '300 000'],
      [2025, 'plan', '300 000'],
    ] as const) {
      expect(
        (await create('/api/v1/volumes/values', { measureId: measure.id, year, kind, total })).status,
      ).toBe(201);
    }
    const body = await tables('year=2023');
    expect(body.orgUnit).toMatchObject({ code: 'VSS', name: 'Verksamhetsstöd och service' });
    expect(body.tables.map((table) => table.caption)).toEqual(['Volymutveckling', 'Personal']);
    expect(printed(body.tables[0])).toEqual([
      ['Basuppdrag', 'Utfall 2021', 'Budget 2022', 'Budget 2023', 'Plan 2024', 'Plan 2025'],
      ['Ärenden Kontakt Linköping', '283 648', '280 000', '290 000', '300 000', '300 000'],
      ['Män', '90 928', '', '', '', ''],
      ['Kvinnor', '111 102', '', '', '', ''],
      ['Antal kök', '', '', '', '', ''],
    ]);
    expect(printed(body.tables[1])).toEqual([
      ['Personal', 'Utfall 2021', 'Budget 2022', 'Budget 2023'],
      ['Total sjukfrånvaro', '', '', ''],
    ]);
  });

  it('refuses a value that breaks a rule, naming each field in Swedish, and stores nothing', async () => {
    const both = await create('/api/v1/volumes/values', {
      measureId: measure.id,
      year: 2020,
      kind: 'outcome',
      total: '5',
      noData: true,
      noDataReason: 'Nytt system',
    });
    expect(both.status).toBe(422);
    expect(both.body.error.code).toBe('volumes.value_invalid');
    expect(both.body.error.fields).toEqual([
      { path: 'total', message: 'Totalt: kan inte anges när värdet är markerat ”ingen uppgift”.' },
    ]);
    const empty = await create('/api/v1/volumes/values', {
      measureId: measure.id,
      year: 2020,
      kind: 'outcome',
      men: '5',
      noDataReason: 'Varför',
    });
    expect(empty.body.error.fields?.map((field) => field.path)).toEqual(['total', 'noDataReason']);
    const early = await create('/api/v1/volumes/values', {
      measureId: measure.id,
      year: 2018,
      kind: 'outcome',
      total: '1',
    });
    expect(early.status).toBe(422);
    expect(early.body.error.fields).toEqual([
      {
        path: 'year',
        message: 'År: måttet mäts från 2019. Åren före skrivs ut som ”ingen uppgift” utan att anges.',
      },
    ]);
    const twice = await create('/api/v1/volumes/values', {
      measureId: measure.id,
      year: 2022,
      kind: 'budget',
      total: '1',
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.message).toBe(
      'Det finns redan ett värde för budget 2022 (helår). Ändra det i stället.',
    );
    const unknown = await create('/api/v1/volumes/values', {
      measureId: '00000000-0000-4000-8000-000000000000',
      year: 2022,
      kind: 'budget',
      total: '1',
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.code).toBe('volumes.measure_unknown');
    const detail = await t.request<MeasureWithValuesDto>('GET', `/api/v1/volumes/measures/${measure.id}`);
    expect(detail.body.values.map((value) => `${value.year} ${value.kind}`)).toEqual([
      '2021 outcome',
      '2022 budget',
      '2023 budget',
      '2024 plan',
      '2025 plan',
    ]);
  });

  it('records "ingen uppgift" with its reason, prints it with the reason as a footnote', async () => {
    const iu = await create<MeasureValueDto>('/api/v1/volumes/values', {
      measureId: measure.id,
      year: 2020,
      kind: 'outcome',
      noData: true,
      noDataReason: 'Nytt telefonisystem gör att mätning ej är möjlig.',
    });
    expect(iu.status).toBe(201);
    const body = await tables('year=2022');
    expect(printed(body.tables[0])?.[1]?.slice(0, 2)).toEqual(['Ärenden Kontakt Linköping', 'I.U.[1]']);
    expect(body.tables[0]?.footnotes).toEqual([
      { marker: 1, text: 'Nytt telefonisystem gör att mätning ej är möjlig.' },
    ]);
  });

  it('changes a value with the version read, keeps what is left out, and refuses a stale version', async () => {
    const detail = await t.request<MeasureWithValuesDto>('GET', `/api/v1/volumes/measures/${measure.id}`);
    const budget = detail.body.values.find((value) => value.year === 2023) as MeasureValueDto;
    const changed = await t.request<MeasureValueDto & ErrorBody>(
      'PUT',
      `/api/v1/volumes/values/${budget.id}`,
      {
        total: '295 000,5',
        note: 'Reviderad i juni.',
        version: budget.version,
      },
    );
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      total: '295000.5',
      note: 'Reviderad i juni.',
      kind: 'budget',
      version: 2,
    });
    const stale = await t.request<ErrorBody>('PUT', `/api/v1/volumes/values/${budget.id}`, {
      total: '1',
      version: budget.version,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('core.stale_version');
    const fixed = await t.request<ErrorBody>('PUT', `/api/v1/volumes/values/${budget.id}`, {
      year: 2024,
      version: 2,
    });
    expect(fixed.status).toBe(400);
    const removed = await t.request('DELETE', `/api/v1/volumes/values/${budget.id}?version=1`);
    expect(removed.status).toBe(409);
    expect((await t.request('DELETE', `/api/v1/volumes/values/${budget.id}?version=2`)).status).toBe(204);
    const after = await t.request<MeasureWithValuesDto>('GET', `/api/v1/volumes/measures/${measure.id}`);
    expect(after.body.values.some((value) => value.id === budget.id)).toBe(false);
  });

  it('keeps a measure’s years around its values, and retires and reinstates it', async () => {
    const narrower = await t.request<ErrorBody>('PUT', `/api/v1/volumes/measures/${measure.id}`, {
      validFromYear: 2022,
      version: measure.version,
    });
    expect(narrower.status).toBe(422);
    expect(narrower.body.error).toMatchObject({
      code: 'volumes.values_outside_validity',
      message:
        'Måttet har värden för 2020, 2021, utanför de nya åren. Ta bort värdena först eller välj andra år.',
    });
    const renamed = await t.request<MeasureDto>('PUT', `/api/v1/volumes/measures/${measure.id}`, {
      name: 'Ärenden Kontakt Linköping (alla kanaler)',
      decimals: 0,
      version: measure.version,
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ unit: 'antal', validFromYear: 2019, version: 2 });
    const retired = await t.request<MeasureDto>('POST', `/api/v1/volumes/measures/${measure.id}/retire`, {
      version: 2,
    });
    expect(retired.body.retiredAt).not.toBeNull();
    const body = await tables('year=2023');
    expect(printed(body.tables[0]).map((row) => row[0])).toEqual(['Basuppdrag', 'Antal kök']);
    const listed = await t.request<MeasureWithValuesDto[]>('GET', '/api/v1/volumes/measures?org=VSS');
    expect(listed.body.map((item) => item.name)).toEqual(['Antal kök', 'Total sjukfrånvaro']);
    const all = await t.request<MeasureWithValuesDto[]>(
      'GET',
      '/api/v1/volumes/measures?org=VSS&includeRetired=true&fromYear=2024&toYear=2030',
    );
    const retiredOne = all.body.find((item) => item.id === measure.id);
    expect(retiredOne?.values.map((value) => value.year)).toEqual([2024, 2025]);
    const back = await t.request<MeasureDto>('POST', `/api/v1/volumes/measures/${measure.id}/reinstate`, {
      version: retired.body.version,
    });
    expect(back.body.retiredAt).toBeNull();
  });

  it('exports the unit’s measures and values in its data package', async () => {
    const exported = await t.request<{
      volumeMeasures: { orgUnit: string; name: string }[];
      volumeValues: unknown[];
    }>('GET', '/api/v1/data-package/export?org=VSS&year=2023');
    expect(exported.status).toBe(200);
    expect(exported.body.volumeMeasures.map((item) => `${item.orgUnit} ${item.name}`).sort()).toEqual([
      'VSS Antal kök',
      'VSS Total sjukfrånvaro',
      'VSS Ärenden Kontakt Linköping (alla kanaler)',
    ]);
    expect(exported.body.volumeValues).toHaveLength(5);
  });
});

describe('the demo’s volumes and personnel, read in and printed as the seeds print them', () => {
  let t: TestApp;
  const demo = buildDemoPackage();
  const pkg = {
    format: demo.format,
    formatVersion: demo.formatVersion,
    orgUnits: demo.orgUnits,
    volumeMeasures: demo.volumeMeasures,
    volumeValues: demo.volumeValues,
  };
  beforeAll(async () => {
    t = await startTestApp();
    const report = await t.request<ImportReportDto & ErrorBody>('POST', '/api/v1/data-package/import', pkg);
    expect(report.status, JSON.stringify(report.body)).toBe(200);
    expect(report.body.created).toMatchObject({
      volumeMeasures: demo.volumeMeasures?.length,
      volumeValues: demo.volumeValues?.length,
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  const tables = async (org: string, query: string) =>
    (await t.request<Tables>('GET', `/api/v1/volumes/tables?org=${org}&${query}`)).body.tables;

  it('prints VSS’s budget 2023 tables exactly as 000:217-229 and 000:237-240', async () => {
    const [volumes, personnel] = await tables('VSS', 'year=2023&layout=budget');
    const plans = ['Plan 2024', 'Plan 2025', 'Plan 2026', 'Plan 2027', 'Plan 2028'];
    expect(printed(volumes)).toEqual([
      ['Basuppdrag', 'Utfall 2021', 'Budget 2022', 'Budget 2023', ...plans],
      [
        'Ärenden Kontakt Linköping',
        '283 648',
        '280 000',
        '290 000',
        '300 000',
        '300 000',
        '300 000',
        '300 000',
        '300 000',
      ],
      ['Män', '90 928', '', '', '', '', '', '', ''],
      ['Kvinnor', '111 102', '', '', '', '', '', '', ''],
      [
        'Ärenden LKDATA support',
        '63 891',
        '72 000',
        '74 000',
        '76 000',
        '76 000',
        '76 000',
        '76 000',
        '76 000',
      ],
      ['Ärenden HR-Direkt', '3 242', '3 300', '3 400', '3 500', '3 500', '3 500', '3 500', '3 500'],
      ['Ärenden Stadsarkivet', '667', '700', '750', '750', '750', '750', '750', '750'],
      ['Antal rekryteringar', '298', '400', '450', '470', '470', '470', '470', '470'],
      ['Antal e-utbildningar', '49', '50', '50', '50', '50', '50', '50', '50'],
      ['Antal upphandlingar', '122', '110', '125', '125', '125', '125', '125', '125'],
      [
        'Antal lönespecifikationer',
        '154 207',
        '154 000',
        '154 500',
        '154 600',
        '154 700',
        '154 700',
        '154 700',
        '154 700',
      ],
      [
        'Antal kund- och leverantörsfakturor',
        '478 684',
        '490 000',
        '500 000',
        '510 000',
        '515 000',
        '515 000',
        '515 000',
        '515 000',
      ],
      ['Antal kök', '77', '78', '73', '74', '75', '75', '75', '75'],
    ]);
    expect(printed(personnel)).toEqual([
      ['Personal', 'Utfall 2021', 'Budget 2022', 'Budget 2023', ...plans],
      ['Antal tillsvidareanställda', '475', '516', '500', '500', '500', '500', '500', '500'],
      ['Total sjukfrånvaro', '5,9', '5,0', '6,0', '6,0', '6,0', '6,0', '6,0', '6,0'],
      ['Externa personalavgångar', '9,7', '6,0', '10,0', '10,0', '10,0', '10,0', '10,0', '10,0'],
    ]);
  });

  it('prints Leanlink’s budget 2020 tables as 001:2002-2012, the empty row with its note', async () => {
    const [volumes, personnel] = await tables('LEANLINK', 'year=2020&layout=budgetForecast');
    expect(printed(volumes)).toEqual([
      ['Basuppdrag', 'Utfall 2018', 'Utfall aug. 2019', 'Prognos 2019', 'Prognos 2020'],
      ['Hemtjänst, timmar', '412 441', '', '', ''],
      ['Vård dygn, antal', '158 947', '', '', ''],
      ['SFB personlig assistans, timmar', '169 673', '', '', ''],
      ['LSS personlig assistans, timmar', '58 559', '', '', ''],
      ['Råd & Stöd[1]', '', '', '', ''],
      ['Arbetsmarknadsplatser Stöd & Service', '80', '80', '122', '150'],
      ['Måltider, antal (Kost & Restaurang)', '6 610 550', '', '', ''],
    ]);
    expect(printed(personnel)).toEqual([
      ['Personal', 'Utfall 2018', 'Utfall aug. 2019', 'Prognos 2019', 'Prognos 2020'],
      ['Antal årsarbetare', '2 402', '', '', ''],
    ]);
  });

  it('prints VSS’s budget 2020 volumes as 001:1427-1432, "I.U." before a measure was measured', async () => {
    const [volumes] = await tables('VSS', 'year=2020&layout=budgetForecast');
    expect(printed(volumes)).toEqual([
      ['Basuppdrag', 'Utfall 2018', 'Utfall aug. 2019', 'Prognos 2019', 'Prognos 2020'],
      ['Ärenden Kontakt Linköping', 'I.U.', '100 000', '197 000', '250 000'],
      ['Varav chatt', 'I.U.', 'I.U.', 'I.U.', '12 500'],
      ['Ärenden LKDATA support', '59 187', '40 578', '62 300', '65 000'],
      ['Ärenden HR-Direkt', 'I.U.', '450', '1 000', '1 600'],
      ['Ärenden Stadsarkivet', '593', '373', '590', '600'],
    ]);
  });

  it('prints the interim and annual reports of 2019 with their own figures (004:59-111, 002:84-92)', async () => {
    const [interimVolumes, interimPersonnel] = await tables(
      'VSS',
      'year=2019&layout=interim&roundKind=august',
    );
    expect(printed(interimVolumes)[0]).toEqual([
      'Basuppdrag',
      'Prognos 2019',
      'Augusti 2019',
      'Augusti 2018',
    ]);
    expect(printed(interimVolumes)[1]).toEqual(['Ärenden Kontakt Linköping', '197 000', '100 000', 'I.U.']);
    // The interim report prints no forecast for personnel; the budget for 2020 gives one for årsarbetare
    // (001:1435), so this table has the column that 004:99-111 leaves out.
    expect(printed(interimPersonnel)).toEqual([
      ['Personal', 'Prognos 2019', 'Augusti 2019', 'Augusti 2018', 'Målvärde helår'],
      ['Antal tillsvidareanställda', '', '175', '141', ''],
      ['Antal årsarbetare', '184', '180,5', '', ''],
      ['Total sjukfrånvaro', '', '2,5', '2,3', '3,5'],
      ['Extern personalomsättning', '', '1,7', '2,1', '5,5'],
    ]);
    const [annualVolumes, annualPersonnel] = await tables('VSS', 'year=2019&layout=annual');
    expect(printed(annualVolumes)[1]).toEqual(['Ärenden Kontakt Linköping', '222 000', 'I.U.']);
    expect(printed(annualPersonnel)).toEqual([
      ['Personal', 'Bokslut 2019', 'Bokslut 2018', 'Målvärde helår'],
      ['Antal tillsvidareanställda', '', '', ''],
      ['Antal årsarbetare', '186', '161[1]', ''],
      ['Total sjukfrånvaro', '3,82', '3,94[1]', '3,5'],
      ['Extern personalomsättning', '8,4', '7,3[1]', '6,0'],
    ]);
    expect(annualPersonnel?.footnotes[0]?.text).toMatch(/^Verksamhetsstöd och service inrättades/);
  });

  it('reads the same package again as unchanged', async () => {
    const again = await t.request<ImportReportDto>('POST', '/api/v1/data-package/import', pkg);
    expect(again.status).toBe(200);
    expect(again.body.created).toMatchObject({ volumeMeasures: 0, volumeValues: 0 });
    expect(again.body.unchanged).toMatchObject({
      volumeMeasures: demo.volumeMeasures?.length,
      volumeValues: demo.volumeValues?.length,
    });
  });
});
