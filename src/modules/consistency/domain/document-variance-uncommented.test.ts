import { describe, expect, it } from 'vitest';
import type { DocumentBlock } from '#core/document.ts';
import type { TableModel } from '#core/table.ts';
import {
  ANNUAL_2019_COMMENTS,
  annual2019Blocks,
  annual2019Statement,
  INTERIM_2019_COMMENTS,
  interim2019Blocks,
} from './document-seed-tables.ts';
import {
  checkUncommentedVariances,
  isLargeVariance,
  LARGE_VARIANCE_KRONOR,
  LARGE_VARIANCE_PERCENT,
} from './document-variance-uncommented.ts';
import { commentingTexts, tableComments, textNamesRow } from './document-variances.ts';
import { plainTable, table, textRow } from './test-documents.ts';
import { plain } from './test-places.ts';

const messages = (blocks: readonly DocumentBlock[]) =>
  checkUncommentedVariances(blocks).map((finding) => plain(finding.message));

const heading = (level: 1 | 2 | 3, text: string): DocumentBlock => ({ kind: 'heading', level, text });
const paragraph = (text: string): DocumentBlock => ({ kind: 'paragraph', text });

const UNCOMMENTED_2019 = {
  ledning:
    'Raden ”VSS ledning” avviker från budget med −2 356 tkr (budgeten är 0 tkr), men ingen text under ' +
    'tabellen kommenterar den.',
  kontakt:
    'Raden ”Kontakt Linköping” avviker från budget med 5 027 tkr (budgeten är 0 tkr), men ingen text under ' +
    'tabellen kommenterar den.',
  lkdata:
    'Raden ”LK-data” avviker från budget med 14 862 tkr (2 972 % av budgeten 500 tkr), men ingen text under ' +
    'tabellen kommenterar den.',
  total:
    'Raden ”Summa nettokostnader, tkr” avviker från budget med 16 801 tkr (3 360 % av budgeten 500 tkr), men ' +
    'ingen text under tabellen kommenterar den.',
};

describe('what a large variance is', () => {
  it('is at least 5 % of the budget and at least 1 000 000 kr, in the table’s unit', () => {
    expect([LARGE_VARIANCE_PERCENT, LARGE_VARIANCE_KRONOR]).toEqual(['5', '1000000']);
    expect(isLargeVariance('1000', '20000', 3)).toBe(true);
    expect(isLargeVariance('-1000', '20000', 3)).toBe(true);
    expect(isLargeVariance('1000', '20001', 3)).toBe(false);
    expect(isLargeVariance('999', '0', 3)).toBe(false);
    expect(isLargeVariance('1', '0', 6)).toBe(true);
    expect(isLargeVariance('999999', '0', 0)).toBe(false);
    expect(isLargeVariance('-2356', '0', 3)).toBe(true);
  });
});

