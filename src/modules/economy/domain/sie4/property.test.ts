/**
 * Property tests: a random valid ledger, written with random whitespace, quoting, line endings, encoding and
 * amount spellings, and pushed in random chunks, must read back to the same vouchers and the same totals per
 * account in öre; and however the same bytes are cut, the result must be the same.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EncodingDetector } from './encoding.ts';
import { cut, encode, HEADER } from './fixtures.ts';
import { SieReader } from './reader.ts';
import type { SieEncoding, SieProblem, SieVoucher } from './types.ts';

interface Row {
  readonly account: string;
  readonly objects: readonly (readonly [number, string])[];
  readonly ore: bigint;
  readonly kind: 'normal' | 'added';
}

interface Voucher {
  readonly series: string;
  readonly number: string;
  readonly date: string;
  readonly text: string;
  readonly rows: readonly Row[];
  readonly removed: readonly Row[];
}

interface Ledger {
  readonly accounts: ReadonlyMap<string, string>;
  /** Dimension → object codes; dimension 1 is reserved (no #DIM needed), 20 and up are declared. */
  readonly objects: ReadonlyMap<number, readonly string[]>;
  readonly vouchers: readonly Voucher[];
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZåäöÅÄÖé0123456789';
const text = (extra: string, minLength: number) =>
  fc.string({ unit: fc.constantFrom(...(LETTERS + extra)), minLength, maxLength: 12 });

const amount = fc.bigInt({ min: -10_000_000_000n, max: 10_000_000_000n });

function rowArb(accounts: readonly string[], objects: ReadonlyMap<number, readonly string[]>) {
  const dimensions = [...objects.entries()];
  return fc.record({
    account: fc.constantFrom(...accounts),
    objects: fc
      .subarray(dimensions)
      .chain((picked) =>
        fc.tuple(
          ...picked.map(([dimension, codes]) =>
            fc.constantFrom(...codes).map((code) => [dimension, code] as const),
          ),
        ),
      ),
    ore: amount,
    kind: fc.constantFrom<Row['kind']>('normal', 'normal', 'added'),
  });
}

/** A voucher whose rows sum to zero: the last row takes the rest. */
function voucherArb(accounts: readonly string[], objects: ReadonlyMap<number, readonly string[]>) {
  const date = fc
    .record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
    .map(({ month, day }) => `2024${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`);
  return fc
    .record({
      date,
      text: text(' "', 0),
      rows: fc.array(rowArb(accounts, objects), { minLength: 1, maxLength: 6 }),
      removed: fc.array(rowArb(accounts, objects), { maxLength: 2 }),
      importFile: fc.boolean(),
    })
    .map(({ rows, ...rest }) => {
      const sum = rows.slice(0, -1).reduce((total, row) => total + row.ore, 0n);
      const last = rows.at(-1) as Row;
      return { ...rest, rows: [...rows.slice(0, -1), { ...last, ore: -sum }] };
    });
}

const ledgerArb: fc.Arbitrary<Ledger> = fc
  .record({
    accounts: fc.uniqueArray(fc.integer({ min: 1000, max: 9999 }), { minLength: 1, maxLength: 8 }),
    names: fc.array(text(' "', 0), { minLength: 8, maxLength: 8 }),
    objects: fc.uniqueArray(text(' ', 1), { minLength: 1, maxLength: 4 }),
    freeObjects: fc.uniqueArray(text('', 1), { maxLength: 3 }),
  })
  .chain(({ accounts, names, objects, freeObjects }) => {
    const accountMap = new Map(accounts.map((account, i) => [String(account), names[i] ?? '']));
    const objectMap = new Map<number, readonly string[]>([[1, objects]]);
    if (freeObjects.length > 0) {
      objectMap.set(27, freeObjects);
    }
    return fc.array(voucherArb([...accountMap.keys()], objectMap), { maxLength: 12 }).map((vouchers) => ({
      accounts: accountMap,
      objects: objectMap,
      vouchers: vouchers.map(({ importFile, ...voucher }, i) => ({
        ...voucher,
        series: importFile ? '' : (['A', 'B', 'LEV1'][i % 3] as string),
        number: importFile ? '' : String(i + 1),
      })),
    }));
  });

/** How the ledger is written: each choice is drawn from `choose`, a stream of random numbers. */
interface Style {
  readonly choose: (count: number) => number;
  readonly encoding: SieEncoding | 'utf-8-bom';
}

function blanks(style: Style): string {
  return ['', ' ', '  ', '\t', ' \t '][style.choose(5)] as string;
}

function separator(style: Style): string {
  return [' ', '  ', '\t', ' \t', '\t\t '][style.choose(5)] as string;
}

