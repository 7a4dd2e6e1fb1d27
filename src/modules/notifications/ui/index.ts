/** The notifications module's UI surface: the page Meddelanden, and the unread count for the header. */
import type { UiModule } from '#web/kit/ui-module.ts';
import { MessagesPage } from './messages-page.tsx';
import { MESSAGES_PATH } from './paths.ts';

export { MESSAGES_PATH } from './paths.ts';
export { UnreadBadge } from './unread-badge.tsx';

export const notificationsUi: UiModule = {
  name: 'notifications',
  // Reached from the header's badge, beside the user's name, rather than from the tools.
  routes: [{ path: MESSAGES_PATH, Component: MessagesPage }],
};
