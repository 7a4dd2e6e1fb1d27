import { describe, expect, it } from 'vitest';
import type { TableRow } from '#core/table.ts';
import {
  annual2019Blocks,
  annual2019Statement,
  interim2019Blocks,
  interim2019Forecast,
} from './document-seed-tables.ts';
import { checkSignsBetweenTables } from './document-sign-between-tables.ts';
import { plainTable, RESULT_CONVENTION, statementTable, table, textRow } from './test-documents.ts';
import { plain } from './test-places.ts';

const messages = (blocks: Parameters<typeof checkSignsBetweenTables>[0]) =>
  checkSignsBetweenTables(blocks).map((finding) => ({ ...finding, message: plain(finding.message) }));

const detail = (key: string, header: string, texts: string[]): TableRow =>
  textRow(key, header, texts, { depth: 1, role: 'detail' });

/** A budget table that prints the net cost: costs minus revenues, with its parts. */
const netCostTable = (net = '1 000') =>
  plainTable(
    'Budget 2024, belopp i tkr',
    ['Budget 2024'],
    [
      textRow('net', 'Nettokostnad', [net]),
      detail('net:costs', 'varav kostnader', ['5 000']),
      detail('net:revenues', 'varav intäkter', ['4 000']),
    ],
  );

const STATEMENT = 'Tabellen ”Driftsammandrag Verksamhetsstöd och service 2023, belopp i tkr”';

