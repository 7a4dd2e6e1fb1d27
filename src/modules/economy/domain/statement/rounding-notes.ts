/**
 * The notes a table of amounts prints when rounding makes a printed figure disagree with the printed figures
 * it is made of (issue 6: "rounding never leaves a printed total that disagrees with its printed rows without
 * a note saying so"). One wording for every table of money – operating statements, investments – so that a
 * reader meets the same sentence for the same cause, and each such cell shares one note.
 */
import { type DisplayUnit, formatSteps, type Ore, roundOre } from './money.ts';

export interface Rounding {
  readonly unit: DisplayUnit;
  readonly decimals: number;
}

export function roundingCause({ unit, decimals }: Rounding): string {
  return decimals === 0
    ? `avrundning till ${unit}`
    : `avrundning till ${decimals} ${decimals === 1 ? 'decimal' : 'decimaler'} i ${unit}`;
}

/**
 * The note on a sum whose printed figure is not the sum of its printed rows, or null when they agree. When the
 * exact figures agree, the cause is rounding; otherwise `otherwise` says why the sum is taken another way
 * (some rows lack one of the columns a variance compares).
 */
export function sumNote(
  rows: readonly Ore[],
  total: Ore,
  rounding: Rounding,
  otherwise: string,
): string | null {
  const printed = (ore: Ore) => roundOre(ore, rounding.unit, rounding.decimals);
  const printedSum = rows.reduce((sum, value) => sum + printed(value), 0n);
  if (printedSum === printed(total)) {
    return null;
  }
  if (rows.reduce((sum, value) => sum + value, 0n) === total) {
    return (
      `Summan är räknad på exakta belopp före ${roundingCause(rounding)} och kan därför skilja sig från ` +
      'summan av de avrundade raderna.'
    );
  }
  const withUnit = (steps: bigint) => `${formatSteps(steps, rounding.decimals)}\u00a0${rounding.unit}`;
  return `Raderna summerar till ${withUnit(printedSum)} men summan är ${withUnit(printed(total))}: ${otherwise}`;
}

/**
 * The note on a net whose printed figure is not what its printed parts give (`implied`, already in printed
 * steps), or null when it is; `parts` names them: "varav kostnader och varav intäkter".
 */
export function netNote(implied: bigint, net: Ore, rounding: Rounding, parts: string): string | null {
  if (implied === roundOre(net, rounding.unit, rounding.decimals)) {
    return null;
  }
  return (
    `Nettot är räknat på exakta belopp före ${roundingCause(rounding)} och kan därför skilja sig från ` +
    `nettot av de avrundade raderna ${parts}.`
  );
}
