/**
 * Reminding the units that are not done with a round (docs/adr/0026-reminders.md): who gets the reminder
 * (everyone who holds the reporter role on the unit, or above it, in the round's year), and what it says –
 * the round, the unit, the deadline as a Swedish date, and the way to the unit's one-screen report.
 */
import type { Grant } from '#core/actor.ts';
import { formatDate } from '#core/format.ts';
import { isMonth, longMonthName } from '#core/period.ts';
import { permits } from '../../access/domain/index.ts';

/** A user who holds the reporter role somewhere, with those grants. */
export interface ReporterCandidate {
  readonly userId: string;
  readonly name: string;
  readonly grants: readonly Grant[];
}

/**
 * The users whose reporter grants cover the unit (`unitPath`: the unit and its ancestors, nearest first) in
 * the year. Other roles that may also report (a controller) are not reminded: the reminder is to those
 * whose task reporting is.
 */
export function reminderRecipients<C extends ReporterCandidate>(
  candidates: readonly C[],
  unitPath: readonly string[],
  year: number,
): C[] {
  const need = { capability: 'report' as const, unitId: unitPath[0] ?? null, year };
  return candidates.filter((candidate) =>
    permits(
      candidate.grants.filter((grant) => grant.role === 'reporter'),
      need,
      unitPath,
    ),
  );
}

// As a date is abbreviated in running text ("2 dec 2026"): the short months keep their whole name.
const SHORT_MONTHS = ['jan', 'feb', 'mars', 'apr', 'maj', 'juni', 'juli', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** "2026-08-31" as "31 augusti 2026" (or "31 aug 2026" when `short`). */
export function swedishDate(date: string, short = false): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) {
    return date;
  }
  const number = Number(match[2]);
  if (!isMonth(number)) {
    return date;
  }
  const month = short ? SHORT_MONTHS[number - 1] : longMonthName(number);
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/**
 * Whether "Påminn alla sena" takes the unit: late, and not already reminded today. A unit reminded today is
 * reminded again only on purpose, by its own "Påminn igen", so a second click on the bulk button sends
 * nothing twice.
 */
export function dueForReminder(
  unit: { readonly late: boolean; readonly reminded: { readonly at: string } | null },
  now: Date,
): boolean {
  return unit.late && (unit.reminded === null || swedishDay(unit.reminded.at) !== swedishDay(now));
}

/** A moment's date in Sweden: "2026-12-02". */
export function swedishDay(moment: string | Date): string {
  return formatDate(moment);
}

/** "Påmind 2 dec 2026 av Kalle Karlsson": beside the unit, so that no one reminds it twice by accident. */
export function remindedText(at: string, byName: string): string {
  return `Påmind ${swedishDate(swedishDay(at), true)} av ${byName}`;
}

/** The path of a unit's one-screen report in the web app. */
export function reportLink(roundId: string, unitCode: string): string {
  return `/rapportera/${roundId}/${encodeURIComponent(unitCode)}`;
}

export interface ReminderMessage {
  readonly subject: string;
  /** Plain text. */
  readonly body: string;
  readonly link: string;
}

/** The reminder a unit's reporters get, in Swedish. `today` (ÅÅÅÅ-MM-DD) decides "är" or "var". */
export function reminderMessage(input: {
  readonly round: { readonly id: string; readonly name: string; readonly deadline: string };
  readonly unit: { readonly code: string; readonly name: string };
  readonly senderName: string;
  readonly today: string;
}): ReminderMessage {
  const { round, unit } = input;
  const passed = round.deadline < input.today;
  return {
    subject: `Påminnelse: rapportera för ${unit.name} i ${round.name}`,
    body: [
      'Hej!',
      `${unit.name} (${unit.code}) har ännu inte klarmarkerat sin del av ${round.name}. ` +
        `Sista dag ${passed ? 'var' : 'är'} ${swedishDate(round.deadline)}.`,
      'Fyll i utfall och bedömningar i rapporten på en sida och klarmarkera den när den är klar.',
      `Hälsningar\n${input.senderName}`,
    ].join('\n\n'),
    link: reportLink(round.id, unit.code),
  };
}
