/**
 * Who may write document versions: the unit's planners prepare a draft and send it for review, those who
 * govern the unit approve, record the decision and publish – the service asks each move's own capability
 * (domain/versions.ts). Every role that governs also plans, so `plan` somewhere is the first check of every
 * write (a reporter or a reader is refused before any version is looked up). Nobody may change or delete a
 * frozen version; the service refuses it before the write path and the database's trigger would
 * (docs/adr/0027-documents.md, "Versions").
 */
import { type ModulePolicy, municipalityWide, somewhere } from '../module-policy.ts';

const prepares = somewhere('plan');
/** A render in the background is a read, as the render at once is: whoever may read may start one. */
const reads = somewhere('read');
/** The templates are the whole municipality's: only those who govern it (central staff) save a new version. */
const governsAll = municipalityWide('govern');

export const documentsPolicy: ModulePolicy = {
  operations: {
    'documents.startRenderJob': reads,
    'documents.createVersion': prepares,
    'documents.actOnVersion': prepares,
    'documents.deleteVersion': prepares,
    'documents.saveTemplate': governsAll,
  },
  tables: {
    document_version: { capability: ['plan', 'govern'] },
    document_template: { capability: 'govern', scopeOf: () => ({ unitId: null, year: null }) },
  },
};
