/**
 * What the assignments module stores: the council's strategic assignments of a year, their recipients
 * (boards and administrations) with each one's planned response, and each recipient's status per reporting
 * round (docs/adr/0021-strategic-assignments.md). Each definition is the one place its fields are written;
 * the tables' row types, the API's schemas and the data package's records are derived from it.
 */
import { z } from 'zod';
import { defineEntity } from '#core/entity.ts';
import {
  dateField,
  idField,
  optionalLine,
  optionalText,
  requiredText,
  sortOrderField,
  yearField,
} from '#core/validation.ts';
import { ASSIGNMENT_KINDS, ASSIGNMENT_STATUSES } from './domain/assignment.ts';

/** Where a record comes from: a seed document and line ("000:473"), a decision, a system. */
const sourceField = optionalLine(500).default(null);

export const assignmentEntity = defineEntity({
  table: 'strategic_assignment',
  name: 'StrategicAssignment',
  label: 'Uppdraget',
  fields: {
    year: yearField,
    kind: z.enum(ASSIGNMENT_KINDS),
    /** As printed: "2"; null where the document numbers none. */
    number: optionalLine(20).default(null),
    text: requiredText(4000),
    /** The decision that gave it: "KF 2022-11-29 § 412", "Budget 2023 med plan 2024–2025". */
    decision: optionalLine(300).default(null),
    /** Report back by this date … */
    reportBackDate: dateField.nullable().default(null),
    /** … or as the document says it: "till kommunstyrelsen under 2023". */
    reportBackText: optionalLine(300).default(null),
    /** The assignment of an earlier year this one continues (carried into this year, unfinished). */
    carriedFromId: idField.nullable().default(null),
    sortOrder: sortOrderField.default(0),
    source: sourceField,
  },
  autoFilled: ['sortOrder'],
  immutable: ['year', 'carriedFromId'],
});

export const recipientEntity = defineEntity({
  table: 'assignment_recipient',
  name: 'AssignmentRecipient',
  label: 'Mottagaren av uppdraget',
  fields: {
    assignmentId: idField,
    orgUnitId: idField,
    /** How the recipient takes care of it ("hur uppdraget omhändertas"). */
    response: optionalText(4000).default(null),
    /** The goal area the response belongs to ("målområde verksamhet", 001:1676). */
    goalAreaId: idField.nullable().default(null),
    source: sourceField,
  },
  immutable: ['assignmentId', 'orgUnitId'],
});

export const statusEntity = defineEntity({
  table: 'assignment_status',
  name: 'AssignmentStatus',
  label: 'Uppdragets status',
  fields: {
    recipientId: idField,
    reportingRoundId: idField,
    status: z.enum(ASSIGNMENT_STATUSES),
    comment: optionalText(4000).default(null),
    source: sourceField,
  },
  immutable: ['recipientId', 'reportingRoundId'],
});
