/**
 * Rapportering on a unit's page: where the unit's part of the chosen follow-up round stands (a badge with
 * the state's name), its deadline and whether it is late, the last comment from the review, and a button for
 * each move the signed-in user may make now – as the server says in `actions`. Sending back and reopening
 * need a comment ("Varför?"), refused here before the server would.
 */
import { useId, useRef, useState } from 'react';
import { ApiError, useApiMutation, useApiQuery } from '#web/kit/api.ts';
import { Badge } from '#web/kit/badge.tsx';
import { ErrorSummary, fieldError } from '#web/kit/error-summary.tsx';
import { LoadError, Loading, Notice } from '#web/kit/page.tsx';
import { RichTextField, RichTextView } from '#web/kit/rich-text-field.tsx';
import { reportingApi } from '../contract.ts';
import { swedishDate } from '../domain/reminder.ts';
import { ACTION_LABELS, type PartAction, STATE_LABELS } from '../domain/round-part.ts';
import { ACTION_CONFIRMATIONS, commentRequiredText, NEEDS_COMMENT, STATE_TONES } from './labels.ts';

/** The buttons that carry a step forward look primary; the others secondary. */
const PRIMARY: ReadonlySet<PartAction> = new Set(['markReady', 'approve']);

export function ReportingPanel({ unit, roundId }: { unit: string; roundId: string }) {
  const id = useId();
  const titleId = `${id}-title`;
  const commentId = `${id}-comment`;
  const blockedId = `${id}-blocked`;
  const part = useApiQuery(reportingApi.getPart, { params: { roundId, unit } });
  const [comment, setComment] = useState('');
  const [refused, setRefused] = useState<ApiError | null>(null);
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const sent = useRef<PartAction | null>(null);
  const move = useApiMutation(reportingApi.actOnPart, {
    onSaved: () => {
      setConfirmation(sent.current ? ACTION_CONFIRMATIONS[sent.current] : null);
      setComment('');
    },
  });

  if (part.isError) {
    return (
      <section aria-labelledby={titleId} className="reporting-panel">
        <h2 id={titleId}>Rapportering</h2>
        <LoadError error={part.error} />
      </section>
    );
  }
  if (!part.data) {
    return <Loading what="rapporteringens läge" />;
  }
  const view = part.data;
  const asksWhy = view.actions.some((action) => NEEDS_COMMENT.has(action));
  const error = refused ?? move.error;

  const act = (action: PartAction) => {
    setConfirmation(null);
    move.reset();
    const text = comment.trim();
    if (NEEDS_COMMENT.has(action) && text === '') {
      const message = commentRequiredText(action);
      setRefused(new ApiError(422, 'reporting.comment_required', message, [{ path: 'comment', message }]));
      return;
    }
    setRefused(null);
    sent.current = action;
    move.save({
      params: { roundId, unit },
      body: {
        action,
        comment: NEEDS_COMMENT.has(action) ? text : null,
        version: view.version,
      },
    });
  };

  return (
    <section aria-labelledby={titleId} className="reporting-panel">
      <h2 id={titleId}>Rapportering</h2>
      <dl className="summary-list reporting-facts">
        <div>
          <dt>Läge</dt>
          <dd>
            <Badge tone={STATE_TONES[view.state]} label={STATE_LABELS[view.state]} />
          </dd>
        </div>
        <div>
          <dt>Sista dag</dt>
          <dd>
            {swedishDate(view.round.deadline)}
            {view.late && (
              <>
                {' '}
                <Badge tone="bad" label="Sen" title="Sista dagen har passerat och delen är inte klar." />
              </>
            )}
          </dd>
        </div>
      </dl>
      {confirmation && (
        <Notice kind="success">
          <p>{confirmation}</p>
        </Notice>
      )}
      {view.comment && (
        <div className="review-comment">
          <RichTextView value={view.comment} lead={<strong>Kommentar från granskningen:</strong>} />
        </div>
      )}
      {view.locked && (
        <Notice>
          <p>{view.locked}</p>
        </Notice>
      )}
      {view.approvalBlocked && !error && (
        <Notice kind="warning">
          <p id={blockedId}>{view.approvalBlocked}</p>
        </Notice>
      )}
      <ErrorSummary error={error} fieldIds={{ comment: commentId }} title="Det gick inte att ändra läget" />
      {view.actions.length === 0 ? (
        !view.round.closed && <p className="muted">Du kan inte ändra delens läge just nu.</p>
      ) : (
        <div className="reporting-actions">
          {asksWhy && (
            <RichTextField
              id={commentId}
              label="Varför?"
              hint={`Krävs när du ${view.actions.includes('sendBack') ? 'skickar tillbaka' : 'öppnar igen'}. Rapportören ser kommentaren.`}
              value={comment}
              onChange={(value) => {
                setComment(value);
                setRefused(null);
              }}
              error={fieldError(error, 'comment')}
              rows={3}
            />
          )}
          <div className="actions-row">
            {view.actions.map((action) => (
              <button
                key={action}
                type="button"
                className={PRIMARY.has(action) ? 'button' : 'button button-secondary'}
                disabled={move.saving}
                aria-describedby={action === 'approve' && view.approvalBlocked ? blockedId : undefined}
                onClick={() => act(action)}
              >
                {ACTION_LABELS[action]}
              </button>
            ))}
          </div>
        </div>
      )}
    </section>
  );
}
