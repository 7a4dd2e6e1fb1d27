/** The public server surface of the assessments module. */

export { type GoalAssessment, listUnitAssessments } from './assessment-service.ts';
export type { AssessmentDto } from './contract.ts';
export { type Assessment, findAssessment, listAssessments } from './db/assessment-repository.ts';
