/** The organisation API: zod schemas shared by routes, the data package and the UI. */

import { z } from 'zod';
import { dateField, idField, requiredText } from '#core/validation.ts';
import { ORG_CODE_PATTERN, ORG_UNIT_KINDS } from './domain/org-unit.ts';

export const orgUnitKindField = z.enum(ORG_UNIT_KINDS);

export const orgCodeField = z.codec(
  z
    .string()
    .trim()
    .refine((code) => ORG_CODE_PATTERN.test(code.toUpperCase()), {
      message: 'ska vara 1–32 tecken: bokstäver, siffror och bindestreck, t.ex. "VSS"',
    }),
  z.string(),
  { decode: (code) => code.toUpperCase(), encode: (code) => code },
);

export const orgUnitSchema = z
  .object({
    id: idField,
    code: z.string(),
    name: z.string(),
    kind: orgUnitKindField,
    parentId: idField.nullable(),
    validFrom: z.string(),
    validTo: z.string().nullable(),
    sortOrder: z.int(),
    version: z.int(),
  })
  .meta({ id: 'OrgUnit', description: 'En nod i organisationsträdet med giltighetsperiod.' });
export type OrgUnitDto = z.infer<typeof orgUnitSchema>;

export const orgUnitInputSchema = z
  .strictObject({
    code: orgCodeField,
    name: requiredText(200),
    kind: orgUnitKindField,
    parentId: z.string().trim().min(1).max(64).nullable().describe('Överordnad enhets id eller kod.'),
    validFrom: dateField,
    validTo: dateField.nullable(),
    sortOrder: z.int().min(0).optional(),
  })
  .meta({ id: 'OrgUnitCreate' });
export type OrgUnitInput = z.infer<typeof orgUnitInputSchema>;

export const orgUnitUpdateSchema = orgUnitInputSchema
  .extend({ version: z.int() })
  .meta({ id: 'OrgUnitUpdate' });
export type OrgUnitUpdate = z.infer<typeof orgUnitUpdateSchema>;

export const orgTreeQuerySchema = z.strictObject({
  year: z.coerce.number().pipe(z.int().min(1900).max(2200)).optional(),
});
