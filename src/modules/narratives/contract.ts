/** The narratives API: the texts a unit writes for its document in a round, written or not. */
import { z } from 'zod';
import { defineOperations } from '#core/api.ts';
import { changeEntrySchema } from '#core/history.ts';
import { idField, versionField, yearParam } from '#core/validation.ts';
import { DOCUMENT_TYPES } from '../documents/domain/index.ts';
import { orgCodeField, orgUnitRefField } from '../organisation/contract.ts';
import { reportingRoundSchema } from '../planning/contract.ts';
import { narrativeEntity, narrativeKeyField } from './model.ts';

export const narrativeSchema = narrativeEntity.dto;
export type NarrativeDto = z.infer<typeof narrativeSchema>;

/** A new text (without a version) or a change to the stored one (with the version read). */
export const narrativeInputSchema = narrativeEntity.update.extend({ version: versionField.optional() }).meta({
  id: 'NarrativeTextSave',
  description: 'Ny text (utan version) eller ändring av den sparade (med den version du läste).',
});
export type NarrativeInput = z.output<typeof narrativeInputSchema>;

export const narrativeSlotSchema = z
  .object({
    key: narrativeKeyField,
    heading: z.string().describe('Rubriken texten står under i dokumentet.'),
    chapter: z
      .string()
      .nullable()
      .describe('Rubrikerna texten står under ("Ekonomi › Driftsammandrag"), om några.'),
    state: z.enum(['written', 'missing']),
    text: narrativeSchema.nullable(),
    responsibleName: z.string().nullable().describe('Den ansvariges namn.'),
  })
  .meta({ id: 'NarrativeSlot', description: 'En text som dokumentet frågar efter, skriven eller inte.' });
export type NarrativeSlotDto = z.infer<typeof narrativeSlotSchema>;

export const unitNarrativesSchema = z
  .object({
    orgUnitId: idField,
    round: reportingRoundSchema,
    documentType: z.enum(DOCUMENT_TYPES),
    documentName: z.string(),
    editable: z
      .boolean()
      .describe('Om du får skriva enhetens texter vid tillfället nu: behörig på enheten, och inget är låst.'),
    people: z
      .array(z.object({ id: idField, name: z.string() }))
      .describe('Vilka som kan vara ansvariga: aktiva användare med en roll för enheten det året.'),
    texts: z.array(narrativeSlotSchema),
  })
  .meta({ id: 'UnitNarratives' });
export type UnitNarrativesDto = z.infer<typeof unitNarrativesSchema>;

const textParams = z.strictObject({ orgUnit: orgUnitRefField, roundId: idField, key: narrativeKeyField });

export const narrativesApi = defineOperations('narratives', 'Texter', {
  list: {
    method: 'GET',
    path: '/narratives',
    summary:
      'En enhets texter till dokumentet vid ett uppföljningstillfälle: de mallen frågar efter, skrivna eller inte',
    query: z.strictObject({ orgUnit: orgUnitRefField, year: yearParam, round: idField }),
    response: unitNarrativesSchema,
    resources: ['narratives', 'planning', 'access'],
  },
  save: {
    method: 'PUT',
    path: '/narratives/units/:orgUnit/rounds/:roundId/texts/:key',
    summary: 'Spara en text (ny utan version, ändring med den version du läste)',
    params: textParams,
    body: narrativeInputSchema,
    response: narrativeSlotSchema,
    resources: ['narratives'],
  },
  remove: {
    method: 'DELETE',
    path: '/narratives/units/:orgUnit/rounds/:roundId/texts/:key',
    summary: 'Ta bort en skriven text (dokumentet visar den då som saknad)',
    params: textParams,
    query: z.strictObject({ version: z.coerce.number().pipe(versionField) }),
    response: null,
    status: 204,
    resources: ['narratives'],
  },
  history: {
    method: 'GET',
    path: '/narratives/:id/history',
    summary: 'Ändringshistorik för en text',
    params: z.strictObject({ id: idField }),
    response: z.array(changeEntrySchema),
    resources: ['narratives', 'history'],
  },
});

/**
 * A text in a data package: its unit by code, and without the person responsible – users are the
 * installation's and travel in no package (docs/adr/0028-narrative-texts.md).
 */
export const narrativePackageRecord = narrativeEntity.record
  .omit({ orgUnitId: true, responsibleUserId: true })
  .extend({ orgUnit: orgCodeField.describe('Enhetens kod, t.ex. VSS.') });
export type NarrativePackageRecord = z.output<typeof narrativePackageRecord>;
