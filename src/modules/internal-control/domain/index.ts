/** The internal-control module's pure rules, for its services and pages. */
export * from './control.ts';
export * from './risk.ts';
