/**
 * Meddelanden: the signed-in user's own messages, newest first – a reminder to report, with who sent it,
 * when, its text and a link to the place it is about. Opening the link marks it read; each can be marked
 * read or unread again, and all at once.
 */
import { Link } from 'react-router';
import { formatDateTime } from '#core/format.ts';
import { useApiMutation, useApiQuery } from '#web/kit/api.ts';
import { Badge } from '#web/kit/badge.tsx';
import { LoadError, Loading, Notice, PageTitle } from '#web/kit/page.tsx';
import { type NotificationDto, notificationsApi } from '../contract.ts';

/** Plain text as paragraphs (blank lines) and lines (line breaks): nothing in it is markup. */
function PlainText({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n{2,}/).map((paragraph, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the paragraphs of one unchanging text
        <p key={index}>
          {paragraph.split('\n').map((line, lineIndex) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one unchanging paragraph
            <span key={lineIndex}>
              {lineIndex > 0 && <br />}
              {line}
            </span>
          ))}
        </p>
      ))}
    </>
  );
}

function Message({ message }: { message: NotificationDto }) {
  const mark = useApiMutation(notificationsApi.markRead);
  const unread = message.readAt === null;
  const titleId = `message-${message.id}`;
  return (
    <li className={`message${unread ? ' message-unread' : ''}`} aria-labelledby={titleId}>
      <h2 id={titleId} className="message-subject">
        {message.subject} {unread && <Badge tone="mid" label="Oläst" />}
      </h2>
      <p className="meta">
        {message.senderName ? `Från ${message.senderName}, ` : ''}
        {formatDateTime(message.createdAt)}
      </p>
      {message.body && <PlainText text={message.body} />}
      <div className="message-actions">
        {message.link && (
          <Link
            to={message.link}
            className="button"
            onClick={() => unread && mark.save({ params: { id: message.id }, body: { read: true } })}
          >
            Öppna i Verksam<span className="visually-hidden">: {message.subject}</span>
          </Link>
        )}
        <button
          type="button"
          className="button button-secondary"
          disabled={mark.saving}
          onClick={() => mark.save({ params: { id: message.id }, body: { read: unread } })}
        >
          {unread ? 'Markera som läst' : 'Markera som oläst'}
          <span className="visually-hidden">: {message.subject}</span>
        </button>
      </div>
      {mark.error && <LoadError error={mark.error} />}
    </li>
  );
}

export function MessagesPage() {
  const inbox = useApiQuery(notificationsApi.list, {});
  const markAll = useApiMutation(notificationsApi.markAllRead);
  return (
    <>
      <PageTitle title="Meddelanden">Meddelanden</PageTitle>
      <p className="lead">Meddelanden till dig i Verksam, till exempel påminnelser om att rapportera.</p>
      {inbox.isError && <LoadError error={inbox.error} />}
      {!inbox.data && !inbox.isError && <Loading what="dina meddelanden" />}
      {inbox.data && (
        <>
          <p role="status">{inbox.data.text}.</p>
          {inbox.data.unread > 0 && (
            <button
              type="button"
              className="button button-secondary"
              disabled={markAll.saving}
              onClick={() => markAll.save({})}
            >
              Markera alla som lästa
            </button>
          )}
          {markAll.error && <LoadError error={markAll.error} />}
          {inbox.data.notifications.length === 0 ? (
            <Notice>Du har inga meddelanden.</Notice>
          ) : (
            <ul className="message-list">
              {inbox.data.notifications.map((message) => (
                <Message key={message.id} message={message} />
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}
