/**
 * Strategiska utvecklingsuppdrag on the one-screen report (Rapportera på en sida): the assignments the unit
 * received in the round's year, under the summary sentence the documents print ("Samtliga sex (6) strategiska
 * utvecklingsuppdrag har genomförts", 002:55), one table per kind as 002:290-303 lays them out, each with the
 * unit's status in the round in words and icon and its comment. Where the report may change, each row takes
 * a status – never preselected while there is none – and a comment, saved by the row's own button with the
 * version it was read at; a status someone else saved meanwhile is refused with the server's message, and
 * the user keeps their own or takes the saved one.
 *
 * Keyboard: Tab moves through a row's fields to its button; Ctrl+Enter in the comment saves the row and
 * Escape undoes its unsaved changes.
 */
import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import { useApiQuery, useRefresh } from '#web/kit/api.ts';
import { ErrorSummary } from '#web/kit/error-summary.tsx';
import { LoadError, Loading } from '#web/kit/page.tsx';
import type { ReportSectionProps } from '#web/kit/ui-module.ts';
import { assignmentsApi } from '../contract.ts';
import {
  ASSIGNMENT_KIND_LABELS,
  ASSIGNMENT_KINDS,
  ASSIGNMENT_STATUSES,
  type AssignmentStatus,
  STATUS_LABELS,
} from '../domain/assignment.ts';
import {
  type Assignment,
  AssignmentText,
  type Recipient,
  StatusBadge,
  useRecipientStatusSave,
} from './parts.tsx';

const TITLE = 'Strategiska utvecklingsuppdrag';

const STATUS_OPTIONS = ASSIGNMENT_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] }));

interface RowValues {
  readonly status: string;
  readonly comment: string;
}

const chosen = (value: string): AssignmentStatus | null =>
  (ASSIGNMENT_STATUSES as readonly string[]).includes(value) ? (value as AssignmentStatus) : null;

/** What the row says of a status, for comparing the saved one with one's own. */
function describe(values: RowValues): string {
  const status = chosen(values.status);
  const words = status ? STATUS_LABELS[status] : 'ingen status';
  return values.comment ? `${words} – ”${values.comment}”` : words;
}

/** The assignment's number and the start of its text: enough to name the row's fields. */
function shortName(assignment: Assignment): string {
  const words = assignment.text.split(/\s+/);
  const start = words.slice(0, 8).join(' ') + (words.length > 8 ? ' …' : '');
  return assignment.number ? `${assignment.number}. ${start}` : start;
}

