/**
 * The header's way to Meddelanden, with how many are unread: the count is shown as a number and named in
 * words ("Meddelanden 3 olästa meddelanden": the visible text, then the words a screen reader needs), never
 * by colour alone. Asked again every minute and after every change that touches messages.
 */
import { Link } from 'react-router';
import { useApiQuery } from '#web/kit/api.ts';
import { notificationsApi } from '../contract.ts';
import { unreadNoun } from '../domain/message.ts';
import { MESSAGES_PATH } from './paths.ts';

export function UnreadBadge() {
  const unread = useApiQuery(notificationsApi.unreadCount, {}, { refetchInterval: 60_000 });
  const count = unread.data?.unread ?? 0;
  return (
    <Link to={MESSAGES_PATH} className="header-messages">
      Meddelanden
      {count > 0 && (
        <>
          {' '}
          <span className="unread-count">{count}</span>
          <span className="visually-hidden"> {unreadNoun(count)}</span>
        </>
      )}
    </Link>
  );
}
