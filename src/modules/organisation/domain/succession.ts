/**
 * Reorganisations as successions: an old unit's work continues in a new one from a date (domain.md §2.1:
 * "VSS reorganised from verksamheter to VOs"). Pure rules, and the lineage that lets a goal's history and an
 * indicator's outcomes follow a unit across a reorganisation.
 */
import type { Validity } from './org-unit.ts';

export interface SuccessionLink {
  readonly predecessorId: string;
  readonly successorId: string;
  /** YYYY-MM-DD: the successor's first day as the predecessor's continuation. */
  readonly effectiveFrom: string;
}

export interface SuccessionUnit extends Validity {
  readonly id: string;
  readonly name: string;
}

/** What refuses a succession. */
export type SuccessionRefusal =
  | { readonly kind: 'itself' }
  | { readonly kind: 'successorNotValid'; readonly successor: SuccessionUnit; readonly date: string }
  | { readonly kind: 'predecessorNotBefore'; readonly predecessor: SuccessionUnit; readonly date: string }
  | { readonly kind: 'cycle' };

/** What is shown with a saved succession, which is saved anyway. */
export interface SuccessionWarning {
  readonly kind: 'predecessorContinues';
  readonly predecessor: SuccessionUnit;
  readonly dayBefore: string;
}

export interface SuccessionCheck {
  readonly refusals: readonly SuccessionRefusal[];
  readonly warnings: readonly SuccessionWarning[];
}

/** The day before a date (YYYY-MM-DD), in the calendar (no time zones: dates are days). */
export function dayBefore(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

function validOn(unit: Validity, date: string): boolean {
  return unit.validFrom <= date && (unit.validTo === null || unit.validTo >= date);
}

/**
 * The rules of one succession, given both units and the successions already stored (without this one).
 *
 * Refused: a unit succeeding itself; a successor that does not exist on the date; a predecessor that does
 * not exist before it; a chain that would lead back to the successor. Only warned: a predecessor that does
 * not end the day before. A part of a unit can move while the rest continues – e-lärandecenter left HR
 * service for 2020 and HR service went on (001:1714) – so refusing would make such a move unrecordable.
 */
export function checkSuccession(
  succession: SuccessionLink,
  predecessor: SuccessionUnit,
  successor: SuccessionUnit,
  others: readonly SuccessionLink[],
): SuccessionCheck {
  const refusals: SuccessionRefusal[] = [];
  const warnings: SuccessionWarning[] = [];
  const date = succession.effectiveFrom;
  if (succession.predecessorId === succession.successorId) {
    return { refusals: [{ kind: 'itself' }], warnings };
  }
  if (!validOn(successor, date)) {
    refusals.push({ kind: 'successorNotValid', successor, date });
  }
  if (predecessor.validFrom >= date) {
    refusals.push({ kind: 'predecessorNotBefore', predecessor, date });
  }
  const ancestors = lineage(succession.predecessorId, others).map((step) => step.unitId);
  if (ancestors.includes(succession.successorId)) {
    refusals.push({ kind: 'cycle' });
  }
  if (predecessor.validTo !== dayBefore(date)) {
    warnings.push({ kind: 'predecessorContinues', predecessor, dayBefore: dayBefore(date) });
  }
  return { refusals, warnings };
}

/** One predecessor in a unit's lineage. */
export interface LineageStep {
  /** The predecessor. */
  readonly unitId: string;
  /** The unit it was succeeded by: the unit asked about, or a nearer predecessor. */
  readonly successorId: string;
  readonly effectiveFrom: string;
  /** 1 for a direct predecessor, 2 for its predecessor, and so on. */
  readonly generation: number;
}

/**
 * A unit's predecessors, transitively, nearest first (then by the latest reorganisation first): whose
 * goals and outcomes are this unit's history. Safe against cycles in stored data; each unit once.
 */
export function lineage(unitId: string, successions: readonly SuccessionLink[]): LineageStep[] {
  const bySuccessor = new Map<string, SuccessionLink[]>();
  for (const link of successions) {
    bySuccessor.set(link.successorId, [...(bySuccessor.get(link.successorId) ?? []), link]);
  }
  const seen = new Set([unitId]);
  const steps: LineageStep[] = [];
  let frontier = [unitId];
  for (let generation = 1; frontier.length > 0; generation += 1) {
    const next: string[] = [];
    for (const id of frontier) {
      const links = [...(bySuccessor.get(id) ?? [])].sort((a, b) =>
        b.effectiveFrom.localeCompare(a.effectiveFrom),
      );
      for (const link of links) {
        if (!seen.has(link.predecessorId)) {
          seen.add(link.predecessorId);
          steps.push({
            unitId: link.predecessorId,
            successorId: id,
            effectiveFrom: link.effectiveFrom,
            generation,
          });
          next.push(link.predecessorId);
        }
      }
    }
    frontier = next;
  }
  return steps;
}

/** A unit's direct successors (the units its work went on in), earliest first. */
export function successorsOf(unitId: string, successions: readonly SuccessionLink[]): SuccessionLink[] {
  return successions
    .filter((link) => link.predecessorId === unitId)
    .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
}
