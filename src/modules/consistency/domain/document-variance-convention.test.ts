import { describe, expect, it } from 'vitest';
import type { TableModel } from '#core/table.ts';
import {
  annual2019Blocks,
  annual2019Statement,
  interim2019Blocks,
  interim2019Forecast,
  interim2019ToDate,
} from './document-seed-tables.ts';
import { printedTables } from './document-tables.ts';
import { checkVarianceConventions } from './document-variance-convention.ts';
import { declaredVarianceDirections, varianceColumnsOf } from './document-variances.ts';
import { netRows, plainTable, RESULT_CONVENTION, statementTable, table, textRow } from './test-documents.ts';
import { plain } from './test-places.ts';

const messages = (blocks: Parameters<typeof checkVarianceConventions>[0]) =>
  checkVarianceConventions(blocks).map((finding) => ({ ...finding, message: plain(finding.message) }));

/** The economy's sentences (conventions.ts) as the statement prints them under the table. */
const FAVOURABLE_RESULT =
  'Avvikelse anges så att ett positivt belopp är bättre än budget och ett negativt sämre: netto som utfall ' +
  'minus budget, kostnader som budget minus utfall och intäkter som utfall minus budget. Med utfall avses ' +
  'även prognos.';
const ACTUAL_MINUS_BUDGET =
  'Avvikelse anges som utfall minus budget på varje rad. För netto är ett positivt belopp bättre än budget, ' +
  'för kostnader är ett positivt belopp en överskridning och för intäkter är ett positivt belopp högre ' +
  'intäkter än budgeterat. Med utfall avses även prognos.';

const declaring = (model: TableModel, ...texts: string[]): TableModel => ({
  ...model,
  footnotes: [
    ...model.footnotes,
    ...texts.map((text, index) => ({ marker: model.footnotes.length + index + 1, text })),
  ],
});

const ANNUAL_CAPTION = 'Tabellen ”Driftsammandrag, netto tkr”';

describe('the columns a variance is taken between', () => {
  it('are read from the headers: the forecast before the outcome so far, of the budget’s year', () => {
    const columns = (labels: string[]) => varianceColumnsOf(plainTable('T', labels, []));
    expect(columns(['Bokslut 2019', 'Budget 2019', 'Avvikelse', 'Bokslut 2018'])).toEqual({
      actual: 0,
      budget: 1,
      variance: 2,
    });
    expect(
      columns(['Utfall jan–aug 2023', 'Prognos helår 2023', 'Budget 2023', 'Avvikelse', 'Bokslut 2022']),
    ).toEqual({ actual: 1, budget: 2, variance: 3 });
    expect(columns(['Prognos helår', 'Budget 2019', 'Avvikelse', 'Bokslut 2018'])).toEqual({
      actual: 0,
      budget: 1,
      variance: 2,
    });
  });

  it('are not read where they cannot be told surely', () => {
    const columns = (labels: string[]) => varianceColumnsOf(plainTable('T', labels, []));
    // The investments: the actual is printed in parts, the budget as a net.
    expect(
      columns(['Bokslut 2019, utgifter', 'Bokslut 2019, inkomster', 'Budget 2019, netto', 'Avvikelse']),
    ).toBeNull();
    expect(columns(['Prognos april', 'Prognos augusti', 'Budget 2019', 'Avvikelse'])).toBeNull();
    expect(columns(['Bokslut 2019', 'Budget 2019', 'Budget 2018', 'Avvikelse'])).toBeNull();
    expect(columns(['Redovisning 31/8 2019', 'Redovisning 31/8 2018', 'Förändring'])).toBeNull();
  });

  it('reads the declared convention per kind of row', () => {
    const [favourable] = printedTables([table(declaring(annual2019Statement(), FAVOURABLE_RESULT))]);
    expect(declaredVarianceDirections(favourable as never)).toEqual({
      net: 'actualMinusBudget',
      costs: 'budgetMinusActual',
      revenues: 'actualMinusBudget',
    });
    const [undeclared] = printedTables([table(annual2019Statement())]);
    expect(declaredVarianceDirections(undeclared as never)).toBeNull();
    const [both] = printedTables([
      table(declaring(annual2019Statement(), FAVOURABLE_RESULT, ACTUAL_MINUS_BUDGET)),
    ]);
    expect(declaredVarianceDirections(both as never)).toBeNull();
  });
});

