/** The economy module's pure rules, for other modules, the demo and the benchmarks. */
export * from './account-class.ts';
export * from './charts.ts';
export * from './kronor.ts';
export * from './ledger.ts';
export * from './sie4/index.ts';
export * from './statement/index.ts';
export * from './synthetic-ledger.ts';
