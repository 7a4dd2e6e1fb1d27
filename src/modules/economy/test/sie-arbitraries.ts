/**
 * Random SIE files for property tests: vouchers of #TRANS lines the fast path reads and lines it must leave
 * to the general reader (problems among them), in each encoding and line ending, cut into chunks anywhere.
 */
import fc from 'fast-check';
import { cut, DECLARATIONS, encode } from '../domain/sie4/fixtures.ts';
import type { SieEncoding } from '../domain/sie4/types.ts';

const DECLARED = ['7010', '1930', '6250', '3010'];
const pick = <T>(...values: T[]) => fc.constantFrom(...values);
const blanks = pick('', ' ', '  ', '\t', ' \t');
const separator = pick(' ', '  ', '\t', ' \t ');

const amountArb = fc.oneof(
  fc.integer({ min: -99_999_999, max: 99_999_999 }).map((ore) => {
    const sign = ore < 0 ? '-' : '';
    const abs = Math.abs(ore);
    return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
  }),
  pick('0', '-0', '1', '100.5', '007.10', '1.', '.5', '1,5', '1e3', '+5', '1.234', '""', '"12.00"'),
  pick('12345678901234.00', '1234567890123.99', '999999999999999.99', '1234567890123456'),
);

const objectListArb = fc.oneof(
  pick('{}', '{ }', '{\t}', '{1 "456"}', '{1 456}', '{"1" "457"}', '{1"456"}', '{ 1  "457" }'),
  pick('{1 "999"}', '{1}', '{1 "456" 1 "457"}', '{X "1"}', '{25 "1"}', '{1 "Sköla"}', '{1 "45\\"6"}'),
);

const fieldArb = fc.oneof(
  pick('20240110', '20240229', '20230229', '""', '"20240112"', 'Bank', '"Bank"', '"Lön övertid"'),
  pick('-12.5', '1,5', '"a \\"b\\""', '{1 2}', 'Å', '"\u00e9t\u00e9"', '"C:\\temp"'),
);

const transArb = fc
  .record({
    indent: blanks,
    label: pick('#TRANS', '#TRANS', '#TRANS', '#trans', '#BTRANS'),
    account: fc.oneof(fc.constantFrom(...DECLARED), pick('"7010"', '9999', '70A0')),
    list: objectListArb,
    amount: amountArb,
    rest: fc.array(fc.tuple(separator, fieldArb), { maxLength: 4 }),
    gaps: fc.tuple(separator, separator, separator),
    tail: blanks,
  })
  .map(
    ({ indent, label, account, list, amount, rest, gaps, tail }) =>
      `${indent}${label}${gaps[0]}${account}${gaps[1]}${list}${gaps[2]}${amount}` +
      `${rest.map(([gap, field]) => gap + field).join('')}${tail}`,
  );

const voucherArb = fc.record({
  head: pick(
    '#VER A 1 20240110 "Lön januari"',
    '#VER A 2 20240110',
    '#VER "" "" 20240111 "Import"',
    '#VER B 3 20240230',
    '#VER B 4 20240110 Bare 20240111 "sign"',
  ),
  rows: fc.array(transArb, { maxLength: 5 }),
});

/** A random file: its bytes, their encoding, and the bytes cut into chunks. */
export const randomFile = fc
  .record({
    vouchers: fc.array(voucherArb, { minLength: 1, maxLength: 6 }),
    encoding: pick<SieEncoding>('cp437', 'utf-8', 'windows-1252'),
    newline: pick('\n', '\r\n'),
    cuts: fc.array(fc.nat({ max: 5000 }), { maxLength: 6 }),
  })
  .map(({ vouchers, encoding, newline, cuts }) => {
    const text = [
      ...DECLARATIONS,
      '#KONTO 3010 "Försäljning"',
      ...vouchers.flatMap(({ head, rows }) => [head, '{', ...rows, '}']),
    ]
      .map((line) => line + newline)
      .join('');
    const bytes = encode(text, encoding);
    const chunks = cut(
      bytes,
      cuts.map((at) => at % (bytes.length + 1)),
    );
    return { bytes, encoding, chunks };
  });
