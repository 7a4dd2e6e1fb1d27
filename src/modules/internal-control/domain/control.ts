/**
 * Controls (kontrollmoment) and their results as pure rules: which controls a unit has in a year – its own
 * and the common ones (kommungemensamma) set on a unit above it, inherited by every unit of that subtree
 * valid that year –, the result scale (inga brister … otillfredsställande; the last two "kräver åtgärd"),
 * the rule that a result needing action has an action (what, owner, deadline), which controls "får
 * kvarstå" into the next year, what is open or overdue, and the summary sentence the annual report prints
 * ("Av de N kontrollmoment som var planerade har M genomförts; K kräver åtgärd"). No I/O
 * (docs/adr/0025-internal-control.md).
 */
import { countWords } from '../../assignments/domain/index.ts';
import { subtreeCodes, type TreeNode } from '../../organisation/domain/index.ts';

export const CONTROL_FREQUENCIES = ['monthly', 'quarterly', 'twiceAYear', 'yearly', 'continuous'] as const;
export type ControlFrequency = (typeof CONTROL_FREQUENCIES)[number];

/** As the documents write it: "månadsvisa" (002:341), "två gånger per år" (002:333), "löpande". */
export const FREQUENCY_LABELS: Readonly<Record<ControlFrequency, string>> = {
  monthly: 'Månadsvis',
  quarterly: 'Kvartalsvis',
  twiceAYear: 'Två gånger per år',
  yearly: 'En gång per år',
  continuous: 'Löpande',
};

// Results ------------------------------------------------------------------------------------------------

/** A step of the municipality's result scale. */
export interface ResultLevel {
  /** Stored on the result: letters only. */
  readonly key: string;
  readonly label: string;
  /** A result at this level "kräver åtgärd": it must have an action. */
  readonly needsAction: boolean;
}

export const DEFAULT_RESULT_SCALE: readonly ResultLevel[] = [
  { key: 'noDeficiencies', label: 'Inga brister', needsAction: false },
  { key: 'satisfactory', label: 'Tillfredsställande', needsAction: false },
  { key: 'partlySatisfactory', label: 'Delvis tillfredsställande', needsAction: true },
  { key: 'unsatisfactory', label: 'Otillfredsställande', needsAction: true },
];

export function resultLevel(scale: readonly ResultLevel[], key: string): ResultLevel | null {
  return scale.find((level) => level.key === key) ?? null;
}

export function needsAction(scale: readonly ResultLevel[], key: string): boolean {
  return resultLevel(scale, key)?.needsAction ?? false;
}

export type ResultScaleProblem =
  | { readonly kind: 'empty' }
  | { readonly kind: 'duplicateKey'; readonly key: string }
  | { readonly kind: 'badKey'; readonly key: string }
  | { readonly kind: 'noneSatisfactory' };

/** A scale has unique letter keys and at least one level that needs no action. */
export function resultScaleProblems(scale: readonly ResultLevel[]): ResultScaleProblem[] {
  if (scale.length === 0) {
    return [{ kind: 'empty' }];
  }
  const problems: ResultScaleProblem[] = [];
  const seen = new Set<string>();
  for (const level of scale) {
    if (!/^[a-zA-Z]{1,40}$/.test(level.key)) {
      problems.push({ kind: 'badKey', key: level.key });
    }
    if (seen.has(level.key)) {
      problems.push({ kind: 'duplicateKey', key: level.key });
    }
    seen.add(level.key);
  }
  if (scale.every((level) => level.needsAction)) {
    problems.push({ kind: 'noneSatisfactory' });
  }
  return problems;
}

// Actions ------------------------------------------------------------------------------------------------

