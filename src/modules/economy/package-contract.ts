/**
 * The economy's records in a data package: the model's records (model.ts), with organisation units named by
 * code as everywhere in Verksam, and amounts in kronor as the database keeps them – with two decimals – so
 * that a converter's "1000" and an export's "1000.00" are the same amount and a second import of either is
 * unchanged. Where the database alone guards a rule (a forecast's non-negative figures, an adjustment's
 * positive amount), the record states it, so a package names the record instead of failing on the table.
 */
import type { z } from 'zod';
import { orgCodeField } from '../organisation/contract.ts';
import { kronorFromOre, oreFromKronor } from './domain/kronor.ts';
import {
  accountRangeEntity,
  budgetChangeEntity,
  budgetLineEntity,
  closingEntity,
  costCentreEntity,
  forecastEntity,
  frameAdjustmentEntity,
  frameEntity,
  kronorField,
} from './model.ts';

const unitCode = orgCodeField.describe('Enhetens kod, t.ex. VSS.');

/** Kronor, exact, always with two decimals as stored: "1 000,5" and "1000.5" both become "1000.50". */
const kronor = (description: string) =>
  kronorField.transform((value) => kronorFromOre(oreFromKronor(value))).describe(description);

const notNegative = (description: string) =>
  kronor(description).refine((value) => oreFromKronor(value) >= 0n, { message: 'får inte vara negativt' });

export const costCentrePackageRecord = costCentreEntity.record
  .omit({ orgUnitId: true })
  .extend({ orgUnit: unitCode.describe('Enheten kostnadsstället hör till: dess kod, t.ex. VOE.') });
export type CostCentrePackageRecord = z.output<typeof costCentrePackageRecord>;

export const accountRangePackageRecord = accountRangeEntity.record;
export type AccountRangePackageRecord = z.output<typeof accountRangePackageRecord>;

export const budgetLinePackageRecord = budgetLineEntity.record.omit({ orgUnitId: true }).extend({
  orgUnit: unitCode,
  amount: kronor(
    'Kronor med huvudbokens tecken: kostnader positiva, intäkter negativa, t.ex. "-1200000.00".',
  ),
});
export type BudgetLinePackageRecord = z.output<typeof budgetLinePackageRecord>;

/** A forecast is costs and revenues, or the net cost alone (section check: `checkForecastFigures`). */
export const forecastPackageRecord = forecastEntity.record.omit({ orgUnitId: true }).extend({
  orgUnit: unitCode,
  costs: notNegative('Helårets kostnader i kronor, positiva; null när prognosen bara är netto.')
    .nullable()
    .default(null),
  revenues: notNegative('Helårets intäkter i kronor, positiva; null när prognosen bara är netto.')
    .nullable()
    .default(null),
  netCost: kronor(
    'Helårets nettokostnad i kronor (kostnader − intäkter, ett överskott negativt) när prognosen bara är ' +
      'netto; annars null.',
  )
    .nullable()
    .default(null),
});
export type ForecastPackageRecord = z.output<typeof forecastPackageRecord>;

export const budgetFramePackageRecord = frameEntity.record.omit({ orgUnitId: true }).extend({
  orgUnit: unitCode,
  amount: kronor('Ramen: den nettokostnad i kronor nämnden får budgetera (0 för självkostnad).').default(
    '0.00',
  ),
});
export type BudgetFramePackageRecord = z.output<typeof budgetFramePackageRecord>;

export const frameAdjustmentPackageRecord = frameAdjustmentEntity.record
  .omit({ fromUnitId: true, toUnitId: true })
  .extend({
    fromUnit: unitCode.describe('Nämnden vars ram minskar: enhetens kod.'),
    toUnit: unitCode.describe('Nämnden vars ram ökar: enhetens kod.'),
    amount: kronor('Beloppet i kronor som flyttas, större än 0.').refine(
      (value) => oreFromKronor(value) > 0n,
      { message: 'ska vara större än 0' },
    ),
  });
export type FrameAdjustmentPackageRecord = z.output<typeof frameAdjustmentPackageRecord>;

export const budgetChangePackageRecord = budgetChangeEntity.record.omit({ orgUnitId: true }).extend({
  orgUnit: unitCode,
  amount: kronor('Förändringen av nettokostnaden i kronor; negativ sänker den.'),
});
export type BudgetChangePackageRecord = z.output<typeof budgetChangePackageRecord>;

export const closingPackageRecord = closingEntity.record;
export type ClosingPackageRecord = z.output<typeof closingPackageRecord>;
