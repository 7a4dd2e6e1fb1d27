/**
 * The council's strategic assignments (strategiska utvecklingsuppdrag) as pure rules: their kinds, the
 * statuses a recipient reports per round, which assignments are unfinished and so carried into the next
 * year, and the summary sentence the documents print ("Samtliga sex (6) strategiska utvecklingsuppdrag har
 * genomförts", 002:55). No I/O (docs/adr/0021-strategic-assignments.md).
 */
import { formatLongDate } from '#core/format.ts';
import { ROUND_KINDS, type RoundKind } from '#core/period.ts';

export const ASSIGNMENT_KINDS = ['common', 'board', 'administration', 'additional'] as const;
export type AssignmentKind = (typeof ASSIGNMENT_KINDS)[number];

/** As the documents head their tables ("Kommungemensamma strategiska utvecklingsuppdrag"). */
export const ASSIGNMENT_KIND_LABELS: Readonly<Record<AssignmentKind, string>> = {
  common: 'Kommungemensamma',
  board: 'Nämndspecifika',
  administration: 'Förvaltningsspecifika',
  additional: 'Tillkommande',
};

export const ASSIGNMENT_STATUSES = ['notStarted', 'inProgress', 'done', 'notApplicable'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

export const STATUS_LABELS: Readonly<Record<AssignmentStatus, string>> = {
  notStarted: 'Ej påbörjat',
  inProgress: 'Pågår',
  done: 'Genomfört',
  notApplicable: 'Inte tillämpligt',
};

/** Each status's icon, so that a status never rests on colour alone (WCAG 1.4.1). */
export const STATUS_ICONS: Readonly<Record<AssignmentStatus, string>> = {
  notStarted: '○',
  inProgress: '◐',
  done: '✓',
  notApplicable: '⊘',
};

/** A recipient that has done it, or for whom it does not apply, has nothing left to do. */
export function isFinished(status: AssignmentStatus | null): boolean {
  return status === 'done' || status === 'notApplicable';
}

export interface RoundedStatus {
  readonly recipientId: string;
  /** The rounds of a year fall in ROUND_KINDS' order: a status is "latest" by it. */
  readonly roundKind: RoundKind;
  readonly status: AssignmentStatus;
}

/** Each recipient's status in the latest round it reported in. */
export function latestStatuses(statuses: readonly RoundedStatus[]): Map<string, AssignmentStatus> {
  const latest = new Map<string, RoundedStatus>();
  for (const status of statuses) {
    const before = latest.get(status.recipientId);
    if (!before || ROUND_KINDS.indexOf(status.roundKind) > ROUND_KINDS.indexOf(before.roundKind)) {
      latest.set(status.recipientId, status);
    }
  }
  return new Map([...latest].map(([recipientId, { status }]) => [recipientId, status]));
}

export interface CarryCandidate {
  readonly id: string;
  readonly recipientIds: readonly string[];
}

/**
 * What goes into the next year: every assignment one of whose recipients has not finished it (no status
 * counts as not started), with those recipients – the ones that finished have nothing more to report. An
 * assignment without recipients is carried as it is: no one has finished it.
 */
export function assignmentsToCarry(
  assignments: readonly CarryCandidate[],
  statuses: readonly RoundedStatus[],
): { readonly assignmentId: string; readonly recipientIds: string[] }[] {
  const latest = latestStatuses(statuses);
  return assignments.flatMap((assignment) => {
    const open = assignment.recipientIds.filter((id) => !isFinished(latest.get(id) ?? null));
    return assignment.recipientIds.length === 0 || open.length > 0
      ? [{ assignmentId: assignment.id, recipientIds: open }]
      : [];
  });
}

/** A status belongs to a follow-up round of the assignment's own year. */
export type StatusProblem = 'round_other_year' | 'round_is_budget';

export function statusProblems(
  assignmentYear: number,
  round: { readonly year: number; readonly kind: string },
): StatusProblem[] {
  const problems: StatusProblem[] = [];
  if (round.year !== assignmentYear) {
    problems.push('round_other_year');
  }
  if (round.kind === 'budget') {
    problems.push('round_is_budget');
  }
  return problems;
}

/** A report-back deadline is a date, a text ("under 2023"), both, or neither. */
export function reportBackText(date: string | null, text: string | null): string | null {
  const parts = [date ? `senast ${formatLongDate(date)}` : null, text].filter(Boolean);
  return parts.length === 0 ? null : parts.join(', ');
}

// The summary -------------------------------------------------------------------------------------------

/** A unit's status in a round; null when it has not reported one. */
export type StatusCount = Record<AssignmentStatus | 'unreported', number>;

export interface AssignmentSummary {
  readonly total: number;
  readonly counts: StatusCount;
  /** "Samtliga sex (6) strategiska utvecklingsuppdrag har genomförts." */
  readonly text: string;
}

// "Uppdrag" is neuter: ett (1), as the documents write "sex (6)".
const NUMBER_WORDS = [
  'inget',
  'ett',
  'två',
  'tre',
  'fyra',
  'fem',
  'sex',
  'sju',
  'åtta',
  'nio',
  'tio',
  'elva',
  'tolv',
];

/** "sex (6)" as the documents write counts; larger numbers in figures only. */
export function countWords(count: number): string {
  const word = NUMBER_WORDS[count];
  return word === undefined ? String(count) : `${word} (${count})`;
}

/**
 * What assignments in a status have come to: as a main clause ("har inte påbörjats") or, after "varav", as
 * a subordinate one, where the negation comes before the verb ("inte har påbörjats").
 */
function predicate(status: AssignmentStatus | 'unreported', count: number, subordinate: boolean): string {
  const not = (verb: string, rest: string) => (subordinate ? `inte ${verb} ${rest}` : `${verb} inte ${rest}`);
  switch (status) {
    case 'done':
      return 'har genomförts';
    case 'inProgress':
      return 'pågår';
    case 'notStarted':
      return not('har', 'påbörjats');
    case 'notApplicable':
      return not('är', count === 1 ? 'tillämpligt' : 'tillämpliga');
    case 'unreported':
      return 'saknar status';
  }
}

const SUMMARY_ORDER = ['done', 'inProgress', 'notStarted', 'notApplicable', 'unreported'] as const;

const assignments = (count: number) =>
  count === 1 ? 'strategiskt utvecklingsuppdrag' : 'strategiska utvecklingsuppdrag';

/** The counts of a unit's statuses in a round, and the sentence the documents write of them. */
export function summarise(statuses: readonly (AssignmentStatus | null)[]): AssignmentSummary {
  const counts: StatusCount = { notStarted: 0, inProgress: 0, done: 0, notApplicable: 0, unreported: 0 };
  for (const status of statuses) {
    counts[status ?? 'unreported'] += 1;
  }
  const total = statuses.length;
  const present = SUMMARY_ORDER.filter((status) => counts[status] > 0);
  const [only] = present;
  let text: string;
  if (total === 0 || only === undefined) {
    text = 'Enheten har inga strategiska utvecklingsuppdrag.';
  } else if (present.length === 1) {
    text =
      total === 1
        ? `Enhetens enda strategiska utvecklingsuppdrag ${predicate(only, 1, false)}.`
        : `Samtliga ${countWords(total)} ${assignments(total)} ${predicate(only, total, false)}.`;
  } else {
    const parts = present.map(
      (status) => `${countWords(counts[status])} ${predicate(status, counts[status], true)}`,
    );
    const last = parts.pop();
    text = `Enheten har ${countWords(total)} ${assignments(total)}, varav ${parts.join(', ')} och ${last}.`;
  }
  return { total, counts, text };
}
