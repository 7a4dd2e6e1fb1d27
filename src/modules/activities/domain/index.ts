/** The activities module's pure domain: planned completions, statuses per round, carrying into next year. */
export * from './carry.ts';
export * from './completion.ts';
export * from './status.ts';
