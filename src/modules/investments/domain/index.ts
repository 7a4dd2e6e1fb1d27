/** The public surface of the investments domain, for other modules' domains and the demo. */
export * from './figures.ts';
export * from './investment.ts';
export * from './investment-tables.ts';
