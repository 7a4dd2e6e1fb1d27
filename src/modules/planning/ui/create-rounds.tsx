/** Creating the year's standard reporting rounds, offered where a year has none. */
import { useApiMutation } from '#web/kit/api.ts';
import { ErrorSummary } from '#web/kit/error-summary.tsx';
import { planningApi } from '../contract.ts';
import { defaultDeadline, ROUND_KINDS } from '../domain/round.ts';

export function CreateRounds({ year }: { year: number }) {
  const { saveAll, saving, error } = useApiMutation(planningApi.createRound);
  const [first, ...rest] = ROUND_KINDS.map((kind) => ({
    body: { year, kind, deadline: defaultDeadline(kind, year) },
  }));
  return (
    <div className="notice notice-info">
      <p>Det finns inga uppföljningstillfällen för {year}.</p>
      <ErrorSummary error={error} />
      <button
        type="button"
        className="button"
        disabled={saving}
        onClick={() => first && saveAll([first, ...rest])}
      >
        Skapa årets uppföljningstillfällen (budget, 30 april, 31 augusti, oktober, bokslut)
      </button>
    </div>
  );
}
