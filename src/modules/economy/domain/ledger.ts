/**
 * From the vouchers of a ledger file to the rows Verksam keeps: each transaction on a cost or revenue
 * account, in öre with the ledger's sign (debit positive, so costs are positive and revenues negative),
 * placed in the month of its voucher's date and on the organisation unit its cost centre belongs to.
 * Balance-sheet and financial accounts are read and counted but not kept: an operating statement holds the
 * operation's costs and revenues only.
 *
 * Every refusal is collected, so a bad file is refused once with all its problems. Unknown cost centres are
 * reported once per code, with the first line and how many rows use it, not once per row.
 */
import { longMonthName, type Month } from '#core/period.ts';
import { type AccountCategory, type AccountRange, classifyAccount } from './account-class.ts';
import type { SieProblem, SieVoucher } from './sie4/index.ts';
import { StringTable } from './string-table.ts';
import { grown } from './typed-arrays.ts';
import type { VoucherColumns } from './voucher-columns.ts';

/** Which year and months a file is loaded for; its vouchers must all fall inside. */
export interface LedgerPeriod {
  readonly year: number;
  readonly firstMonth: Month;
  readonly lastMonth: Month;
}

export interface LedgerRow {
  readonly year: number;
  readonly month: Month;
  readonly orgUnitId: string;
  readonly account: string;
  readonly amountOre: bigint;
  readonly date: string;
  readonly voucher: string;
  readonly costCentre: string;
}

/**
 * Where the mapper puts the rows it keeps, a row's fields as arguments: a ledger file has millions of rows,
 * and an object per row, read once and dropped, was a tenth of an import's time with the garbage it left.
 */
export interface LedgerRowSink {
  /** `amountOre`: a number while it is a safe integer, else a bigint. */
  add(
    month: Month,
    orgUnitId: string,
    account: string,
    amountOre: number | bigint,
    date: string,
    voucher: string,
    costCentre: string,
  ): void;
}

export interface LedgerMapping {
  /** The SIE dimension whose objects are the cost centres (1 unless configured). */
  readonly dimension: number;
  /** The unit of a cost centre, or null when none is set. */
  readonly unitOf: (code: string) => string | null;
  readonly accountRanges: readonly AccountRange[];
}

/** What the kept and left-out rows add up to, for the import's receipt. */
export interface LedgerTally {
  kept: number;
  leftOut: number;
}

export function describePeriod(period: LedgerPeriod): string {
  const { year, firstMonth, lastMonth } = period;
  if (firstMonth === 1 && lastMonth === 12) {
    return `hela ${year}`;
  }
  return firstMonth === lastMonth
    ? `${longMonthName(firstMonth)} ${year}`
    : `${longMonthName(firstMonth)}–${longMonthName(lastMonth)} ${year}`;
}

/** "A 12": series and number, whichever the voucher has; "utan nummer" when it has neither. */
export function voucherLabel(voucher: Pick<SieVoucher, 'series' | 'number'>): string {
  const { series, number } = voucher;
  if (series === '') {
    return number === '' ? 'utan nummer' : number;
  }
  return number === '' ? series : `${series} ${number}`;
}

/** A monthly sum: a load's rows of a month summed per unit and account (a month of a ledger_sum row). */
export interface LedgerMonthSum {
  readonly month: Month;
  readonly orgUnitId: string;
  readonly account: string;
  readonly amountOre: bigint;
}

/**
 * Given each unit and account that has sums: its sums of the twelve months in öre, January first, each a
 * number while it is a safe integer and a bigint beyond, undefined for a month without rows. The array is
 * the visitor's to read during the call only: it is reused for the next.
 */
export type AccountYearVisitor = (
  orgUnitId: string,
  account: string,
  months: readonly (number | bigint | undefined)[],
) => void;

