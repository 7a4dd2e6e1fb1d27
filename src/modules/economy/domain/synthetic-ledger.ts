/**
 * A synthetic ledger as the lines of a SIE 4E file: for the demo (a clearly labelled, made-up ledger of VSS,
 * so that monthly actuals can be shown) and for benchmarks of any size. Deterministic: the same options give
 * the same file, byte for byte. Every voucher balances: a cost booked on a cost centre against supplier
 * debts (2440), or a revenue against customer receivables (1510), as a municipality's ledger does.
 */

import { kronorFromOre } from './kronor.ts';

/**
 * What one cost centre books over a whole year (or over the months loaded, see `amountsFor`), in öre: costs
 * and revenues as positive magnitudes.
 */
export interface CentrePlan {
  readonly code: string;
  readonly name: string;
  readonly costsOre: bigint;
  readonly revenuesOre: bigint;
}

export interface SyntheticLedgerOptions {
  readonly company: string;
  readonly year: number;
  readonly firstMonth: number;
  readonly lastMonth: number;
  readonly centres: readonly CentrePlan[];
  /** Cost vouchers per cost centre and month; as many revenue vouchers again. */
  readonly vouchersPerMonth: number;
  readonly seed: number;
  /** Said in #PROGRAM and #FNAMN, so nobody mistakes the file for a real ledger. */
  readonly label: string;
  /**
   * Whether the centres' amounts are the whole year's, of which the months loaded get their share (the
   * default), or exactly what the months loaded book: a demo that must print given figures for January–August
   * and for the whole year loads the two periods as two files.
   */
  readonly amountsFor?: 'year' | 'months';
}

const COST_ACCOUNTS = [
  ['4010', 'Löner tillsvidareanställda'],
  ['4510', 'Personalomkostnader'],
  ['5010', 'Lokalhyror'],
  ['6110', 'Kontorsmaterial och trycksaker'],
  ['6540', 'IT-tjänster'],
  ['7410', 'Köpta tjänster'],
] as const;
const REVENUE_ACCOUNTS = [
  ['3410', 'Interna intäkter, tjänster'],
  ['3510', 'Försäljning av verksamhet'],
] as const;
const COUNTER_ACCOUNTS = [
  ['1510', 'Kundfordringar'],
  ['2440', 'Leverantörsskulder'],
] as const;

/** A small, fast, seedable generator (mulberry32): the same seed, the same ledger. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const quoted = (text: string) => `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;

/** Öre as SIE writes an amount: "1234.50", "-12.05". */
export const sieAmount = kronorFromOre;

/**
 * Splits `total` öre into `parts` positive-ish pieces that add up to it exactly: random weights, the last
 * piece taking what rounding left.
 */
function split(total: bigint, parts: number, next: () => number): bigint[] {
  const weights = Array.from({ length: parts }, () => 1 + Math.floor(next() * 100));
  const sum = BigInt(weights.reduce((a, b) => a + b, 0));
  const pieces = weights.map((weight) => (total * BigInt(weight)) / sum);
  const rest = total - pieces.reduce((a, b) => a + b, 0n);
  pieces[pieces.length - 1] = (pieces[pieces.length - 1] ?? 0n) + rest;
  return pieces;
}

/** The year's amount for one month: an even share, give or take 10 %, with the last month taking the rest. */
function monthlyShares(total: bigint, months: number, next: () => number): bigint[] {
  const shares = Array.from({ length: months }, () => BigInt(Math.round(900 + next() * 200)));
  const sum = shares.reduce((a, b) => a + b, 0n);
  const pieces = shares.map((share) => (total * share) / sum);
  pieces[months - 1] = (pieces[months - 1] ?? 0n) + total - pieces.reduce((a, b) => a + b, 0n);
  return pieces;
}

const day = (year: number, month: number, dayOfMonth: number) =>
  `${year}${String(month).padStart(2, '0')}${String(dayOfMonth).padStart(2, '0')}`;

/** The file's lines, without line ends, one at a time: a file of millions of rows is never held whole. */
export function* syntheticLedgerLines(options: SyntheticLedgerOptions): Generator<string> {
  const next = random(options.seed);
  const { year, firstMonth, lastMonth } = options;
  yield '#FLAGGA 0';
  yield `#PROGRAM ${quoted(options.label)} 1.0`;
  yield '#FORMAT PC8';
  yield `#GEN ${day(year, lastMonth, 28)}`;
  yield '#SIETYP 4';
  yield `#FNAMN ${quoted(`${options.company}, ${options.label}`)}`;
  yield `#RAR 0 ${day(year, 1, 1)} ${day(year, 12, 31)}`;
  yield '#KPTYP EUBAS97';
  for (const [account, name] of [...COUNTER_ACCOUNTS, ...REVENUE_ACCOUNTS, ...COST_ACCOUNTS]) {
    yield `#KONTO ${account} ${quoted(name)}`;
  }
  yield `#DIM 1 ${quoted('Kostnadsställe')}`;
  for (const centre of options.centres) {
    yield `#OBJEKT 1 ${quoted(centre.code)} ${quoted(centre.name)}`;
  }
  const months = lastMonth - firstMonth + 1;
  let number = 0;
  for (const centre of options.centres) {
    // The months loaded get their share of the year's amounts, or the amounts themselves.
    const share = (amount: bigint) =>
      options.amountsFor === 'months' ? amount : (amount * BigInt(months)) / 12n;
    const costs = monthlyShares(share(centre.costsOre), months, next);
    const revenues = monthlyShares(share(centre.revenuesOre), months, next);
    for (let index = 0; index < months; index += 1) {
      const month = firstMonth + index;
      const vouchers = options.vouchersPerMonth;
      const postings = [
        ...split(costs[index] ?? 0n, vouchers, next).map((amount) => ({ amount, cost: true })),
        ...split(revenues[index] ?? 0n, vouchers, next).map((amount) => ({ amount, cost: false })),
      ];
      for (const { amount, cost } of postings) {
        number += 1;
        const date = day(year, month, 1 + Math.floor(next() * 28));
        const [account] = cost
          ? (COST_ACCOUNTS[Math.floor(next() * COST_ACCOUNTS.length)] ?? COST_ACCOUNTS[0])
          : (REVENUE_ACCOUNTS[Math.floor(next() * REVENUE_ACCOUNTS.length)] ?? REVENUE_ACCOUNTS[0]);
        const signed = cost ? amount : -amount;
        yield `#VER A ${number} ${date} ${quoted(cost ? 'Leverantörsfaktura' : 'Kundfaktura')}`;
        yield '{';
        yield `   #TRANS ${account} {1 ${quoted(centre.code)}} ${sieAmount(signed)}`;
        yield `   #TRANS ${cost ? '2440' : '1510'} {} ${sieAmount(-signed)}`;
        yield '}';
      }
    }
  }
}
