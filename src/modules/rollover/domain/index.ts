/** The public surface of the rollover domain. */
export * from './rollover.ts';
