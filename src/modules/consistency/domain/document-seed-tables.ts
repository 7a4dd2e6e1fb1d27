/**
 * The seeds' operating statements and their comments, transcribed for the variance rules' tests: VSS's
 * driftsammandrag in the annual report 2019 with its "Analys och kommentar" (002:134-160), and the interim
 * report of August 2019's result so far and forecast with theirs (004:169-240). The figures and row headers
 * are as printed ("- 2 356", "Kontakt Linköping*" as a footnote marker); the texts are the sentences that
 * name the rows, as printed. The product never reads the seeds; these are written out by hand.
 */
import type { DocumentBlock } from '#core/document.ts';
import { cell, type TableModel, type TableRow } from '#core/table.ts';
import { textRow } from './test-documents.ts';

const heading = (level: 1 | 2 | 3 | 4, text: string): DocumentBlock => ({ kind: 'heading', level, text });
const paragraph = (text: string): DocumentBlock => ({ kind: 'paragraph', text });

function statement(
  key: string,
  caption: string,
  columns: readonly string[],
  rows: readonly TableRow[],
  total: readonly TableRow[],
  footnotes: TableModel['footnotes'],
): TableModel {
  return {
    key,
    caption,
    groupLabel: null,
    columns: [
      { key: 'row', label: 'Verksamhet', align: 'start' },
      ...columns.map((label, index) => ({ key: `c${index}`, label, align: 'end' as const })),
    ],
    groups: [
      { key: 'rows', heading: null, description: null, note: null, ref: null, rows: [...rows] },
      { key: 'total', heading: null, description: null, note: null, ref: null, rows: [...total] },
    ],
    footnotes,
  };
}

const detail = (key: string, header: string, texts: readonly string[]) =>
  textRow(key, header, texts, { depth: 1, role: 'detail' });

/** A row whose cell at `at` carries a footnote marker (the seeds' "500**", "3 346**"). */
function marked(row: TableRow, at: number, marker: number): TableRow {
  return {
    ...row,
    cells: row.cells.map((entry, index) => (index === at ? cell(entry.text, { markers: [marker] }) : entry)),
  };
}

/** 002:134-147: Bokslut 2019, Budget 2019, Avvikelse, Bokslut 2018; no convention declared. */
export function annual2019Statement(
  overrides: { rows?: TableRow[]; total?: TableRow[]; footnotes?: TableModel['footnotes'] } = {},
): TableModel {
  return statement(
    'seed-002-statement',
    'Driftsammandrag, netto tkr',
    ['Bokslut 2019', 'Budget 2019', 'Avvikelse', 'Bokslut 2018'],
    overrides.rows ?? [
      textRow('ledning', 'VSS ledning', ['- 2 356', '0', '- 2 356', '0']),
      textRow('ekonomi', 'Ekonomiservice', ['-476', '0', '- 476', '78']),
      textRow('hr', 'HR service', ['-232', '0', '- 232', '-1 050']),
      textRow('kontakt', 'Kontakt Linköping', ['5 027', '0', '5 027', '-39'], { markers: [1] }),
      marked(textRow('lkdata', 'LK-data', ['15 362', '500', '14 862', '8 811']), 1, 2),
      textRow('arkivet', 'Stadsarkivet', ['-24', '0', '- 24', '-398']),
    ],
    overrides.total ?? [
      textRow('total', 'Summa nettokostnader, tkr', ['17 301', '500', '16 801', '8 198']),
      detail('total:costs', 'varav kostnader', ['254 067', '266 423', '12 356', '219 200']),
      detail('total:revenues', 'varav intäkter', ['271 368', '266 923', '4 445', '227 398']),
    ],
    overrides.footnotes ?? [
      {
        marker: 1,
        text:
          'Redovisning bokslut 2018 raden Kontakt Linköping avser Medborgarkontoret, som från 2019 ingår i ' +
          'Kontakt Linköping',
      },
      { marker: 2, text: '500 tkr i budgetkolumnen för LK-data 2019 ett förväntat resultat.' },
    ],
  );
}

