/**
 * What the activities module stores: the activities of a unit's verksamhetsplan for a year, each under a
 * goal, with a responsible unit and a planned completion ("Slutfört", 001:1542-1663), and their status at
 * each reporting round (docs/adr/0022-activities.md). Each definition is the one place its fields are
 * written; the row types, the API's schemas and the data package's records are derived from it.
 */
import { z } from 'zod';
import { defineEntity } from '#core/entity.ts';
import {
  dateField,
  idField,
  intField,
  optionalLine,
  optionalText,
  requiredText,
  sortOrderField,
  yearField,
} from '#core/validation.ts';
import { COMPLETION_KINDS } from './domain/completion.ts';
import { ACTIVITY_STATUSES } from './domain/status.ts';

/** Where a record comes from: a seed document and line ("001:1543"), a document name, a system. */
const sourceField = optionalLine(500).default(null);

export const activityEntity = defineEntity({
  table: 'activity',
  name: 'Activity',
  label: 'Aktiviteten',
  fields: {
    /** The unit whose plan the activity is in. */
    orgUnitId: idField,
    year: yearField,
    goalId: idField,
    text: requiredText(2000),
    /** Who carries it out; the plan's unit unless another is named. */
    responsibleUnitId: idField,
    /** The planned completion as kind and value (domain/completion.ts). */
    completionKind: z.enum(COMPLETION_KINDS),
    /** The year of a month, quarter or tertial; null: the plan's year (printed without a year). */
    completionYear: yearField.nullable().default(null),
    /** The month (1–12), quarter (1–4) or tertial (1–3). */
    completionNumber: intField(1, 12).nullable().default(null),
    completionDate: dateField.nullable().default(null),
    sortOrder: sortOrderField.default(0),
    /** The activity of the year before that this one continues (carried over unfinished). */
    carriedFromId: idField.nullable().default(null),
    source: sourceField,
  },
  autoFilled: ['responsibleUnitId', 'sortOrder'],
  immutable: ['orgUnitId', 'year', 'carriedFromId'],
});

export const activityStatusEntity = defineEntity({
  table: 'activity_status',
  name: 'ActivityStatus',
  label: 'Aktivitetens status',
  fields: {
    activityId: idField,
    reportingRoundId: idField,
    status: z.enum(ACTIVITY_STATUSES),
    comment: optionalText(5000).default(null),
    source: sourceField,
  },
  immutable: ['activityId', 'reportingRoundId'],
});
