/**
 * The rules on a year's budget, over what the economy module has already worked out (its frame checks and
 * bridges, docs/adr/0013) – the verdict is economy's; these only say it with the figures:
 *
 * - `budget-over-frame`: a board's budget (net cost) above its adjusted frame (domain.md §2.11, §3.4);
 * - `self-cost-not-zero`: a unit funded by its own internal prices not budgeted at a zero net (000:190, 326);
 * - `bridge-unreconciled`: last year's budget plus the changes recorded is not this year's (§3.5). A unit
 *   that records no changes keeps no bridge, and has nothing to reconcile.
 *
 * Each is a `fel`: the figures cannot all stand. Amounts are kronor, printed in tkr.
 */
import { addDecimal, compareDecimal, type DecimalString, subtractDecimal } from '#core/decimal.ts';
import { formatTkr, sumOf } from './figures.ts';
import type { Finding, Place } from './finding.ts';

/** A board's frame for a year and how its budget stands against it, as the economy module checked it. */
export interface FrameFact {
  readonly place: Place;
  readonly provenance: readonly string[];
  readonly kind: 'frame' | 'selfCost';
  readonly status: 'within' | 'over' | 'balanced' | 'unbalanced' | 'noBudget';
  /** The frame decided, kronor. */
  readonly amount: DecimalString;
  /** After the frame adjustments, kronor. */
  readonly adjustedAmount: DecimalString;
  /** Costs − revenues of the board and everything under it, kronor; null without a budget. */
  readonly budgetNetCost: DecimalString | null;
}

/** One row of the economy module's bridge from last year's budget, kronor of net cost. */
export interface BridgeFact {
  readonly place: Place;
  readonly provenance: readonly string[];
  readonly previous: DecimalString;
  /** The changes recorded, one amount per category. */
  readonly changes: readonly DecimalString[];
  readonly current: DecimalString;
  /** Current − (previous + changes), as economy computed it. */
  readonly unexplained: DecimalString;
}

const isZero = (value: DecimalString) => compareDecimal(value, '0') === 0;

function overFrame(frame: FrameFact): Finding | null {
  if (frame.kind !== 'frame' || frame.status !== 'over' || frame.budgetNetCost === null) {
    return null;
  }
  const over = subtractDecimal(frame.budgetNetCost, frame.adjustedAmount);
  const adjustments = subtractDecimal(frame.adjustedAmount, frame.amount);
  return {
    ruleId: 'budget-over-frame',
    severity: 'fel',
    message:
      `Budgetens nettokostnad ${formatTkr(frame.budgetNetCost)} överskrider den justerade ramen ` +
      `${formatTkr(frame.adjustedAmount)} med ${formatTkr(over)} (ram ${formatTkr(frame.amount)}, ` +
      `ramjusteringar ${formatTkr(adjustments)}).`,
    place: frame.place,
    provenance: frame.provenance,
  };
}

function selfCost(frame: FrameFact): Finding | null {
  if (frame.kind !== 'selfCost' || frame.status !== 'unbalanced' || frame.budgetNetCost === null) {
    return null;
  }
  return {
    ruleId: 'self-cost-not-zero',
    severity: 'fel',
    message:
      'Enheten finansieras till självkostnad och ska budgeteras med nollresultat, men budgetens ' +
      `nettokostnad (kostnader − intäkter) är ${formatTkr(frame.budgetNetCost)}.`,
    place: frame.place,
    provenance: frame.provenance,
  };
}

function unreconciled(row: BridgeFact): Finding | null {
  if (row.changes.every(isZero) || isZero(row.unexplained)) {
    return null;
  }
  const changes = sumOf(row.changes);
  return {
    ruleId: 'bridge-unreconciled',
    severity: 'fel',
    message:
      `Förra årets budget ${formatTkr(row.previous)} plus årets förändringar ${formatTkr(changes)} ger ` +
      `${formatTkr(addDecimal(row.previous, changes))}, men årets budget är ${formatTkr(row.current)}: ` +
      `skillnad ${formatTkr(row.unexplained)} som förändringarna inte förklarar.`,
    place: row.place,
    provenance: row.provenance,
  };
}

export function checkBudgetOverFrame(frames: readonly FrameFact[]): Finding[] {
  return frames.flatMap((frame) => overFrame(frame) ?? []);
}

export function checkSelfCostUnits(frames: readonly FrameFact[]): Finding[] {
  return frames.flatMap((frame) => selfCost(frame) ?? []);
}

export function checkBridges(rows: readonly BridgeFact[]): Finding[] {
  return rows.flatMap((row) => unreconciled(row) ?? []);
}
