/**
 * The volumes (basuppdrag) and personnel figures of the seed documents, transcribed table by table and line
 * by line (domain.md §2.8–2.9): VSS förvaltningsbudget 2023 (000:215-240), VSS förvaltningsbudget 2020
 * (001:1420-1435), Leanlink förvaltningsbudget 2020 (001:2000-2016), VSS verksamhetsberättelse 2019
 * (002:84-92) and VSS delårsrapport 31 augusti 2019 (004:59-69, 99-111).
 *
 * Every cell is written as printed. A figure becomes a value of the measure for its column's year, kind
 * and period (docs/adr/0014-volumes-and-personnel.md), with its line as `source`; "N/A" and "-" are what
 * the documents print for the years before a measure was measured, which the tables print by themselves
 * from the measure's first year, so they are checked against it rather than stored; a "-" in a target
 * column is no target. The same figure printed by two documents (the forecast and the August outcome of
 * 2019 in 001:1428 and 004:69) is one value with both lines; two different figures for one value make the
 * build throw, as does anything else it cannot read.
 */
import { parseSwedishDecimal } from '#core/decimal.ts';
import type { DataPackageInput } from '#modules/data-package/contract.ts';
import type { MeasureKind, ValueKind, ValuePeriod } from '#modules/volumes/domain/index.ts';
import { demoId } from './demo-id.ts';

type Records<K extends keyof DataPackageInput> = NonNullable<DataPackageInput[K]>;
type MeasureRecord = Records<'volumeMeasures'>[number];
type ValueRecord = Records<'volumeValues'>[number];

interface DemoMeasure {
  readonly org: string;
  readonly kind: MeasureKind;
  readonly name: string;
  readonly unit: string;
  readonly validFromYear: number;
  readonly validToYear?: number;
  readonly note?: string;
  /** The line the measure is defined by (its name as printed there). */
  readonly source: string;
}

/**
 * The measures, in the order the documents print them. A measure's first year is the first year a seed
 * gives a figure for, unless a seed prints "N/A" or "-" for it (then the year after); *inferred* last
 * years are noted.
 */
