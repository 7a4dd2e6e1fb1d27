/** The public surface of the planning domain, for other modules' domains. */

export * from './rollover.ts';
export * from './round.ts';
