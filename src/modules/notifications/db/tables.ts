import type { TableOf } from '#platform/db/entity-store.ts';
import type { notificationEntity } from '../model.ts';

export interface NotificationsTables {
  notification: TableOf<typeof notificationEntity> & {
    /** When the recipient read it; null while unread. */
    read_at: Date | null;
  };
}
