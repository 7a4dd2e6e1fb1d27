/** What the planning module stores: the reporting rounds of the yearly cycle (domain.md §5.1). */
import { z } from 'zod';
import { defineEntity } from '#core/entity.ts';
import { ROUND_KINDS } from '#core/period.ts';
import { dateField, requiredText, yearField } from '#core/validation.ts';

export const reportingRoundEntity = defineEntity({
  table: 'reporting_round',
  name: 'ReportingRound',
  label: 'Uppföljningstillfället',
  fields: {
    year: yearField,
    kind: z.enum(ROUND_KINDS),
    name: requiredText(200),
    deadline: dateField,
    /** A closed round takes no more outcomes or assessments (the reporting module's lock). */
    closed: z.boolean().default(false),
  },
  autoFilled: ['name'],
  immutable: ['year', 'kind'],
});
