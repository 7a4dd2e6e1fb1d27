/** The public surface of the assessments domain, for other modules' domains. */
export * from './verdict.ts';