describe('the texts that comment a table, and the rows they name', () => {
  it('are the text before it under its heading and after it, past its comment and a chart of its own level', () => {
    const blocks: DocumentBlock[] = [
      heading(2, 'Ekonomi'),
      paragraph('Före rubriken.'),
      heading(3, 'Prognos'),
      paragraph('Före tabellen.'),
      table(annual2019Statement()),
      heading(3, 'Helårsprognos mot budget'),
      { kind: 'notice', text: 'Text saknas: Analys och kommentar', placeholder: true },
      heading(3, 'Analys och kommentar'),
      paragraph('Efter tabellen.'),
      heading(3, 'Investeringar'),
      paragraph('I nästa avsnitt.'),
    ];
    // A section holding a placeholder holds text to come: it ends the table's.
    expect(commentingTexts(blocks, 4)).toEqual(['Före tabellen.']);
    const withChart: DocumentBlock[] = [
      ...blocks.slice(0, 6),
      { kind: 'legend', title: 'Diagram', entries: [] },
      ...blocks.slice(7),
    ];
    expect(commentingTexts(withChart, 4)).toEqual(['Före tabellen.', 'Efter tabellen.']);
    expect(
      commentingTexts(
        [heading(2, 'Ekonomi'), table(annual2019Statement()), heading(1, 'Mål'), paragraph('x')],
        1,
      ),
    ).toEqual([]);
    // The compilation: a statement, then the next board's heading – no section to comment it.
    const compilation: DocumentBlock[] = [
      heading(2, 'Driftsammandrag'),
      table(annual2019Statement()),
      heading(2, 'Målredovisning'),
      {
        kind: 'notice',
        text: 'Inga bedömningar av förvaltningsmålen är gjorda för Bokslut 2023.',
        placeholder: false,
      },
    ];
    expect(tableComments(compilation, 1)).toEqual({ texts: [], hasSection: false });
    expect(checkUncommentedVariances(compilation)).toEqual([]);
    expect(tableComments(blocks, 4)).toEqual({ texts: ['Före tabellen.'], hasSection: true });
  });

  it('names a row by its header without stars, case, hyphens, a genitive s or a leading unit code', () => {
    const row = (header: string) => textRow('r', header, []);
    expect(textNamesRow('HR-service har rekryterat', row('HR service'))).toBe(true);
    expect(textNamesRow('Stadsarkivets resultat är i nivå', row('Stadsarkivet'))).toBe(true);
    expect(textNamesRow('kontakt linköping visar', row('Kontakt Linköping*'))).toBe(true);
    expect(textNamesRow('LK-data redovisar', row('LKDATA'))).toBe(true);
    expect(textNamesRow('Verksamhetsstöd och service ledning visar', row('VSS ledning'))).toBe(true);
    expect(textNamesRow('Ekonomin är i balans', row('Ekonomiservice'))).toBe(false);
    expect(textNamesRow('ledningen har', row('VSS ledning'))).toBe(false);
    expect(textNamesRow('Bokslutet för VSS visar ett överskott', row('VSS ledning'))).toBe(false);
    // Too little left without the code to name anything.
    expect(textNamesRow('IT-stödet', row('VSS IT'))).toBe(false);
  });
});

