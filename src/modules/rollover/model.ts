/**
 * What the rollover module stores: each start of a new year, with what it created and changed – so that it
 * can be undone exactly until someone edits one of those records (docs/adr/0024-year-rollover-and-successions.md).
 */
import { z } from 'zod';
import { defineEntity } from '#core/entity.ts';
import { idField, optionalLine, requiredText, yearField } from '#core/validation.ts';

const recordRef = z.object({ table: z.string(), id: idField });

export const yearRolloverEntity = defineEntity({
  table: 'year_rollover',
  name: 'YearRollover',
  label: 'Årsskiftet',
  fields: {
    fromYear: yearField,
    toYear: yearField,
    /** The job it ran in; null when the command line ran it where it stood. */
    jobId: idField.nullable().default(null),
    startedBy: idField,
    startedByName: requiredText(200),
    finishedAt: z.iso.datetime({ offset: true }),
    /** Records created, in the order created. */
    created: z.array(recordRef).default([]),
    /** Records changed, with the changed fields as they were. */
    changed: z.array(recordRef.extend({ before: z.record(z.string(), z.unknown()) })).default([]),
    /** The change log's last entry when the rollover finished: a later entry on its records is an edit. */
    changeLogMark: z.string(),
    undoneAt: z.iso.datetime({ offset: true }).nullable().default(null),
    undoneByName: optionalLine(200).default(null),
  },
  immutable: ['fromYear', 'toYear', 'jobId', 'startedBy', 'created', 'changed', 'changeLogMark'],
});