export const ACTION_STATUSES = ['open', 'inProgress', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_STATUS_LABELS: Readonly<Record<ActionStatus, string>> = {
  open: 'Öppen',
  inProgress: 'Pågår',
  done: 'Klar',
};

/** Each status's sign, so that a status never rests on colour alone. */
export const ACTION_STATUS_ICONS: Readonly<Record<ActionStatus, string>> = {
  open: '○',
  inProgress: '◐',
  done: '✓',
};

export interface ActionFacts {
  readonly what: string;
  readonly owner: string;
  readonly deadline: string;
  readonly status: ActionStatus;
}

/**
 * A result that needs action must have at least one action naming what is done, by whom and by when: an
 * internal control that finds a deficiency and does nothing about it is not sufficient (kommunallagen
 * 6 kap. 6 §). Returns true when the rule is broken.
 */
export function lacksAction(
  scale: readonly ResultLevel[],
  result: string,
  actions: readonly Partial<ActionFacts>[],
): boolean {
  if (!needsAction(scale, result)) {
    return false;
  }
  return !actions.some(
    (action) => Boolean(action.what?.trim()) && Boolean(action.owner?.trim()) && Boolean(action.deadline),
  );
}

/** Closed means done; a done action has the date it was closed (today when none is given). */
export function closedDateFor(status: ActionStatus, given: string | null, today: string): string | null {
  return status === 'done' ? (given ?? today) : null;
}

export function isActionOpen(action: { readonly status: ActionStatus }): boolean {
  return action.status !== 'done';
}

/** An action not done whose deadline has passed. */
export function isActionOverdue(action: Pick<ActionFacts, 'status' | 'deadline'>, today: string): boolean {
  return action.status !== 'done' && action.deadline < today;
}

// Inheritance --------------------------------------------------------------------------------------------

export interface PlacedControl {
  readonly id: string;
  /** The code of the unit the control is set on. */
  readonly orgUnit: string;
  /** A common control (kommungemensamt kontrollmoment) applies to every unit of its unit's subtree. */
  readonly common: boolean;
}

/** The units that report a control: its own unit, or for a common one every unit of the subtree valid that year. */
export function reportingUnits(
  units: readonly TreeNode[],
  control: PlacedControl,
  year: number,
): Set<string> {
  return control.common ? subtreeCodes(units, control.orgUnit, year) : new Set([control.orgUnit]);
}

/**
 * The controls a unit has in a year: its own, and the common controls of the units above it (inherited,
 * marked so). A common control set on the unit itself is its own.
 */
export function controlsOfUnit<C extends PlacedControl>(
  units: readonly TreeNode[],
  unitCode: string,
  year: number,
  controls: readonly C[],
): { readonly control: C; readonly inherited: boolean }[] {
  return controls.flatMap((control): { control: C; inherited: boolean }[] => {
    if (control.orgUnit === unitCode) {
      return [{ control, inherited: false }];
    }
    return control.common && reportingUnits(units, control, year).has(unitCode)
      ? [{ control, inherited: true }]
      : [];
  });
}

/** Whether the control reports in a round: an empty list means every round of its year. */
export function reportsInRound(roundIds: readonly string[], roundId: string): boolean {
  return roundIds.length === 0 || roundIds.includes(roundId);
}

// Carrying into the next year ---------------------------------------------------------------------------

export interface CarryableControl {
  readonly id: string;
  /** "Får kvarstå": the control continues next year. */
  readonly carryForward: boolean;
}

/** The controls that continue into next year: marked "får kvarstå" and not already carried. */
export function controlsToCarry<C extends CarryableControl>(
  controls: readonly C[],
  alreadyCarriedFrom: ReadonlySet<string>,
): C[] {
  return controls.filter((control) => control.carryForward && !alreadyCarriedFrom.has(control.id));
}

/**
 * A carried control's rounds in the new year: the rounds of the same kinds (august → august). Every round
 * stays every round; a kind the new year lacks is left out.
 */
export function carriedRounds(
  roundIds: readonly string[],
  fromRounds: readonly { readonly id: string; readonly kind: string }[],
  toRounds: readonly { readonly id: string; readonly kind: string }[],
): string[] {
  const kinds = new Set(
    roundIds.flatMap((id) => fromRounds.filter((round) => round.id === id).map((round) => round.kind)),
  );
  return toRounds.filter((round) => kinds.has(round.kind)).map((round) => round.id);
}

// Following up -------------------------------------------------------------------------------------------

/** A control a unit is to report in a round, with its result there if any. */
export interface PlannedCheck {
  readonly result: string | null;
}

export interface ControlSummary {
  readonly planned: number;
  readonly done: number;
  readonly needingAction: number;
  /** "Av de sex (6) kontrollmoment som var planerade har fem (5) genomförts; ett (1) kräver åtgärd." */
  readonly text: string;
}

/** "sex (6)", as the assignments' summary writes counts; none is simply "inget". */
const count = (value: number) => (value === 0 ? 'inget' : countWords(value));

/** The counts of planned checks, done ones and those needing action, and the sentence of them. */
export function summariseControls(
  scale: readonly ResultLevel[],
  checks: readonly PlannedCheck[],
): ControlSummary {
  const planned = checks.length;
  const done = checks.filter((check) => check.result !== null).length;
  const needingAction = checks.filter(
    (check) => check.result !== null && needsAction(scale, check.result),
  ).length;
  let text: string;
  if (planned === 0) {
    text = 'Inga kontrollmoment var planerade.';
  } else if (planned === 1) {
    text =
      done === 0
        ? 'Det enda planerade kontrollmomentet har inte genomförts.'
        : `Det enda planerade kontrollmomentet har genomförts; det ${needingAction === 1 ? 'kräver' : 'kräver inte'} åtgärd.`;
  } else {
    text = `Av de ${countWords(planned)} kontrollmoment som var planerade har ${count(done)} genomförts; ${count(needingAction)} kräver åtgärd.`;
  }
  return { planned, done, needingAction, text };
}

/** A planned check whose round's deadline has passed without a result. */
export function isCheckOverdue(
  check: PlannedCheck & { readonly deadline: string | null },
  today: string,
): boolean {
  return check.result === null && check.deadline !== null && check.deadline < today;
}
