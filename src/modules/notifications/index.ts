/** The public server surface of the notifications module: sending messages, for other modules' use cases. */
export type { NotificationDto } from './contract.ts';
export { MAIL_JOB } from './mail-job.ts';
export {
  type NewNotification,
  type Notification,
  type SentNotifications,
  sendNotifications,
} from './notification-service.ts';
