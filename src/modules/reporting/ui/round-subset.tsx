/**
 * Which goals and indicators a round asks for: the year's goals, by unit, each a fieldset of checkboxes –
 * the whole goal (its verdict and every indicator) or single indicators. Nothing chosen asks for everything
 * ("Alla mål och indikatorer"). Everyone sees what the round asks for; those who may edit the round choose.
 */
import { type FormEvent, useId, useState } from 'react';
import type { OperationResult } from '#core/api.ts';
import { useApiMutation, useApiQuery } from '#web/kit/api.ts';
import { ErrorSummary } from '#web/kit/error-summary.tsx';
import { LoadError, Loading, Notice } from '#web/kit/page.tsx';
import { reportingApi } from '../contract.ts';

type Subset = OperationResult<typeof reportingApi.getRoundSubset>;
type Goal = Subset['goals'][number];

interface Choice {
  readonly goalIds: ReadonlySet<string>;
  readonly indicatorIds: ReadonlySet<string>;
}

const toggled = (set: ReadonlySet<string>, id: string, on: boolean) => {
  const next = new Set(set);
  if (on) {
    next.add(id);
  } else {
    next.delete(id);
  }
  return next;
};

/** One goal: the whole goal, or some of its indicators (checked and fixed while the whole goal is chosen). */
function GoalChoice({
  goal,
  choice,
  onChange,
}: {
  goal: Goal;
  choice: Choice;
  onChange: (choice: Choice) => void;
}) {
  const id = useId();
  const whole = choice.goalIds.has(goal.id);
  const count = goal.indicators.length;
  return (
    <fieldset className="field subset-goal">
      <legend>{goal.name}</legend>
      <div className="field checkbox">
        <input
          id={`${id}-goal`}
          type="checkbox"
          checked={whole}
          onChange={(event) =>
            onChange({ ...choice, goalIds: toggled(choice.goalIds, goal.id, event.target.checked) })
          }
        />
        <label htmlFor={`${id}-goal`}>
          Hela målet: bedömningen och {count === 1 ? 'indikatorn' : `alla ${count} indikatorer`}
        </label>
      </div>
      {goal.indicators.map((indicator) => (
        <div key={indicator.id} className="field checkbox subset-indicator">
          <input
            id={`${id}-${indicator.id}`}
            type="checkbox"
            checked={whole || choice.indicatorIds.has(indicator.id)}
            disabled={whole}
            onChange={(event) =>
              onChange({
                ...choice,
                indicatorIds: toggled(choice.indicatorIds, indicator.id, event.target.checked),
              })
            }
          />
          <label htmlFor={`${id}-${indicator.id}`}>{indicator.name}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** The year's goals grouped by unit, in the order the server gives them (by unit name). */
function byUnit(goals: readonly Goal[]): { unit: Goal['unit']; goals: Goal[] }[] {
  const groups = new Map<string, { unit: Goal['unit']; goals: Goal[] }>();
  for (const goal of goals) {
    const group = groups.get(goal.unit.id) ?? { unit: goal.unit, goals: [] };
    group.goals.push(goal);
    groups.set(goal.unit.id, group);
  }
  return [...groups.values()];
}

function chosenIn(goals: readonly Goal[], choice: Choice): number {
  return goals.filter(
    (goal) =>
      choice.goalIds.has(goal.id) ||
      goal.indicators.some((indicator) => choice.indicatorIds.has(indicator.id)),
  ).length;
}

function SubsetForm({ subset }: { subset: Subset }) {
  const [choice, setChoice] = useState<Choice>({
    goalIds: new Set(subset.goalIds),
    indicatorIds: new Set(subset.indicatorIds),
  });
  const [saved, setSaved] = useState<string | null>(null);
  const { save, saving, error } = useApiMutation(reportingApi.setRoundSubset, {
    onSaved: (result) =>
      setSaved(`Sparat: ${subset.round.name} frågar efter ${result.summary.toLowerCase()}.`),
  });
  const submit = (wanted: Choice) => (event?: FormEvent) => {
    event?.preventDefault();
    setSaved(null);
    save({
      params: { roundId: subset.round.id },
      // Only what can be chosen now (a goal retired since keeps no place); an indicator of a goal chosen
      // whole is asked for anyway.
      body: {
        goalIds: subset.goals.filter((goal) => wanted.goalIds.has(goal.id)).map((goal) => goal.id),
        indicatorIds: subset.goals
          .filter((goal) => !wanted.goalIds.has(goal.id))
          .flatMap((goal) => goal.indicators.map((indicator) => indicator.id))
          .filter((id) => wanted.indicatorIds.has(id)),
      },
    });
  };
  const nothing: Choice = { goalIds: new Set(), indicatorIds: new Set() };
  return (
    <form onSubmit={submit(choice)} aria-label={`Urval för ${subset.round.name}`}>
      <ErrorSummary error={error} />
      {saved && (
        <Notice kind="success">
          <p>{saved}</p>
        </Notice>
      )}
      {subset.goals.length === 0 ? (
        <p>Det finns inga mål för {subset.round.year} att välja bland.</p>
      ) : (
        byUnit(subset.goals).map((group) => (
          <details key={group.unit.id} className="subset-unit" open={chosenIn(group.goals, choice) > 0}>
            <summary>
              {group.unit.name} ({chosenIn(group.goals, choice)} av {group.goals.length} mål valda)
            </summary>
            {group.goals.map((goal) => (
              <GoalChoice key={goal.id} goal={goal} choice={choice} onChange={setChoice} />
            ))}
          </details>
        ))
      )}
      <div className="actions">
        <button type="submit" className="button" disabled={saving}>
          Spara urvalet
        </button>{' '}
        <button
          type="button"
          className="button button-secondary"
          disabled={saving}
          onClick={() => {
            setChoice(nothing);
            submit(nothing)();
          }}
        >
          Fråga efter alla mål och indikatorer
        </button>
      </div>
    </form>
  );
}

export function RoundSubset({ roundId }: { roundId: string }) {
  const subset = useApiQuery(reportingApi.getRoundSubset, { params: { roundId } });
  if (subset.isError) {
    return <LoadError error={subset.error} />;
  }
  if (!subset.data) {
    return <Loading what="tillfällets urval" />;
  }
  const data = subset.data;
  return (
    <>
      <p>
        {data.round.name} frågar efter: <strong>{data.summary}</strong>.
      </p>
      {data.mayEdit && (
        <>
          <p className="hint">
            Välj mål (med bedömning och alla indikatorer) eller enskilda indikatorer. Enheterna rapporterar då
            bara det som är valt. Inget valt: tillfället frågar efter alla mål och indikatorer.
          </p>
          <SubsetForm key={data.round.id} subset={data} />
        </>
      )}
    </>
  );
}
