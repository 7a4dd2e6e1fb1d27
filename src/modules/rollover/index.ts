/** The public server surface of the rollover module, for the command line. */
export type { RolloverDto, RolloverPreviewDto } from './contract.ts';
export { previewRollover, runRollover } from './rollover-service.ts';
