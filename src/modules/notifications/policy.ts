/**
 * Who may send a message about a unit (those who review or approve its reporting there, in the year), and
 * that everyone signed in has an inbox of their own: the use cases read and mark only the actor's messages.
 */
import { type ModulePolicy, signedIn } from '../module-policy.ts';

export const notificationsPolicy: ModulePolicy = {
  operations: {
    'notifications.list': signedIn,
    'notifications.unreadCount': signedIn,
    'notifications.markRead': signedIn,
    'notifications.markAllRead': signedIn,
  },
  tables: {
    // Written only by the use cases that send (a reminder); scoped to the unit and year the message is about.
    notification: { capability: ['plan', 'approve'] },
  },
};
