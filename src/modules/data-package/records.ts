/**
 * Turns the modules' records into data-package records and back. Export and the change log of an import
 * both use these, so a record looks the same wherever it is shown.
 */
import type { AssessmentDto } from '../assessments/index.ts';
import type { GoalAreaDto, MunicipalGoalDto } from '../goals/contract.ts';
import type { GoalDto, IndicatorDto, OutcomeDto } from '../goals/index.ts';
import type { OrgUnitDto } from '../organisation/index.ts';
import type { ReportingRoundDto } from '../planning/index.ts';
import type {
  PackageAssessment,
  PackageGoal,
  PackageGoalArea,
  PackageIndicator,
  PackageMunicipalGoal,
  PackageOrgUnit,
  PackageOutcome,
  PackageRound,
  PackageTarget,
} from './contract.ts';

export function orgUnitRecord(unit: OrgUnitDto, codeOf: (id: string) => string | null): PackageOrgUnit {
  return {
    id: unit.id,
    code: unit.code,
    name: unit.name,
    kind: unit.kind,
    parent: unit.parentId === null ? null : codeOf(unit.parentId),
    validFrom: unit.validFrom,
    validTo: unit.validTo,
    sortOrder: unit.sortOrder,
  };
}

export function roundRecord(round: ReportingRoundDto): PackageRound {
  return { id: round.id, year: round.year, kind: round.kind, name: round.name, deadline: round.deadline };
}

export function goalAreaRecord(area: GoalAreaDto): PackageGoalArea {
  return { id: area.id, name: area.name, description: area.description, sortOrder: area.sortOrder };
}

export function municipalGoalRecord(goal: MunicipalGoalDto): PackageMunicipalGoal {
  return {
    id: goal.id,
    goalAreaId: goal.goalAreaId,
    name: goal.name,
    description: goal.description,
    validFromYear: goal.validFromYear,
    validToYear: goal.validToYear,
    sortOrder: goal.sortOrder,
    retiredAt: goal.retiredAt,
    source: goal.source,
  };
}

export function goalRecord(goal: GoalDto, codeOf: (id: string) => string | null): PackageGoal {
  return {
    id: goal.id,
    orgUnit: codeOf(goal.orgUnitId) ?? goal.orgUnitId,
    municipalGoalId: goal.municipalGoalId,
    parentGoalId: goal.parentGoalId,
    name: goal.name,
    description: goal.description,
    validFromYear: goal.validFromYear,
    validToYear: goal.validToYear,
    sortOrder: goal.sortOrder,
    retiredAt: goal.retiredAt,
    source: goal.source,
  };
}

export function indicatorRecord(indicator: IndicatorDto): PackageIndicator {
  return {
    id: indicator.id,
    goalId: indicator.goalId,
    parentIndicatorId: indicator.parentIndicatorId,
    name: indicator.name,
    unit: indicator.unit,
    decimals: indicator.decimals,
    desiredDirection: indicator.desiredDirection,
    isObligatory: indicator.isObligatory,
    isGenderSplit: indicator.isGenderSplit,
    definition: indicator.definition,
    dataSource: indicator.dataSource,
    sortOrder: indicator.sortOrder,
    retiredAt: indicator.retiredAt,
    source: indicator.source,
  };
}

export interface TargetRow {
  id: string;
  indicator_id: string;
  year: number;
  part: PackageTarget['part'];
  notation: string;
  note: string | null;
  source: string | null;
}

export function targetRecord(row: TargetRow): PackageTarget {
  return {
    id: row.id,
    indicatorId: row.indicator_id,
    year: row.year,
    part: row.part,
    notation: row.notation,
    note: row.note,
    source: row.source,
  };
}

export function outcomeRecord(outcome: OutcomeDto): PackageOutcome {
  return {
    id: outcome.id,
    indicatorId: outcome.indicatorId,
    reportingRoundId: outcome.reportingRoundId,
    year: outcome.year,
    fromMonth: outcome.fromMonth,
    toMonth: outcome.toMonth,
    isForecast: outcome.isForecast,
    referenceYear: outcome.referenceYear,
    total: outcome.total,
    women: outcome.women,
    men: outcome.men,
    noData: outcome.noData,
    noDataReason: outcome.noDataReason,
    note: outcome.note,
    source: outcome.source,
  };
}

export function assessmentRecord(assessment: AssessmentDto): PackageAssessment {
  return {
    id: assessment.id,
    goalId: assessment.goalId,
    reportingRoundId: assessment.reportingRoundId,
    verdict: assessment.verdict,
    basis: assessment.basis,
    results: assessment.results,
    source: assessment.source,
  };
}