describe('a large variance no text comments', () => {
  it('is silent on the seeds, whose comments name every large variance (002:150-160, 004:211-240)', () => {
    expect(checkUncommentedVariances(annual2019Blocks())).toEqual([]);
    expect(checkUncommentedVariances(interim2019Blocks())).toEqual([]);
  });

  it('says each large row of 002’s statement without a text: VSS ledning, Kontakt Linköping, LK-data, the sum', () => {
    const findings = checkUncommentedVariances(annual2019Blocks(annual2019Statement(), []));
    expect(findings.map((finding) => plain(finding.message))).toEqual([
      UNCOMMENTED_2019.ledning,
      UNCOMMENTED_2019.kontakt,
      UNCOMMENTED_2019.lkdata,
      UNCOMMENTED_2019.total,
    ]);
    expect(findings[2]).toMatchObject({
      ruleId: 'document-variance-uncommented',
      severity: 'varning',
      place: 'Tabellen ”Driftsammandrag, netto tkr”, raden ”LK-data”',
      block: 1,
    });
    // Ekonomiservice (−476), HR service (−232) and Stadsarkivet (−24) are under 1 000 tkr; varav rows are parts.
  });

  it('takes a placeholder for no text, and a text about the whole for the sum’s comment only', () => {
    const placeholder = [
      heading(3, 'Driftsammandrag'),
      table(annual2019Statement()),
      heading(3, 'Analys och kommentar'),
      { kind: 'notice', text: 'Text saknas: Analys och kommentar', placeholder: true } as DocumentBlock,
    ];
    expect(messages(placeholder)).toEqual(Object.values(UNCOMMENTED_2019));
    expect(messages(annual2019Blocks(annual2019Statement(), [ANNUAL_2019_COMMENTS[0] as string]))).toEqual([
      // "… avvikelser för enheterna LK-data samt Kontakt Linköping" names two; "VSS" is not "VSS ledning".
      UNCOMMENTED_2019.ledning,
    ]);
  });

  it('reads the interim forecast (004:184-206): the forecast’s variances, the comments past a chart', () => {
    expect(messages(interim2019Blocks(undefined, [INTERIM_2019_COMMENTS[0] as string]))).toEqual([
      'Raden ”Kontakt Linköping” avviker från budget med 2 000 tkr (budgeten är 0 tkr), men ingen text under ' +
        'tabellen kommenterar den.',
      'Raden ”LKDATA” avviker från budget med 12 488 tkr (373 % av budgeten 3 346 tkr), men ingen text under ' +
        'tabellen kommenterar den.',
    ]);
    // VSS ledning's −945 tkr is under 1 000 tkr.
    const withChart = interim2019Blocks();
    withChart.splice(5, 0, heading(3, 'Helårsprognos mot budget'), {
      kind: 'legend',
      title: 'Diagram',
      entries: [],
    });
    expect(checkUncommentedVariances(withChart)).toEqual([]);
  });

  it('does not read varav rows on their own: a unit’s comment covers its costs and revenues', () => {
    const blocks: DocumentBlock[] = [
      heading(2, 'Driftsammandrag'),
      table(
        plainTable(
          'Driftsammandrag, belopp i tkr',
          ['Bokslut 2019', 'Budget 2019', 'Avvikelse'],
          [
            textRow('a', 'Enhet A', ['1 500', '0', '1 500']),
            textRow('a:costs', 'varav kostnader', ['18 500', '30 000', '11 500'], {
              depth: 1,
              role: 'detail',
            }),
            textRow('a:revenues', 'varav intäkter', ['20 000', '30 000', '−10 000'], {
              depth: 1,
              role: 'detail',
            }),
          ],
        ),
      ),
      paragraph('Enhet A redovisar ett överskott med 1,5 mnkr.'),
    ];
    expect(checkUncommentedVariances(blocks)).toEqual([]);
  });

  it('reads no table without a stated unit, a budget or a variance figure', () => {
    const rows = [
      textRow('a', 'Enhet A', ['5 000', '0', '5 000']),
      textRow('b', 'Enhet B', ['5 000', 'I.U.', '5 000']),
      textRow('c', 'Enhet C', ['5 000', '0', '']),
    ];
    const columns = ['Bokslut 2019', 'Budget 2019', 'Avvikelse'];
    const commented = (model: TableModel): DocumentBlock[] => [
      heading(2, 'Driftsammandrag'),
      table(model),
      heading(3, 'Analys och kommentar'),
      paragraph('Resultatet är bättre än budgeterat.'),
    ];
    expect(checkUncommentedVariances(commented(plainTable('Driftsammandrag', columns, rows)))).toEqual([]);
    // Where no text section stands at the table at all, the document has no place for a comment.
    expect(
      checkUncommentedVariances([table(plainTable('Driftsammandrag, belopp i tkr', columns, rows))]),
    ).toEqual([]);
    expect(messages(commented(plainTable('Driftsammandrag, belopp i tkr', columns, rows)))).toEqual([
      'Raden ”Enhet A” avviker från budget med 5 000 tkr (budgeten är 0 tkr), men ingen text under tabellen ' +
        'kommenterar den.',
    ]);
    expect(
      messages(
        commented(
          plainTable('Driftsammandrag, belopp i mnkr', columns, [
            textRow('a', 'Enhet A', ['1,2', '21,0', '1,1']),
          ]),
        ),
      ),
    ).toEqual([
      'Raden ”Enhet A” avviker från budget med 1,1 mnkr (5,2 % av budgeten 21,0 mnkr), men ingen text under ' +
        'tabellen kommenterar den.',
    ]);
  });
});
