/** The public server surface of the consistency module: the checks, for the command line and later the documents. */

export { type ConsistencyReport, checkConsistency } from './consistency-service.ts';
export type { ConsistencyQuery, ConsistencyReportDto, FindingDto } from './contract.ts';
export { reportAsText } from './domain/report-text.ts';