/** 002:150-160, the sentences of "Analys och kommentar" under the statement that name its rows. */
export const ANNUAL_2019_COMMENTS: readonly string[] = [
  'Bokslutet för VSS visar ett överskott med 16,8 mnkr. Orsaken till detta är framförallt större positiva ' +
    'avvikelser för enheterna LK-data samt Kontakt Linköping. Prognosen som lämnades i oktober visade på ett ' +
    'överskott för VSS med 17,7 mnkr.',
  'VSS ledning redovisar ett underskott med 2,4 mnkr vilket framförallt beror på att förvaltningens centrala ' +
    'kostnader, som egentligen ska fördelas ut som en overheadkostnad till alla enheter, i år fördelats ut på ' +
    'enheterna endast beträffande HR- och ekonomistöd.',
  'LK-data redovisar ett preliminärt överskott med 14,8 mnkr som framförallt förklaras av orealiserade ' +
    'prissänkningar och lägre personalkostnader är beräknat.',
  'Kontakt Linköping visar ett överskott med cirka 5 mnkr vilket främst beror på lägre personalkostnader och ' +
    'lokalkostnader än budgeterat.',
  'Ekonomiservice redovisar ett underskott med cirka 0,5 mnkr och den främsta orsaken är att ingen ' +
    'uppräknings gjorts gällande pris och lön för enhetens största avtal gällande ekonomiadministration och ' +
    'systemförvaltning för 2018 och 2019.',
  'HR service har förbättrat sitt resultat jämfört med den prognos som lämnades i oktober och underskottet ' +
    'har minskat från beräknade 0,5 mnkr till cirka 0,2 mnkr.',
  'Stadsarkivets resultat är i nivå med årets budget.',
];

/** 002:132-160 as blocks: the statement under its heading, then its "Analys och kommentar" (none: a placeholder). */
export function annual2019Blocks(
  model: TableModel = annual2019Statement(),
  comments: readonly string[] = ANNUAL_2019_COMMENTS,
): DocumentBlock[] {
  return [
    heading(3, 'Driftsammandrag'),
    { kind: 'table', table: model },
    heading(3, 'Analys och kommentar'),
    ...commentsOrPlaceholder(comments),
  ];
}

/** The comments, or – none written – the draft's placeholder where they are to stand. */
const commentsOrPlaceholder = (comments: readonly string[]): DocumentBlock[] =>
  comments.length === 0
    ? [{ kind: 'notice', text: 'Text saknas: Analys och kommentar', placeholder: true }]
    : comments.map(paragraph);

/** 004:169-180: the result so far against the same months last year, with a change and a bare sum. */
export function interim2019ToDate(): TableModel {
  return statement(
    'seed-004-to-date',
    'Driftsammandrag, netto tkr',
    ['Redovisning 31/8 2019', 'Redovisning 31/8 2018', 'Förändring'],
    [
      textRow('ekonomi', 'Ekonomiservice', ['-65', '113', '-178']),
      textRow('hr', 'HR service', ['433', '-653', '1 086']),
      textRow('kontakt', 'Kontakt Linköping', ['2 787', '647', '2 140'], { markers: [1] }),
      textRow('lkdata', 'LKDATA', ['12 976', '5 916', '7 060']),
      textRow('arkivet', 'Stadsarkivet', ['87', '412', '-325']),
      textRow('ledning', 'VSS ledning', ['-203', '0', '-203']),
    ],
    [textRow('total', 'Summa', ['16 015', '6 435', '9 580'])],
    [
      {
        marker: 1,
        text:
          'Redovisning 31/8 2018 raden Kontakt Linköping avser Medborgarkontoret, som från 2019 ingår i ' +
          'Kontakt Linköping',
      },
    ],
  );
}