function AssignmentRow(props: {
  assignment: Assignment;
  recipient: Recipient;
  roundId: string;
  editable: boolean;
}) {
  const { assignment, recipient, roundId, editable } = props;
  const id = useId();
  const [draft, setDraft] = useState<RowValues | null>(null);
  const [savedHere, setSavedHere] = useState(false);
  const save = useRecipientStatusSave(recipient, roundId, () => {
    setDraft(null);
    setSavedHere(true);
  });
  const refresh = useRefresh();
  const conflict = save.error?.isConflict === true;
  // A refused save changed nothing, so nothing refreshed: fetch what the other person saved, to compare.
  useEffect(() => {
    if (conflict) {
      void refresh(assignmentsApi.updateStatus.spec.resources);
    }
  }, [conflict, refresh]);

  const current = save.current;
  const saved: RowValues = { status: current?.status ?? '', comment: current?.comment ?? '' };
  const values = draft ?? saved;
  const status = chosen(values.status);
  const changed = draft !== null && (draft.status !== saved.status || draft.comment !== saved.comment);
  const change = (patch: Partial<RowValues>) => {
    setDraft({ ...values, ...patch });
    setSavedHere(false);
  };
  const submit = () => {
    if (status) {
      save.submit(status, values.comment);
    }
  };
  const undo = () => {
    setDraft(null);
    save.reset();
  };
  const keys = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') {
      undo();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && changed) {
      event.preventDefault();
      submit();
    }
  };
  const name = shortName(assignment);
  const named = <span className="visually-hidden"> för ”{name}”</span>;
  const ids = { status: `${id}-status`, comment: `${id}-comment`, reportingRoundId: `${id}-status` };
  // No empty choice once a status is saved: a status can be changed, not taken back.
  const options = current ? STATUS_OPTIONS : [{ value: '', label: 'Välj status' }, ...STATUS_OPTIONS];
  const invalid = (path: string) => save.error?.fields.some((field) => field.path === path) || undefined;

  return (
    <tr className={save.error ? 'report-row-error' : undefined}>
      {/* The row's name is the whole text as printed: in the body's weight, not a heading's. */}
      <th scope="row" style={{ fontWeight: 400 }}>
        <AssignmentText assignment={assignment} recipient={recipient} />
      </th>
      <td>
        <StatusBadge status={current?.status ?? null} />
        {editable && (
          <div>
            <label className="visually-hidden" htmlFor={ids.status}>
              Status för ”{name}”
            </label>
            <select
              id={ids.status}
              className="input"
              value={values.status}
              aria-invalid={invalid('status')}
              onChange={(event) => change({ status: event.target.value })}
              onKeyDown={keys}
            >
              {options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        )}
      </td>
      <td>
        {editable ? (
          <>
            <label className="visually-hidden" htmlFor={ids.comment}>
              Kommentar för ”{name}”
            </label>
            <textarea
              id={ids.comment}
              className="input input-full"
              rows={4}
              value={values.comment}
              aria-invalid={invalid('comment')}
              onChange={(event) => change({ comment: event.target.value })}
              onKeyDown={keys}
            />
            <div className="report-state">
              <button
                type="button"
                className="button button-small"
                disabled={save.saving || !changed || status === null}
                onClick={submit}
              >
                Spara{named}
              </button>
              <span aria-live="polite">
                {save.saving
                  ? ' Sparar …'
                  : changed && !save.error
                    ? ' Ej sparat'
                    : savedHere
                      ? ' ✓ Sparat'
                      : ''}
              </span>
            </div>
          </>
        ) : (
          saved.comment
        )}
        <ErrorSummary error={save.error} fieldIds={ids} />
        {conflict && (
          <div className="report-conflict">
            <p>Sparat nu: {describe(saved)}</p>
            <p>Ditt förslag: {describe(values)}</p>
            <button type="button" className="button button-small" onClick={submit} disabled={save.saving}>
              Spara min status{named}
            </button>
            <button type="button" className="button button-secondary button-small" onClick={undo}>
              Använd den sparade{named}
            </button>
          </div>
        )}
      </td>
    </tr>
  );
}

export function AssignmentsReportSection({ roundId, unit, year, editable }: ReportSectionProps) {
  const titleId = useId();
  const list = useApiQuery(assignmentsApi.listAssignments, { query: { year, org: unit, round: roundId } });
  const body = () => {
    if (list.isError) {
      return <LoadError error={list.error} />;
    }
    if (!list.data) {
      return <Loading what="uppdragen" />;
    }
    const { org, round, assignments, summary } = list.data;
    if (round?.kind === 'budget') {
      return <p>Uppdragens status rapporteras i uppföljningarna, inte i budgeten.</p>;
    }
    if (!org || assignments.length === 0) {
      return <p>Enheten har inga strategiska utvecklingsuppdrag {year}.</p>;
    }
    // The round's own closing, besides the report's lock: a closed round takes no status.
    const mayReport = editable && round !== null && !round.closed;
    const kinds = ASSIGNMENT_KINDS.filter((kind) => assignments.some((item) => item.kind === kind));
    return (
      <>
        {summary && <p className="lead">{summary.text}</p>}
        {mayReport && (
          <p className="meta">
            Välj status och skriv en kommentar, och spara raden med dess knapp (eller Ctrl+Enter i
            kommentaren). Esc ångrar radens ändringar.
          </p>
        )}
        {kinds.map((kind) => (
          <div className="table-scroll" key={kind}>
            <table className="data-table wrapping report-grid">
              <caption>{ASSIGNMENT_KIND_LABELS[kind]} strategiska utvecklingsuppdrag</caption>
              <thead>
                <tr>
                  <th scope="col" style={{ width: '45%' }}>
                    Uppdrag
                  </th>
                  <th scope="col">Status</th>
                  <th scope="col">Kommentar</th>
                </tr>
              </thead>
              <tbody>
                {assignments
                  .filter((item) => item.kind === kind)
                  .flatMap((assignment) => {
                    const recipient = assignment.recipients.find((item) => item.orgUnitId === org.id);
                    return recipient
                      ? [
                          <AssignmentRow
                            key={assignment.id}
                            assignment={assignment}
                            recipient={recipient}
                            roundId={roundId}
                            editable={mayReport}
                          />,
                        ]
                      : [];
                  })}
              </tbody>
            </table>
          </div>
        ))}
      </>
    );
  };
  return (
    <section aria-labelledby={titleId} className="report-goal">
      <h2 id={titleId}>{TITLE}</h2>
      {body()}
    </section>
  );
}
