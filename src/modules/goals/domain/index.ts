/** The public surface of the goals domain, for other modules' domains. */

export * from './evaluation.ts';
export * from './goal.ts';
export * from './indicator.ts';
export * from './outcome.ts';
export * from './rollover.ts';
export * from './status.ts';
export * from './target.ts';
export * from './unit.ts';
