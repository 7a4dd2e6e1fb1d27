/**
 * What the reporting module stores: each unit's part of a reporting round, with its state and last comment,
 * every reminder sent to a unit's reporters about a round (docs/adr/0026-reminders.md), and the goals and
 * indicators a round asks for (domain/round-subset.ts).
 */
import { z } from 'zod';
import { defineEntity } from '#core/entity.ts';
import { idField, intField, requiredText, richText } from '#core/validation.ts';
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

export const roundReminderEntity = defineEntity({
  table: 'round_reminder',
  name: 'RoundReminder',
  label: 'Påminnelsen',
  fields: {
    reportingRoundId: idField,
    orgUnitId: idField,
    /** How many of the unit's reporters got it. */
    recipientCount: intField(0, 100_000),
    sentById: idField,
    sentByName: requiredText(200),
    /** The job that sends it by e-mail, when the server has SMTP and a recipient an address. */
    mailJobId: idField.nullable().default(null),
  },
  immutable: ['reportingRoundId', 'orgUnitId', 'recipientCount', 'sentById', 'sentByName', 'mailJobId'],
});

/**
 * One goal or one indicator a round asks for; a round without items asks for everything. A child of the
 * round, kept here rather than in planning because it names goals and indicators, which planning precedes.
 */
export const roundSubsetItemEntity = defineEntity({
  table: 'round_subset_item',
  name: 'RoundSubsetItem',
  label: 'Tillfällets urval',
  fields: {
    reportingRoundId: idField,
    /** A goal named: its verdict and all its indicators. Exactly one of goalId and indicatorId is set. */
    goalId: idField.nullable().default(null),
    indicatorId: idField.nullable().default(null),
  },
  immutable: ['reportingRoundId', 'goalId', 'indicatorId'],
});
