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

export function voucherLabel(voucher: SieVoucher): string {
  const name = [voucher.series, voucher.number].filter((part) => part !== '').join(' ');
  return name === '' ? 'utan nummer' : name;
}

export class LedgerMapper {
  readonly tally: LedgerTally = { kept: 0, leftOut: 0 };
  private readonly outOfPeriod = { vouchers: 0, first: null as SieVoucher | null };
  private readonly unknownCentres = new Map<string, { line: number; rows: number }>();
  private readonly missingCentre = { line: 0, rows: 0 };
  private readonly categories = new Map<string, AccountCategory | null>();

  constructor(
    private readonly period: LedgerPeriod,
    private readonly mapping: LedgerMapping,
  ) {}

  /** The rows a voucher gives; its problems are kept for `finish`. */
  map(voucher: SieVoucher): LedgerRow[] {
    const month = this.monthOf(voucher);
    if (month === null) {
      return [];
    }
    const rows: LedgerRow[] = [];
    const label = voucherLabel(voucher);
    for (const transaction of voucher.transactions) {
      const category = this.categoryOf(transaction.account);
      if (category !== 'cost' && category !== 'revenue') {
        this.tally.leftOut += 1;
        continue;
      }
      const costCentre = transaction.objects.find((object) => object.dimension === this.mapping.dimension);
      if (!costCentre) {
        this.missingCentre.rows += 1;
        this.missingCentre.line ||= transaction.line;
        continue;
      }
      const orgUnitId = this.mapping.unitOf(costCentre.code);
      if (orgUnitId === null) {
        const unknown = this.unknownCentres.get(costCentre.code) ?? { line: transaction.line, rows: 0 };
        unknown.rows += 1;
        this.unknownCentres.set(costCentre.code, unknown);
        continue;
      }
      this.tally.kept += 1;
      rows.push({
        year: this.period.year,
        month,
        orgUnitId,
        account: transaction.account,
        amountOre: transaction.amountOre,
        date: voucher.date,
        voucher: label,
        costCentre: costCentre.code,
      });
    }
    return rows;
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
          `(${voucherLabel(first)}, ${first.date}) på rad ${first.line}.`,
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

  private monthOf(voucher: SieVoucher): Month | null {
    const year = Number(voucher.date.slice(0, 4));
    const month = Number(voucher.date.slice(5, 7)) as Month;
    const { firstMonth, lastMonth } = this.period;
    if (year !== this.period.year || month < firstMonth || month > lastMonth) {
      this.outOfPeriod.vouchers += 1;
      this.outOfPeriod.first ??= voucher;
      return null;
    }
    return month;
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

const count = (n: number) => new Intl.NumberFormat('sv-SE').format(n);
const rowsText = (rows: number) => (rows === 1 ? '1 transaktionsrad' : `${count(rows)} transaktionsrader`);
