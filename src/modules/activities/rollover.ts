/**
 * The activities' part of starting the next year: every activity not yet genomförd is carried onto its goal
 * in the next year (carryActivitiesIntoYear), after the goals' own step has extended the goals. The preview
 * runs the same carrying and rolls it back, and names the activities that have no goal to go to.
 */
import { dryRun } from '#platform/context.ts';
import type { YearRolloverStep } from '../module-definition.ts';
import { carryActivitiesIntoYear } from './activity-service.ts';
import { activityEntity } from './model.ts';

export const activitiesRollover: YearRolloverStep = {
  name: 'activities',
  label: 'Aktiviteter i verksamhetsplanen',
  entities: [activityEntity],
  async preview(ctx, years) {
    const { created, skipped } = await dryRun(ctx, (tx) => carryActivitiesIntoYear(tx, years));
    const count = created.length;
    const carried =
      count === 0
        ? `Inga ofärdiga aktiviteter från ${years.fromYear} att föra över.`
        : `${count} ${count === 1 ? 'ofärdig aktivitet förs' : 'ofärdiga aktiviteter förs'} över till ${years.toYear}.`;
    const left =
      skipped.length === 0
        ? ''
        : ` ${skipped.length} ${skipped.length === 1 ? 'aktivitet saknar' : 'aktiviteter saknar'} mål ${years.toYear} och förs inte över.`;
    return { count, summary: carried + left };
  },
  async run(tx, years) {
    const { created } = await carryActivitiesIntoYear(tx, years);
    return { created, changed: [] };
  },
};
