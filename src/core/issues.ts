/**
 * Non-blocking findings that travel with the data (a verdict that contradicts its indicators, a gender split
 * that does not add up). Unlike a DomainError they never stop a save; the UI shows them next to the record.
 */
export type IssueSeverity = 'info' | 'warning' | 'error';

export interface Issue {
  readonly code: string;
  readonly severity: IssueSeverity;
  readonly message: string;
}
