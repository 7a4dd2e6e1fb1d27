/** The public surface of the organisation domain, for other modules' domains. */
export * from './org-unit.ts';
export * from './succession.ts';
