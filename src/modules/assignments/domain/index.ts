/** The assignments module's pure rules, for its services and pages. */
export {
  ASSIGNMENT_KIND_LABELS,
  ASSIGNMENT_KINDS,
  ASSIGNMENT_STATUSES,
  type AssignmentKind,
  type AssignmentStatus,
  type AssignmentSummary,
  assignmentsToCarry,
  countWords,
  isFinished,
  latestStatuses,
  reportBackText,
  STATUS_ICONS,
  STATUS_LABELS,
  statusProblems,
  summarise,
} from './assignment.ts';