/** 004:184-206: the forecast for the year against the budget; no convention declared. */
export function interim2019Forecast(
  overrides: { total?: TableRow[]; footnotes?: TableModel['footnotes'] } = {},
): TableModel {
  return statement(
    'seed-004-forecast',
    'Driftsammandrag, netto tkr',
    ['Prognos helår', 'Budget 2019', 'Avvikelse', 'Bokslut 2018'],
    [
      textRow('ekonomi', 'Ekonomiservice', ['0', '0', '0', '78']),
      textRow('hr', 'HR service', ['0', '0', '0', '-1 050']),
      textRow('kontakt', 'Kontakt Linköping', ['2 000', '0', '2 000', '-39']),
      marked(textRow('lkdata', 'LKDATA', ['15 834', '3 346', '12 488', '8 811']), 1, 2),
      textRow('arkivet', 'Stadsarkivet', ['0', '0', '0', '0']),
      textRow('ledning', 'VSS ledning', ['-945', '0', '-945', '0']),
    ],
    overrides.total ?? [
      textRow('total', 'Summa nettoresultat, tkr', ['16 889', '3 346', '13 543', '8 198']),
      detail('total:costs', 'varav kostnader', ['252 928', '263 577', '10 648', '219 200']),
      detail('total:revenues', 'varav intäkter', ['269 817', '266 923', '2 894', '227 398']),
    ],
    overrides.footnotes ?? [
      {
        marker: 2,
        text:
          '3 346 tkr i budgetkolumnen för LKDATA 2019 avser 2 846 tkr som enheten betalar in till kommunen ' +
          'centralt i ett negativt kommunbidrag samt 500 tkr som är ett förväntat resultat.',
      },
    ],
  );
}

/** 004:211-240, the sentences of "Analys och kommentar" under the forecast that name its rows. */
export const INTERIM_2019_COMMENTS: readonly string[] = [
  'Verksamhetsstöd och service ledning visar ett underskott per den 31 augusti med 203 tkr. Prognosen för ' +
    'året visar ett underskott med 945 tkr som motsvarar förvaltningens sparbeting 2019 för e-handel och ' +
    'avtalstrohet.',
  'Ekonomiservice redovisar ett underskott med 65 tkr per den 30 april. För året prognostiserar enheten ett ' +
    'resultat i nivå med budget.',
  'HR-service har efter ett förändrat avtal med HR-direktören rekryterat till flera tjänster, reglering har ' +
    'skett innan sommaren så att ersättning även utgår för OH kostnader.',
  'Kontakt Linköping redovisar ett överskott för perioden med 2 787 tkr. Orsaken är framförallt lägre ' +
    'lokalkostnader än beräknat. Även personalkostnaderna är lägre, men bedömningen är att bemanningen kommer ' +
    'att öka under senare del av året. Årsprognosen visar ett överskott med 2 000 tkr.',
  'Stadsarkivet redovisar ett överskott med 87 tkr per den 31 augusti. Prognosen för året visar ett resultat ' +
    'i nivå med budget.',
  'LKDATA redovisar ett överskott per den 31 augusti med 12 976 tkr. Redovisat resultat för augusti beror i ' +
    'huvudsak på upparbetade möjliga men orealiserade prissänkningar på minst 3,4 miljoner kronor.',
];

/** 004:167-240 as blocks: the result so far, the forecast under its heading, then the comments. */
export function interim2019Blocks(
  forecast: TableModel = interim2019Forecast(),
  comments: readonly string[] = INTERIM_2019_COMMENTS,
): DocumentBlock[] {
  return [
    heading(2, 'Driftsammandrag'),
    { kind: 'table', table: interim2019ToDate() },
    paragraph('Tabellen visar verksamhetens nettoresultat, dvs ett överskott med 16 015 tkr.'),
    heading(3, 'Prognos resultat 2019'),
    { kind: 'table', table: forecast },
    heading(3, 'Analys och kommentar'),
    ...commentsOrPlaceholder(comments),
  ];
}
