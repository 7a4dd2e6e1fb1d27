/** A goal's verdict in a round, as shown under the goal's name in the unit's goal tables. */
import { Link } from 'react-router';
import { VERDICT_LABELS } from '../domain/verdict.ts';
import type { GoalAssessment } from './use-unit-assessments.ts';
import { VerdictBadge } from './verdict-badge.tsx';

export function GoalVerdict({ entry }: { entry: GoalAssessment | undefined }) {
  if (!entry) {
    return null;
  }
  const suggested = entry.suggestion.verdict;
  return (
    <div className="goal-verdict">
      {entry.assessment ? (
        <p>
          <span className="visually-hidden">Bedömning: </span>
          <VerdictBadge verdict={entry.assessment.verdict} />
        </p>
      ) : (
        <p className="meta">Inte bedömt</p>
      )}
      {entry.contradiction && (
        <p className="contradiction">
          <span aria-hidden="true">⚠ </span>Avviker från indikatorerna
          {suggested ? ` (de talar för ”${VERDICT_LABELS[suggested].toLowerCase()}”)` : ''}
        </p>
      )}
      {/* Bedöm only for those who may judge the goal now (the policy's answer); anyone may read a verdict. */}
      {(entry.editable || entry.assessment) && (
        <Link to={`/bedomning/${entry.goalId}/${entry.reportingRoundId}`} className="small-link">
          {entry.assessment ? 'Visa bedömning' : 'Bedöm'}
          <span className="visually-hidden"> – målet</span>
        </Link>
      )}
    </div>
  );
}