/**
 * The kept rows summed per month, unit and account while they are read, so the load need not sum its own
 * rows again from ledger_entry. It holds one number per sum, keyed by small indices: it grows with the units,
 * accounts and months booked (a few hundred thousand at most), not with the file.
 *
 * The sums are found through a hash table of typed arrays (open addressing), not Maps: a Map per unit grew
 * by reallocation, 13 MB per million rows of tables left behind in the old generation of the load's thread,
 * each megabyte a step towards the next full collection (ADR 0013, addendum "stop 29").
 */
export class MonthlySums {
  private readonly units = new StringTable();
  private readonly accounts = new StringTable();
  /** Per slot (a sum, in the order first added): its unit's index and its account's index × 16 + month. */
  private slotUnit = new Int32Array(1024);
  private slotKey = new Int32Array(1024);
  /** Each slot's sum in öre, exact while below 2^53; NaN once it is kept as a bigint in `large`. */
  private amounts = new Float64Array(1024);
  private readonly large = new Map<number, bigint>();
  private count = 0;
  /** The hash table: slot + 1 per place, 0 for an empty place; its size a power of two, at most half full. */
  private places = new Int32Array(4096);

  add(month: Month, orgUnitId: string, account: string, amountOre: number | bigint): void {
    const slot = this.slotOf(
      smallIndex(this.units, orgUnitId, 'units'),
      smallIndex(this.accounts, account, 'accounts') * 16 + month,
    );
    const ore = Number(amountOre);
    const sum = (this.amounts[slot] as number) + ore;
    // Both exact and the result too: then the floating-point sum is the exact one (NaN, once large, is not).
    if (Number.isSafeInteger(ore) && Number.isSafeInteger(sum)) {
      this.amounts[slot] = sum;
    } else {
      this.large.set(slot, this.exact(slot) + BigInt(amountOre));
      this.amounts[slot] = Number.NaN;
    }
  }

  get size(): number {
    return this.count;
  }

  /** The units that have sums. */
  get unitIds(): readonly string[] {
    return this.units.values;
  }

  /**
   * Visits each unit and account with its twelve months, ordered by unit id and account, each compared as
   * text (a uuid's text order is its byte order): the order of ledger_sum's key, the same whatever the
   * file's. Units and accounts are ranked once and the sums sorted as numbers in a typed array, not as
   * objects, so that writing them makes no object per sum.
   */
  forEachAccountYear(visit: AccountYearVisitor): void {
    const unitRank = rankOf(this.units.values);
    const accountRank = rankOf(this.accounts.values);
    // Placed by unit first (a counting sort), then each unit's sums sorted just before they are visited, by
    // a number that packs the account's rank, the month and the slot: the sum is read without a lookup.
    const unitStart = new Int32Array(this.units.values.length + 1);
    for (let slot = 0; slot < this.count; slot++) {
      const next = (unitRank[this.slotUnit[slot] as number] as number) + 1;
      unitStart[next] = (unitStart[next] as number) + 1;
    }
    for (let rank = 1; rank < unitStart.length; rank++) {
      unitStart[rank] = (unitStart[rank] as number) + (unitStart[rank - 1] as number);
    }
    const placed = unitStart.slice();
    const order = new Float64Array(this.count);
    for (let slot = 0; slot < this.count; slot++) {
      const key = this.slotKey[slot] as number;
      const month = key % 16;
      const account = (key - month) / 16;
      const rank = unitRank[this.slotUnit[slot] as number] as number;
      order[(placed[rank] as number)++] = ((accountRank[account] as number) * 16 + month) * SLOTS + slot;
    }
    const unitByRank = byRank(unitRank);
    const accountByRank = byRank(accountRank);
    const months: (number | bigint | undefined)[] = new Array(12).fill(undefined);
    for (let rank = 0; rank + 1 < unitStart.length; rank++) {
      const unit = this.units.values[unitByRank[rank] as number] as string;
      let account = -1;
      for (const place of order.subarray(unitStart[rank], unitStart[rank + 1]).sort()) {
        const slot = place % SLOTS;
        const accountMonth = (place - slot) / SLOTS;
        const month = accountMonth % 16;
        const accountPlace = (accountMonth - month) / 16;
        if (accountPlace !== account) {
          if (account >= 0) {
            visit(unit, this.accounts.values[accountByRank[account] as number] as string, months);
            months.fill(undefined);
          }
          account = accountPlace;
        }
        const amount = this.amounts[slot] as number;
        months[month - 1] = Number.isNaN(amount) ? (this.large.get(slot) as bigint) : amount;
      }
      if (account >= 0) {
        visit(unit, this.accounts.values[accountByRank[account] as number] as string, months);
        months.fill(undefined);
      }
    }
  }

