/**
 * The volume and personnel tables, held to the tables the seed documents print: the same columns, rows,
 * figures, "ingen uppgift" notation and footnotes, from the figures transcribed below with their lines.
 */
import { describe, expect, it } from 'vitest';
import type { TableModel } from '#core/table.ts';
import { presetLayout } from './layout.ts';
import type { MeasureKind, ValueKind, ValuePeriod } from './measure.ts';
import { buildMeasureTable, type TableMeasure, type TableValue } from './volume-tables.ts';

let serial = 0;

function measure(
  name: string,
  kind: MeasureKind,
  validFromYear: number,
  overrides: Partial<TableMeasure> = {},
): TableMeasure {
  serial += 1;
  return {
    id: `m${serial}`,
    kind,
    name,
    decimals: null,
    sortOrder: serial,
    note: null,
    validFromYear,
    validToYear: null,
    retiredAt: null,
    ...overrides,
  };
}

/** A value as printed: "283 648" becomes "283648", "5,9" becomes "5.9". */
function value(
  of: TableMeasure,
  year: number,
  kind: ValueKind,
  period: ValuePeriod,
  total: string | null,
  overrides: Partial<TableValue> = {},
): TableValue {
  const canonical = (text: string | null | undefined) =>
    text === null || text === undefined ? null : text.replace(/ /g, '').replace(',', '.');
  return {
    id: `${of.id}|${year}|${kind}|${period}`,
    measureId: of.id,
    year,
    kind,
    period,
    total: canonical(total),
    men: canonical(overrides.men),
    women: canonical(overrides.women),
    noData: overrides.noData ?? false,
    noDataReason: overrides.noDataReason ?? null,
    note: overrides.note ?? null,
  };
}

/** A series of whole-year values from one budget document: outcome, budgets, plans. */
function budgetSeries(of: TableMeasure, first: number, figures: readonly string[]): TableValue[] {
  const kinds: ValueKind[] = ['outcome', 'budget', 'budget', 'plan', 'plan', 'plan', 'plan', 'plan'];
  return figures.map((figure, index) => value(of, first + index, kinds[index] ?? 'plan', 'year', figure));
}

/** The table as printed text: the header row, then each row's header and cells, markers as "[1]". */
function printed(table: TableModel): string[][] {
  const text = (item: { text: string; markers: readonly number[] }) =>
    `${item.text}${item.markers.map((marker) => `[${marker}]`).join('')}`.replace(/\u00a0/g, ' ');
  return [
    table.columns.map((column) => column.label),
    ...table.groups.flatMap((group) => group.rows.map((row) => [text(row.header), ...row.cells.map(text)])),
  ];
}

