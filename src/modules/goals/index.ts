/** The public server surface of the goals module, for other modules' services. */
export type { GoalDto, IndicatorDto, OutcomeDto, TargetDto } from './contract.ts';
export { findGoal, listGoalAreas, listGoals, listMunicipalGoals } from './db/goal-repository.ts';
export { listIndicators, listOutcomes, listTargets } from './db/indicator-repository.ts';
export { goalStatuses } from './domain/goal-sheet.ts';
export { getGoal } from './goal-service.ts';
export { getGoalSheet, getGoalStatuses } from './sheet-service.ts';
