/**
 * Messages sent by e-mail as a job (kind "notifications.mail"): the recipients who have an address get the
 * message's text with an absolute link. A refused or unreachable mail server fails the job with every
 * address and the server's answer, in the job's error and in the server's log: never lost silently.
 */
import type { ModuleJobHandler } from '../module-definition.ts';
import { mailText } from './domain/message.ts';
import { notificationsErrors } from './messages.sv.ts';

export const MAIL_JOB = 'notifications.mail';

export interface MailJobPayload {
  readonly notificationIds: readonly string[];
  /** "https://verksam.kommun.se": where the link in the e-mail leads; null gives the path alone. */
  readonly origin: string | null;
}

export const mailJobHandler: ModuleJobHandler = async (ctx, { job, progress }) => {
  const { notificationIds, origin } = job.payload as MailJobPayload;
  const mailer = ctx.mailer;
  if (!mailer) {
    throw notificationsErrors.mail_not_configured();
  }
  const rows = await ctx.db
    .selectFrom('notification as n')
    .innerJoin('app_user as u', 'u.id', 'n.recipient_id')
    .select(['n.id', 'n.subject', 'n.body', 'n.link', 'n.sender_name', 'u.email'])
    .where('n.id', 'in', [...notificationIds])
    .where('u.email', 'is not', null)
    .where('u.active', '=', true)
    .orderBy('u.email')
    .execute();
  const failures: string[] = [];
  let sent = 0;
  for (const [index, row] of rows.entries()) {
    progress(index, rows.length, `Skickar e-post ${index + 1} av ${rows.length} …`);
    try {
      await mailer.send({
        to: row.email as string,
        subject: row.subject,
        text: mailText({ body: row.body, link: row.link, senderName: row.sender_name, origin }),
      });
      sent += 1;
    } catch (error) {
      failures.push(`${row.email} (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  if (failures.length > 0) {
    console.error(`Jobb ${job.id}: e-post kunde inte skickas till ${failures.join('; ')}`);
    throw notificationsErrors.mail_failed(failures.length, rows.length, failures.join('; '));
  }
  progress(rows.length, rows.length, `${sent} e-postmeddelanden skickade.`);
  return { sent };
};
