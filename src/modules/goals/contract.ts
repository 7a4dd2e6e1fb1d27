/**
 * The goals API: goal areas, municipal goals, goals, indicators, targets and outcomes, and the goal sheet
 * (a unit's goals and indicator tables for one year and reporting round).
 */

import { z } from 'zod';
import { ROUND_KINDS } from '#core/period.ts';
import { decimalField, idField, optionalText, requiredText, yearField } from '#core/validation.ts';
import { DATA_SOURCES, INDICATOR_PARTS } from './domain/indicator.ts';
import { INDICATOR_STATUSES } from './domain/status.ts';
import { DESIRED_DIRECTIONS } from './domain/target.ts';

export const indicatorPartField = z.enum(INDICATOR_PARTS);
export const desiredDirectionField = z.enum(DESIRED_DIRECTIONS);
export const dataSourceField = z.enum(DATA_SOURCES);
export const indicatorStatusField = z.enum(INDICATOR_STATUSES);
const monthField = z.int().min(1).max(12);
const versioned = { version: z.int() };

// Goal areas -------------------------------------------------------------------------------------------

export const goalAreaSchema = z
  .object({
    id: idField,
    name: z.string(),
    description: z.string().nullable(),
    sortOrder: z.int(),
    version: z.int(),
  })
  .meta({ id: 'GoalArea', description: 'Målområde, t.ex. Medarbetare.' });
export type GoalAreaDto = z.infer<typeof goalAreaSchema>;

export const goalAreaInputSchema = z
  .strictObject({
    name: requiredText(200),
    description: optionalText().optional(),
    sortOrder: z.int().min(0).optional(),
  })
  .meta({ id: 'GoalAreaCreate' });

// Municipal goals --------------------------------------------------------------------------------------

export const municipalGoalSchema = z
  .object({
    id: idField,
    goalAreaId: idField,
    name: z.string(),
    description: z.string().nullable(),
    validFromYear: z.int(),
    validToYear: z.int().nullable(),
    sortOrder: z.int(),
    retiredAt: z.string().nullable(),
    source: z.string().nullable(),
    version: z.int(),
  })
  .meta({
    id: 'MunicipalGoal',
    description: 'Kommunövergripande mål, beslutat av kommunfullmäktige i budgeten.',
  });
export type MunicipalGoalDto = z.infer<typeof municipalGoalSchema>;

export const municipalGoalInputSchema = z
  .strictObject({
    goalAreaId: idField,
    name: requiredText(300),
    description: optionalText().optional(),
    validFromYear: yearField,
    validToYear: yearField.nullable().optional(),
    source: optionalText(500).optional(),
  })
  .meta({ id: 'MunicipalGoalCreate' });
export type MunicipalGoalInput = z.infer<typeof municipalGoalInputSchema>;

// Goals ------------------------------------------------------------------------------------------------

export const goalSchema = z
  .object({
    id: idField,
    orgUnitId: idField,
    municipalGoalId: idField.nullable(),
    parentGoalId: idField.nullable(),
    name: z.string(),
    description: z.string().nullable(),
    validFromYear: z.int(),
    validToYear: z.int().nullable(),
    sortOrder: z.int(),
    retiredAt: z.string().nullable(),
    source: z.string().nullable(),
    version: z.int(),
  })
  .meta({ id: 'Goal', description: 'Nämndmål eller förvaltningsmål för en organisationsenhet.' });
export type GoalDto = z.infer<typeof goalSchema>;

/** A unit named by id or by its short code ("VSS"). */
export const orgUnitRefField = z.string().trim().min(1).max(64).describe('Enhetens id eller kod, t.ex. VSS.');

export const goalInputSchema = z
  .strictObject({
    orgUnitId: orgUnitRefField,
    municipalGoalId: idField.nullable(),
    parentGoalId: idField.nullable().optional(),
    name: requiredText(300),
    description: optionalText().optional(),
    validFromYear: yearField,
    validToYear: yearField.nullable().optional(),
    source: optionalText(500).optional(),
  })
  .meta({ id: 'GoalCreate' });
export type GoalInput = z.infer<typeof goalInputSchema>;

export const goalUpdateSchema = goalInputSchema
  .omit({ orgUnitId: true })
  .extend(versioned)
  .meta({ id: 'GoalUpdate' });
