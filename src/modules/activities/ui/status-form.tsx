/**
 * An activity's status at a round, for the Verksamhetsplan page and the one-screen report alike: the status
 * in words with its icon (never colour alone), the choices, saving one – a new status without a version, a
 * change with the version read, so a concurrent save is refused – and the form for one activity.
 */
import { type FormEvent, useState } from 'react';
import type { OperationResult } from '#core/api.ts';
import { useApiMutation } from '#web/kit/api.ts';
import { Badge, type BadgeTone } from '#web/kit/badge.tsx';
import { ErrorSummary, fieldError } from '#web/kit/error-summary.tsx';
import { SelectField, TextArea } from '#web/kit/field.tsx';
import { oneOf } from '#web/kit/form-values.ts';
import type { ReportingRoundDto } from '../../planning/contract.ts';
import { activitiesApi } from '../contract.ts';
import { ACTIVITY_STATUS_LABELS, ACTIVITY_STATUSES, type ActivityStatus } from '../domain/status.ts';

export type ActivityViewDto = OperationResult<typeof activitiesApi.list>[number];

const TONES: Readonly<Record<ActivityStatus, BadgeTone>> = {
  notStarted: 'neutral',
  inProgress: 'mid',
  done: 'good',
  notDone: 'bad',
};

/** A status in words, with its icon. */
export function ActivityStatusBadge({ status }: { status: ActivityStatus }) {
  return <Badge tone={TONES[status]} label={ACTIVITY_STATUS_LABELS[status]} />;
}

export const STATUS_OPTIONS: readonly { value: string; label: string }[] = ACTIVITY_STATUSES.map((value) => ({
  value,
  label: ACTIVITY_STATUS_LABELS[value],
}));

/** The status as chosen in a select: one of the statuses, or null while none is chosen. */
export function chosenStatus(value: string): ActivityStatus | null {
  return (ACTIVITY_STATUSES as readonly string[]).includes(value) ? (value as ActivityStatus) : null;
}

/**
 * Saving the activity's status at the round: with the version of the status the activity was read with
 * (none when it had none), so that a status someone else saved meanwhile is a conflict, not overwritten.
 */
export function useStatusSave(activity: ActivityViewDto, roundId: string, onSaved?: () => void) {
  const save = useApiMutation(activitiesApi.saveStatus, onSaved ? { onSaved } : {});
  const submit = (status: ActivityStatus, comment: string) =>
    save.save({
      params: { id: activity.id, roundId },
      body: { status, comment, ...(activity.status ? { version: activity.status.version } : {}) },
    });
  return { ...save, submit };
}

export function StatusForm(props: {
  activity: ActivityViewDto;
  round: ReportingRoundDto;
  onDone: () => void;
}) {
  const { activity, round } = props;
  const prefix = `status-${activity.id}`;
  const [status, setStatus] = useState<string>(activity.status?.status ?? 'inProgress');
  const [comment, setComment] = useState(activity.status?.comment ?? '');
  const save = useStatusSave(activity, round.id, props.onDone);
  const ids: Record<string, string> = { status: `${prefix}-status`, comment: `${prefix}-comment` };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.submit(oneOf(ACTIVITY_STATUSES, status, 'inProgress'), comment);
  };
  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby={`${prefix}-title`}>
      <h4 id={`${prefix}-title`}>Status {round.name}</h4>
      <ErrorSummary error={save.error} fieldIds={ids} />
      <SelectField
        id={ids.status as string}
        label="Status"
        value={status}
        onChange={setStatus}
        options={STATUS_OPTIONS}
        error={fieldError(save.error, 'status')}
      />
      <TextArea
        id={ids.comment as string}
        label="Kommentar"
        hint="Hur arbetet går, eller varför det inte blev gjort."
        rows={3}
        value={comment}
        onChange={setComment}
        error={fieldError(save.error, 'comment')}
      />
      <div className="actions-row">
        <button type="submit" className="button" disabled={save.saving}>
          {save.saving ? 'Sparar …' : 'Spara status'}
        </button>
        <button type="button" className="button button-secondary" onClick={props.onDone}>
          Avbryt
        </button>
      </div>
    </form>
  );
}
