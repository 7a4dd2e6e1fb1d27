/**
 * The assignments' part of starting the next year: every assignment a recipient has not finished is carried
 * into the next year with its unfinished recipients (carryAssignmentsIntoYear). The preview runs the same
 * carrying and rolls it back.
 */
import { dryRun } from '#platform/context.ts';
import type { YearRolloverStep } from '../module-definition.ts';
import { carryAssignmentsIntoYear } from './assignment-service.ts';
import { assignmentEntity, recipientEntity } from './model.ts';

const carriedCount = (created: readonly { table: string }[]) =>
  created.filter((row) => row.table === assignmentEntity.table).length;

export const assignmentsRollover: YearRolloverStep = {
  name: 'assignments',
  label: 'Strategiska utvecklingsuppdrag',
  entities: [assignmentEntity, recipientEntity],
  async preview(ctx, years) {
    const { created } = await dryRun(ctx, (tx) => carryAssignmentsIntoYear(tx, years));
    const count = carriedCount(created);
    return {
      count,
      summary:
        count === 0
          ? `Inga ofärdiga uppdrag från ${years.fromYear} att föra över.`
          : `${count} ${count === 1 ? 'ofärdigt uppdrag förs' : 'ofärdiga uppdrag förs'} över till ${years.toYear} ` +
            'med de mottagare som inte är klara.',
    };
  },
  async run(tx, years) {
    const { created } = await carryAssignmentsIntoYear(tx, years);
    return { created, changed: [] };
  },
};