  /** The sums as objects, ordered by unit id, account and month. */
  entries(): LedgerMonthSum[] {
    const entries: LedgerMonthSum[] = [];
    this.forEachAccountYear((orgUnitId, account, months) => {
      months.forEach((amountOre, index) => {
        if (amountOre !== undefined) {
          entries.push({ month: (index + 1) as Month, orgUnitId, account, amountOre: BigInt(amountOre) });
        }
      });
    });
    return entries;
  }

  private exact(slot: number): bigint {
    const amount = this.amounts[slot] as number;
    return Number.isNaN(amount) ? (this.large.get(slot) as bigint) : BigInt(amount);
  }

  /** The slot of the sum of a unit and an account and month, made (at zero) if there is none yet. */
  private slotOf(unit: number, key: number): number {
    const mask = this.places.length - 1;
    let place = placeOf(unit, key) & mask;
    for (let found = this.places[place] as number; found !== 0; found = this.places[place] as number) {
      if (this.slotUnit[found - 1] === unit && this.slotKey[found - 1] === key) {
        return found - 1;
      }
      place = (place + 1) & mask;
    }
    const slot = this.newSlot(unit, key);
    this.places[place] = slot + 1;
    if (2 * this.count > this.places.length) {
      this.rehash();
    }
    return slot;
  }

  private newSlot(unit: number, key: number): number {
    if (this.count === SLOTS) {
      throw new Error('more than 2^29 monthly sums in one ledger file');
    }
    if (this.count === this.amounts.length) {
      this.slotUnit = grown(this.slotUnit);
      this.slotKey = grown(this.slotKey);
      this.amounts = grown(this.amounts);
    }
    this.slotUnit[this.count] = unit;
    this.slotKey[this.count] = key;
    this.amounts[this.count] = 0;
    return this.count++;
  }

  /** A table twice the size, each slot placed again. */
  private rehash(): void {
    this.places = new Int32Array(this.places.length * 2);
    const mask = this.places.length - 1;
    for (let slot = 0; slot < this.count; slot++) {
      let place = placeOf(this.slotUnit[slot] as number, this.slotKey[slot] as number) & mask;
      while (this.places[place] !== 0) {
        place = (place + 1) & mask;
      }
      this.places[place] = slot + 1;
    }
  }
}

/**
 * Slots a MonthlySums can hold: forEachAccountYear packs a slot below the account's rank (below 2^20) and
 * the month (16) into one exact number, 2^29 × 2^24 = 2^53.
 */
const SLOTS = 2 ** 29;

/**
 * A value's index in its table, below 2^20: for an account, the most that forEachAccountYear's sort packs
 * into a number beside the month and the slot (units are held to the same bound, far above any ledger's).
 */
function smallIndex(table: StringTable, value: string, what: 'units' | 'accounts'): number {
  const index = table.idOf(value);
  if (index >= 2 ** 20) {
    throw new Error(`more than a million distinct ${what} in one ledger file`);
  }
  return index;
}

/**
 * A unit's and an account and month's place in MonthlySums' table, before the mask: the two multiplied by
 * odd constants and mixed, the low bits (which a multiplication mixes least) shifted away.
 */
