/** The public server surface of the audit module: the change log as a table, for later documents. */
export { changesTable, exportChanges, listChanges } from './audit-service.ts';
export type { AuditChange, ChangePage } from './contract.ts';