describe('a sign convention that differs between two tables of a document', () => {
  it('is silent on the seeds’ statements, which all print a surplus positive and costs positive', () => {
    expect(checkSignsBetweenTables([...annual2019Blocks(), ...interim2019Blocks()])).toEqual([]);
    expect(checkSignsBetweenTables([table(statementTable()), table(annual2019Statement())])).toEqual([]);
  });

  it('warns of a net as revenues minus costs in one table and as costs minus revenues in another', () => {
    expect(messages([table(statementTable()), table(netCostTable())])).toEqual([
      {
        ruleId: 'document-sign-convention-between-tables',
        severity: 'varning',
        message:
          `${STATEMENT} anger netto som intäkter minus kostnader (”Stab och ledning” i kolumnen ` +
          '”Bokslut 2023”: 18 654 − 19 533 = −879 tkr), men tabellen ”Budget 2024, belopp i tkr” visar netto ' +
          'som kostnader minus intäkter (”Nettokostnad” i kolumnen ”Budget 2024”: 5 000 − 4 000 = 1 000 tkr). ' +
          'Samma slags belopp har olika tecken i dokumentets två tabeller: ett överskott är positivt i den ena ' +
          'och negativt i den andra.',
        place: 'Tabellen ”Budget 2024, belopp i tkr”',
        block: 1,
      },
    ]);
  });

  it('reads the seed 002’s net by its parts, not by its label “Summa nettokostnader” (002:141)', () => {
    expect(messages([table(annual2019Statement()), table(netCostTable())])).toEqual([
      {
        ruleId: 'document-sign-convention-between-tables',
        severity: 'varning',
        message:
          'Tabellen ”Driftsammandrag, netto tkr” visar netto som intäkter minus kostnader (”Summa ' +
          'nettokostnader, tkr” i kolumnen ”Bokslut 2019”: 271 368 − 254 067 = 17 301 tkr), men tabellen ' +
          '”Budget 2024, belopp i tkr” visar netto som kostnader minus intäkter (”Nettokostnad” i kolumnen ' +
          '”Budget 2024”: 5 000 − 4 000 = 1 000 tkr). Samma slags belopp har olika tecken i dokumentets två ' +
          'tabeller: ett överskott är positivt i den ena och negativt i den andra.',
        place: 'Tabellen ”Budget 2024, belopp i tkr”',
        block: 1,
      },
    ]);
  });

  it('never takes a convention from a label alone, nor from a net its parts do not tell', () => {
    const labelOnly = plainTable(
      'Budget 2024, belopp i tkr',
      ['Budget 2024'],
      [textRow('net', 'Nettokostnad', ['1 000'])],
    );
    expect(checkSignsBetweenTables([table(statementTable()), table(labelOnly)])).toEqual([]);
    // 1 is within the rounding of three figures of both 5 000 − 5 000 and its opposite.
    const tiny = plainTable(
      'Budget 2024, belopp i tkr',
      ['Budget 2024'],
      [
        textRow('net', 'Nettokostnad', ['1']),
        detail('net:costs', 'varav kostnader', ['5 000']),
        detail('net:revenues', 'varav intäkter', ['5 000']),
      ],
    );
    expect(checkSignsBetweenTables([table(statementTable()), table(tiny)])).toEqual([]);
    expect(checkSignsBetweenTables([table(tiny), table(netCostTable())])).toEqual([]);
    // A net that is neither (a misprint) says nothing about the convention.
    expect(checkSignsBetweenTables([table(statementTable()), table(netCostTable('3 000'))])).toEqual([]);
  });

  it('warns of costs positive in one table and negative in another, naming an example of each', () => {
    const negative = plainTable(
      'Kostnader och intäkter 2019, belopp i tkr',
      ['Bokslut 2019', 'Avvikelse'],
      [
        textRow('costs', 'Kostnader', ['−254 067', '12 356']),
        textRow('revenues', 'Intäkter', ['271 368', '4 445']),
      ],
    );
    expect(messages([table(annual2019Statement()), table(negative)])).toEqual([
      {
        ruleId: 'document-sign-convention-between-tables',
        severity: 'varning',
        message:
          'Tabellen ”Driftsammandrag, netto tkr” visar kostnader som positiva belopp (”varav kostnader” under ' +
          '”Summa nettokostnader, tkr” i kolumnen ”Bokslut 2019”: 254 067 tkr), men tabellen ”Kostnader och ' +
          'intäkter 2019, belopp i tkr” visar kostnader som negativa belopp (”Kostnader” i kolumnen ”Bokslut ' +
          '2019”: −254 067 tkr). Samma slags belopp har olika tecken i dokumentets två tabeller.',
        place: 'Tabellen ”Kostnader och intäkter 2019, belopp i tkr”',
        block: 1,
      },
    ]);
  });

  it('reads costs in columns headed by them, and takes no convention from a table of both signs', () => {
    const chart = plainTable(
      'Kostnader och intäkter per enhet, belopp i tkr',
      ['Kostnader 2019', 'Intäkter 2019'],
      [textRow('lk', 'LK-data', ['−120 000', '135 362'])],
    );
    expect(checkSignsBetweenTables([table(statementTable()), table(chart)])).toHaveLength(1);
    const mixed = plainTable(
      'Kostnader 2019, belopp i tkr',
      ['Bokslut 2019'],
      [textRow('a', 'Kostnader', ['−5 000']), textRow('b', 'Kostnader', ['4 000'])],
    );
    expect(checkSignsBetweenTables([table(statementTable()), table(mixed)])).toEqual([]);
    // A table that declares costs positive but prints one negative is the sign rule's, not this one's.
    const declaredButNegative = statementTable({
      footnotes: [{ marker: 1, text: RESULT_CONVENTION }],
    });
    const broken = {
      ...declaredButNegative,
      groups: declaredButNegative.groups.map((group) => ({
        ...group,
        rows: group.rows.map((row) =>
          row.key === 'stab:costs'
            ? textRow('stab:costs', 'varav kostnader', ['−19 533', '29 300', '9 767'])
            : row,
        ),
      })),
    };
    expect(checkSignsBetweenTables([table(broken), table(annual2019Statement())])).toEqual([]);
    const allNegative = plainTable(
      'Kostnader 2019, belopp i tkr',
      ['Bokslut 2019'],
      [textRow('a', 'Kostnader', ['−5 000'])],
    );
    expect(
      checkSignsBetweenTables([table(annual2019Statement()), table(allNegative, RESULT_CONVENTION)]),
    ).toEqual([]);
  });

  it('reads a declared convention with an example figure when no net shows its parts', () => {
    const forecast = interim2019Forecast({
      total: [textRow('total', 'Summa', ['16 889', '3 346', '13 543', '8 198'])],
    });
    const declared = {
      ...forecast,
      footnotes: [{ marker: 1, text: 'Netto anges som kostnader minus intäkter.' }],
    };
    expect(messages([table(statementTable()), table(declared)]).map((finding) => finding.message)).toEqual([
      `${STATEMENT} anger netto som intäkter minus kostnader (”Stab och ledning” i kolumnen ”Bokslut 2023”: ` +
        '18 654 − 19 533 = −879 tkr), men tabellen ”Driftsammandrag, netto tkr” anger netto som kostnader ' +
        'minus intäkter (”Kontakt Linköping” i kolumnen ”Prognos helår”: 2 000 tkr). Samma slags belopp har ' +
        'olika tecken i dokumentets två tabeller: ett överskott är positivt i den ena och negativt i den andra.',
    ]);
  });
});
