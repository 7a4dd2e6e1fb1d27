/**
 * The consistency checks' API: the findings for a unit, a year and optionally a round kind, sorted by
 * severity and place, with how many each rule made (docs/adr/0017-consistency-checks.md).
 */
import { z } from 'zod';
import { defineOperations } from '#core/api.ts';
import { ROUND_KINDS } from '#core/period.ts';
import { idField, requiredText, versionField, yearField, yearParam } from '#core/validation.ts';
import { VERSION_STATES } from '../documents/domain/index.ts';
import { orgCodeField, orgUnitRefField } from '../organisation/contract.ts';
import { DOCUMENT_RULE_IDS, RULE_IDS, SEVERITIES } from './domain/finding.ts';
import { acknowledgementEntity } from './model.ts';

export const roundKindField = z
  .enum(ROUND_KINDS)
  .describe('Uppföljningstillfällets typ: budget, april, august, october eller closing.');

const placeRecordSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('assessment'), goalId: idField, roundId: idField }),
  z.object({ kind: z.literal('outcome'), indicatorId: idField, outcomeId: idField }),
  z.object({ kind: z.literal('volumeValue'), measureId: idField, valueId: idField }),
  z.object({ kind: z.literal('frame'), frameId: idField }),
  z.object({ kind: z.literal('bridge'), orgUnitId: idField }),
  z.object({ kind: z.literal('narrative'), narrativeId: idField, key: z.string() }),
]);

export const placeSchema = z
  .object({
    unit: z.string().describe('Enhetens kod.'),
    year: z.int().describe('Året uppgiften eller bedömningen gäller.'),
    round: z
      .object({ kind: roundKindField, year: z.int(), name: z.string() })
      .nullable()
      .describe('Tillfället vars dokument visar uppgiften; null för det som inte hör till ett tillfälle.'),
    record: placeRecordSchema,
    label: z.string(),
    path: z.string().describe('Adressen i appen till sidan som visar posten.'),
  })
  .meta({ id: 'ConsistencyPlace', description: 'Var ett fynd finns: posten och adressen till den.' });

export const acknowledgementSchema = z
  .object({
    id: idField,
    version: z.int(),
    reason: z.string().describe('Varför felet får stå kvar.'),
    byName: z.string().describe('Vem som kvitterade.'),
    at: z.string().describe('När, som ISO-tidpunkt.'),
  })
  .meta({ id: 'ConsistencyAcknowledgement', description: 'Vem som kvitterade ett fel, när och varför.' });
export type AcknowledgementDto = z.output<typeof acknowledgementSchema>;

export const findingSchema = z
  .object({
    ruleId: z.enum(RULE_IDS),
    severity: z.enum(SEVERITIES),
    message: z.string(),
    place: placeSchema,
    provenance: z.array(z.string()).describe('Var posterna kommer ifrån, t.ex. "002:401-403".'),
    key: z
      .string()
      .describe(
        'Fyndets nyckel: regel, tillfälle, år, post och de siffror meddelandet anger. Samma motsägelse ' +
          'behåller sin nyckel så länge siffrorna är desamma.',
      ),
    acknowledgement: acknowledgementSchema
      .nullable()
      .describe('För ett fel: kvitteringen som täcker det, eller null så länge det är öppet.'),
  })
  .meta({ id: 'ConsistencyFinding', description: 'Ett fynd: regel, allvarlighet, meddelande och plats.' });
export type FindingDto = z.output<typeof findingSchema>;

export const consistencyReportSchema = z
  .object({
    orgUnit: z.object({ id: idField, code: z.string(), name: z.string() }),
    year: z.int(),
    round: roundKindField.nullable(),
    findings: z.array(findingSchema),
    counts: z.array(z.object({ ruleId: z.enum(RULE_IDS), name: z.string(), count: z.int() })),
    severities: z.object({ fel: z.int(), varning: z.int(), notering: z.int() }),
    acknowledged: z.int().describe('Hur många av felen som är kvitterade; resten är öppna.'),
  })
  .meta({
    id: 'ConsistencyReport',
    description:
      'Fynden för en enhet och ett år (och ett tillfälle), sorterade efter allvarlighet och plats, med ' +
      'antalet per regel och per allvarlighet.',
  });
export type ConsistencyReportDto = z.output<typeof consistencyReportSchema>;

export const consistencyQuerySchema = z.strictObject({
  org: orgUnitRefField,
  year: yearParam.describe('Året dokumenten gäller: budgetåret, eller året som följs upp.'),
  round: roundKindField.optional().describe('Bara ett tillfälle; utan: årets alla tillfällen.'),
});
export type ConsistencyQuery = z.output<typeof consistencyQuerySchema>;

export const acknowledgeInputSchema = z
  .strictObject({
    org: orgUnitRefField,
    year: yearField.describe('Året som kontrollerades.'),
    round: roundKindField.optional().describe('Tillfället som kontrollerades; utan: årets alla.'),
    key: requiredText(2000).describe('Fyndets nyckel, som listan anger den.'),
    documentVersion: idField
      .optional()
      .describe(
        'En dokumentversion (utkast eller i granskning) vars eget fel kvitteras; utan: enhetens kontroller.',
      ),
    reason: requiredText(1000).describe('Varför felet får stå kvar, t.ex. att det rättas i nästa tillfälle.'),
  })
  .meta({ id: 'ConsistencyAcknowledgeInput' });
