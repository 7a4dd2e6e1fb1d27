/** The public server surface of the assessments module. */

export type { AssessmentDto } from './contract.ts';
export { findAssessment, listAssessments } from './db/assessment-repository.ts';
