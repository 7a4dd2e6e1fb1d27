/** The public server surface of the assignments module, for other modules' services and the year rollover. */

export { carryAssignmentsIntoYear, getAssignment, listYearAssignments } from './assignment-service.ts';
export type { AssignmentDto, AssignmentView, CarryResult, RecipientDto, StatusDto } from './contract.ts';
