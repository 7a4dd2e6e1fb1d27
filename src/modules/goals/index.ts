/** The public server surface of the goals module, for other modules' services. */
export type {
  GoalAreaDto,
  GoalDto,
  IndicatorDto,
  MunicipalGoalDto,
  OutcomeDto,
  TargetDto,
} from './contract.ts';
export {
  findGoal,
  type Goal,
  type GoalArea,
  listGoalAreas,
  listGoals,
  listMunicipalGoals,
  type MunicipalGoal,
} from './db/goal-repository.ts';
export {
  type Indicator,
  listIndicators,
  listOutcomes,
  listTargets,
  type Outcome,
  type Target,
} from './db/indicator-repository.ts';
export { type GoalSheet, getGoalSheet, loadUnitRound, type UnitRound } from './evaluation-service.ts';
export { getGoal } from './goal-service.ts';
export {
  type ComputedFigure,
  findIndicatorComputation,
  type IndicatorComputation,
} from './indicator-computations.ts';
export { outcomeProblemMessage } from './messages.sv.ts';
export { goalUnit } from './policy.ts';
