/** The assessments API: a verdict per goal and reporting round, with the indicators' suggestion. */

import { z } from 'zod';
import { idField, optionalText } from '#core/validation.ts';
import { VERDICTS } from './domain/verdict.ts';

export const verdictField = z.enum(VERDICTS);

export const assessmentSchema = z
  .object({
    id: idField,
    goalId: idField,
    reportingRoundId: idField,
    verdict: verdictField,
    basis: z.string().nullable(),
    results: z.array(z.string()),
    source: z.string().nullable(),
    version: z.int(),
  })
  .meta({ id: 'Assessment', description: 'Bedömning av ett mål vid ett uppföljningstillfälle.' });
export type AssessmentDto = z.infer<typeof assessmentSchema>;

export const assessmentInputSchema = z
  .strictObject({
    verdict: verdictField,
    basis: optionalText().optional(),
    results: z.array(z.string().trim().min(1).max(5000)).max(100).optional(),
    source: optionalText(500).optional(),
    version: z.int().optional(),
  })
  .meta({
    id: 'AssessmentSave',
    description: 'Ny bedömning (utan version) eller ändring av en befintlig (med den version du läste).',
  });
export type AssessmentInput = z.infer<typeof assessmentInputSchema>;
