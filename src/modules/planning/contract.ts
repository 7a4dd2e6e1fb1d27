/** The planning API: reporting rounds of the yearly cycle. */

import { z } from 'zod';
import { ROUND_KINDS } from '#core/period.ts';
import { dateField, idField, requiredText, yearField } from '#core/validation.ts';

export const roundKindField = z.enum(ROUND_KINDS);

export const reportingRoundSchema = z
  .object({
    id: idField,
    year: z.int(),
    kind: roundKindField,
    name: z.string(),
    deadline: z.string(),
    version: z.int(),
  })
  .meta({
    id: 'ReportingRound',
    description: 'Ett uppföljningstillfälle (eller budgetomgången) ett visst år.',
  });
export type ReportingRoundDto = z.infer<typeof reportingRoundSchema>;

export const reportingRoundInputSchema = z
  .strictObject({
    year: yearField,
    kind: roundKindField,
    name: requiredText(200).optional(),
    deadline: dateField,
  })
  .meta({ id: 'ReportingRoundCreate' });
export type ReportingRoundInput = z.infer<typeof reportingRoundInputSchema>;