const MEASURES: readonly DemoMeasure[] = [
  // VSS, basuppdrag. 001:1428, 002:85 and 004:69 print no figure for 2018: the measure starts in 2019.
  {
    org: 'VSS',
    kind: 'volume',
    name: 'Ärenden Kontakt Linköping',
    unit: 'antal',
    validFromYear: 2019,
    source: '000:218',
  },
  // 001:1429: "N/A" until the forecast for 2020; not printed in 000 (*inferred*: measured in 2020 only).
  {
    org: 'VSS',
    kind: 'volume',
    name: 'Varav chatt',
    unit: 'antal',
    validFromYear: 2020,
    validToYear: 2020,
    source: '001:1429',
  },
  {
    org: 'VSS',
    kind: 'volume',
    name: 'Ärenden LKDATA support',
    unit: 'antal',
    validFromYear: 2018,
    source: '000:221',
  },
  // 001:1431 prints "Ärenden HR Direkt", with "N/A" for 2018.
  {
    org: 'VSS',
    kind: 'volume',
    name: 'Ärenden HR-Direkt',
    unit: 'antal',
    validFromYear: 2019,
    source: '000:222',
  },
  // 001:1432 prints "Ärenden - Stadsarkivet".
  {
    org: 'VSS',
    kind: 'volume',
    name: 'Ärenden Stadsarkivet',
    unit: 'antal',
    validFromYear: 2018,
    source: '000:223',
  },
  {
    org: 'VSS',
    kind: 'volume',
    name: 'Antal rekryteringar',
    unit: 'antal',
    validFromYear: 2021,
    source: '000:224',
  },
  {
    org: 'VSS',
    kind: 'volume',
    name: 'Antal e-utbildningar',
    unit: 'antal',
    validFromYear: 2021,
    source: '000:225',
  },
  {
    org: 'VSS',
    kind: 'volume',
    name: 'Antal upphandlingar',
    unit: 'antal',
    validFromYear: 2021,
    source: '000:226',
  },
  {
    org: 'VSS',
    kind: 'volume',
    name: 'Antal lönespecifikationer',
    unit: 'antal',
    validFromYear: 2021,
    source: '000:227',
  },
  {
    org: 'VSS',
    kind: 'volume',
    name: 'Antal kund- och leverantörsfakturor',
    unit: 'antal',
    validFromYear: 2021,
    source: '000:228',
  },
  { org: 'VSS', kind: 'volume', name: 'Antal kök', unit: 'antal', validFromYear: 2021, source: '000:229' },

  // VSS, personal. 004:109 prints "Antal tillsvidare anställda".
  {
    org: 'VSS',
    kind: 'personnel',
    name: 'Antal tillsvidareanställda',
    unit: 'antal',
    validFromYear: 2018,
    source: '000:238',
  },
  // 002:88 prints "Årsarbetare". *Inferred* last year: the budget for 2023 reports tillsvidareanställda instead.
  {
    org: 'VSS',
    kind: 'personnel',
    name: 'Antal årsarbetare',
    unit: 'årsarbetare',
    validFromYear: 2018,
    validToYear: 2020,
    source: '001:1435',
  },
  {
    org: 'VSS',
    kind: 'personnel',
    name: 'Total sjukfrånvaro',
    unit: '%',
    validFromYear: 2018,
    source: '000:239',
  },
  // 002:90 and 004:111; from 2021 reported as "Externa personalavgångar" (000:240). *Inferred* last year.
  {
    org: 'VSS',
    kind: 'personnel',
    name: 'Extern personalomsättning',
    unit: '%',
    validFromYear: 2018,
    validToYear: 2020,
    source: '002:90',
  },
  {
    org: 'VSS',
    kind: 'personnel',
    name: 'Externa personalavgångar',
    unit: '%',
    validFromYear: 2021,
    source: '000:240',
  },

  // Leanlink, basuppdrag (001:2002-2009). Names as printed, unit included.
  {
    org: 'LEANLINK',
    kind: 'volume',
    name: 'Hemtjänst, timmar',
    unit: 'timmar',
    validFromYear: 2018,
    source: '001:2003',
  },
  {
    org: 'LEANLINK',
    kind: 'volume',
    name: 'Vård dygn, antal',
    unit: 'dygn',
    validFromYear: 2018,
    source: '001:2004',
  },
  {
    org: 'LEANLINK',
    kind: 'volume',
    name: 'SFB personlig assistans, timmar',
    unit: 'timmar',
    validFromYear: 2018,
    source: '001:2005',
  },
  {
    org: 'LEANLINK',
    kind: 'volume',
    name: 'LSS personlig assistans, timmar',
    unit: 'timmar',
    validFromYear: 2018,
    source: '001:2006',
  },
  {
    org: 'LEANLINK',
    kind: 'volume',
    name: 'Råd & Stöd',
    unit: 'antal',
    validFromYear: 2018,
    // 001:2016: why the row is empty.
    note: 'För verksamheten inom Råd & Stöd förs dialog om vilka volymtal som kan vara intressanta att följa.',
    source: '001:2007',
  },
  {
    org: 'LEANLINK',
    kind: 'volume',
    name: 'Arbetsmarknadsplatser Stöd & Service',
    unit: 'antal',
    validFromYear: 2018,
    source: '001:2008',
  },
  // Kost & Restaurang moved to VSS at the 2021/2022 year-end (000:203, 328).
  {
    org: 'LEANLINK',
    kind: 'volume',
    name: 'Måltider, antal (Kost & Restaurang)',
    unit: 'antal',
    validFromYear: 2018,
    validToYear: 2021,
    source: '001:2009',
  },
  {
    org: 'LEANLINK',
    kind: 'personnel',
    name: 'Antal årsarbetare',
    unit: 'årsarbetare',
    validFromYear: 2018,
    source: '001:2012',
  },
];

