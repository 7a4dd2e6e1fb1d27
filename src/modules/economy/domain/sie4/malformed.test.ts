/**
 * A corpus of broken files: each must be refused with a Swedish problem on the right line that says what is
 * wrong and quotes the offending value.
 */
import { describe, expect, it } from 'vitest';
import { DECLARATIONS, encode, HEADER, lines, readText } from './fixtures.ts';

/** Lines 1–14 are DECLARATIONS; a voucher put after them starts on line 15. */
const decl = (...rest: (string | string[])[]) => lines(DECLARATIONS, ...rest);
const voucher = (...rows: string[]) => ['#VER A 1 20240110 "Test"', '{', ...rows, '}'];

interface Case {
  readonly file: string | Uint8Array;
  readonly line: number | null;
  readonly says: string;
}

const CASES: Record<string, Case> = {
  'empty file': { file: '', line: null, says: 'Filen är tom.' },
  'only blank lines': { file: '\r\n  \n\t\n', line: null, says: 'Filen är tom.' },
  'binary file (NUL bytes)': {
    file: Uint8Array.from([...encode(lines(HEADER.slice(0, 2)), 'cp437'), 0x50, 0x4b, 0x00, 0x03]),
    line: 3,
    says: 'inte en SIE-fil: rad 3 innehåller styrtecknet 0x00',
  },
  'other control character': { file: `#FLAGGA 0\n#FNAMN "a\u0007b"\n`, line: 2, says: 'styrtecknet 0x07' },
  'no SIE labels at all (a CSV file)': {
    file: 'konto;belopp\n1930;100\n',
    line: 1,
    says: 'inte en SIE-fil: rad 1 börjar inte med en etikett som #FLAGGA utan med ”konto;belopp”',
  },
  'first record is not #FLAGGA': {
    file: lines(HEADER.slice(1)),
    line: 1,
    says: 'ska börja med #FLAGGA, men första posten är #PROGRAM',
  },
  'invalid #FLAGGA': { file: lines('#FLAGGA x', HEADER.slice(1)), line: 1, says: '”x”' },
  'missing #SIETYP and #FNAMN': {
    file: lines(HEADER.filter((line) => !line.startsWith('#SIETYP') && !line.startsWith('#FNAMN'))),
    line: null,
    says: 'saknar posterna #SIETYP och #FNAMN',
  },
  'SIE type 2': {
    file: lines(HEADER.map((line) => line.replace('#SIETYP 4', '#SIETYP 2'))),
    line: 5,
    says: 'SIE-typ 2',
  },
  'unterminated quote': {
    file: decl('#KONTO 3010 "Försäljning'),
    line: 15,
    says: 'citattecknet före ”Försäljning”',
  },
  'unterminated object list': {
    file: decl(voucher('#TRANS 7010 {1 "456" 100.00', '#TRANS 1930 {} -100.00')),
    line: 17,
    says: 'objektlistan ”{1 "456" 100.00” avslutas aldrig',
  },
  'tab inside a quoted text': {
    file: decl('#KONTO 3010 "Ford\tringar"'),
    line: 15,
    says: 'styrtecknet tabb (0x09) inuti ett textfält',
  },
  'voucher block not closed before the next #VER': {
    file: decl('#VER A 0 20240110', '{', '#TRANS 1930 {} 0', voucher('#TRANS 1930 {} 0')),
    line: 15,
    says: 'Verifikation A 0 på rad 15: blocket { avslutas aldrig med } före nästa #VER på rad 18',
  },
  'voucher block not closed at the end of the file': {
    file: decl('#VER B 7 20240110', '{', '#TRANS 1930 {} 0'),
    line: 15,
    says: 'Verifikation B 7 på rad 15: blocket { avslutas aldrig med } före filens slut',
  },
  'closing brace without an open block': {
    file: decl(voucher('#TRANS 1930 {} 0'), '}'),
    line: 19,
    says: '} avslutar inget block',
  },
  'opening brace that belongs to no #VER': {
    file: decl('#KONTO 3010 "x"', '{', '}'),
    line: 16,
    says: '{ hör inte till någon #VER-post',
  },
  'brace not alone on its line': {
    file: decl('#VER A 1 20240110', '{ #TRANS 1930 {} 0', '}'),
    line: 16,
    says: 'ska stå ensam på sin rad',
  },
  '#VER without a block': {
    file: decl('#VER A 1 20240110', '#KONTO 3010 "x"'),
    line: 15,
    says: 'följs inte av ett block',
  },
  '#TRANS outside a #VER block': {
    file: decl('#TRANS 1930 {} 100.00'),
    line: 15,
    says: '#TRANS står utanför ett #VER-block',
  },
  'a record not allowed inside a voucher': {
    file: decl(voucher('#KONTO 3010 "x"', '#TRANS 1930 {} 0')),
    line: 17,
    says: '#KONTO får inte stå inom ett #VER-block',
  },
  'a line that is no record': {
    file: decl('1930 100.00'),
    line: 15,
    says: 'inte en SIE-post: den börjar med ”1930 100.00”',
  },
  'undeclared account': {
    file: decl(voucher('#TRANS 3010 {} 100.00', '#TRANS 1930 {} -100.00')),
    line: 17,
    says: 'kontot 3010 i #TRANS är inte deklarerat med #KONTO',
  },
  'non-numeric account number': {
    file: decl('#KONTO 19A0 "Bank"'),
    line: 15,
    says: 'kontonumret ”19A0” är inte numeriskt',
  },
  '#KTYP for an undeclared account': {
    file: decl('#KTYP 3010 I'),
    line: 15,
    says: 'kontot 3010 i #KTYP är inte deklarerat',
  },
  'invalid account type': { file: decl('#KTYP 1930 X'), line: 15, says: 'kontotypen ”X”' },
  'undeclared object': {
    file: decl(voucher('#TRANS 7010 {1 "999"} 100.00', '#TRANS 1930 {} -100.00')),
    line: 17,
    says: 'objektet ”999” i dimension 1 är inte deklarerat med #OBJEKT',
  },
  'undeclared free dimension in a transaction': {
    file: decl(voucher('#TRANS 7010 {25 "1"} 100.00', '#TRANS 1930 {} -100.00')),
    line: 17,
    says: 'dimension 25 är inte deklarerad med #DIM',
  },
  'undeclared free dimension in #OBJEKT': {
    file: decl('#OBJEKT 30 "1" "x"'),
    line: 15,
    says: 'dimension 30 är inte deklarerad',
  },
  'dimension that is no number': {
    file: decl(voucher('#TRANS 7010 {X "1"} 0')),
    line: 17,
    says: 'dimensionsnumret ”X”',
  },
  'object list with an odd number of fields': {
    file: decl(voucher('#TRANS 7010 {1 "456" 6} 0')),
    line: 17,
    says: 'udda antal fält',
  },
  'missing object list': {
    file: decl(voucher('#TRANS 1930 -100.00')),
    line: 17,
    says: '#TRANS saknar objektlista',
  },
  'duplicate voucher number': {
    file: decl(voucher('#TRANS 1930 {} 0'), ['#VER A 1 20240111', '{', '#TRANS 1930 {} 0', '}']),
    line: 19,
    says: 'verifikation A 1 förekommer mer än en gång',
  },
  'unbalanced voucher': {
    file: decl(voucher('#TRANS 7010 {1 "456"} 1100.00', '#TRANS 1930 {} -1000.00')),
    line: 15,
    says: 'Verifikation A 1 på rad 15 balanserar inte: summan är 100,00 kr.',
  },
  'unbalanced voucher of an import file': {
    file: decl('#VER "" "" 20240110', '{', '#TRANS 1930 {} -0.05', '}'),
    line: 15,
    says: 'Verifikationen på rad 15 balanserar inte: summan är \u22120,05 kr.',
  },
  'amount with a decimal comma': {
    file: decl(voucher('#TRANS 1930 {} 1,5')),
    line: 17,
    says: '”1,5” i #TRANS är inget belopp',
  },
  'amount with three decimals': { file: decl(voucher('#TRANS 1930 {} 1.234')), line: 17, says: '”1.234”' },
  'amount in exponent form': { file: decl(voucher('#TRANS 1930 {} 1e3')), line: 17, says: '”1e3”' },
  'amount with a plus sign': { file: decl(voucher('#TRANS 1930 {} +5')), line: 17, says: '”+5”' },
  'empty amount': { file: decl(voucher('#TRANS 1930 {} ""')), line: 17, says: '”” i #TRANS är inget belopp' },
  'missing amount': { file: decl(voucher('#TRANS 1930 {}')), line: 17, says: '#TRANS saknar belopp' },
  'absurdly large amount': {
    file: decl(voucher('#TRANS 1930 {} 12345678901234567')),
    line: 17,
    says: 'orimligt stort',
  },
  'invalid quantity': {
    file: decl(voucher('#TRANS 1930 {} 0 "" "" 1,5')),
    line: 17,
    says: 'kvantiteten ”1,5”',
  },
  'voucher date that does not exist': {
    file: decl('#VER A 1 20230229', '{', '}'),
    line: 15,
    says: 'verifikationsdatumet ”20230229” i #VER är inget datum',
  },
  'voucher without a date': {
    file: decl('#VER A 1', '{', '}'),
    line: 15,
    says: '#VER saknar verifikationsdatumet',
  },
  'transaction date that does not exist': {
    file: decl(voucher('#TRANS 1930 {} 0 20240431')),
    line: 17,
    says: '”20240431”',
  },
  'fiscal year ending before it starts': {
    file: lines(HEADER, '#RAR -1 20231231 20230101'),
    line: 8,
    says: 'räkenskapsåret slutar 2023-01-01',
  },
  'unpaired #RTRANS': {
    file: decl(voucher('#RTRANS 1930 {} 0')),
    line: 17,
    says: '#RTRANS ska direkt följas av en likadan #TRANS-rad',
  },
  'truncated #KSUMMA block': {
    file: lines('#FLAGGA 0', '#KSUMMA', HEADER.slice(1)),
    line: 2,
    says: 'Filen är avkortad',
  },
  'wrong checksum': {
    file: lines('#FLAGGA 0', '#KSUMMA', HEADER.slice(1), '#KSUMMA 12345'),
    line: 9,
    says: 'kontrollsumman stämmer inte (filen anger 12345',
  },
  'line over 4 096 characters': {
    file: decl(`#PROSA "${'x'.repeat(5000)}"`),
    line: 15,
    says: 'Rad 15 är längre än 4\u00a0096 tecken',
  },
  'unclosed block of an unknown record': {
    file: decl('#FRAMTIDA', '{'),
    line: 16,
    says: 'blocket { avslutas aldrig',
  },
  'mixed encodings': {
    file: Uint8Array.from([
      ...encode(lines(HEADER), 'cp437'),
      ...encode('#FNAMN "Lön"\n', 'cp437'),
      ...encode('#PROSA "Lön"\n', 'windows-1252'),
    ]),
    line: 9,
    says: 'Teckenkodningen går inte att avgöra: rad 9 har å, ä eller ö skrivna som Windows-1252 och rad 8 som CP437',
  },
};

describe('malformed files', () => {
  it('has a case for each kind of refusal', () => {
    expect(Object.keys(CASES).length).toBeGreaterThanOrEqual(20);
  });

  it.each(Object.entries(CASES))('%s', (_name, { file, line, says }) => {
    const { problems, vouchers } = readText(file);
    expect(problems).toContainEqual({ line, message: expect.stringContaining(says) });
    expect(
      problems.every((problem) => problem.line === null || problem.message.includes(`${problem.line}`)),
    ).toBe(true);
    expect(vouchers.some((voucher) => voucher.line === line)).toBe(false);
  });
});
