/** The public server surface of the assessments module. */

export type { AssessmentDto } from './contract.ts';
export { findAssessment, listAssessments, toAssessmentDto } from './db/assessment-repository.ts';
