/**
 * A unit in a year: where it sits in the organisation, the reporting rounds of the year, the unit's part of
 * the chosen follow-up round (Rapportering), and its goal tables for the chosen round with each goal's
 * verdict in follow-up rounds.
 */

import { Link, useParams, useSearchParams } from 'react-router';
import { ActivitiesLink } from '#modules/activities/ui/index.ts';
import { GoalVerdict, useUnitAssessments } from '#modules/assessments/ui/index.ts';
import { AssignmentsLink } from '#modules/assignments/ui/index.ts';
import { FindingsLink } from '#modules/consistency/ui/index.ts';
import { goalsApi } from '#modules/goals/contract.ts';
import { GoalOrder, GoalSheetView, useGoalSheet } from '#modules/goals/ui/index.ts';
import { InternalControlLink } from '#modules/internal-control/ui/index.ts';
import { UnitHeader, UnitHistory } from '#modules/organisation/ui/index.ts';
import { CreateRounds } from '#modules/planning/ui/index.ts';
import { ReportingPanel, reportPath } from '#modules/reporting/ui/index.ts';
import { useApiQuery } from '#web/kit/api.ts';
import { LoadError, Loading } from '#web/kit/page.tsx';
import { useYear } from '#web/kit/year.tsx';

export function UnitPage() {
  const { code = '' } = useParams();
  const year = useYear();
  const [params] = useSearchParams();
  const roundParam = params.get('tillfalle') ?? undefined;
  const sheet = useGoalSheet(code, year, roundParam);
  const round = sheet.data?.sheet?.round;
  const assessments = useUnitAssessments(
    code,
    year,
    round?.id,
    round !== undefined && round.kind !== 'budget',
  );
  const notFound = sheet.error?.status === 404;
  // Planning the unit's goals is for those the server says may plan there (the policy that decides the
  // saves); everyone else – and everyone until it has answered, or when it refuses – sees the tables only.
  const goalsMay = useApiQuery(
    goalsApi.permissions,
    { query: { org: code, year } },
    { enabled: code !== '' },
  );
  const mayPlan = goalsMay.data?.plan ?? false;
  return (
    <>
      <UnitHeader code={code} year={year} />
      {sheet.isError && <LoadError error={sheet.error} />}
      {!sheet.data && !sheet.isError && <Loading what="målen" />}
      {sheet.data && (
        <>
          {sheet.data.rounds.length === 0 ? (
            <CreateRounds year={year} />
          ) : (
            <nav aria-label="Uppföljningstillfällen" className="round-tabs">
              <ul>
                {sheet.data.rounds.map((candidate) => (
                  <li key={candidate.id}>
                    <Link
                      to={`?tillfalle=${candidate.id}`}
                      aria-current={candidate.id === round?.id ? 'page' : undefined}
                    >
                      {candidate.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          {round && round.kind !== 'budget' && (
            <ReportingPanel key={`${code}-${round.id}`} unit={code} roundId={round.id} />
          )}
          <div className="actions-row">
            {round && round.kind !== 'budget' && (
              <Link className="button" to={reportPath(round.id, code)}>
                Rapportera på en sida
              </Link>
            )}
            {mayPlan && (
              <>
                <Link
                  className="button button-secondary"
                  to={`/mal/nytt?enhet=${encodeURIComponent(code)}&ar=${year}`}
                >
                  Nytt mål
                </Link>
                <GoalOrder orgUnit={code} year={year} />
              </>
            )}
            <FindingsLink code={code} year={year} round={round?.kind} />
            <AssignmentsLink code={code} year={year} />
            <ActivitiesLink code={code} year={year} round={round} />
            <InternalControlLink code={code} year={year} />
          </div>
          {sheet.data.sheet && (
            <GoalSheetView
              sheet={sheet.data.sheet}
              year={year}
              goalExtra={
                round && round.kind !== 'budget'
                  ? (goalId) => (
                      <GoalVerdict entry={assessments.data?.find((entry) => entry.goalId === goalId)} />
                    )
                  : undefined
              }
            />
          )}
        </>
      )}
      {notFound && (
        <p>
          <Link to={`/${year}`}>Till startsidan</Link>
        </p>
      )}
      {sheet.data && <UnitHistory code={code} />}
    </>
  );
}
