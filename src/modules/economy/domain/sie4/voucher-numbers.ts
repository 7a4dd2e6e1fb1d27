/**
 * Remembers which voucher numbers a file has used, to find duplicates, without a set entry per voucher: a
 * year's ledger has hundreds of thousands of vouchers and the reader must not grow with the file. SIE 4B
 * (#VER 7) has the vouchers of a series in ascending order, and numbers are mostly consecutive, so each series
 * is kept as sorted runs of numbers [start, end]; a file in order costs one run per gap, not one per voucher.
 * Files out of order still work, with binary search. Numbers that are not plain integers (the spec allows
 * none, but some programs write "A-12") fall back to a set of their own.
 */
import { isDigits } from './values.ts';

interface Runs {
  readonly starts: number[];
  readonly ends: number[];
  other: Set<string> | null;
}

/** Integers up to 15 digits are exact as numbers; longer "numbers" go in the fallback set. */
const MAX_DIGITS = 15;

export class VoucherNumbers {
  private readonly series = new Map<string, Runs>();

  /** Records the voucher; true when the same series and number was recorded before. */
  add(series: string, number: string): boolean {
    let runs = this.series.get(series);
    if (runs === undefined) {
      runs = { starts: [], ends: [], other: null };
      this.series.set(series, runs);
    }
    if (!isDigits(number) || number.length > MAX_DIGITS) {
      runs.other ??= new Set();
      const seen = runs.other.has(number);
      runs.other.add(number);
      return seen;
    }
    return addNumber(runs, Number(number));
  }

  /** How many runs are kept, over all series: what the memory use grows with. */
  get size(): number {
    let total = 0;
    for (const runs of this.series.values()) {
      total += runs.starts.length + (runs.other?.size ?? 0);
    }
    return total;
  }
}

function addNumber(runs: Runs, n: number): boolean {
  const { starts, ends } = runs;
  const last = ends.length - 1;
  const lastEnd = ends[last];
  if (lastEnd === undefined || n > lastEnd + 1) {
    starts.push(n);
    ends.push(n);
    return false;
  }
  if (n === lastEnd + 1) {
    ends[last] = n;
    return false;
  }
  const index = lastRunStartingAtOrBefore(starts, n);
  if (index >= 0 && n <= (ends[index] as number)) {
    return true;
  }
  insert(runs, index, n);
  return false;
}

/** The index of the last run whose start is ≤ n, or -1. */
function lastRunStartingAtOrBefore(starts: readonly number[], n: number): number {
  let low = 0;
  let high = starts.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((starts[middle] as number) <= n) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** Puts n, known to be in no run, after run `index`, joining the runs it touches. */
function insert({ starts, ends }: Runs, index: number, n: number): void {
  const joinsLeft = index >= 0 && ends[index] === n - 1;
  const joinsRight = index + 1 < starts.length && starts[index + 1] === n + 1;
  if (joinsLeft && joinsRight) {
    ends[index] = ends[index + 1] as number;
    starts.splice(index + 1, 1);
    ends.splice(index + 1, 1);
  } else if (joinsLeft) {
    ends[index] = n;
  } else if (joinsRight) {
    starts[index + 1] = n;
  } else {
    starts.splice(index + 1, 0, n);
    ends.splice(index + 1, 0, n);
  }
}
