/** The operating statement's rules: exact amounts, sign and variance conventions, the table, the indicators. */

export * from './conventions.ts';
export * from './indicators.ts';
export * from './money.ts';
export * from './operating-statement.ts';
export * from './rounding-notes.ts';
