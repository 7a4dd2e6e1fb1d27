/** The assessments module's part of the data package: verdicts, matched by goal and round. */
import type { RoundKind } from '#core/period.ts';
import { existingUnder, type PackageSection, storedAs, withoutVersion } from '../package-section.ts';
import { type AssessmentPackageRecord, assessmentPackageRecord } from './contract.ts';
import { listAssessments } from './db/assessment-repository.ts';
import { assessmentsErrors as errors } from './messages.sv.ts';
import { assessmentEntity } from './model.ts';

export const assessmentsSection: PackageSection<AssessmentPackageRecord> = {
  list: 'assessments',
  label: assessmentEntity.label,
  plural: 'bedömningar',
  record: assessmentPackageRecord,
  references: [
    { field: 'goalId', list: 'goals' },
    { field: 'reportingRoundId', list: 'reportingRounds' },
  ],
  key: (assessment) => assessment.id,
  title: (assessment) => `bedömning (${assessment.verdict})`,
  naturalKey: (assessment) => `${assessment.goalId}|${assessment.reportingRoundId}`,
  order: (assessments) =>
    [...assessments].sort(
      (a, b) => a.goalId.localeCompare(b.goalId) || a.reportingRoundId.localeCompare(b.reportingRoundId),
    ),
  select: async (ctx, _scope, chosen) =>
    (await listAssessments(ctx.db, [...(chosen.get('goals') ?? [])])).map(withoutVersion),
  ...storedAs(assessmentEntity),
  findExisting: existingUnder(
    assessmentEntity,
    (assessment) => assessment.goalId,
    (ctx, goalIds) => listAssessments(ctx.db, goalIds),
  ),
  facts: () => null,
  check(assessment, lookup) {
    const round = lookup('reportingRounds', assessment.reportingRoundId) as { kind: RoundKind } | undefined;
    return round?.kind === 'budget'
      ? [
          {
            field: 'reportingRoundId',
            message: errors.budget_round.text('en budgetomgång'),
            value: assessment.reportingRoundId,
          },
        ]
      : [];
  },
};
