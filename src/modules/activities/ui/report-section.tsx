/**
 * Aktiviteter i verksamhetsplanen on the one-screen report (Rapportera på en sida): the unit's activities
 * that are due in the round (or already have a status there), each a row with its goal, its planned
 * completion and its status in words and icon. Where the report may change and the user may report on the
 * activity's responsible unit, the row takes a status – never preselected while there is none – and a
 * comment, saved by the row's own button with the version it was read at; a status someone else saved
 * meanwhile is refused with the server's message, and the user keeps their own or takes the saved one.
 *
 * Keyboard: Tab moves through a row's fields to its button; Ctrl+Enter in the comment saves the row and
 * Escape undoes its unsaved changes.
 */
import { type ReactNode, useId } from 'react';
import { useApiQuery } from '#web/kit/api.ts';
import { LoadError, Loading } from '#web/kit/page.tsx';
import { StatusCommentCells, sameStatusComment, useRowDraft } from '#web/kit/row-draft.tsx';
import type { ReportSectionProps } from '#web/kit/ui-module.ts';
import { activitiesApi } from '../contract.ts';
import {
  ActivityStatusBadge,
  type ActivityViewDto,
  chosenStatus,
  STATUS_OPTIONS,
  useStatusSave,
} from './status-form.tsx';
import { useActivitiesMay } from './use-activities-may.ts';

const TITLE = 'Aktiviteter i verksamhetsplanen';

function ActivityRow(props: {
  activity: ActivityViewDto;
  roundId: string;
  mayReport: boolean;
  /** The goal's header, in the first of its activities' rows (spanning them, as the documents print it). */
  goal?: ReactNode;
}) {
  const { activity, roundId } = props;
  const saved = { status: activity.status?.status ?? '', comment: activity.status?.comment ?? '' };
  const row = useRowDraft(saved, sameStatusComment);
  const save = useStatusSave(activity, roundId, row.markSaved);
  const submit = (status: string, comment: string) => {
    const chosen = chosenStatus(status);
    if (chosen) {
      save.submit(chosen, comment);
    }
  };
  return (
    <tr className={save.error ? 'report-row-error' : undefined}>
      {props.goal}
      <th scope="row">{activity.text}</th>
      <td>{activity.completionText}</td>
      <StatusCommentCells
        name={activity.text}
        options={STATUS_OPTIONS}
        badge={
          activity.status ? (
            <ActivityStatusBadge status={activity.status.status} />
          ) : (
            <span className="meta">Ingen status ännu</span>
          )
        }
        hasStatus={activity.status !== null}
        row={row}
        save={{ ...save, submit }}
        resources={activitiesApi.saveStatus.spec.resources}
        editable={props.mayReport}
      />
    </tr>
  );
}

/**
 * The activities that belong to the round's follow-up – due there, or already given a status there – under
 * their goals, in the order the goals first come.
 */
function byGoal(activities: readonly ActivityViewDto[]): { goal: string; activities: ActivityViewDto[] }[] {
  const shown = activities.filter((activity) => activity.due === true || activity.status !== null);
  const goals = [...new Set(shown.map((activity) => activity.goalId))];
  return goals.map((goalId) => {
    const own = shown.filter((activity) => activity.goalId === goalId);
    return { goal: own[0]?.goalName ?? '', activities: own };
  });
}

export function ActivitiesReportSection({ roundId, unit, year, editable }: ReportSectionProps) {
  const titleId = useId();
  const list = useApiQuery(activitiesApi.list, { query: { org: unit, year, round: roundId } });
  // Which rows take a status comes from the server, decided as the status's save decides it.
  const may = useActivitiesMay(unit, year, roundId);
  const body = () => {
    if (list.isError) {
      return <LoadError error={list.error} />;
    }
    if (!list.data) {
      return <Loading what="aktiviteterna" />;
    }
    const goals = byGoal(list.data);
    if (goals.length === 0) {
      return <p>Inga aktiviteter att följa upp vid det här tillfället.</p>;
    }
    const mayReport = (activity: ActivityViewDto) => editable && may.reportActivities.includes(activity.id);
    const anyReportable = goals.some((goal) => goal.activities.some(mayReport));
    return (
      <>
        {anyReportable && (
          <p className="meta">
            Välj status och skriv en kommentar, och spara raden med dess knapp (eller Ctrl+Enter i
            kommentaren). Esc ångrar radens ändringar.
          </p>
        )}
        <div className="table-scroll">
          <table className="goal-table report-grid">
            <caption className="visually-hidden">Aktiviteter att följa upp vid tillfället</caption>
            <thead>
              <tr>
                <th scope="col" className="goal-col">
                  Mål
                </th>
                <th scope="col">Aktivitet</th>
                <th scope="col">Slutfört</th>
                <th scope="col">Status</th>
                <th scope="col">Kommentar</th>
              </tr>
            </thead>
            {goals.map(({ goal, activities }) => (
              <tbody key={activities[0]?.goalId}>
                {activities.map((activity, index) => (
                  <ActivityRow
                    key={activity.id}
                    activity={activity}
                    roundId={roundId}
                    mayReport={mayReport(activity)}
                    goal={
                      index === 0 ? (
                        <th scope="rowgroup" rowSpan={activities.length} className="goal-cell">
                          <span className="goal-name">{goal}</span>
                        </th>
                      ) : undefined
                    }
                  />
                ))}
              </tbody>
            ))}
          </table>
        </div>
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
