/**
 * Acknowledging a "fel" on Kontroller (issue 9 item 3): the form that asks for the reason, and an
 * acknowledgement as it stands – who, when, why – with the button that withdraws it. The same for a unit's
 * findings and for a document version's own; printed, only the acknowledgements remain.
 */
import { type FormEvent, useId, useState } from 'react';
import { formatDate } from '#core/format.ts';
import type { RoundKind } from '#core/period.ts';
import { useApiMutation } from '#web/kit/api.ts';
import { Badge, type BadgeTone } from '#web/kit/badge.tsx';
import { ErrorSummary, fieldError } from '#web/kit/error-summary.tsx';
import { TextArea } from '#web/kit/field.tsx';
import { type AcknowledgementDto, consistencyApi } from '../contract.ts';
import type { Severity } from '../domain/finding.ts';

export const SEVERITY_TONES: Readonly<Record<Severity, BadgeTone>> = {
  fel: 'bad',
  varning: 'mid',
  notering: 'neutral',
};

/** What the checks were asked for: an acknowledgement names the same, so the server finds the finding again. */
export interface Scope {
  readonly org: string;
  readonly year: number;
  readonly round: RoundKind | undefined;
  /**
   * Whether the signed-in user may acknowledge the unit's errors (review or approve it in the year), as the
   * server said: false until it has answered, and after a refusal.
   */
  readonly mayAcknowledge: boolean;
  /** The document version whose own findings these are; none for the unit's. */
  readonly documentVersion?: string;
}

/** A finding that may be acknowledged: its key, and the acknowledgement covering it, if any. */
interface Acknowledgeable {
  readonly key: string;
  readonly acknowledgement: AcknowledgementDto | null;
}

function AcknowledgeForm({ finding, scope }: { finding: Acknowledgeable; scope: Scope }) {
  const [reason, setReason] = useState('');
  const save = useApiMutation(consistencyApi.acknowledge);
  // Unique however alike two keys are, and when two versions list the same finding.
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.save({
      body: {
        org: scope.org,
        year: scope.year,
        round: scope.round,
        ...(scope.documentVersion ? { documentVersion: scope.documentVersion } : {}),
        key: finding.key,
        reason,
      },
    });
  };
  return (
    <form onSubmit={submit} noValidate className="form inline-form no-print" aria-label="Kvittera felet">
      <ErrorSummary
        error={save.error}
        fieldIds={{ reason: `${id}-reason` }}
        title="Det gick inte att kvittera"
      />
      <TextArea
        id={`${id}-reason`}
        label="Skäl för kvitteringen"
        hint="Varför felet får stå kvar, t.ex. att det rättas i nästa tillfälle."
        rows={2}
        value={reason}
        onChange={setReason}
        error={fieldError(save.error, 'reason')}
      />
      <button type="submit" className="button button-secondary" disabled={save.saving}>
        {save.saving ? 'Kvitterar …' : 'Kvittera'}
      </button>
    </form>
  );
}

function Acknowledged({
  acknowledgement,
  mayWithdraw,
}: {
  acknowledgement: AcknowledgementDto;
  mayWithdraw: boolean;
}) {
  const withdraw = useApiMutation(consistencyApi.withdraw);
  return (
    <div className="acknowledgement">
      <p>
        <Badge tone="neutral" label="Kvitterat" /> av {acknowledgement.byName} den{' '}
        {formatDate(acknowledgement.at)}: {acknowledgement.reason}
      </p>
      <ErrorSummary error={withdraw.error} title="Det gick inte att dra tillbaka kvitteringen" />
      {mayWithdraw && (
        <button
          type="button"
          className="button button-secondary no-print"
          disabled={withdraw.saving}
          onClick={() =>
            withdraw.save({ params: { id: acknowledgement.id }, query: { version: acknowledgement.version } })
          }
        >
          {withdraw.saving ? 'Drar tillbaka …' : 'Dra tillbaka kvitteringen'}
        </button>
      )}
    </div>
  );
}

export function AcknowledgementCell({ finding, scope }: { finding: Acknowledgeable; scope: Scope }) {
  if (finding.acknowledgement) {
    return <Acknowledged acknowledgement={finding.acknowledgement} mayWithdraw={scope.mayAcknowledge} />;
  }
  return (
    <>
      <p>
        <strong>Inte kvitterat.</strong> Hindrar godkännande tills det är rättat eller kvitterat.
      </p>
      {scope.mayAcknowledge && <AcknowledgeForm finding={finding} scope={scope} />}
    </>
  );
}