export type AcknowledgeInput = z.output<typeof acknowledgeInputSchema>;

export const acknowledgedSchema = acknowledgementSchema
  .extend({ key: z.string(), orgUnitId: idField, year: z.int(), roundKind: roundKindField.nullable() })
  .meta({ id: 'ConsistencyAcknowledged' });

export const documentFindingSchema = z
  .object({
    ruleId: z.enum(DOCUMENT_RULE_IDS),
    severity: z.enum(SEVERITIES),
    message: z.string(),
    place: z.string().describe('Var i dokumentet, t.ex. tabellen och raden.'),
    key: z.string().describe('Fyndets nyckel: regel, tillfälle, år, dokumenttyp, plats och siffror.'),
    acknowledgement: acknowledgementSchema
      .nullable()
      .describe('För ett fel: kvitteringen som täcker det, eller null så länge det är öppet.'),
  })
  .meta({ id: 'ConsistencyDocumentFinding', description: 'Ett fynd i en dokumentversions eget innehåll.' });

export const documentVersionFindingsSchema = z
  .object({
    versions: z.array(
      z.object({
        id: idField,
        number: z.int(),
        state: z.enum(VERSION_STATES).describe('Utkast eller klar för granskning: aldrig en fryst version.'),
        title: z.string().describe('"Verksamhetsberättelse 2019".'),
        documentType: z.string(),
        period: z.string(),
        roundKind: roundKindField,
        summary: z.string(),
        findings: z.array(documentFindingSchema),
      }),
    ),
  })
  .meta({
    id: 'ConsistencyDocumentVersions',
    description:
      'Enhetens dokumentversioner för året som inte är frysta (utkast och i granskning), var och en med ' +
      'fynden i sitt eget innehåll som ett godkännande läser det.',
  });

export type DocumentVersionFindingsDto = z.output<typeof documentVersionFindingsSchema>;

/** What the signed-in user may do on the page Kontroller, decided by the policy that decides every save. */
export const consistencyMaySchema = z
  .object({
    acknowledge: z
      .boolean()
      .describe(
        'Om du får kvittera enhetens fel för året och dra tillbaka kvitteringar (granska eller godkänna).',
      ),
  })
  .meta({
    id: 'ConsistencyMay',
    description: 'Vad du får göra på sidan Kontroller för en enhet och ett år.',
  });
export type ConsistencyMay = z.output<typeof consistencyMaySchema>;

export const consistencyApi = defineOperations('consistency', 'Kontroller', {
  permissions: {
    method: 'GET',
    path: '/consistency/permissions',
    summary: 'Vad du får göra på sidan Kontroller för en enhet och ett år',
    query: z.strictObject({ org: orgUnitRefField, year: yearParam }),
    response: consistencyMaySchema,
    resources: ['access', 'organisation'],
  },
  findings: {
    method: 'GET',
    path: '/consistency/findings',
    summary: 'Motsägelser i en enhets mål, bedömningar, volymer och budget för ett år och tillfälle',
    query: consistencyQuerySchema,
    response: consistencyReportSchema,
    resources: [
      'organisation',
      'planning',
      'goals',
      'assessments',
      'economy',
      'volumes',
      'assignments',
      'internalControl',
      'narratives',
      'consistency',
    ],
    cached: true,
  },
  documentFindings: {
    method: 'GET',
    path: '/consistency/document-findings',
    summary: 'Motsägelser i det egna innehållet i enhetens dokumentversioner som ännu inte är godkända',
    query: consistencyQuerySchema,
    response: documentVersionFindingsSchema,
    resources: ['documents', 'consistency'],
  },
  acknowledge: {
    method: 'POST',
    path: '/consistency/acknowledgements',
    summary: 'Kvittera ett fel med skäl (de som får granska eller godkänna enhetens del)',
    body: acknowledgeInputSchema,
    response: acknowledgedSchema,
    status: 201,
    resources: ['consistency'],
  },
  withdraw: {
    method: 'DELETE',
    path: '/consistency/acknowledgements/:id',
    summary: 'Dra tillbaka en kvittering (med den version du läste): felet är öppet igen',
    params: z.strictObject({ id: idField }),
    query: z.strictObject({ version: z.coerce.number().pipe(versionField) }),
    response: null,
    status: 204,
    resources: ['consistency'],
  },
});

// In a data package --------------------------------------------------------------------------------------

/**
 * An acknowledgement names its unit by code. Its finding key names the records it is about by id, so it
 * holds where the package's records keep their ids: a backup restored, or a package moved to an empty
 * installation. Elsewhere the finding shows as open again, which is the safe side.
 */
export const acknowledgementPackageRecord = acknowledgementEntity.record
  .omit({ orgUnitId: true })
  .extend({ orgUnit: orgCodeField.describe('Enhetens kod, t.ex. VSS.') });
export type AcknowledgementPackageRecord = z.output<typeof acknowledgementPackageRecord>;