/** A printed column: the year, kind and period its figures are values of, and a footnote on all of them. */
interface DemoColumn {
  readonly year: number;
  readonly kind: ValueKind;
  readonly period: ValuePeriod;
  readonly note?: string;
}

interface DemoRow {
  /** The measure's name in MEASURES. */
  readonly measure: string;
  /** The seed line. */
  readonly line: string;
  /** The cells as printed, one per column; "" for an empty cell. */
  readonly cells: readonly string[];
  /** A sub-row for men or women (000:219-220): its figures are parts of the row above's values. */
  readonly part?: 'men' | 'women';
}

interface DemoTable {
  readonly org: string;
  readonly columns: readonly DemoColumn[];
  readonly rows: readonly DemoRow[];
}

const col = (year: number, kind: ValueKind, period: ValuePeriod, note?: string): DemoColumn =>
  note === undefined ? { year, kind, period } : { year, kind, period, note };
const row = (measure: string, line: string, cells: readonly string[]): DemoRow => ({ measure, line, cells });

/** 000:217, 237: Utfall 2021 | Budget 2022 | Budget 2023 | Plan 2024 … Plan 2028. */
const BUDGET_2023: readonly DemoColumn[] = [
  col(2021, 'outcome', 'year'),
  col(2022, 'budget', 'year'),
  col(2023, 'budget', 'year'),
  ...[2024, 2025, 2026, 2027, 2028].map((year) => col(year, 'plan', 'year')),
];

/**
 * 001:1427, 1434, 2002, 2011: Utfall 2018 | Utfall aug. 2019 | Prognos 2019 | Prognos 2020. The forecast
 * for 2019 is the August one (the same figure as the interim report's, 004:69); the one for 2020 is the
 * budget document's own.
 */
const BUDGET_2020: readonly DemoColumn[] = [
  col(2018, 'outcome', 'year'),
  col(2019, 'outcome', 'august'),
  col(2019, 'forecast', 'august'),
  col(2020, 'forecast', 'budget'),
];

/** 002:92, on "bokslut 2018\*" (002:87). */
const BEFORE_VSS =
  'Verksamhetsstöd och service inrättades som förvaltning från och med 1 januari 2019 varpå jämförbara siffror föregående år bygger på verksamheternas tidigare personalstatistik.';

