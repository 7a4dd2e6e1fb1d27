/** The reporting module's pure rules, for its services and pages. */

export {
  type ReminderMessage,
  type ReporterCandidate,
  remindedText,
  reminderMessage,
  reminderRecipients,
  reportLink,
  swedishDate,
} from './reminder.ts';
export {
  ACTION_LABELS,
  actionsFrom,
  isDone,
  isLate,
  PART_ACTIONS,
  PART_STATES,
  type PartAction,
  type PartState,
  progressText,
  STATE_LABELS,
} from './round-part.ts';
export {
  askedText,
  asksForGoal,
  asksForIndicator,
  isWholeRound,
  nextYearSubsetItems,
  type RoundSubset,
  subsetChanges,
  subsetOf,
  subsetSummary,
  WHOLE_ROUND,
} from './round-subset.ts';
export {
  type AskedGoal,
  arrangeReport,
  narrowReport,
  type ReportGoal,
  type ReportIndicator,
  type ReportPeriod,
  reportedText,
  reportPeriod,
} from './unit-report.ts';