describe('VSS förvaltningsbudget 2023 (000:215-240): budget with five plan years', () => {
  const kl = measure('Ärenden Kontakt Linköping', 'volume', 2019);
  const lkdata = measure('Ärenden LKDATA support', 'volume', 2018);
  const kok = measure('Antal kök', 'volume', 2021);
  const staff = measure('Antal tillsvidareanställda', 'personnel', 2018);
  const sick = measure('Total sjukfrånvaro', 'personnel', 2018);
  const leavers = measure('Externa personalavgångar', 'personnel', 2021);
  const values = [
    // 000:218-220: the outcome for 2021 with män and kvinnor; budgets and plans without.
    value(kl, 2021, 'outcome', 'year', '283 648', { men: '90 928', women: '111 102' }),
    ...budgetSeries(kl, 2021, [
      '283 648',
      '280 000',
      '290 000',
      '300 000',
      '300 000',
      '300 000',
      '300 000',
      '300 000',
    ]).slice(1),
    ...budgetSeries(lkdata, 2021, [
      '63 891',
      '72 000',
      '74 000',
      '76 000',
      '76 000',
      '76 000',
      '76 000',
      '76 000',
    ]), // 000:221
    ...budgetSeries(kok, 2021, ['77', '78', '73', '74', '75', '75', '75', '75']), // 000:229
    ...budgetSeries(staff, 2021, ['475', '516', '500', '500', '500', '500', '500', '500']), // 000:238
    ...budgetSeries(sick, 2021, ['5,9', '5,0', '6,0', '6,0', '6,0', '6,0', '6,0', '6,0']), // 000:239
    ...budgetSeries(leavers, 2021, ['9,7', '6,0', '10,0', '10,0', '10,0', '10,0', '10,0', '10,0']), // 000:240
    // A value of another year and another document, which this layout does not show.
    value(lkdata, 2018, 'outcome', 'year', '59 187'),
  ];
  const measures = [kl, lkdata, kok, staff, sick, leavers];
  const layout = presetLayout('budget', 2023);

  it('prints the volume table with its header, its figures and the män/kvinnor rows of 2021', () => {
    const table = buildMeasureTable({ kind: 'volume', measures, values, layout });
    expect(table.caption).toBe('Volymutveckling');
    expect(printed(table)).toEqual([
      // 000:217
      [
        'Basuppdrag',
        'Utfall 2021',
        'Budget 2022',
        'Budget 2023',
        'Plan 2024',
        'Plan 2025',
        'Plan 2026',
        'Plan 2027',
        'Plan 2028',
      ],
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
      ['Antal kök', '77', '78', '73', '74', '75', '75', '75', '75'],
    ]);
    const [main, men] = table.groups[0]?.rows ?? [];
    expect(main?.role).toBe('row');
    expect(men?.role).toBe('detail');
    expect(main?.cells[0]?.value).toBe('283648');
    expect(main?.cells[0]?.ref).toEqual({ kind: 'value', id: `${kl.id}|2021|outcome|year` });
    expect(table.footnotes).toEqual([]);
  });

  it('prints the personnel table with the printed scale kept ("6,0", "10,0")', () => {
    const table = buildMeasureTable({ kind: 'personnel', measures, values, layout });
    expect(table.caption).toBe('Personal');
    expect(printed(table)).toEqual([
      // 000:237-240
      [
        'Personal',
        'Utfall 2021',
        'Budget 2022',
        'Budget 2023',
        'Plan 2024',
        'Plan 2025',
        'Plan 2026',
        'Plan 2027',
        'Plan 2028',
      ],
      ['Antal tillsvidareanställda', '475', '516', '500', '500', '500', '500', '500', '500'],
      ['Total sjukfrånvaro', '5,9', '5,0', '6,0', '6,0', '6,0', '6,0', '6,0', '6,0'],
      ['Externa personalavgångar', '9,7', '6,0', '10,0', '10,0', '10,0', '10,0', '10,0', '10,0'],
    ]);
  });

  it('leaves out plan years that no measure has a plan for, and shows as many as asked', () => {
    const three = buildMeasureTable({
      kind: 'volume',
      measures,
      values,
      layout: presetLayout('budget', 2023, { planYears: 3 }),
    });
    expect(printed(three)[0]).toEqual([
      'Basuppdrag',
      'Utfall 2021',
      'Budget 2022',
      'Budget 2023',
      'Plan 2024',
      'Plan 2025',
      'Plan 2026',
    ]);
    const later = buildMeasureTable({
      kind: 'volume',
      measures,
      values,
      layout: presetLayout('budget', 2026),
    });
    // Budget 2026 has no plan values after 2028: the plan columns stop there; the budgets stay, empty.
    expect(printed(later)[0]).toEqual([
      'Basuppdrag',
      'Utfall 2024',
      'Budget 2025',
      'Budget 2026',
      'Plan 2027',
      'Plan 2028',
    ]);
    expect(printed(later)[1]).toEqual(['Ärenden Kontakt Linköping', '', '', '', '300 000', '300 000']);
  });
});