const TABLES: readonly DemoTable[] = [
  {
    // 000:217-229, Volymutveckling
    org: 'VSS',
    columns: BUDGET_2023,
    rows: [
      row('Ärenden Kontakt Linköping', '000:218', [
        '283 648',
        '280 000',
        '290 000',
        '300 000',
        '300 000',
        '300 000',
        '300 000',
        '300 000',
      ]),
      {
        measure: 'Ärenden Kontakt Linköping',
        line: '000:219',
        part: 'men',
        cells: ['90 928', '', '', '', '', '', '', ''],
      },
      {
        measure: 'Ärenden Kontakt Linköping',
        line: '000:220',
        part: 'women',
        cells: ['111 102', '', '', '', '', '', '', ''],
      },
      row('Ärenden LKDATA support', '000:221', [
        '63 891',
        '72 000',
        '74 000',
        '76 000',
        '76 000',
        '76 000',
        '76 000',
        '76 000',
      ]),
      row('Ärenden HR-Direkt', '000:222', [
        '3 242',
        '3 300',
        '3 400',
        '3 500',
        '3 500',
        '3 500',
        '3 500',
        '3 500',
      ]),
      row('Ärenden Stadsarkivet', '000:223', ['667', '700', '750', '750', '750', '750', '750', '750']),
      row('Antal rekryteringar', '000:224', ['298', '400', '450', '470', '470', '470', '470', '470']),
      row('Antal e-utbildningar', '000:225', ['49', '50', '50', '50', '50', '50', '50', '50']),
      row('Antal upphandlingar', '000:226', ['122', '110', '125', '125', '125', '125', '125', '125']),
      row('Antal lönespecifikationer', '000:227', [
        '154 207',
        '154 000',
        '154 500',
        '154 600',
        '154 700',
        '154 700',
        '154 700',
        '154 700',
      ]),
      row('Antal kund- och leverantörsfakturor', '000:228', [
        '478 684',
        '490 000',
        '500 000',
        '510 000',
        '515 000',
        '515 000',
        '515 000',
        '515 000',
      ]),
      row('Antal kök', '000:229', ['77', '78', '73', '74', '75', '75', '75', '75']),
    ],
  },
  {
    // 000:237-240, Personal
    org: 'VSS',
    columns: BUDGET_2023,
    rows: [
      row('Antal tillsvidareanställda', '000:238', ['475', '516', '500', '500', '500', '500', '500', '500']),
      row('Total sjukfrånvaro', '000:239', ['5,9', '5,0', '6,0', '6,0', '6,0', '6,0', '6,0', '6,0']),
      row('Externa personalavgångar', '000:240', [
        '9,7',
        '6,0',
        '10,0',
        '10,0',
        '10,0',
        '10,0',
        '10,0',
        '10,0',
      ]),
    ],
  },
  {
    // 001:1427-1432, Volymutveckling (VSS)
    org: 'VSS',
    columns: BUDGET_2020,
    rows: [
      row('Ärenden Kontakt Linköping', '001:1428', ['N/A', '100 000', '197 000', '250 000']),
      row('Varav chatt', '001:1429', ['N/A', 'N/A', 'N/A', '12 500']),
      row('Ärenden LKDATA support', '001:1430', ['59 187', '40 578', '62 300', '65 000']),
      row('Ärenden HR-Direkt', '001:1431', ['N/A', '450', '1000', '1600']),
      row('Ärenden Stadsarkivet', '001:1432', ['593', '373', '590', '600']),
    ],
  },
  {
    // 001:1434-1435, Personal (VSS)
    org: 'VSS',
    columns: BUDGET_2020,
    rows: [row('Antal årsarbetare', '001:1435', ['151,8', '180,5', '184', '186'])],
  },
  {
    // 001:2002-2009, Volymutveckling (Leanlink); "Utfall för augusti 2019 kompletteras …" (001:2016)
    org: 'LEANLINK',
    columns: BUDGET_2020,
    rows: [
      row('Hemtjänst, timmar', '001:2003', ['412 441', '', '', '']),
      row('Vård dygn, antal', '001:2004', ['158 947', '', '', '']),
      row('SFB personlig assistans, timmar', '001:2005', ['169 673', '', '', '']),
      row('LSS personlig assistans, timmar', '001:2006', ['58 559', '', '', '']),
      row('Råd & Stöd', '001:2007', ['', '', '', '']),
      row('Arbetsmarknadsplatser Stöd & Service', '001:2008', ['80', '80', '122', '150']),
      row('Måltider, antal (Kost & Restaurang)', '001:2009', ['6 610 550', '', '', '']),
    ],
  },
  {
    // 001:2011-2012, Personal (Leanlink)
    org: 'LEANLINK',
    columns: BUDGET_2020,
    rows: [row('Antal årsarbetare', '001:2012', ['2 402', '', '', ''])],
  },
  {
    // 002:84-85, Basuppdrag: Bokslut 2019 | Bokslut 2018
    org: 'VSS',
    columns: [col(2019, 'outcome', 'closing'), col(2018, 'outcome', 'closing')],
    rows: [row('Ärenden Kontakt Linköping', '002:85', ['222 000', 'N/A'])],
  },
  {
    // 002:87-92, Personal: Bokslut 2019 | bokslut 2018* | Målvärde helår
    org: 'VSS',
    columns: [
      col(2019, 'outcome', 'closing'),
      col(2018, 'outcome', 'closing', BEFORE_VSS),
      col(2019, 'target', 'closing'),
    ],
    rows: [
      row('Antal årsarbetare', '002:88', ['186', '161', '-']),
      row('Total sjukfrånvaro', '002:89', ['3,82', '3,94', '3,5']),
      row('Extern personalomsättning', '002:90', ['8,4', '7,3', '6,0']),
    ],
  },
  {
    // 004:59-69, Basuppdrag: Prognos 2019 | Augusti 2019 | Augusti 2018
    org: 'VSS',
    columns: [
      col(2019, 'forecast', 'august'),
      col(2019, 'outcome', 'august'),
      col(2018, 'outcome', 'august'),
    ],
    rows: [row('Ärenden Kontakt Linköping', '004:69', ['197 000', '100 000', '-'])],
  },
  {
    // 004:99-111, Personal: Augusti 2019 | Augusti 2018 | Målvärde helår
    org: 'VSS',
    columns: [col(2019, 'outcome', 'august'), col(2018, 'outcome', 'august'), col(2019, 'target', 'august')],
    rows: [
      row('Antal tillsvidareanställda', '004:109', ['175', '141', '-']),
      row('Total sjukfrånvaro', '004:110', ['2,5', '2,3', '3,5']),
      row('Extern personalomsättning', '004:111', ['1,7', '2,1', '5,5']),
    ],
  },
];

