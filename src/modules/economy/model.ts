/**
 * What the economy module stores that users edit as records: which organisation unit a cost centre of the
 * ledger belongs to, and the installation's own account ranges where they differ from Kommun-BAS. The
 * ledger itself is bulk data, loaded file by file (db/ledger-repository.ts), not records edited one by one.
 */
import { z } from 'zod';
import { defineEntity } from '#core/entity.ts';
import { decimalField, idField, intField, optionalLine, requiredText, yearField } from '#core/validation.ts';
import { ACCOUNT_CATEGORIES, ACCOUNT_PATTERN } from './domain/account-class.ts';

/** An object code of the ledger: a cost centre ("1410"), as the SIE file writes it. */
const objectCodeField = requiredText(100);

const accountField = z
  .string()
  .max(20, { abort: true })
  .trim()
  .regex(ACCOUNT_PATTERN, { message: 'ska vara ett kontonummer med 1–10 siffror, t.ex. "4010"' });

export const costCentreEntity = defineEntity({
  table: 'cost_centre',
  name: 'CostCentre',
  label: 'Kostnadsstället',
  fields: {
    /** The SIE dimension the code belongs to: 1 (kostnadsställe) unless the municipality uses another. */
    dimension: intField(1, 999).default(1),
    code: objectCodeField,
    orgUnitId: idField,
  },
  immutable: ['dimension', 'code'],
});

export const accountRangeEntity = defineEntity({
  table: 'account_range',
  name: 'AccountRange',
  label: 'Kontointervallet',
  fields: {
    fromAccount: accountField,
    toAccount: accountField,
    category: z.enum(ACCOUNT_CATEGORIES),
  },
});

/** Kronor, exact, with at most two decimals (öre): "-1234.5", or as Swedes write it, "−1 234,50". */
export const kronorField = decimalField.refine((value) => !/\.\d{3,}$/.test(value), {
  message: 'får ha högst två decimaler (öre)',
});

/**
 * A line of a unit's budget for a year: an account (or account group, "40") and an amount in kronor with
 * the ledger's sign – costs positive, revenues negative – for the whole year or one month.
 */
export const budgetLineEntity = defineEntity({
  table: 'budget_line',
  name: 'BudgetLine',
  label: 'Budgetraden',
  fields: {
    orgUnitId: idField,
    year: yearField,
    account: accountField,
    /** 1–12 for a month's budget; null for the whole year. */
    month: intField(1, 12).nullable().default(null),
    amount: kronorField,
    comment: optionalLine(500).default(null),
  },
  immutable: ['orgUnitId', 'year', 'account', 'month'],
});

/** The rounds in which units forecast the whole year: the interim rounds (domain.md §5.1). */
export const FORECAST_ROUNDS = ['april', 'august', 'october'] as const;

/**
 * A unit's forecast for the whole year at an interim round: its costs and revenues as positive kronor, or
 * its net cost alone (costs − revenues; negative is a surplus) when the unit forecasts only the net (issue
 * 6 item 5), with a comment on what drives them. One way or the other, never both
 * (domain/forecast.ts, `checkForecastFigures`). One per unit, year and round.
 */
export const forecastEntity = defineEntity({
  table: 'forecast',
  name: 'Forecast',
  label: 'Prognosen',
  fields: {
    orgUnitId: idField,
    year: yearField,
    round: z.enum(FORECAST_ROUNDS),
    costs: kronorField.nullable().default(null),
    revenues: kronorField.nullable().default(null),
    netCost: kronorField.nullable().default(null),
    comment: optionalLine(2000).default(null),
  },
  immutable: ['orgUnitId', 'year', 'round'],
});

/**
 * The frame (ram) the council gives a board for a year: the net cost it may budget, in kronor. A unit funded
 * by its own internal prices (självkostnad, 000:190) has instead a frame of kind `selfCost`: it must budget
 * a zero net.
 */
export const frameEntity = defineEntity({
  table: 'budget_frame',
  name: 'BudgetFrame',
  label: 'Ramen',
  fields: {
    orgUnitId: idField,
    year: yearField,
    kind: z.enum(['frame', 'selfCost']).default('frame'),
    amount: kronorField.default('0'),
    decision: optionalLine(500).default(null),
  },
  immutable: ['orgUnitId', 'year'],
});

/**
 * A frame adjustment (ramjustering, 001:15-25): an amount moved from one board's frame to another's from a
 * year on, with its reason and decision ("Ramjustering sker med X tkr från och med 2020 från … till …").
 */
export const frameAdjustmentEntity = defineEntity({
  table: 'frame_adjustment',
  name: 'FrameAdjustment',
  label: 'Ramjusteringen',
  fields: {
    fromUnitId: idField,
    toUnitId: idField,
    amount: kronorField,
    fromYear: yearField,
    reason: requiredText(500),
    decision: optionalLine(500).default(null),
  },
});

/** The categories of the bridge from last year's budget (001:802-866, "Specifikation av förändringar"). */
export const BUDGET_CHANGE_CATEGORIES = [
  'costReduction',
  'budgetAdjustment',
  'technical',
  'reallocation',
  'priceAndWage',
] as const;

/**
 * One step of the bridge from a unit's budget last year to this year's (domain.md §3.5): an amount of net
 * cost in kronor (negative lowers it) in a category, with what it is.
 */
export const budgetChangeEntity = defineEntity({
  table: 'budget_change',
  name: 'BudgetChange',
  label: 'Budgetförändringen',
  fields: {
    orgUnitId: idField,
    year: yearField,
    category: z.enum(BUDGET_CHANGE_CATEGORIES),
    amount: kronorField,
    description: requiredText(500),
  },
  immutable: ['orgUnitId', 'year'],
});

/**
 * A closed year (bokslut): its ledger is whole and final, so the annual report's figures cannot change under
 * it. While closed, the year's ledger, budget lines and forecasts are locked; reopening it is recorded.
 */
export const closingEntity = defineEntity({
  table: 'ledger_closing',
  name: 'LedgerClosing',
  label: 'Bokslutet',
  fields: {
    year: yearField,
    note: optionalLine(1000).default(null),
  },
  immutable: ['year'],
});
