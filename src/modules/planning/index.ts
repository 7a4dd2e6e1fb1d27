/** The public server surface of the planning module. */

export { type ReportingRoundDto, reportingRoundSchema } from './contract.ts';
export { findRound, listRounds, type ReportingRound } from './db/round-repository.ts';
export { getRound } from './round-service.ts';
