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

const headingLevelField = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
const optionValueField = z.union([requiredText(100), z.number().int().min(0).max(100), z.boolean()]);
const textKeyField = requiredText(60);

/** A section of a template, as stored and as the API takes it (domain/templates.ts, SectionSpec). */
const plainSectionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('heading'), level: headingLevelField, heading: requiredText(300) }),
  z.strictObject({
    kind: z.literal('text'),
    key: textKeyField,
    level: headingLevelField,
    heading: requiredText(300).nullable(),
  }),
  z.strictObject({
    kind: z.literal('generated'),
    generator: requiredText(100),
    level: headingLevelField,
    heading: requiredText(300).nullable(),
    options: z.record(z.string().max(40), optionValueField).optional(),
    emptyText: requiredText(500),
  }),
]);
export const templateSectionSchema = z
  .union([
    plainSectionSchema,
    z.strictObject({
      kind: z.literal('eachUnit'),
      level: headingLevelField,
      heading: requiredText(300),
      unitKinds: z.array(requiredText(40)).max(10),
      // A compilation's part holds plain sections: one part per unit, never parts within parts.
      sections: z.array(plainSectionSchema).min(1).max(100),
      emptyText: requiredText(500),
    }),
  ])
  .meta({ id: 'DocumentTemplateSection' });

/**
 * A saved version of a document type's template (docs/adr/0029-stored-templates.md). Versions are only ever
 * added: the newest is the template documents are made from, the older ones say what made an earlier
 * document, and the database refuses any change or removal. A type without a saved version uses the
 * template Verksam ships (domain/templates.ts), whose version number the first saved one follows.
 */
export const documentTemplateEntity = defineEntity({
  table: 'document_template',
  name: 'DocumentTemplateRecord',
  label: 'Dokumentmallen',
  fields: {
    documentType: z.enum(DOCUMENT_TYPES),
    /** The template's version: 1, 2, 3 … per document type, the shipped templates' numbers included. */
    number: intField(1),
    /** "Verksamhetsberättelse {year}". */
    title: requiredText(200),
    sections: z.array(templateSectionSchema).min(1).max(200),
    /** What changed and why: "Personalavsnittet efter ekonomin". */
    note: optionalText(1000).default(null),
    createdByName: requiredText(200),
  },
  immutable: ['documentType', 'number', 'title', 'sections', 'note', 'createdByName'],
});
