/**
 * What the page Uppdrag and the one-screen report's section share: an assignment's text as the documents
 * print it, a status in words with its icon (never colour alone), and saving a recipient's status in a
 * round – a new one, or a change with the version read, so that a concurrent save is refused.
 */
import { useState } from 'react';
import type { OperationResult } from '#core/api.ts';
import { useApiMutation } from '#web/kit/api.ts';
import { assignmentsApi } from '../contract.ts';
import { type AssignmentStatus, reportBackText, STATUS_ICONS, STATUS_LABELS } from '../domain/assignment.ts';

export type AssignmentList = OperationResult<typeof assignmentsApi.listAssignments>;
export type Assignment = AssignmentList['assignments'][number];
export type Recipient = Assignment['recipients'][number];

const TONES: Record<AssignmentStatus, string> = {
  notStarted: 'neutral',
  inProgress: 'mid',
  done: 'good',
  notApplicable: 'neutral',
};

/** A status in words and with its icon: never colour alone. */
export function StatusBadge({ status }: { status: AssignmentStatus | null }) {
  if (status === null) {
    return <span className="meta">Ingen status rapporterad</span>;
  }
  return (
    <span className={`badge badge-${TONES[status]}`}>
      <span aria-hidden="true">{STATUS_ICONS[status]}</span> {STATUS_LABELS[status]}
    </span>
  );
}

/** The assignment as printed, with how the recipient takes care of it and when it reports back. */
export function AssignmentText({ assignment, recipient }: { assignment: Assignment; recipient?: Recipient }) {
  const deadline = reportBackText(assignment.reportBackDate, assignment.reportBackText);
  const others = assignment.recipients.filter((item) => item.id !== recipient?.id);
  return (
    <>
      <p>
        {assignment.number ? `${assignment.number}. ` : ''}
        {assignment.text}
      </p>
      {recipient?.response && (
        <p>
          <strong>Så omhändertas uppdraget:</strong> {recipient.response}
          {recipient.goalArea ? ` (målområde ${recipient.goalArea.toLowerCase()})` : ''}
        </p>
      )}
      <p className="meta">
        {[
          deadline ? `Återrapporteras ${deadline}` : null,
          assignment.decision ? `Beslut: ${assignment.decision}` : null,
          assignment.carriedFromYear ? `Fortsätter från ${assignment.carriedFromYear}` : null,
          others.length > 0 ? `Även till ${others.map((item) => item.unit.name).join(', ')}` : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
    </>
  );
}

/**
 * Saving the recipient's status in the round: created when it has none there, else changed with the version
 * it was read at. The answer shown is the last submission's, so after a first status is created the same
 * form changes it.
 */
/** The recipient's status at the round, if it has one. */
export const statusAt = (recipient: Recipient, roundId: string) =>
  recipient.statuses.find((status) => status.reportingRoundId === roundId) ?? null;

export function useRecipientStatusSave(recipient: Recipient, roundId: string, onSaved?: () => void) {
  const current = statusAt(recipient, roundId);
  const options = onSaved ? { onSaved } : {};
  const create = useApiMutation(assignmentsApi.createStatus, options);
  const update = useApiMutation(assignmentsApi.updateStatus, options);
  const [last, setLast] = useState<'create' | 'update' | null>(null);
  const { saving, error, saved } = (last ?? (current ? 'update' : 'create')) === 'create' ? create : update;
  const submit = (status: AssignmentStatus, comment: string) => {
    if (current) {
      setLast('update');
      update.save({ params: { id: current.id }, body: { status, comment, version: current.version } });
    } else {
      setLast('create');
      create.save({ body: { status, comment, recipientId: recipient.id, reportingRoundId: roundId } });
    }
  };
  const reset = () => {
    create.reset();
    update.reset();
    setLast(null);
  };
  return { current, saving, error, saved, submit, reset };
}
