/**
 * Rule `figure-differs-between-rounds`: the same figure stated differently by two rounds. An outcome for
 * an indicator, year and part is kept as each round reported it (ADR 0003): VSS's sick leave for 2017 is
 * 4,16 in the annual report 2019 (002:401) and 4,3 in the interim report of August 2019 (004:510). Both are
 * kept on purpose, so this is a `notering` that names both figures and both rounds – for the document to
 * explain, or for the controller to correct.
 *
 * "The same figure" is the caller's key: an outcome's indicator, year, months, part and unit; a volume's
 * measure, year and kind. Two printings that rounding explains ("7,6" and "8") are one figure; a missing
 * or "ingen uppgift" figure contradicts nothing.
 */
import { type DecimalString, subtractDecimal } from '#core/decimal.ts';
import { formatDecimal } from '#core/format.ts';
import { formatFigure, samePrintedFigure } from './figures.ts';
import type { Finding, Place } from './finding.ts';

export interface StatedFigure {
  /** What makes two records the same figure. */
  readonly key: string;
  readonly value: DecimalString;
  readonly unit: string | null;
  /** Who stated it, as the message names it: "Bokslut 2019", "bokslutet". */
  readonly statedBy: string;
  /** Orders the statements: a later one restates an earlier one. */
  readonly order: string;
  readonly place: Place;
  readonly provenance: readonly string[];
  /** Stated by what is being checked; the others are only compared with. */
  readonly checked: boolean;
}

function finding(restated: StatedFigure, earlier: StatedFigure): Finding {
  const figure = (stated: StatedFigure) =>
    `${formatFigure(stated.value, stated.unit)} enligt ${stated.statedBy}`;
  return {
    ruleId: 'figure-differs-between-rounds',
    severity: 'notering',
    message:
      `Uppgiften är ${figure(restated)} men ${figure(earlier)}, skillnad ` +
      `${formatDecimal(subtractDecimal(restated.value, earlier.value))}. Båda sparas som de angavs; ` +
      'förklara skillnaden i dokumentet om den är avsiktlig.',
    place: restated.place,
    provenance: [...restated.provenance, ...earlier.provenance],
  };
}

/**
 * One finding per pair of statements that differ, at least one of them checked; placed at the checked one,
 * or at the later one when both are, so a pair is reported once.
 */
export function checkRestatedFigures(figures: readonly StatedFigure[]): Finding[] {
  const byKey = new Map<string, StatedFigure[]>();
  for (const figure of figures) {
    byKey.set(figure.key, [...(byKey.get(figure.key) ?? []), figure]);
  }
  const findings: Finding[] = [];
  for (const group of byKey.values()) {
    const ordered = [...group].sort((a, b) => a.order.localeCompare(b.order));
    ordered.forEach((later, index) => {
      for (const earlier of ordered.slice(0, index)) {
        if (!(later.checked || earlier.checked) || samePrintedFigure(later.value, earlier.value)) {
          continue;
        }
        const [at, other] = later.checked ? [later, earlier] : [earlier, later];
        findings.push(finding(at, other));
      }
    });
  }
  return findings;
}