describe('VSS förvaltningsbudget 2020 (001:1427-1435) and Leanlink (001:2002-2012): budget with forecasts', () => {
  const kl = measure('Ärenden Kontakt Linköping', 'volume', 2019);
  const chat = measure('Varav chatt', 'volume', 2020, { validToYear: 2020 });
  const lkdata = measure('Ärenden LKDATA support', 'volume', 2018);
  const hr = measure('Ärenden HR Direkt', 'volume', 2019);
  const archive = measure('Ärenden - Stadsarkivet', 'volume', 2018);
  const fte = measure('Antal årsarbetare', 'personnel', 2018);
  /** Utfall 2018 | Utfall aug. 2019 | Prognos 2019 | Prognos 2020, where printed. */
  const row = (
    of: TableMeasure,
    [y2018, aug, forecast, next]: readonly [string | null, string | null, string | null, string | null],
  ) =>
    [
      y2018 === null ? null : value(of, 2018, 'outcome', 'year', y2018),
      aug === null ? null : value(of, 2019, 'outcome', 'august', aug),
      forecast === null ? null : value(of, 2019, 'forecast', 'august', forecast),
      next === null ? null : value(of, 2020, 'forecast', 'budget', next),
    ].filter((item) => item !== null);
  const values = [
    ...row(kl, [null, '100 000', '197 000', '250 000']), // 001:1428
    ...row(chat, [null, null, null, '12 500']), // 001:1429
    ...row(lkdata, ['59 187', '40 578', '62 300', '65 000']), // 001:1430
    ...row(hr, [null, '450', '1000', '1600']), // 001:1431
    ...row(archive, ['593', '373', '590', '600']), // 001:1432
    ...row(fte, ['151,8', '180,5', '184', '186']), // 001:1435
  ];
  const measures = [kl, chat, lkdata, hr, archive, fte];
  const layout = presetLayout('budgetForecast', 2020, { noDataText: 'N/A' });

  it('prints "N/A" for the years before a measure was measured, as the document does', () => {
    const table = buildMeasureTable({ kind: 'volume', measures, values, layout });
    expect(printed(table)).toEqual([
      ['Basuppdrag', 'Utfall 2018', 'Utfall aug. 2019', 'Prognos 2019', 'Prognos 2020'],
      ['Ärenden Kontakt Linköping', 'N/A', '100 000', '197 000', '250 000'],
      ['Varav chatt', 'N/A', 'N/A', 'N/A', '12 500'],
      ['Ärenden LKDATA support', '59 187', '40 578', '62 300', '65 000'],
      ['Ärenden HR Direkt', 'N/A', '450', '1 000', '1 600'],
      ['Ärenden - Stadsarkivet', '593', '373', '590', '600'],
    ]);
    const cells = table.groups[0]?.rows[1]?.cells ?? [];
    expect(cells[0]).toMatchObject({ kind: 'noData', note: 'ingen uppgift: mäts från 2020', ref: null });
  });

  it('prints the personnel table (001:1434-1435)', () => {
    const table = buildMeasureTable({ kind: 'personnel', measures, values, layout });
    expect(printed(table)).toEqual([
      ['Personal', 'Utfall 2018', 'Utfall aug. 2019', 'Prognos 2019', 'Prognos 2020'],
      ['Antal årsarbetare', '151,8', '180,5', '184', '186'],
    ]);
  });

  it('prints Leanlink’s table with its empty cells and the row Råd & Stöd has no figures for', () => {
    const hours = measure('Hemtjänst, timmar', 'volume', 2018);
    const advice = measure('Råd & Stöd', 'volume', 2018);
    const places = measure('Arbetsmarknadsplatser Stöd & Service', 'volume', 2018);
    const meals = measure('Måltider, antal (Kost & Restaurang)', 'volume', 2018);
    const leanlinkFte = measure('Antal årsarbetare', 'personnel', 2018);
    const leanlink = [
      value(hours, 2018, 'outcome', 'year', '412 441'), // 001:2003
      ...row(places, ['80', '80', '122', '150']), // 001:2008
      value(meals, 2018, 'outcome', 'year', '6 610 550'), // 001:2009
      value(leanlinkFte, 2018, 'outcome', 'year', '2 402'), // 001:2012
    ];
    const all = [hours, advice, places, meals, leanlinkFte];
    expect(printed(buildMeasureTable({ kind: 'volume', measures: all, values: leanlink, layout }))).toEqual([
      ['Basuppdrag', 'Utfall 2018', 'Utfall aug. 2019', 'Prognos 2019', 'Prognos 2020'],
      ['Hemtjänst, timmar', '412 441', '', '', ''],
      ['Råd & Stöd', '', '', '', ''],
      ['Arbetsmarknadsplatser Stöd & Service', '80', '80', '122', '150'],
      ['Måltider, antal (Kost & Restaurang)', '6 610 550', '', '', ''],
    ]);
    expect(
      printed(buildMeasureTable({ kind: 'personnel', measures: all, values: leanlink, layout })),
    ).toEqual([
      ['Personal', 'Utfall 2018', 'Utfall aug. 2019', 'Prognos 2019', 'Prognos 2020'],
      ['Antal årsarbetare', '2 402', '', '', ''],
    ]);
  });
});

