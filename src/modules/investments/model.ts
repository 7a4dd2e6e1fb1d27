/**
 * What the investments module stores (domain.md §2.7 "Investments", docs/adr/0015-investments.md): a
 * unit's investment projects, their amounts per year, kind and round, and the unit's investment frame per
 * year with the changes made to it. Each definition is the one place its fields are written; the tables'
 * row types, the API's schemas and the data package's records are derived from it (core/entity.ts).
 *
 * Amounts are kronor as exact decimal strings (SQL numeric), never floats. Utgifter and inkomster are both
 * positive magnitudes; net = utgifter − inkomster.
 */
import { z } from 'zod';
import { defineEntity } from '#core/entity.ts';
import {
  decimalField,
  idField,
  optionalLine,
  optionalText,
  requiredText,
  sortOrderField,
  yearField,
} from '#core/validation.ts';
import { AMOUNT_KINDS, FRAME_CHANGE_KINDS, FRAME_PLACEMENTS, ROUND_KINDS } from './domain/investment.ts';

/** Kronor, exact, with at most two decimals (öre): "45000000", or as Swedes write it, "45 000 000". */
const kronor = decimalField.refine((value) => !/\.\d{3,}$/.test(value), {
  message: 'får ha högst två decimaler (öre)',
});

/** A magnitude: utgifter and inkomster are both entered as positive amounts. */
const magnitude = kronor.refine((value) => !value.startsWith('-'), {
  message: 'ska vara ett positivt belopp eller noll; utgifter och inkomster anges båda som positiva belopp',
});

const positive = magnitude.refine((value) => /[1-9]/.test(value), { message: 'ska vara större än noll' });

/** Where a figure comes from: a seed document and line ("000:343"), a document name, a system. */
const sourceField = optionalLine(500).default(null);

export const projectEntity = defineEntity({
  table: 'investment_project',
  name: 'InvestmentProject',
  label: 'Investeringsprojektet',
  fields: {
    orgUnitId: idField,
    /** As the tables print it: "LKDATA – IT-utrustning". */
    name: requiredText(300),
    /** The accounts' project code, where there is one. */
    code: optionalLine(50).default(null),
    placement: z.enum(FRAME_PLACEMENTS).default('inside'),
    /** Decided only if a condition is met ("Ny simhall*", 001:1196, 1205); the condition is its footnote. */
    conditional: z.boolean().default(false),
    condition: optionalText(1000).default(null),
    startYear: yearField,
    /** The year it was completed (färdigställt); null while it runs. */
    completedYear: yearField.nullable().default(null),
    /** Beslutad budget since the start, net (utgifter − inkomster), in kronor. */
    decidedBudget: kronor.nullable().default(null),
    /** A footnote on the project's row ("Rapporteras under KS", 002:182). */
    note: optionalText(1000).default(null),
    sortOrder: sortOrderField.default(0),
  },
  autoFilled: ['sortOrder'],
  immutable: ['orgUnitId'],
});

export const amountEntity = defineEntity({
  table: 'investment_amount',
  name: 'InvestmentAmount',
  label: 'Beloppet',
  fields: {
    projectId: idField,
    year: yearField,
    kind: z.enum(AMOUNT_KINDS),
    /**
     * The round it is given at: a budget as decided (`budget`) or as revised at a later round; a plan in
     * the budget; an actual to date at an interim round or for the year at `closing`; a forecast at an
     * interim round.
     */
    round: z.enum(ROUND_KINDS),
    expenditure: magnitude.default('0'),
    income: magnitude.default('0'),
    /** A footnote on the amount's cell ("Inkl utökad ram med 10,1 mnkr", 002:181). */
    note: optionalText(1000).default(null),
    source: sourceField,
  },
  immutable: ['projectId', 'year', 'kind', 'round'],
});

export const frameEntity = defineEntity({
  table: 'investment_frame',
  name: 'InvestmentFrame',
  label: 'Investeringsramen',
  fields: {
    orgUnitId: idField,
    year: yearField,
    /** The net the unit may invest, in kronor. */
    amount: magnitude,
    /** The decision, as the table's row names it: "beslut i KF den 28 september 2021" (000:349). */
    decision: optionalLine(500).default(null),
    source: sourceField,
  },
  immutable: ['orgUnitId', 'year'],
});

export const frameChangeEntity = defineEntity({
  table: 'investment_frame_change',
  name: 'InvestmentFrameChange',
  label: 'Ramförändringen',
  fields: {
    orgUnitId: idField,
    kind: z.enum(FRAME_CHANGE_KINDS),
    /** The year whose frame grows: the increased year, or the year rebudgeted to. */
    year: yearField,
    /** Rebudgeting: the year the amount is taken from; null for an increase. */
    fromYear: yearField.nullable().default(null),
    amount: positive,
    /** The round from which the change counts: a frame increased after August is not in August's report. */
    effectiveRound: z.enum(ROUND_KINDS).default('budget'),
    reason: requiredText(1000),
    decision: optionalLine(500).default(null),
    source: sourceField,
  },
  immutable: ['orgUnitId'],
});
