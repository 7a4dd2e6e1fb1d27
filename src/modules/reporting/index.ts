/** The public server surface of the reporting module. */
export type { ApprovalCheck, ApprovalPart } from './approval-checks.ts';
export type { PartDto, ProgressDto, ReminderResultDto } from './contract.ts';
export {
  checkRoundOpen,
  checkRoundsOpen,
  getPart,
  type RoundPlace,
  roundProgress,
} from './part-service.ts';