export type GoalUpdate = z.infer<typeof goalUpdateSchema>;

// Indicators -------------------------------------------------------------------------------------------

export const indicatorSchema = z
  .object({
    id: idField,
    goalId: idField,
    parentIndicatorId: idField.nullable(),
    name: z.string(),
    unit: z.string().nullable(),
    decimals: z.int().nullable(),
    desiredDirection: desiredDirectionField,
    isObligatory: z.boolean(),
    isGenderSplit: z.boolean(),
    definition: z.string().nullable(),
    dataSource: dataSourceField,
    sortOrder: z.int(),
    retiredAt: z.string().nullable(),
    source: z.string().nullable(),
    version: z.int(),
  })
  .meta({ id: 'Indicator', description: 'Nämnd- eller förvaltningsindikator för ett mål.' });
export type IndicatorDto = z.infer<typeof indicatorSchema>;

export const indicatorInputSchema = z
  .strictObject({
    goalId: idField,
    parentIndicatorId: idField.nullable().optional(),
    name: requiredText(500),
    unit: optionalText(50).optional(),
    decimals: z.int().min(0).max(6).nullable().optional(),
    desiredDirection: desiredDirectionField.optional(),
    isObligatory: z.boolean().optional(),
    isGenderSplit: z.boolean().optional(),
    definition: optionalText(2000).optional(),
    dataSource: dataSourceField.optional(),
    source: optionalText(500).optional(),
  })
  .meta({ id: 'IndicatorCreate' });
export type IndicatorInput = z.infer<typeof indicatorInputSchema>;

export const indicatorUpdateSchema = indicatorInputSchema.extend(versioned).meta({ id: 'IndicatorUpdate' });
export type IndicatorUpdate = z.infer<typeof indicatorUpdateSchema>;

// Targets ----------------------------------------------------------------------------------------------

export const targetRuleSchema = z
  .object({
    kind: z.enum(['none', 'comparison', 'value', 'direction', 'text']),
    description: z.string(),
  })
  .meta({ id: 'TargetInterpretation', description: 'Hur målvärdet tolkas.' });

export const targetSchema = z
  .object({
    id: idField,
    indicatorId: idField,
    year: z.int(),
    part: indicatorPartField,
    notation: z.string(),
    note: z.string().nullable(),
    source: z.string().nullable(),
    interpretation: targetRuleSchema,
    version: z.int(),
  })
  .meta({
    id: 'Target',
    description: 'Målvärde för ett år, som det är skrivet ("≥4,5", "Öka", "Max 900 kr.").',
  });
export type TargetDto = z.infer<typeof targetSchema>;

export const targetInputSchema = z
  .strictObject({
    indicatorId: idField,
    year: yearField,
    part: indicatorPartField.optional(),
    notation: z.string().trim().max(300),
    note: optionalText(1000).optional(),
    source: optionalText(500).optional(),
  })
  .meta({ id: 'TargetCreate' });
export type TargetInput = z.infer<typeof targetInputSchema>;

export const targetUpdateSchema = targetInputSchema
  .omit({ indicatorId: true, year: true, part: true })
  .extend(versioned)
  .meta({ id: 'TargetUpdate' });
export type TargetUpdate = z.infer<typeof targetUpdateSchema>;

// Outcomes ---------------------------------------------------------------------------------------------

const outcomeFields = {
  reportingRoundId: idField,
  year: yearField,
  fromMonth: monthField.optional(),
  toMonth: monthField.optional(),
  isForecast: z.boolean().optional(),
  referenceYear: yearField.nullable().optional(),
  total: decimalField.nullable().optional(),
  women: decimalField.nullable().optional(),
  men: decimalField.nullable().optional(),
  noData: z.array(indicatorPartField).max(3).optional(),
  noDataReason: optionalText(1000).optional(),
  note: optionalText(1000).optional(),
  source: optionalText(500).optional(),
};

