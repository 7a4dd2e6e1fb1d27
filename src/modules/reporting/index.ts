/** The public server surface of the reporting module. */
export type { PartDto, ProgressDto } from './contract.ts';
export { checkRoundOpen, getPart, roundProgress } from './part-service.ts';
