/** Creating the year's standard reporting rounds, offered where a year has none. */
import { api } from '#web/api-client.ts';
import { ErrorSummary } from '#web/kit/error-summary.tsx';
import { useSave } from '#web/use-save.ts';
import { defaultDeadline, ROUND_KINDS } from '../domain/round.ts';

export function CreateRounds({ year }: { year: number }) {
  const { save, saving, error } = useSave(
    async () => {
      for (const kind of ROUND_KINDS) {
        await api.post('/api/v1/planning/rounds', { year, kind, deadline: defaultDeadline(kind, year) });
      }
    },
    { invalidate: [['goal-sheet'], ['rounds']] },
  );
  return (
    <div className="notice notice-info">
      <p>Det finns inga uppföljningstillfällen för {year}.</p>
      <ErrorSummary error={error} />
      <button type="button" className="button" disabled={saving} onClick={() => save(undefined)}>
        Skapa årets uppföljningstillfällen (budget, 30 april, 31 augusti, oktober, bokslut)
      </button>
    </div>
  );
}
