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
import { useId } from 'react';
import { useApiQuery } from '#web/kit/api.ts';
import { LoadError, Loading } from '#web/kit/page.tsx';
import { StatusCommentCells, sameStatusComment, useRowDraft } from '#web/kit/row-draft.tsx';
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
  statusAt,
  useRecipientStatusSave,
} from './parts.tsx';

const TITLE = 'Strategiska utvecklingsuppdrag';

const STATUS_OPTIONS = ASSIGNMENT_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] }));

const isStatus = (value: string): value is AssignmentStatus =>
  (ASSIGNMENT_STATUSES as readonly string[]).includes(value);

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
  const { assignment, recipient, roundId } = props;
  const current = statusAt(recipient, roundId);
  const row = useRowDraft(
    { status: current?.status ?? '', comment: current?.comment ?? '' },
    sameStatusComment,
  );
  const save = useRecipientStatusSave(recipient, roundId, row.markSaved);
  const submit = (status: string, comment: string) => {
    if (isStatus(status)) {
      save.submit(status, comment);
    }
  };
  return (
    <tr className={save.error ? 'report-row-error' : undefined}>
      {/* The row's name is the whole text as printed: in the body's weight, not a heading's. */}
      <th scope="row" style={{ fontWeight: 400 }}>
        <AssignmentText assignment={assignment} recipient={recipient} />
      </th>
      <StatusCommentCells
        name={shortName(assignment)}
        options={STATUS_OPTIONS}
        badge={<StatusBadge status={current?.status ?? null} />}
        hasStatus={current !== null}
        row={row}
        save={{ ...save, submit }}
        resources={assignmentsApi.updateStatus.spec.resources}
        editable={props.editable}
        commentRows={4}
      />
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