describe('a variance in another convention than the table’s', () => {
  it('is silent on the seeds’ statements (002:134-147, 004:184-206), declared or not', () => {
    expect(checkVarianceConventions(annual2019Blocks())).toEqual([]);
    expect(checkVarianceConventions(interim2019Blocks())).toEqual([]);
    expect(checkVarianceConventions([table(declaring(annual2019Statement(), FAVOURABLE_RESULT))])).toEqual(
      [],
    );
    // 263 577 − 252 928 = 10 649, printed 10 648: within the rounding of three figures.
    expect(checkVarianceConventions([table(declaring(interim2019Forecast(), FAVOURABLE_RESULT))])).toEqual(
      [],
    );
    expect(checkVarianceConventions([table(statementTable())])).toEqual([]);
    expect(checkVarianceConventions([table(interim2019ToDate())])).toEqual([]);
  });

  it('calls a cost variance as actual minus budget in a favourable-positive table an error', () => {
    const total = annual2019Statement().groups[1]?.rows.map((row) =>
      row.key === 'total:costs'
        ? textRow('total:costs', 'varav kostnader', ['254 067', '266 423', '−12 356', '219 200'], {
            depth: 1,
            role: 'detail',
          })
        : row,
    );
    const model = declaring(annual2019Statement({ total: total ?? [] }), FAVOURABLE_RESULT);
    expect(messages([table(model)])).toEqual([
      {
        ruleId: 'document-variance-convention',
        severity: 'fel',
        message:
          'Avvikelsen på raden ”varav kostnader” under ”Summa nettokostnader, tkr” anges till −12 356 tkr, men ' +
          'tabellen anger avvikelse som budget minus utfall för kostnader: 266 423 − 254 067 = 12 356 tkr. Den ' +
          'tryckta avvikelsen är utfall minus budget.',
        place: `${ANNUAL_CAPTION}, raden ”varav kostnader” under ”Summa nettokostnader, tkr”, kolumnen ”Avvikelse”`,
        block: 0,
      },
    ]);
    // Undeclared, the only cost row has no other to infer the direction from: nothing is said.
    expect(checkVarianceConventions([table(annual2019Statement({ total: total ?? [] }))])).toEqual([]);
  });

  it('reads the seed’s forecast against a declared actual-minus-budget convention, rounding included', () => {
    const model = declaring(interim2019Forecast(), ACTUAL_MINUS_BUDGET);
    expect(messages([table(model)])).toEqual([
      {
        ruleId: 'document-variance-convention',
        severity: 'fel',
        message:
          'Avvikelsen på raden ”varav kostnader” under ”Summa nettoresultat, tkr” anges till 10 648 tkr, men ' +
          'tabellen anger avvikelse som utfall minus budget för kostnader: 252 928 − 263 577 = −10 649 tkr. Den ' +
          'tryckta avvikelsen är budget minus utfall.',
        place:
          'Tabellen ”Driftsammandrag, netto tkr”, raden ”varav kostnader” under ”Summa nettoresultat, tkr”, ' +
          'kolumnen ”Avvikelse”',
        block: 0,
      },
    ]);
  });

  it('warns of a variance neither convention gives, only where the convention is declared and confirmed', () => {
    const total = [
      textRow('total', 'Summa nettoresultat, tkr', ['16 889', '3 346', '13 543', '8 198']),
      textRow('total:costs', 'varav kostnader', ['252 928', '263 577', '10 651', '219 200'], {
        depth: 1,
        role: 'detail',
      }),
      textRow('total:revenues', 'varav intäkter', ['269 817', '266 923', '2 894', '227 398'], {
        depth: 1,
        role: 'detail',
      }),
    ];
    expect(messages([table(declaring(interim2019Forecast({ total }), FAVOURABLE_RESULT))])).toEqual([
      {
        ruleId: 'document-variance-convention',
        severity: 'varning',
        message:
          'Avvikelsen på raden ”varav kostnader” under ”Summa nettoresultat, tkr” anges till 10 651 tkr, men ' +
          'tabellen anger avvikelse som budget minus utfall för kostnader: 263 577 − 252 928 = 10 649 tkr. Den ' +
          'tryckta avvikelsen är inte heller utfall minus budget (252 928 − 263 577 = −10 649 tkr); ' +
          'avrundningen förklarar högst 1,5 tkr.',
        place:
          'Tabellen ”Driftsammandrag, netto tkr”, raden ”varav kostnader” under ”Summa nettoresultat, tkr”, ' +
          'kolumnen ”Avvikelse”',
        block: 0,
      },
    ]);
    // Undeclared: another error, perhaps; nothing is said.
    expect(checkVarianceConventions([table(interim2019Forecast({ total }))])).toEqual([]);
  });

  it('infers a kind of row’s direction from at least two other rows of that kind, all alike', () => {
    const rows = (hrVariance: string) => [
      ...netRows('stab', 'Stab och ledning', [
        ['−879', '19 533', '18 654'],
        ['0', '29 300', '29 300'],
        ['−879', '9 767', '−10 646'],
      ]),
      ...netRows('ekonomi', 'Verksamhetsområde ekonomi', [
        ['11', '27 547', '27 558'],
        ['0', '41 320', '41 320'],
        ['11', '13 773', '−13 762'],
      ]),
      ...netRows('hr', 'Verksamhetsområde HR', [
        ['153', '22 321', '22 474'],
        ['0', '33 481', '33 481'],
        ['153', hrVariance, '−11 007'],
      ]),
    ];
    // The statement declares its sign (RESULT_CONVENTION) but not its variance convention.
    expect(statementTable().footnotes).toEqual([{ marker: 1, text: RESULT_CONVENTION }]);
    expect(messages([table(statementTable({ rows: rows('−11 160') }))])).toEqual([
      {
        ruleId: 'document-variance-convention',
        severity: 'fel',
        message:
          'Avvikelsen på raden ”varav kostnader” under ”Verksamhetsområde HR” anges till −11 160 tkr, men ' +
          'tabellens övriga rader med kostnader anger avvikelse som budget minus utfall: 33 481 − 22 321 = ' +
          '11 160 tkr. Den tryckta avvikelsen är utfall minus budget.',
        place:
          'Tabellen ”Driftsammandrag Verksamhetsstöd och service 2023, belopp i tkr”, raden ”varav kostnader” ' +
          'under ”Verksamhetsområde HR”, kolumnen ”Avvikelse”',
        block: 0,
      },
    ]);
    // A variance rounding explains, an empty cell and "I.U." are no finding.
    for (const variance of ['11 159', '', 'I.U.']) {
      expect(checkVarianceConventions([table(statementTable({ rows: rows(variance) }))]), variance).toEqual(
        [],
      );
    }
  });

  it('does not infer from a single other row, nor warn where no other row confirms the columns', () => {
    const detail = (key: string, header: string, texts: string[]) =>
      textRow(key, header, texts, { depth: 1, role: 'detail' });
    const columns = ['Bokslut 2019', 'Budget 2019', 'Avvikelse'];
    const two = plainTable('Driftsammandrag, belopp i tkr', columns, [
      textRow('a', 'Enhet A', ['100', '0', '100']),
      detail('a:costs', 'varav kostnader', ['900', '1 000', '100']),
      textRow('b', 'Enhet B', ['−50', '0', '−50']),
      detail('b:costs', 'varav kostnader', ['1 050', '1 000', '50']),
    ]);
    expect(checkVarianceConventions([table(two)])).toEqual([]);
    // Declared, but every other variance is 0: nothing shows that the columns read are the ones compared.
    const unconfirmed = plainTable('Driftsammandrag, belopp i tkr', columns, [
      textRow('a', 'Enhet A', ['0', '0', '0']),
      detail('a:costs', 'varav kostnader', ['100', '120', '50']),
    ]);
    expect(checkVarianceConventions([table(declaring(unconfirmed, FAVOURABLE_RESULT))])).toEqual([]);
  });

  it('does not infer from rows that disagree among themselves, nor read a row of unknown kind', () => {
    const model = plainTable(
      'Kostnader per slag, belopp i tkr',
      ['Bokslut 2019', 'Budget 2019', 'Avvikelse'],
      [
        textRow('personal', 'Personalkostnader', ['100', '120', '20']),
        textRow('lokaler', 'Lokalkostnader', ['50', '40', '−10']),
        textRow('ovrigt', 'Övriga kostnader', ['30', '20', '10']),
      ],
    );
    expect(checkVarianceConventions([table(model)])).toEqual([]);
  });
});
