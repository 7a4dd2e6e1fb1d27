/**
 * What the notifications module adds to Verksam: messages to a user inside Verksam (a reminder to report),
 * their inbox with an unread count, and the same message by e-mail when the server has SMTP
 * (docs/adr/0026-reminders.md).
 */
import type { ModuleDefinition } from '../module-definition.ts';
import { notificationsMigrations } from './db/migrations.ts';
import { MAIL_JOB, mailJobHandler } from './mail-job.ts';
import { notificationsRoutes } from './notification-routes.ts';
import { notificationsPolicy } from './policy.ts';

export const notificationsModule: ModuleDefinition = {
  name: 'notifications',
  dependsOn: ['organisation', 'access'],
  migrations: notificationsMigrations,
  policy: notificationsPolicy,
  routes: notificationsRoutes,
  jobHandlers: { [MAIL_JOB]: mailJobHandler },
};