function placeOf(unit: number, key: number): number {
  return (Math.imul(unit, 0x9e3779b1) ^ Math.imul(key, 0x85ebca77)) >>> 7;
}

/** Each value's place among the values sorted as text (code units), by the value's index. */
function rankOf(values: readonly string[]): Int32Array {
  const indices = values
    .map((_, index) => index)
    .sort((a, b) => {
      const x = values[a] as string;
      const y = values[b] as string;
      return x < y ? -1 : x > y ? 1 : 0;
    });
  const rank = new Int32Array(values.length);
  indices.forEach((index, place) => {
    rank[index] = place;
  });
  return rank;
}

/** The inverse of rankOf: the index of the value at each place. */
function byRank(rank: Int32Array): Int32Array {
  const index = new Int32Array(rank.length);
  rank.forEach((place, at) => {
    index[place] = at;
  });
  return index;
}

export class LedgerMapper {
  readonly tally: LedgerTally = { kept: 0, leftOut: 0 };
  /** Vouchers dated outside the period, and the first of them. */
  private readonly outOfPeriod = {
    vouchers: 0,
    first: null as { label: string; date: string; line: number } | null,
  };
  private readonly unknownCentres = new Map<string, { line: number; rows: number }>();
  private readonly missingCentre = { line: 0, rows: 0 };
  private readonly categories = new Map<string, AccountCategory | null>();
  /** Each cost centre's unit, looked up once: the mapping's lookup may build a string per call. */
  private readonly units = new Map<string, string | null>();

  constructor(
    private readonly period: LedgerPeriod,
    private readonly mapping: LedgerMapping,
  ) {}

  /** The rows a voucher gives, each kept one given to `sink` (a batch being written); its problems are kept for `finish`. */
  mapInto(voucher: SieVoucher, sink: LedgerRowSink): void {
    const label = voucherLabel(voucher);
    const month = this.monthOf(voucher.date, label, voucher.line);
    if (month === null) {
      return;
    }
    for (const transaction of voucher.transactions) {
      const { account, objects, amountOre, line } = transaction;
      this.row(sink, month, account, this.costCentreOf(objects)?.code, amountOre, line, voucher.date, label);
    }
  }

  /**
   * The same for vouchers as columns (a batch from the reader's thread); `strings` is the table the batches'
   * ids point into, this batch's new strings already added.
   */
  mapColumns(columns: VoucherColumns, strings: readonly string[], sink: LedgerRowSink): void {
    const { voucherInts, rowInts, amounts, labels } = columns;
    let r = 0;
    for (let v = 0; v < columns.vouchers; v++) {
      const date = strings[voucherInts[3 * v + 1] as number] as string;
      const label = labels[v] as string;
      const end = r + (voucherInts[3 * v + 2] as number);
      const month = this.monthOf(date, label, voucherInts[3 * v] as number);
      for (; month !== null && r < end; r++) {
        const centre = rowInts[3 * r + 2] as number;
        const amount = amounts[r] as number;
        this.row(
          sink,
          month,
          strings[rowInts[3 * r + 1] as number] as string,
          centre < 0 ? undefined : strings[centre],
          Number.isNaN(amount) ? (columns.large.get(r) as bigint) : amount,
          rowInts[3 * r] as number,
          date,
          label,
        );
      }
      r = end;
    }
  }