const measureKey = (org: string, name: string) => `volume-measure:${org}:${name}`;

/** The demo's measures and values, as the data package's two lists. */
export function demoVolumeLists(): Pick<DataPackageInput, 'volumeMeasures' | 'volumeValues'> {
  const measures = new Map<string, MeasureRecord & { readonly validFromYear: number }>();
  const sortOrders = new Map<string, number>();
  for (const measure of MEASURES) {
    const key = measureKey(measure.org, measure.name);
    if (measures.has(key)) {
      throw new Error(`Duplicate demo measure ${key}`);
    }
    const group = `${measure.org}|${measure.kind}`;
    const sortOrder = sortOrders.get(group) ?? 0;
    sortOrders.set(group, sortOrder + 1);
    measures.set(key, {
      id: demoId(key),
      orgUnit: measure.org,
      kind: measure.kind,
      name: measure.name,
      unit: measure.unit,
      sortOrder,
      note: measure.note ?? null,
      validFromYear: measure.validFromYear,
      validToYear: measure.validToYear ?? null,
      source: measure.source,
    });
  }
  const values = new Map<string, ValueRecord>();
  for (const table of TABLES) {
    for (const { measure: name, line, cells, part } of table.rows) {
      const measure = measures.get(measureKey(table.org, name));
      if (!measure || cells.length !== table.columns.length) {
        throw new Error(`Demo volumes ${line}: unknown measure "${name}" or ${cells.length} cells`);
      }
      table.columns.forEach((column, index) => {
        const printed = cells[index] ?? '';
        const key = `volume-value:${table.org}:${name}:${column.year}:${column.kind}:${column.period}`;
        if (printed === '' || (printed === '-' && column.kind === 'target')) {
          return;
        }
        if (printed === 'N/A' || printed === '-') {
          if (column.year >= measure.validFromYear) {
            throw new Error(
              `Demo volumes ${line}: "${printed}" for ${column.year}, when ${name} is measured`,
            );
          }
          return;
        }
        const figure = parseSwedishDecimal(printed);
        if (figure === null) {
          throw new Error(`Demo volumes ${line}: cannot read "${printed}"`);
        }
        const stored = values.get(key);
        if (part !== undefined) {
          if (!stored) {
            throw new Error(`Demo volumes ${line}: a part without its total`);
          }
          values.set(key, { ...stored, [part]: figure, source: `${stored.source}, ${line}` });
          return;
        }
        if (stored) {
          if (stored.total !== figure) {
            throw new Error(
              `Demo volumes ${line}: ${printed} differs from ${stored.total} (${stored.source})`,
            );
          }
          values.set(key, { ...stored, source: `${stored.source}, ${line}` });
          return;
        }
        values.set(key, {
          id: demoId(key),
          measureId: measure.id,
          year: column.year,
          period: column.period,
          kind: column.kind,
          total: figure,
          note: column.note ?? null,
          source: line,
        });
      });
    }
  }
  return {
    volumeMeasures: [...measures.values()],
    volumeValues: [...values.values()],
  };
}
