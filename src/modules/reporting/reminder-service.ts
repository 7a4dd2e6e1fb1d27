/**
 * Reminding the units that are not done with a round (docs/adr/0026-reminders.md): those who review or
 * approve a unit's part may remind its reporters – a message inside Verksam to each, linking to the unit's
 * one-screen report, and an e-mail when the server has SMTP – and every reminder is recorded, so that the
 * progress view shows when a unit was last reminded and by whom.
 */
import { coreErrors } from '#core/errors.ts';
import { write } from '#platform/context.ts';
import { listRoleHolders } from '../access/index.ts';
import type { Ctx } from '../context.ts';
import { type NewNotification, sendNotifications } from '../notifications/index.ts';
import { unitPath } from '../organisation/domain/index.ts';
import { getOrgUnit, listOrgUnits } from '../organisation/index.ts';
import { getRound } from '../planning/index.ts';
import { remindedText, reminderMessage, reminderRecipients } from './domain/reminder.ts';
import { isDone, STATE_LABELS } from './domain/round-part.ts';
import { reportingErrors } from './messages.sv.ts';
import { roundReminderEntity } from './model.ts';
import { findPart, mayOn, type RoundProgress, roundProgress, today } from './part-service.ts';

interface UnitSummary {
  readonly id: string;
  readonly code: string;
  readonly name: string;
}

export interface ReminderResult {
  /** "Påminnelse skickad till 3 rapportörer för 2 enheter." */
  readonly summary: string;
  readonly reminded: Array<{ unit: UnitSummary; recipients: number }>;
  /** Units not reminded, each with why: already done, or no one holds the reporter role there. */
  readonly skipped: Array<{ unit: UnitSummary; reason: string }>;
  /** The job sending the reminders by e-mail, when the server has SMTP and some reporter an address. */
  readonly mailJobId: string | null;
}

/** The last reminder of each unit in a round, for the progress view. */
export interface LastReminder {
  readonly at: string;
  readonly byName: string;
  /** "Påmind 2 dec 2026 av Kalle Karlsson" */
  readonly text: string;
}

/** Whether the actor may remind a unit's reporters: they review (plan) or approve it in the round's year. */
export function mayRemind(ctx: Ctx, path: readonly string[], year: number): boolean {
  const may = mayOn(ctx, path, year);
  return may('plan') || may('approve');
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * Reminds the reporters of the given units about the round. Refused as a whole when the round is closed or
 * the actor may not remind one of them; units already done, or with no reporter, are skipped with a reason
 * (and when none is left to remind, refused with those reasons). `origin` makes the e-mail's link absolute.
 */
export async function remindUnits(
  ctx: Ctx,
  input: { roundId: string; units: readonly string[]; origin: string | null },
): Promise<ReminderResult> {
  const round = await getRound(ctx, input.roundId);
  const allUnits = await listOrgUnits(ctx.db);
  const units: UnitSummary[] = [];
  for (const ref of input.units) {
    const unit = await getOrgUnit(ctx, ref);
    if (!units.some((known) => known.id === unit.id)) {
      units.push({ id: unit.id, code: unit.code, name: unit.name });
    }
  }
  const paths = new Map(units.map((unit) => [unit.id, unitPath(allUnits, unit.id)]));
  if (units.some((unit) => !mayRemind(ctx, paths.get(unit.id) ?? [], round.year))) {
    throw coreErrors.forbidden();
  }
  // Asked after the permission: someone who may not remind learns nothing of the round's state.
  if (round.closed) {
    throw reportingErrors.reminder_round_closed(round.name);
  }
  const reporters = await listRoleHolders(ctx.db, 'reporter');
  const date = today();
  const reminded: ReminderResult['reminded'] = [];
  const skipped: ReminderResult['skipped'] = [];
  const messages: NewNotification[] = [];
  for (const unit of units) {
    const state = (await findPart(ctx, round.id, unit.id))?.state ?? 'notStarted';
    if (isDone(state)) {
      skipped.push({ unit, reason: `${unit.name} är redan ${STATE_LABELS[state].toLowerCase()}.` });
      continue;
    }
    const recipients = reminderRecipients(reporters, paths.get(unit.id) ?? [], round.year);
    if (recipients.length === 0) {
      skipped.push({
        unit,
        reason: `Ingen har rollen rapportör för ${unit.name} ${round.year}. Ge någon rollen på sidan Användare.`,
      });
      continue;
    }
    const message = reminderMessage({ round, unit, senderName: ctx.actor.name, today: date });
    for (const recipient of recipients) {
      messages.push({ recipientId: recipient.userId, orgUnitId: unit.id, year: round.year, ...message });
    }
    reminded.push({ unit, recipients: recipients.length });
  }
  if (reminded.length === 0) {
    throw reportingErrors.nothing_to_remind(skipped.map((skip) => skip.reason).join(' '));
  }
  const mailJobId = await write(ctx, async (tx) => {
    const { mailJob } = await sendNotifications(tx, messages, { origin: input.origin });
    await tx.insertMany(
      roundReminderEntity,
      reminded.map(({ unit, recipients }) => ({
        reportingRoundId: round.id,
        orgUnitId: unit.id,
        recipientCount: recipients,
        sentById: ctx.actor.userId,
        sentByName: ctx.actor.name,
        mailJobId: mailJob?.id ?? null,
      })),
    );
    return mailJob?.id ?? null;
  });
  const people = new Set(messages.map((message) => message.recipientId)).size;
  return {
    summary:
      `Påminnelse skickad till ${plural(people, 'rapportör', 'rapportörer')} för ` +
      `${plural(reminded.length, 'enhet', 'enheter')}.`,
    reminded,
    skipped,
    mailJobId,
  };
}

/** The last reminder of every unit reminded in the round, by unit id. */
export async function lastReminders(
  ctx: Pick<Ctx, 'db'>,
  roundId: string,
): Promise<Map<string, LastReminder>> {
  const rows = await ctx.db
    .selectFrom('round_reminder')
    .select(['org_unit_id', 'sent_by_name', 'created_at'])
    .where('reporting_round_id', '=', roundId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const last = new Map<string, LastReminder>();
  for (const row of rows) {
    const at = new Date(row.created_at).toISOString();
    last.set(row.org_unit_id, { at, byName: row.sent_by_name, text: remindedText(at, row.sent_by_name) });
  }
  return last;
}

export interface ProgressWithReminders extends RoundProgress {
  /** Whether the actor may remind some unit here now (the page then offers "Påminn alla sena"). */
  readonly mayRemind: boolean;
  readonly units: Array<
    RoundProgress['units'][number] & { reminded: LastReminder | null; mayRemind: boolean }
  >;
}

/**
 * The round's progress under a unit, with each unit's last reminder and whether the actor may remind it
 * now: the round is open, the unit not done, and the actor reviews or approves it.
 */
export async function progressWithReminders(
  ctx: Ctx,
  roundId: string,
  orgRef: string,
): Promise<ProgressWithReminders> {
  const progress = await roundProgress(ctx, roundId, orgRef);
  const [last, allUnits] = await Promise.all([lastReminders(ctx, progress.round.id), listOrgUnits(ctx.db)]);
  const units = progress.units.map((row) => ({
    ...row,
    reminded: last.get(row.unit.id) ?? null,
    mayRemind:
      !progress.round.closed &&
      !isDone(row.state) &&
      mayRemind(ctx, unitPath(allUnits, row.unit.id), progress.round.year),
  }));
  return { ...progress, units, mayRemind: units.some((row) => row.mayRemind) };
}
