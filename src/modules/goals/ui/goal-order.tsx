/**
 * Reordering a unit's goals for the year shown. The order is kept per unit across years, so moving a goal
 * swaps it with its neighbour among this year's goals and leaves other years' goals where they are.
 */

import { useQuery } from '@tanstack/react-query';
import { api, apiPath } from '#web/api-client.ts';
import { ErrorSummary } from '#web/kit/error-summary.tsx';
import { useSave } from '#web/use-save.ts';
import type { GoalDto } from '../contract.ts';
import { isInForce } from '../domain/goal.ts';

export function GoalOrder({ orgUnit, year }: { orgUnit: string; year: number }) {
  const goals = useQuery({
    queryKey: ['goals', orgUnit, 'all'],
    queryFn: () => api.get<GoalDto[]>(apiPath('/goals/goals', { orgUnit, includeRetired: 'true' })),
  });
  const reorder = useSave((ids: string[]) => api.post('/api/v1/goals/goals/reorder', { ids }), {
    invalidate: [['goals', orgUnit], ['goal-sheet']],
  });
  const all = goals.data ?? [];
  const shown = all.filter((goal) => isInForce(goal, year) && goal.retiredAt === null);
  const move = (index: number, by: number) => {
    const ids = all.map((goal) => goal.id);
    const from = ids.indexOf(shown[index]?.id ?? '');
    const to = ids.indexOf(shown[index + by]?.id ?? '');
    [ids[from], ids[to]] = [ids[to] as string, ids[from] as string];
    reorder.save(ids);
  };
  if (shown.length < 2) {
    return null;
  }
  return (
    <details className="goal-order">
      <summary>Ändra målens ordning</summary>
      <ErrorSummary error={reorder.error} />
      <ol className="ordered-list">
        {shown.map((goal, index) => (
          <li key={goal.id}>
            <div className="ordered-item">
              <span>{goal.name}</span>
              <span className="order-buttons">
                <button
                  type="button"
                  className="small-button"
                  disabled={index === 0 || reorder.saving}
                  onClick={() => move(index, -1)}
                  aria-label={`Flytta upp ${goal.name}`}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="small-button"
                  disabled={index === shown.length - 1 || reorder.saving}
                  onClick={() => move(index, 1)}
                  aria-label={`Flytta ned ${goal.name}`}
                >
                  ↓
                </button>
              </span>
            </div>
          </li>
        ))}
      </ol>
    </details>
  );
}
