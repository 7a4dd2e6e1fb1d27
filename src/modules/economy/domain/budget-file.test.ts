import { describe, expect, it } from 'vitest';
import { checkBudgetHeader, checkBudgetRow, oreFromKronor, parseCsv, parseKronor } from './budget-file.ts';

const cells = (place: string, values: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(values).map(([column, text]) => [column, { text, place: `${place}, ${column}` }]),
  );

describe('parseCsv', () => {
  it('reads Swedish Excel’s dialect: byte-order mark, semicolons, decimal commas, quoted fields', () => {
    const parsed = parseCsv(
      '\uFEFFEnhet;Konto;År;Belopp;Kommentar\r\n1410;4010;2024;"-1 234,50";"Lön; ""OB"""\r\n\r\n',
    );
    expect(parsed).toEqual({
      separator: ';',
      rows: [
        { line: 1, cells: ['Enhet', 'Konto', 'År', 'Belopp', 'Kommentar'] },
        { line: 2, cells: ['1410', '4010', '2024', '-1 234,50', 'Lön; "OB"'] },
      ],
    });
  });

  it('reads the comma dialect, keeps line numbers across quoted line breaks, and skips empty lines', () => {
    const parsed = parseCsv(
      'Enhet,Konto,År,Belopp\n\n1410,4010,2024,"1,5"\nVSS,3010,2024,"rad\nbrytning"\n1,2,3,4',
    );
    expect(parsed).toMatchObject({ separator: ',' });
    expect('rows' in parsed && parsed.rows.map((row) => row.line)).toEqual([1, 3, 4, 6]);
  });

  it('refuses an unterminated quote, naming its line', () => {
    expect(parseCsv('Enhet;Konto\n"1410;4010\n')).toEqual({
      problem: 'Ett citattecken på rad 2 öppnas men stängs aldrig.',
    });
  });
});

describe('amounts', () => {
  it('reads kronor as users write them, exactly, to the öre', () => {
    expect(['1234.5', '-1 234,50', '−12 000', '0,05'].map(parseKronor)).toEqual([
      '1234.5',
      '-1234.50',
      '-12000',
      '0.05',
    ]);
    expect(['1,234', '1e3', '=1+1', '12 34', '1234567890123456'].map(parseKronor)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect([oreFromKronor('-1234.5'), oreFromKronor('0.05'), oreFromKronor('100')]).toEqual([
      -123450n,
      5n,
      10000n,
    ]);
  });
});

describe('checkBudgetHeader', () => {
  it('wants every required column once and refuses unknown ones, naming the cell', () => {
    const header = ['Enhet', 'Konto', 'Konto', 'Summa'].map((text, index) => ({
      text,
      place: `Budget!${'ABCD'[index]}1`,
    }));
    expect(checkBudgetHeader(header).problems).toEqual([
      {
        place: 'Budget!D1',
        message: 'Okänd kolumn. Mallen har kolumnerna Enhet, Konto, År, Belopp, Kommentar.',
        value: 'Summa',
      },
      { place: 'Budget!A1', message: 'Kolumnen Konto finns 2 gånger.' },
      { place: 'Budget!A1', message: 'Kolumnen År saknas i rubrikraden.' },
      { place: 'Budget!A1', message: 'Kolumnen Belopp saknas i rubrikraden.' },
    ]);
  });
});

describe('checkBudgetRow', () => {
  it('gives the line of a good row', () => {
    const row = {
      place: 'rad 2',
      ...cells('rad 2', { Enhet: '1410', Konto: '4010', År: '2024', Belopp: '-1 234,50' }),
    };
    expect(checkBudgetRow(row)).toEqual({
      line: {
        place: 'rad 2',
        costCentre: '1410',
        account: '4010',
        year: 2024,
        amount: '-1234.50',
        comment: null,
      },
      problems: [],
    });
  });

  it('lists every problem of a bad row with its place and value', () => {
    const row = {
      place: 'rad 3',
      ...cells('rad 3', { Enhet: '', Konto: '40A', År: '24', Belopp: '=SUMMA(A1)' }),
    };
    expect(checkBudgetRow(row).problems).toEqual([
      { place: 'rad 3, Enhet', message: 'Enhet saknas.' },
      { place: 'rad 3, Konto', message: 'Konto ska vara ett kontonummer med 1–10 siffror.', value: '40A' },
      { place: 'rad 3, År', message: 'År ska vara ett årtal med fyra siffror, t.ex. 2024.', value: '24' },
      {
        place: 'rad 3, Belopp',
        message: 'Belopp ska vara ett belopp i kronor med högst två decimaler, t.ex. 125000 eller -1 234,50.',
        value: '=SUMMA(A1)',
      },
    ]);
  });
});
