/** What the reporting module stores: each unit's part of a reporting round, with its state and last comment. */
import { z } from 'zod';
import { defineEntity } from '#core/entity.ts';
import { idField, richText } from '#core/validation.ts';
import { PART_STATES } from './domain/round-part.ts';

export const roundPartEntity = defineEntity({
  table: 'round_part',
  name: 'RoundPart',
  label: 'Enhetens del av uppföljningen',
  fields: {
    reportingRoundId: idField,
    orgUnitId: idField,
    state: z.enum(PART_STATES).default('notStarted'),
    /** Why it was sent back or reopened, or a note with the approval; rich text (ADR 0023). */
    comment: richText(4000).default(null),
  },
  immutable: ['reportingRoundId', 'orgUnitId'],
});
