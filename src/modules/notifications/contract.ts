/** The notifications API: the signed-in user's own messages, how many are unread, and marking them read. */
import { z } from 'zod';
import { defineOperations } from '#core/api.ts';
import { idField } from '#core/validation.ts';

export const notificationSchema = z
  .object({
    id: idField,
    subject: z.string(),
    body: z.string().nullable().describe('Vanlig text; radbrytningar behålls.'),
    link: z.string().nullable().describe('En sökväg i Verksam som meddelandet gäller.'),
    senderName: z.string().nullable(),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  })
  .meta({ id: 'InboxMessage', description: 'Ett meddelande till dig i Verksam.' });
export type NotificationDto = z.infer<typeof notificationSchema>;

const unreadSchema = z
  .object({
    unread: z.int(),
    text: z.string().describe('”3 olästa meddelanden”'),
  })
  .meta({ id: 'UnreadNotifications' });

export const notificationsApi = defineOperations('notifications', 'Meddelanden', {
  list: {
    method: 'GET',
    path: '/notifications',
    summary: 'Dina meddelanden, de senaste först (högst 200), och hur många som är olästa',
    response: z
      .object({
        unread: z.int(),
        text: z.string(),
        notifications: z.array(notificationSchema),
      })
      .meta({ id: 'NotificationList' }),
    resources: ['notifications'],
  },
  unreadCount: {
    method: 'GET',
    path: '/notifications/unread',
    summary: 'Hur många av dina meddelanden som är olästa',
    response: unreadSchema,
    resources: ['notifications'],
  },
  markRead: {
    method: 'POST',
    path: '/notifications/:id/read',
    summary: 'Markera ett av dina meddelanden som läst (eller oläst igen)',
    params: z.strictObject({ id: idField }),
    body: z.strictObject({ read: z.boolean().default(true) }).meta({ id: 'NotificationRead' }),
    response: notificationSchema,
    resources: ['notifications'],
  },
  markAllRead: {
    method: 'POST',
    path: '/notifications/read',
    summary: 'Markera alla dina meddelanden som lästa',
    response: unreadSchema,
    resources: ['notifications'],
  },
});
