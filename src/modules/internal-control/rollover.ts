/**
 * Internal control's part of starting the next year: every control marked "får kvarstå" is carried into the
 * next year, linked to the original (carryControls). The preview runs the same carrying and rolls it back.
 */
import { dryRun } from '#platform/context.ts';
import type { YearRolloverStep } from '../module-definition.ts';
import { carryControls } from './internal-control-service.ts';
import { controlEntity } from './model.ts';

export const internalControlRollover: YearRolloverStep = {
  name: 'internal-control',
  label: 'Internkontroll',
  entities: [controlEntity],
  async preview(ctx, years) {
    const { created } = await dryRun(ctx, (tx) => carryControls(tx, years));
    const count = created.length;
    return {
      count,
      summary:
        count === 0
          ? `Inga kontrollmoment från ${years.fromYear} är markerade att få kvarstå.`
          : `${count} ${count === 1 ? 'kontrollmoment som får kvarstå förs' : 'kontrollmoment som får kvarstå förs'} över till ${years.toYear}.`,
    };
  },
  async run(tx, years) {
    const { created } = await carryControls(tx, years);
    return { created, changed: [] };
  },
};
