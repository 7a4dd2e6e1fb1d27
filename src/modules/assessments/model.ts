/** What the assessments module stores: the verdict on a goal at a reporting round (domain.md §2.4). */
import { z } from 'zod';
import { defineEntity } from '#core/entity.ts';
import { idField, optionalLine, requiredText, richText } from '#core/validation.ts';
import { VERDICTS } from './domain/verdict.ts';

export const assessmentEntity = defineEntity({
  table: 'assessment',
  name: 'Assessment',
  label: 'Bedömningen',
  fields: {
    goalId: idField,
    reportingRoundId: idField,
    verdict: z.enum(VERDICTS),
    basis: richText().default(null),
    results: z.array(requiredText(5000)).max(100).default([]),
    source: optionalLine(500).default(null),
  },
  immutable: ['goalId', 'reportingRoundId'],
});