  /**
   * One row of a voucher in the period: given to the sink when kept, else counted as left out (not an
   * operating account) or as a problem (no cost centre, or one of no unit).
   */
  private row(
    sink: LedgerRowSink,
    month: Month,
    account: string,
    costCentre: string | undefined,
    amountOre: number | bigint,
    line: number,
    date: string,
    label: string,
  ): void {
    const category = this.categoryOf(account);
    if (category !== 'cost' && category !== 'revenue') {
      this.tally.leftOut += 1;
      return;
    }
    if (costCentre === undefined) {
      this.missingCentre.rows += 1;
      this.missingCentre.line ||= line;
      return;
    }
    const orgUnitId = this.unitOf(costCentre);
    if (orgUnitId === null) {
      const unknown = this.unknownCentres.get(costCentre) ?? { line, rows: 0 };
      unknown.rows += 1;
      this.unknownCentres.set(costCentre, unknown);
      return;
    }
    this.tally.kept += 1;
    sink.add(month, orgUnitId, account, amountOre, date, label, costCentre);
  }

  private costCentreOf(objects: SieVoucher['transactions'][number]['objects']) {
    const dimension = this.mapping.dimension;
    for (const object of objects) {
      if (object.dimension === dimension) {
        return object;
      }
    }
    return undefined;
  }

  /** Every problem found, the per-code ones last. */
  finish(): SieProblem[] {
    const problems: SieProblem[] = [];
    const dimension = this.mapping.dimension;
    const { vouchers, first } = this.outOfPeriod;
    if (first) {
      problems.push({
        line: first.line,
        message:
          `${vouchers === 1 ? '1 verifikation är daterad' : `${count(vouchers)} verifikationer är daterade`} ` +
          `utanför perioden ${describePeriod(this.period)} som filen läses in för, den första ` +
          `(${first.label}, ${first.date}) på rad ${first.line}.`,
      });
    }
    if (this.missingCentre.rows > 0) {
      problems.push({
        line: this.missingCentre.line,
        message:
          `${rowsText(this.missingCentre.rows)} på kostnads- eller intäktskonton saknar kostnadsställe ` +
          `(objekt i dimension ${dimension}), den första på rad ${this.missingCentre.line}.`,
      });
    }
    for (const [code, { line, rows }] of this.unknownCentres) {
      problems.push({
        line,
        message:
          `Kostnadsstället ”${code}” (dimension ${dimension}) hör inte till någon organisationsenhet: ` +
          `${rowsText(rows)} använder det, den första på rad ${line}. Koppla det till en enhet under ` +
          'Ekonomi → Kostnadsställen, eller ge enheten koden som kod.',
      });
    }
    return problems;
  }

  /** The month of a voucher's date (ISO), or null when it is outside the period (counted, the first kept). */
  private monthOf(date: string, label: string, line: number): Month | null {
    // Read by character codes, as this runs once per voucher.
    const year = digitAt(date, 0) * 1000 + digitAt(date, 1) * 100 + digitAt(date, 2) * 10 + digitAt(date, 3);
    const month = (digitAt(date, 5) * 10 + digitAt(date, 6)) as Month;
    const { firstMonth, lastMonth } = this.period;
    if (year !== this.period.year || month < firstMonth || month > lastMonth) {
      this.outOfPeriod.vouchers += 1;
      this.outOfPeriod.first ??= { label, date, line };
      return null;
    }
    return month;
  }

  private unitOf(code: string): string | null {
    let unit = this.units.get(code);
    if (unit === undefined) {
      unit = this.mapping.unitOf(code);
      this.units.set(code, unit);
    }
    return unit;
  }

  private categoryOf(account: string): AccountCategory | null {
    let category = this.categories.get(account);
    if (category === undefined) {
      category = classifyAccount(account, this.mapping.accountRanges);
      this.categories.set(account, category);
    }
    return category;
  }
}

/**
 * The digit at `at` in `text`. A function of the module, not a closure made per voucher: under tsx (the
 * command line, the benchmarks) each closure made is also given its name, which cost 4 % of an import.
 */
function digitAt(text: string, at: number): number {
  return text.charCodeAt(at) - 48;
}

const count = (n: number) => new Intl.NumberFormat('sv-SE').format(n);
const rowsText = (rows: number) => (rows === 1 ? '1 transaktionsrad' : `${count(rows)} transaktionsrader`);