describe('VSS 2019: the interim report (004:59-111) and the annual report (002:84-92)', () => {
  const kl = measure('Ärenden Kontakt Linköping', 'volume', 2019);
  const staff = measure('Antal tillsvidare anställda', 'personnel', 2018);
  const fte = measure('Årsarbetare', 'personnel', 2018);
  const sick = measure('Total sjukfrånvaro', 'personnel', 2018);
  const turnover = measure('Extern personalomsättning', 'personnel', 2018, { validToYear: 2020 });
  const before =
    '*Verksamhetsstöd och service inrättades som förvaltning från och med 1 januari 2019 varpå jämförbara siffror föregående år bygger på verksamheternas tidigare personalstatistik.';
  const note = before.slice(1);
  const values = [
    // 004:69 and 001:1428: the same forecast and August figures in both documents.
    value(kl, 2019, 'forecast', 'august', '197 000'),
    value(kl, 2019, 'outcome', 'august', '100 000'),
    value(kl, 2019, 'outcome', 'closing', '222 000'), // 002:85
    // 004:109-111
    value(staff, 2019, 'outcome', 'august', '175'),
    value(staff, 2018, 'outcome', 'august', '141'),
    value(sick, 2019, 'outcome', 'august', '2,5'),
    value(sick, 2018, 'outcome', 'august', '2,3'),
    value(sick, 2019, 'target', 'august', '3,5'),
    value(turnover, 2019, 'outcome', 'august', '1,7'),
    value(turnover, 2018, 'outcome', 'august', '2,1'),
    value(turnover, 2019, 'target', 'august', '5,5'),
    // 002:88-90, the 2018 figures with the footnote of 002:92.
    value(fte, 2019, 'outcome', 'closing', '186'),
    value(fte, 2018, 'outcome', 'closing', '161', { note }),
    value(sick, 2019, 'outcome', 'closing', '3,82'),
    value(sick, 2018, 'outcome', 'closing', '3,94', { note }),
    value(sick, 2019, 'target', 'closing', '3,5'),
    value(turnover, 2019, 'outcome', 'closing', '8,4'),
    value(turnover, 2018, 'outcome', 'closing', '7,3', { note }),
    // The annual report's target differs from the interim report's (6,0 against 5,5): both are kept.
    value(turnover, 2019, 'target', 'closing', '6,0'),
    // The budget for 2020 states 2018 as 151,8 (001:1435); the annual report closed it at 161.
    value(fte, 2018, 'outcome', 'year', '151,8'),
  ];
  const measures = [kl, staff, fte, sick, turnover];
  const interim = presetLayout('interim', 2019, { round: 'august', noDataText: '-', emptyText: '-' });
  const annual = presetLayout('annual', 2019, { noDataText: 'N/A', emptyText: '-' });

  it('prints the interim volumes: a forecast, no target column, and "-" before the measure existed', () => {
    const table = buildMeasureTable({ kind: 'volume', measures, values, layout: interim });
    expect(printed(table)).toEqual([
      ['Basuppdrag', 'Prognos 2019', 'Augusti 2019', 'Augusti 2018'],
      ['Ärenden Kontakt Linköping', '197 000', '100 000', '-'],
    ]);
  });

  it('prints the interim personnel table: a target column, no forecast column, "-" for no target', () => {
    const table = buildMeasureTable({
      kind: 'personnel',
      measures: measures.filter((item) => item !== fte),
      values,
      layout: interim,
    });
    expect(printed(table)).toEqual([
      ['Personal', 'Augusti 2019', 'Augusti 2018', 'Målvärde helår'],
      ['Antal tillsvidare anställda', '175', '141', '-'],
      ['Total sjukfrånvaro', '2,5', '2,3', '3,5'],
      ['Extern personalomsättning', '1,7', '2,1', '5,5'],
    ]);
    const missing = table.groups[0]?.rows[0]?.cells[2];
    expect(missing).toMatchObject({ kind: 'empty', note: 'uppgift saknas', ref: null });
  });

  it('prints the annual tables, the closing figures winning over others and one shared footnote', () => {
    const volumes = buildMeasureTable({ kind: 'volume', measures, values, layout: annual });
    expect(printed(volumes)).toEqual([
      ['Basuppdrag', 'Bokslut 2019', 'Bokslut 2018'],
      ['Ärenden Kontakt Linköping', '222 000', 'N/A'],
    ]);
    const personnel = buildMeasureTable({
      kind: 'personnel',
      measures: measures.filter((item) => item !== staff),
      values,
      layout: annual,
    });
    expect(printed(personnel)).toEqual([
      ['Personal', 'Bokslut 2019', 'Bokslut 2018', 'Målvärde helår'],
      ['Årsarbetare', '186', '161[1]', '-'],
      ['Total sjukfrånvaro', '3,82', '3,94[1]', '3,5'],
      ['Extern personalomsättning', '8,4', '7,3[1]', '6,0'],
    ]);
    expect(personnel.footnotes).toEqual([{ marker: 1, text: note }]);
  });

  it('shows the budget document’s own 2018 figure where that document is laid out', () => {
    const table = buildMeasureTable({
      kind: 'personnel',
      measures: [fte],
      values,
      layout: presetLayout('budgetForecast', 2020),
    });
    expect(printed(table)[1]).toEqual(['Årsarbetare', '151,8', '', '', '']);
  });
});

