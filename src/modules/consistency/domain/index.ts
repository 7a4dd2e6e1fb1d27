/** The public surface of the consistency domain: the findings, the rules and where findings point. */
export * from './acknowledgement.ts';
export * from './budget-rules.ts';
export * from './check.ts';
export * from './economy-indicators.ts';
export * from './figures.ts';
export * from './finding.ts';
export * from './gender-parts.ts';
export * from './place-findings.ts';
export * from './places.ts';
export * from './report-text.ts';
export * from './restated-figures.ts';
export * from './swedish-prose.ts';
export * from './text-comparisons.ts';
export * from './text-counts.ts';
export * from './text-periods.ts';
export * from './verdicts.ts';
