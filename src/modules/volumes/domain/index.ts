/** The public surface of the volumes domain, for other modules' domains. */
export * from './charts.ts';
export * from './layout.ts';
export * from './measure.ts';
export * from './volume-tables.ts';
