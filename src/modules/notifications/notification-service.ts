/**
 * Use cases of messages inside Verksam: sending (through the write path, so who sent what is in the change
 * log, and with an e-mail job when the server has SMTP), and the signed-in user's own inbox – listing,
 * counting the unread and marking read. Every read and mark asks for the actor's own messages only: another
 * user's message is "not found", not "forbidden".
 */
import type { EntityDto, EntityValues } from '#core/entity.ts';
import { write } from '#platform/context.ts';
import { enqueueJob, type Job } from '#platform/jobs.ts';
import type { Ctx } from '../context.ts';
import { unreadText } from './domain/message.ts';
import { MAIL_JOB, type MailJobPayload } from './mail-job.ts';
import { notificationsErrors } from './messages.sv.ts';
import { notificationEntity } from './model.ts';

export type Notification = EntityDto<typeof notificationEntity>;
export type NewNotification = Omit<EntityValues<typeof notificationEntity>, 'senderId' | 'senderName'>;

export interface NotificationView {
  readonly id: string;
  readonly subject: string;
  readonly body: string | null;
  readonly link: string | null;
  readonly senderName: string | null;
  readonly createdAt: string;
  readonly readAt: string | null;
}

export interface SentNotifications {
  readonly notifications: readonly Notification[];
  /** The job that sends them by e-mail; null without SMTP or when no recipient has an address. */
  readonly mailJob: Job | null;
}

/**
 * Sends messages from the actor, in the caller's transaction when there is one. With SMTP configured, an
 * e-mail job is queued in the same transaction for the recipients who have an address: the request never
 * waits for the mail server, and no mail goes out for messages that were rolled back.
 * `origin` ("https://verksam.kommun.se") makes the e-mail's link absolute.
 */
export async function sendNotifications(
  ctx: Ctx,
  messages: readonly NewNotification[],
  options: { origin: string | null } = { origin: null },
): Promise<SentNotifications> {
  if (messages.length === 0) {
    return { notifications: [], mailJob: null };
  }
  return write(ctx, async (tx) => {
    const notifications = await tx.insertMany(
      notificationEntity,
      messages.map((message) => ({ ...message, senderId: ctx.actor.userId, senderName: ctx.actor.name })),
    );
    if (!ctx.mailer) {
      return { notifications, mailJob: null };
    }
    const withAddress = await tx.db
      .selectFrom('app_user')
      .select('id')
      .where(
        'id',
        'in',
        notifications.map((notification) => notification.recipientId),
      )
      .where('email', 'is not', null)
      .execute();
    if (withAddress.length === 0) {
      return { notifications, mailJob: null };
    }
    const payload: MailJobPayload = {
      notificationIds: notifications.map((notification) => notification.id),
      origin: options.origin,
    };
    const mailJob = await enqueueJob(tx.db, ctx.actor, {
      kind: MAIL_JOB,
      // Each sending is its own job: two controllers reminding at once do not wait for each other.
      scope: `notification:${notifications[0]?.id}`,
      payload,
      message: 'E-posten väntar på att skickas.',
    });
    return { notifications, mailJob };
  });
}

interface NotificationRow {
  id: string;
  subject: string;
  body: string | null;
  link: string | null;
  sender_name: string | null;
  created_at: Date;
  read_at: Date | null;
}

function viewOf(row: NotificationRow): NotificationView {
  return {
    id: row.id,
    subject: row.subject,
    body: row.body,
    link: row.link,
    senderName: row.sender_name,
    createdAt: new Date(row.created_at).toISOString(),
    readAt: row.read_at === null ? null : new Date(row.read_at).toISOString(),
  };
}

const COLUMNS = ['id', 'subject', 'body', 'link', 'sender_name', 'created_at', 'read_at'] as const;

/** How many of the actor's messages are unread, with the badge's words ("3 olästa meddelanden"). */
export async function unreadCount(ctx: Ctx): Promise<{ unread: number; text: string }> {
  const row = await ctx.db
    .selectFrom('notification')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('recipient_id', '=', ctx.actor.userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  const unread = Number(row?.count ?? 0);
  return { unread, text: unreadText(unread) };
}

/** The actor's messages, newest first (the latest 200), and how many are unread. */
export async function listNotifications(
  ctx: Ctx,
): Promise<{ unread: number; text: string; notifications: NotificationView[] }> {
  const rows = await ctx.db
    .selectFrom('notification')
    .select(COLUMNS)
    .where('recipient_id', '=', ctx.actor.userId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(200)
    .execute();
  return { ...(await unreadCount(ctx)), notifications: rows.map(viewOf) };
}

/**
 * Marks one of the actor's messages read (or unread again). The recipient's own state, like a session's
 * last visit: not a change of the municipality's data, so it is neither versioned nor in the change log.
 */
export async function markRead(ctx: Ctx, id: string, read: boolean): Promise<NotificationView> {
  const row = await ctx.db
    .updateTable('notification')
    .set((eb) => ({ read_at: read ? eb.fn.coalesce('read_at', eb.fn<Date>('now', [])) : null }))
    .where('id', '=', id)
    .where('recipient_id', '=', ctx.actor.userId)
    .returning(COLUMNS)
    .executeTakeFirst();
  if (!row) {
    throw notificationsErrors.not_found(id);
  }
  return viewOf(row);
}

export async function markAllRead(ctx: Ctx): Promise<{ unread: number; text: string }> {
  await ctx.db
    .updateTable('notification')
    .set((eb) => ({ read_at: eb.fn<Date>('now', []) }))
    .where('recipient_id', '=', ctx.actor.userId)
    .where('read_at', 'is', null)
    .execute();
  return unreadCount(ctx);
}
