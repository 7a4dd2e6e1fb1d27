/**
 * Reordering a unit's goals for the year shown. The order is kept per unit across years, so moving a goal
 * swaps it with its neighbour among this year's goals and leaves other years' goals where they are.
 */

import { useApiMutation, useApiQuery } from '#web/kit/api.ts';
import { ErrorSummary } from '#web/kit/error-summary.tsx';
import { goalsApi } from '../contract.ts';
import { isInForce } from '../domain/goal.ts';

export function GoalOrder({ orgUnit, year }: { orgUnit: string; year: number }) {
  const goals = useApiQuery(goalsApi.listGoals, { query: { orgUnit, includeRetired: 'true' } });
  const reorder = useApiMutation(goalsApi.reorderGoals);
  const all = goals.data ?? [];
  const shown = all.filter((goal) => isInForce(goal, year) && goal.retiredAt === null);
  const move = (index: number, by: number) => {
    const ids = all.map((goal) => goal.id);
    const from = ids.indexOf(shown[index]?.id ?? '');
    const to = ids.indexOf(shown[index + by]?.id ?? '');
    const [moving, other] = [ids[from], ids[to]];
    if (moving !== undefined && other !== undefined) {
      [ids[from], ids[to]] = [other, moving];
      reorder.save({ body: { ids } });
    }
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
