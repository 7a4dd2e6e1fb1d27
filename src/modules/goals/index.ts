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
  listGoalAreas,
  listGoals,
  listMunicipalGoals,
  toGoalAreaDto,
  toGoalDto,
  toMunicipalGoalDto,
} from './db/goal-repository.ts';
export {
  listIndicators,
  listOutcomes,
  listTargets,
  toIndicatorDto,
  toOutcomeDto,
} from './db/indicator-repository.ts';
export { goalStatuses } from './domain/goal-sheet.ts';
export { getGoal } from './goal-service.ts';
export { outcomeProblemMessage } from './messages.sv.ts';
export { getGoalSheet } from './sheet-service.ts';
