/**
 * Rule `economy-indicator-not-reproduced`: an economy indicator's outcome typed in a goal table (a figure
 * a document printed, "Budgetavvikelse (årets resultat i % av omsättning)" 1,0, 000:404) that the
 * economy's own figures for the same period do not give. The figure the economy gives is the goals
 * module's computation (the indicator names it, ADR 0011's one evaluation reads it); this rule only
 * compares, and only a figure of the same kind: a whole year's outcome with the closing's, a full-year
 * forecast with the same round's forecasts – never a forecast with an outcome.
 *
 * A `varning`: the computation's formula is stated with the figures (omsättning as revenues is inferred,
 * domain.md §3.6), so the reader can tell a wrong figure from one computed another way.
 */
import type { DecimalString } from '#core/decimal.ts';
import { formatFigure, samePrintedFigure } from './figures.ts';
import type { Finding, Place } from './finding.ts';

export interface EconomyIndicatorFigure {
  readonly place: Place;
  readonly provenance: readonly string[];
  /** The figure as typed, and who stated it ("Bokslut 2022"). */
  readonly typed: DecimalString;
  readonly statedBy: string;
  readonly unit: string | null;
  /** What the economy gives for the same period; null when it cannot compute one (a zero turnover). */
  readonly computed: DecimalString | null;
  /** The computation's formula in words: "resultatet (intäkter − kostnader) i procent av intäkterna." */
  readonly formula: string;
  /** What it computed from: "Ur bokslut 2022: intäkter 567 144 tkr, …". */
  readonly basis: string;
}

function check(figure: EconomyIndicatorFigure): Finding | null {
  if (figure.computed === null || samePrintedFigure(figure.typed, figure.computed)) {
    return null;
  }
  return {
    ruleId: 'economy-indicator-not-reproduced',
    severity: 'varning',
    message:
      `${figure.statedBy} anger ${formatFigure(figure.typed, figure.unit)} men ekonomin ger ` +
      `${formatFigure(figure.computed, figure.unit)}, beräknat som ${figure.formula.replace(/\.$/, '')}. ` +
      figure.basis,
    place: figure.place,
    provenance: figure.provenance,
  };
}

export function checkEconomyIndicators(figures: readonly EconomyIndicatorFigure[]): Finding[] {
  return figures.flatMap((figure) => check(figure) ?? []);
}
