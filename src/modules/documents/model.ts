/**
 * What the documents module stores: the versions of a unit's document for a year, type and round, each with
 * its state, its checksums and, once decided, the board's decision (docs/adr/0027-documents.md, "Versions").
 * The snapshot itself – the document model as canonical JSON, the HTML and the PDF – lies in columns of the
 * same row that are not fields of the record: the change log records the checksums, not megabytes of
 * content with every move.
 */
import { z } from 'zod';
import { defineEntity } from '#core/entity.ts';
import { dateField, idField, intField, optionalText, requiredText, yearField } from '#core/validation.ts';
import { DOCUMENT_TYPES } from './domain/document.ts';
import { VERSION_STATES } from './domain/versions.ts';

/** A SHA-256 checksum in lower-case hex. */
const sha256Field = z
  .string()
  .regex(/^[0-9a-f]{64}$/, { message: 'ska vara en SHA-256-summa (64 hex-tecken)' });
const momentField = z.iso.datetime({ offset: true }).nullable().default(null);

export const documentVersionEntity = defineEntity({
  table: 'document_version',
  name: 'DocumentVersionRecord',
  label: 'Dokumentversionen',
  fields: {
    orgUnitId: idField,
    year: yearField,
    documentType: z.enum(DOCUMENT_TYPES),
    /** The round the document reports; null for a year without a round of the document's kind. */
    reportingRoundId: idField.nullable(),
    /** 1, 2, 3 … per unit, year, type and round. */
    number: intField(1),
    /** What the figures cover, as the cover says it: "Bokslut 2019". */
    period: requiredText(200),
    state: z.enum(VERSION_STATES).default('draft'),
    /** SHA-256 of the canonical model: printed in the document and checked whenever it is opened. */
    contentHash: sha256Field,
    htmlHash: sha256Field,
    pdfHash: sha256Field.nullable().default(null),
    /** Why an approved version has no PDF (Chromium missing, or its print failed). */
    pdfMissing: optionalText(1000).default(null),
    createdByName: requiredText(200),
    approvedAt: momentField,
    approvedByName: optionalText(200).default(null),
    /** The board's decision on the approved version: "KS § 315 2019-10-22". */
    decisionBody: optionalText(200).default(null),
    decisionParagraph: optionalText(40).default(null),
    decisionDate: dateField.nullable().default(null),
    publishedAt: momentField,
  },
  immutable: ['orgUnitId', 'year', 'documentType', 'reportingRoundId', 'number', 'period', 'createdByName'],
});