function field(value: string, style: Style): string {
  const bare = value !== '' && !/[ "\t{}]/.test(value) && !value.startsWith('#');
  return bare && style.choose(2) === 0 ? value : `"${value.replaceAll('"', '\\"')}"`;
}

function formatAmount(ore: bigint, style: Style): string {
  const sign = ore < 0n ? '-' : '';
  const abs = ore < 0n ? -ore : ore;
  const whole = (abs / 100n).toString();
  const cents = (abs % 100n).toString().padStart(2, '0');
  if (cents === '00') {
    return sign + [whole, `${whole}.0`, `${whole}.00`][style.choose(3)];
  }
  return sign + (cents.endsWith('0') && style.choose(2) === 0 ? `${whole}.${cents[0]}` : `${whole}.${cents}`);
}

function record(fields: readonly string[], style: Style): string {
  return (
    blanks(style) +
    fields.map((value, i) => (i === 0 ? value : separator(style) + value)).join('') +
    blanks(style)
  );
}

function row(label: string, tx: Row, style: Style): string {
  const objects = tx.objects.flatMap(([dimension, code]) => [
    field(String(dimension), style),
    field(code, style),
  ]);
  const list = `{${blanks(style)}${objects.join(separator(style))}${blanks(style)}}`;
  return record([label, field(tx.account, style), list, formatAmount(tx.ore, style)], style);
}

function render(ledger: Ledger, style: Style): Uint8Array {
  const out: string[] = [...HEADER];
  for (const [account, name] of ledger.accounts) {
    out.push(record(['#KONTO', field(account, style), field(name, style)], style));
  }
  for (const [dimension, codes] of ledger.objects) {
    if (dimension !== 1 || style.choose(2) === 0) {
      out.push(record(['#DIM', String(dimension), field(`Dimension ${dimension}`, style)], style));
    }
    for (const code of codes) {
      out.push(
        record(['#OBJEKT', String(dimension), field(code, style), field(`Objekt ${code}`, style)], style),
      );
    }
  }
  for (const voucher of ledger.vouchers) {
    out.push(
      record(
        [
          '#VER',
          field(voucher.series, style),
          field(voucher.number, style),
          voucher.date,
          field(voucher.text, style),
        ],
        style,
      ),
    );
    out.push(`${blanks(style)}{`);
    voucher.rows.forEach((tx, i) => {
      if (tx.kind === 'added') {
        out.push(row('#RTRANS', tx, style), row('#TRANS', tx, style));
      } else {
        out.push(row('#TRANS', tx, style));
      }
      if (voucher.removed[i]) {
        out.push(row('#BTRANS', voucher.removed[i], style));
      }
    });
    out.push(`}${blanks(style)}`);
  }
  const body = out.map((line) => line + (style.choose(2) === 0 ? '\r\n' : '\n')).join('');
  return encode(body, style.encoding);
}

interface Outcome {
  readonly encoding: SieEncoding | null;
  readonly problems: readonly SieProblem[];
  readonly vouchers: SieVoucher[];
}

function readChunks(chunks: readonly Uint8Array[]): Outcome {
  const detector = new EncodingDetector();
  for (const chunk of chunks) {
    detector.push(chunk);
  }
  const { encoding, problem } = detector.result();
  if (encoding === null) {
    return { encoding, problems: [problem], vouchers: [] };
  }
  const vouchers: SieVoucher[] = [];
  const reader = new SieReader(encoding, { onVoucher: (voucher) => vouchers.push(voucher) });
  for (const chunk of chunks) {
    reader.push(chunk);
  }
  reader.end();
  return { encoding, problems: reader.problems, vouchers };
}

function totalsByAccount(
  rows: Iterable<{ readonly account: string; readonly amount: bigint }>,
): Map<string, bigint> {
  const totals = new Map<string, bigint>();
  for (const { account, amount: ore } of rows) {
    totals.set(account, (totals.get(account) ?? 0n) + ore);
  }
  return totals;
}

const styleArb = fc.record({
  seed: fc.array(fc.nat(), { minLength: 1, maxLength: 64 }),
  encoding: fc.constantFrom<Style['encoding']>('cp437', 'utf-8', 'utf-8-bom', 'windows-1252'),
});

function styleOf({ seed, encoding }: { seed: number[]; encoding: Style['encoding'] }): Style {
  let i = 0;
  return { encoding, choose: (count) => (seed[i++ % seed.length] as number) % count };
}

const cutsArb = fc.array(fc.nat({ max: 1_000_000 }), { maxLength: 20 });

describe('a random valid ledger', () => {
  it('reads back to the same vouchers and the same totals per account, however it is written and cut', () => {
    fc.assert(
      fc.property(ledgerArb, styleArb, cutsArb, (ledger, style, cuts) => {
        const bytes = render(ledger, styleOf(style));
        const result = readChunks(
          cut(
            bytes,
            cuts.map((at) => at % (bytes.length + 1)),
          ),
        );
        expect(result.problems).toEqual([]);
        const nonAscii = [...bytes].some((byte) => byte > 0x7f);
        const expectedEncoding =
          style.encoding === 'utf-8-bom' ? 'utf-8' : nonAscii ? style.encoding : 'cp437';
        expect(result.encoding).toBe(expectedEncoding);
        expect(result.vouchers).toHaveLength(ledger.vouchers.length);
        const expected = totalsByAccount(
          ledger.vouchers.flatMap((v) => v.rows.map((r) => ({ account: r.account, amount: r.ore }))),
        );
        const actual = totalsByAccount(
          result.vouchers.flatMap((v) =>
            v.transactions.map((tx) => ({ account: tx.account, amount: tx.amountOre })),
          ),
        );
        expect(actual).toEqual(expected);
        expect(result.vouchers.map((v) => v.text)).toEqual(ledger.vouchers.map((v) => v.text));
        expect(result.vouchers.map((v) => v.removed.length)).toEqual(
          ledger.vouchers.map((v) => v.removed.filter((_, i) => i < v.rows.length).length),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('gives identical results for any two ways of cutting the same bytes', () => {
    fc.assert(
      fc.property(ledgerArb, styleArb, cutsArb, cutsArb, (ledger, style, first, second) => {
        const bytes = render(ledger, styleOf(style));
        const at = (cuts: number[]) => cuts.map((offset) => offset % (bytes.length + 1));
        expect(readChunks(cut(bytes, at(first)))).toEqual(readChunks(cut(bytes, at(second))));
      }),
      { numRuns: 100 },
    );
  });
});
