/**
 * What the goals module stores: goal areas, municipal goals, goals, indicators, targets and outcomes
 * (domain.md §2.2–2.3). Each definition is the one place its fields are written; the tables' row types, the
 * API's schemas and the data package's records are derived from it (core/entity.ts).
 */
import { z } from 'zod';
import { defineEntity } from '#core/entity.ts';
import {
  decimalField,
  idField,
  intField,
  lineText,
  optionalLine,
  optionalText,
  requiredText,
  richText,
  sortOrderField,
  yearField,
} from '#core/validation.ts';
import { DATA_SOURCES, INDICATOR_PARTS } from './domain/indicator.ts';
import { DESIRED_DIRECTIONS } from './domain/target.ts';

/** Where a figure comes from: a seed document and line ("000:371"), a document name, a system. */
const sourceField = optionalLine(500).default(null);
const descriptionField = optionalText().default(null);
const partField = z.enum(INDICATOR_PARTS);
const monthField = intField(1, 12);

export const goalAreaEntity = defineEntity({
  table: 'goal_area',
  name: 'GoalArea',
  label: 'Målområdet',
  fields: {
    name: requiredText(200),
    description: descriptionField,
    sortOrder: sortOrderField.default(0),
  },
  autoFilled: ['sortOrder'],
});

export const municipalGoalEntity = defineEntity({
  table: 'municipal_goal',
  name: 'MunicipalGoal',
  label: 'Det kommunövergripande målet',
  fields: {
    goalAreaId: idField,
    name: requiredText(300),
    description: descriptionField,
    validFromYear: yearField,
    validToYear: yearField.nullable().default(null),
    sortOrder: sortOrderField.default(0),
    source: sourceField,
  },
  autoFilled: ['sortOrder'],
  retirable: true,
});

export const goalEntity = defineEntity({
  table: 'goal',
  name: 'Goal',
  label: 'Målet',
  fields: {
    orgUnitId: idField,
    municipalGoalId: idField.nullable().default(null),
    parentGoalId: idField.nullable().default(null),
    name: requiredText(300),
    description: descriptionField,
    validFromYear: yearField,
    validToYear: yearField.nullable().default(null),
    sortOrder: sortOrderField.default(0),
    source: sourceField,
  },
  autoFilled: ['sortOrder'],
  immutable: ['orgUnitId'],
  retirable: true,
});

export const indicatorEntity = defineEntity({
  table: 'indicator',
  name: 'Indicator',
  label: 'Indikatorn',
  fields: {
    goalId: idField,
    parentIndicatorId: idField.nullable().default(null),
    name: requiredText(500),
    unit: optionalLine(50).default(null),
    decimals: intField(0, 6).nullable().default(null),
    desiredDirection: z.enum(DESIRED_DIRECTIONS).default('none'),
    isObligatory: z.boolean().default(false),
    isGenderSplit: z.boolean().default(false),
    definition: optionalText(2000).default(null),
    dataSource: z.enum(DATA_SOURCES).default('manual'),
    /** The computation its figures come from ("economy.budgetVariance"), when they are computed, never typed. */
    computation: optionalLine(100).default(null),
    sortOrder: sortOrderField.default(0),
    source: sourceField,
  },
  autoFilled: ['sortOrder'],
  retirable: true,
});

export const targetEntity = defineEntity({
  table: 'indicator_target',
  name: 'Target',
  label: 'Målvärdet',
  fields: {
    indicatorId: idField,
    year: yearField,
    part: partField.default('total'),
    /**
     * As written: "≥4,5", "Färre än 700", "Öka"; "-" for no target (target.ts reads it). Never empty: an
     * empty field saved as "no target" would then stand in the way of the real one.
     */
    notation: lineText(300).min(1, {
      message: 'får inte vara tomt: skriv målvärdet, eller - om det inte finns något',
    }),
    note: optionalText(1000).default(null),
    source: sourceField,
  },
  immutable: ['indicatorId', 'year', 'part'],
});

export const outcomeEntity = defineEntity({
  table: 'indicator_outcome',
  name: 'Outcome',
  label: 'Utfallet',
  fields: {
    indicatorId: idField,
    reportingRoundId: idField,
    year: yearField,
    fromMonth: monthField.default(1),
    toMonth: monthField.default(12),
    isForecast: z.boolean().default(false),
    referenceYear: yearField.nullable().default(null),
    total: decimalField.nullable().default(null),
    women: decimalField.nullable().default(null),
    men: decimalField.nullable().default(null),
    /**
     * The unit these figures are stated in when it is not the indicator's, e.g. "tkr" where the indicator
     * counts in mnkr; null: the indicator's unit. Status converts between kr/tkr/mnkr before comparing.
     */
    unit: optionalLine(50).default(null),
    /** Parts reported as "ingen uppgift" (I.U.): the figure exists but is not available. */
    noData: z.array(partField).max(3).default([]),
    /** Parts that are "ej tillämplig" (N/A, "-"): there is no such figure to report. */
    notApplicable: z.array(partField).max(3).default([]),
    noDataReason: optionalText(1000).default(null),
    /** The comment on the outcome, in rich text; the goal tables print it as a footnote (as plain text). */
    note: richText(1000).default(null),
    source: sourceField,
  },
  immutable: ['indicatorId', 'reportingRoundId', 'year'],
});