export const outcomeSchema = z
  .object({
    id: idField,
    indicatorId: idField,
    reportingRoundId: idField,
    year: z.int(),
    fromMonth: z.int(),
    toMonth: z.int(),
    isForecast: z.boolean(),
    referenceYear: z.int().nullable(),
    total: z.string().nullable(),
    women: z.string().nullable(),
    men: z.string().nullable(),
    noData: z.array(indicatorPartField),
    noDataReason: z.string().nullable(),
    note: z.string().nullable(),
    source: z.string().nullable(),
    version: z.int(),
  })
  .meta({
    id: 'Outcome',
    description:
      'Utfall för ett år som det rapporterades i ett uppföljningstillfälle: totalt, kvinnor och män, ' +
      'eventuellt för en del av året ("jan–jul") eller som prognos, eller "ingen uppgift" med orsak.',
  });
export type OutcomeDto = z.infer<typeof outcomeSchema>;

export const outcomeInputSchema = z
  .strictObject({ indicatorId: idField, ...outcomeFields })
  .meta({ id: 'OutcomeCreate' });
export type OutcomeInput = z.infer<typeof outcomeInputSchema>;

export const outcomeUpdateSchema = z
  .strictObject({ ...outcomeFields, ...versioned })
  .omit({ reportingRoundId: true, year: true })
  .meta({ id: 'OutcomeUpdate' });
export type OutcomeUpdate = z.infer<typeof outcomeUpdateSchema>;

// Ordering and retiring --------------------------------------------------------------------------------

export const reorderSchema = z
  .strictObject({ ids: z.array(idField).min(1).max(1000) })
  .meta({ id: 'Reorder', description: 'Den nya ordningen: alla syskon, i ordning.' });

export const versionOnlySchema = z.strictObject(versioned).meta({ id: 'VersionOnly' });

export const idParamsSchema = z.strictObject({ id: idField });

// The goal sheet ---------------------------------------------------------------------------------------

const sheetCellSchema = z.object({
  columnKey: z.string(),
  text: z.string(),
  isNoData: z.boolean(),
  periodLabel: z.string().nullable(),
  isForecast: z.boolean(),
  markers: z.array(z.int()),
  outcomeId: z.string().nullable(),
  targetId: z.string().nullable(),
});

const sheetRowSchema = z.object({
  key: z.string(),
  indicatorId: idField,
  part: indicatorPartField,
  depth: z.int(),
  label: z.string(),
  isObligatory: z.boolean(),
  markers: z.array(z.int()),
  cells: z.array(sheetCellSchema),
  status: indicatorStatusField.nullable(),
});

const sheetRoundSchema = z.object({
  id: idField,
  year: z.int(),
  kind: z.enum(ROUND_KINDS),
  name: z.string(),
  deadline: z.string(),
});

export const goalSheetSchema = z
  .object({
    year: z.int(),
    round: sheetRoundSchema,
    columns: z.array(
      z.object({ key: z.string(), kind: z.enum(['outcome', 'target']), year: z.int(), label: z.string() }),
    ),
    showsStatus: z.boolean(),
    areas: z.array(
      z.object({
        goalArea: z.object({ id: idField, name: z.string(), sortOrder: z.int() }).nullable(),
        tables: z.array(
          z.object({
            municipalGoal: z
              .object({ id: idField, goalAreaId: idField, name: z.string(), sortOrder: z.int() })
              .nullable(),
            goals: z.array(z.object({ goal: goalSchema, rows: z.array(sheetRowSchema) })),
            footnotes: z.array(z.object({ marker: z.int(), text: z.string() })),
          }),
        ),
      }),
    ),
  })
  .meta({
    id: 'GoalSheet',
    description: 'En enhets mål och indikatortabeller för ett år och uppföljningstillfälle.',
  });

export const goalSheetResponseSchema = z
  .object({
    orgUnit: z.object({ id: idField, code: z.string(), name: z.string(), kind: z.string() }),
    year: z.int(),
    rounds: z.array(sheetRoundSchema.extend({ version: z.int() })),
    sheet: goalSheetSchema.nullable(),
  })
  .meta({ id: 'GoalSheetResponse' });

export const goalSheetQuerySchema = z.strictObject({
  orgUnit: z.string().trim().min(1).max(64).describe('Enhetens kod eller id, t.ex. VSS.'),
  year: z.coerce.number().pipe(yearField),
  round: idField.optional().describe('Uppföljningstillfälle; utelämnat väljs det senaste med utfall.'),
  includeRetired: z.enum(['true', 'false']).optional(),
});