describe('notes, "ingen uppgift", decimals and order', () => {
  it('numbers the measure’s footnote before its cells’, and prints a reported I.U. with its reason', () => {
    const second = measure('Antal e-utbildningar', 'volume', 2021, { sortOrder: 2 });
    const first = measure('Antal rekryteringar', 'volume', 2021, {
      note: 'Inklusive chefsrekryteringar.',
      sortOrder: 1,
    });
    const values = [
      value(first, 2021, 'outcome', 'year', null, { noData: true, noDataReason: 'Nytt rekryteringssystem.' }),
      value(first, 2022, 'budget', 'year', '400', { note: 'Reviderad budget.' }),
      value(second, 2021, 'outcome', 'year', '49', { note: 'Reviderad budget.' }),
    ];
    const table = buildMeasureTable({
      kind: 'volume',
      measures: [second, first],
      values,
      layout: presetLayout('budget', 2023, { planYears: 0 }),
    });
    expect(printed(table)).toEqual([
      ['Basuppdrag', 'Utfall 2021', 'Budget 2022', 'Budget 2023'],
      ['Antal rekryteringar[1]', 'I.U.[2]', '400[3]', ''],
      ['Antal e-utbildningar', '49[3]', '', ''],
    ]);
    expect(table.footnotes.map((footnote) => footnote.text)).toEqual([
      'Inklusive chefsrekryteringar.',
      'Nytt rekryteringssystem.',
      'Reviderad budget.',
    ]);
    expect(table.groups[0]?.rows[0]?.cells[0]).toMatchObject({
      kind: 'noData',
      note: 'ingen uppgift: Nytt rekryteringssystem.',
      ref: { kind: 'value', id: `${first.id}|2021|outcome|year` },
    });
  });

  it('rounds to the measure’s decimals, leaves out measures no longer or not yet measured, marks retired ones', () => {
    const rate = measure('Total sjukfrånvaro', 'personnel', 2018, { decimals: 1 });
    const gone = measure('Extern personalomsättning', 'personnel', 2018, { validToYear: 2020 });
    const future = measure('Chefsomsättning', 'personnel', 2030);
    const retired = measure('Frisktal', 'personnel', 2018, { retiredAt: '2024-01-01T00:00:00Z' });
    const table = buildMeasureTable({
      kind: 'personnel',
      measures: [rate, gone, future, retired],
      values: [value(rate, 2021, 'outcome', 'year', '5,94')],
      layout: presetLayout('budget', 2023, { planYears: 0 }),
    });
    expect(printed(table).map((row) => row[0])).toEqual(['Personal', 'Total sjukfrånvaro', 'Frisktal']);
    expect(printed(table)[1]).toEqual(['Total sjukfrånvaro', '5,9', '', '']);
    expect(table.groups[0]?.rows[1]?.header.note).toBe('avvecklat');
  });
});
