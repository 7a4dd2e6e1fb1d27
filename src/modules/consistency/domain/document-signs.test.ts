import { describe, expect, it } from 'vitest';
import { checkNetConventions, checkSignConventions, netConventionOf } from './document-signs.ts';
import { printedTables } from './document-tables.ts';
import { netRows, RESULT_CONVENTION, statementTable, table } from './test-documents.ts';
import { plain } from './test-places.ts';

const stab = (columns: [string, string, string][]) => [
  ...netRows('stab', 'Stab och ledning', columns),
  ...netRows('ekonomi', 'Verksamhetsområde ekonomi', [
    ['11', '27 547', '27 558'],
    ['0', '41 320', '41 320'],
    ['11', '13 773', '−13 762'],
  ]),
];

const plainMessages = <T extends { message: string }>(findings: T[]) =>
  findings.map((finding) => ({ ...finding, message: plain(finding.message) }));

describe('the declared sign convention', () => {
  it('is read from the footnote, and only from it', () => {
    const [declared] = printedTables([table(statementTable())]);
    expect(netConventionOf(declared as never)).toEqual({
      plus: 'intäkter',
      minus: 'kostnader',
      positiveParts: true,
    });
    const [undeclared] = printedTables([table(statementTable({ footnotes: [] }))]);
    expect(netConventionOf(undeclared as never)).toBeNull();
    const [investments] = printedTables([
      table(statementTable({ footnotes: [] }), 'Netto anges som utgifter minus inkomster (nettoutgift).'),
    ]);
    expect(netConventionOf(investments as never)).toEqual({
      plus: 'utgifter',
      minus: 'inkomster',
      positiveParts: false,
    });
  });
});

describe('a net that is not revenues minus costs', () => {
  it('is silent on a consistent statement, a net one unit off by rounding included', () => {
    expect(checkNetConventions([table(statementTable())])).toEqual([]);
    const rows = stab([
      ['−880', '19 533', '18 654'],
      ['0', '29 300', '29 300'],
      ['−879', '9 767', '−10 646'],
    ]);
    expect(checkNetConventions([table(statementTable({ rows }))])).toEqual([]);
  });

  it('calls a net beyond its parts’ rounding an error, with the convention and the arithmetic', () => {
    const rows = stab([
      ['879', '19 533', '18 654'],
      ['0', '29 300', '29 300'],
      ['−879', '9 767', '−10 646'],
    ]);
    expect(plainMessages(checkNetConventions([table(statementTable({ rows }))]))).toEqual([
      {
        ruleId: 'document-net-not-parts',
        severity: 'fel',
        message:
          'Nettot på raden ”Stab och ledning” anges i kolumnen ”Bokslut 2023” till 879 tkr, men tabellen anger ' +
          'netto som intäkter minus kostnader: 18 654 − 19 533 = −879 tkr, skillnad 1 758. Avrundningen av de ' +
          'två delarna förklarar högst 1 tkr.',
        place:
          'Tabellen ”Driftsammandrag Verksamhetsstöd och service 2023, belopp i tkr”, raden ”Stab och ' +
          'ledning”, kolumnen ”Bokslut 2023”',
        block: 0,
      },
    ]);
  });

  it('reads no net in a table that declares no convention, nor in a variance column', () => {
    const rows = stab([
      ['879', '19 533', '18 654'],
      ['0', '29 300', '29 300'],
      ['5 000', '9 767', '−10 646'],
    ]);
    expect(checkNetConventions([table(statementTable({ rows, footnotes: [] }))])).toEqual([]);
    expect(checkNetConventions([table(statementTable({ rows }))]).map((finding) => finding.place)).toEqual([
      expect.stringContaining('kolumnen ”Bokslut 2023”'),
    ]);
  });
});

describe('a sign convention that changes inside one table', () => {
  it('is silent when every cost and revenue is printed positive, variances aside', () => {
    expect(checkSignConventions([table(statementTable())])).toEqual([]);
  });

  it('warns of a cost printed negative where the table prints costs positive', () => {
    const rows = stab([
      ['−879', '−19 533', '18 654'],
      ['0', '29 300', '29 300'],
      ['−879', '9 767', '−10 646'],
    ]);
    expect(plainMessages(checkSignConventions([table(statementTable({ rows }))]))).toEqual([
      {
        ruleId: 'document-sign-convention-changes',
        severity: 'varning',
        message:
          'Tabellen anger kostnader som positiva belopp, men ”varav kostnader” är negativ under ”Stab och ' +
          'ledning” i ”Bokslut 2023” −19 533 tkr. Om beloppet är en verklig kreditering bör dokumentet säga ' +
          'det; annars har tecknet bytts.',
        place:
          'Tabellen ”Driftsammandrag Verksamhetsstöd och service 2023, belopp i tkr”, raderna ”varav kostnader”',
        block: 0,
      },
    ]);
  });

  it('without a declaration of positive parts, warns only of both signs in one table', () => {
    const declaredNet = [{ marker: 1, text: 'Netto anges som intäkter minus kostnader.' }];
    const allNegative = stab([
      ['−879', '−19 533', '18 654'],
      ['0', '−29 300', '29 300'],
      ['−879', '9 767', '−10 646'],
    ]).map((row) =>
      row.key === 'ekonomi:costs'
        ? {
            ...row,
            cells: row.cells.map((cell, index) => (index < 2 ? { ...cell, text: `−${cell.text}` } : cell)),
          }
        : row,
    );
    expect(
      checkSignConventions([table(statementTable({ rows: allNegative, footnotes: declaredNet, total: [] }))]),
    ).toEqual([]);
    const mixed = stab([
      ['−879', '−19 533', '18 654'],
      ['0', '29 300', '29 300'],
      ['−879', '9 767', '−10 646'],
    ]);
    const [finding] = plainMessages(
      checkSignConventions([table(statementTable({ rows: mixed, footnotes: declaredNet, total: [] }))]),
    );
    expect(finding?.message).toMatch(/^Tabellen anger kostnader som positiva belopp i 3 celler, men/);
  });
});

describe('the fixtures', () => {
  it('declare the economy’s result convention', () => {
    expect(RESULT_CONVENTION).toMatch(/^Netto anges som intäkter minus kostnader/);
  });
});
