/**
 * The organisation's part of starting the next year: nothing to copy. Units live over dates, so every unit
 * valid on the new year's first day simply goes on; the preview says how many.
 */
import type { YearRolloverStep } from '../module-definition.ts';
import { listOrgUnits } from './db/org-unit-repository.ts';

const number = new Intl.NumberFormat('sv-SE');

export const organisationRollover: YearRolloverStep = {
  name: 'organisation',
  label: 'Organisationen',
  entities: [],
  async preview(ctx, { toYear }) {
    const firstDay = `${toYear}-01-01`;
    const units = (await listOrgUnits(ctx.db)).filter(
      (unit) => unit.validFrom <= firstDay && (unit.validTo === null || unit.validTo >= firstDay),
    );
    const count = units.length;
    return {
      count: 0,
      summary:
        `${number.format(count)} ${count === 1 ? 'enhet gäller' : 'enheter gäller'} den 1 januari ${toYear} och ` +
        'fortsätter som de är: inget behöver kopieras.',
    };
  },
  run: async () => ({ created: [], changed: [] }),
};
