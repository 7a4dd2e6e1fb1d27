/**
 * Closing a follow-up round (and opening it again): a closed round takes no more outcomes or assessments.
 * Offered to those who govern the municipality's rounds; the page that shows it decides who that is.
 */
import { useState } from 'react';
import { useApiMutation } from '#web/kit/api.ts';
import { ErrorSummary } from '#web/kit/error-summary.tsx';
import { Notice } from '#web/kit/page.tsx';
import { planningApi, type ReportingRoundDto } from '../contract.ts';

export function CloseRound({ round }: { round: ReportingRoundDto }) {
  const [done, setDone] = useState<string | null>(null);
  const { save, saving, error } = useApiMutation(planningApi.updateRound, {
    onSaved: (saved) => setDone(saved.closed ? `${saved.name} är stängt.` : `${saved.name} är öppet igen.`),
  });
  return (
    <div className="close-round">
      {done && (
        <Notice kind="success">
          <p>{done}</p>
        </Notice>
      )}
      <ErrorSummary error={error} />
      <p className="hint">
        {round.closed
          ? 'Tillfället är stängt: utfall och bedömningar kan inte ändras.'
          : 'När tillfället stängs kan utfall och bedömningar inte längre ändras.'}
      </p>
      <button
        type="button"
        className="button button-secondary"
        disabled={saving}
        onClick={() => {
          setDone(null);
          save({ params: { id: round.id }, body: { closed: !round.closed, version: round.version } });
        }}
      >
        {round.closed ? 'Öppna tillfället igen' : 'Stäng tillfället'}
      </button>
    </div>
  );
}
