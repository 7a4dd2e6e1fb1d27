/**
 * The goals API: goal areas, municipal goals, goals, indicators, targets and outcomes (their schemas come
 * from model.ts), the goal sheet, and the list of operations the server registers and the browser calls.
 */

import { z } from 'zod';
import { defineOperations } from '#core/api.ts';
import { changeEntrySchema } from '#core/history.ts';
import { tableModelSchema } from '#core/table-schema.ts';
import { idField, versionField, yearParam } from '#core/validation.ts';
import { orgCodeField, orgUnitRefField } from '../organisation/contract.ts';
import { reportingRoundSchema } from '../planning/contract.ts';
import {
  goalAreaEntity,
  goalEntity,
  indicatorEntity,
  municipalGoalEntity,
  outcomeEntity,
  targetEntity,
} from './model.ts';

export const goalAreaSchema = goalAreaEntity.dto;
export type GoalAreaDto = z.infer<typeof goalAreaSchema>;
export const municipalGoalSchema = municipalGoalEntity.dto;
export type MunicipalGoalDto = z.infer<typeof municipalGoalSchema>;
export const goalSchema = goalEntity.dto;
export type GoalDto = z.infer<typeof goalSchema>;
export const indicatorSchema = indicatorEntity.dto;
export type IndicatorDto = z.infer<typeof indicatorSchema>;
export const outcomeSchema = outcomeEntity.dto;
export type OutcomeDto = z.infer<typeof outcomeSchema>;

/**
 * The same indicator in another goal – the unit's earlier or later goals, or a predecessor's – with its
 * outcomes, so that a series stays readable across goal periods and reorganisations (domain/comparable.ts).
 */
export const comparableIndicatorSchema = z
  .object({
    indicator: indicatorSchema,
    parentName: z.string().nullable(),
    goal: z.object({
      id: z.string(),
      name: z.string(),
      validFromYear: z.number().int(),
      validToYear: z.number().int().nullable(),
    }),
    orgUnit: z.object({ id: z.string(), code: z.string(), name: z.string() }),
    /** 0: the unit's own; 1: a unit whose work it took over; 2: that unit's predecessor, and so on. */
    generation: z.number().int().min(0),
    outcomes: z.array(outcomeSchema),
  })
  .meta({ id: 'ComparableIndicator' });
export type ComparableIndicatorDto = z.infer<typeof comparableIndicatorSchema>;

export const targetSchema = targetEntity.dto
  .extend({
    interpretation: z
      .object({
        kind: z.enum(['none', 'comparison', 'value', 'direction', 'text']),
        description: z.string(),
      })
      .meta({ id: 'TargetInterpretation', description: 'Hur målvärdet tolkas.' }),
  })
  .meta({
    id: 'Target',
    description: 'Målvärde för ett år, som det är skrivet ("≥4,5", "Öka", "Max 900 kr.").',
  });
export type TargetDto = z.infer<typeof targetSchema>;

export const goalInputSchema = goalEntity.create
  .extend({ orgUnitId: orgUnitRefField })
  .meta({ id: 'GoalCreate' });
export type GoalInput = z.output<typeof goalInputSchema>;
export type GoalUpdate = z.output<typeof goalEntity.update>;
export type IndicatorInput = z.output<typeof indicatorEntity.create>;
export type IndicatorUpdate = z.output<typeof indicatorEntity.update>;
export type TargetInput = z.output<typeof targetEntity.create>;
export type TargetUpdate = z.output<typeof targetEntity.update>;
export type OutcomeInput = z.output<typeof outcomeEntity.create>;
export type OutcomeUpdate = z.output<typeof outcomeEntity.update>;
export type MunicipalGoalInput = z.output<typeof municipalGoalEntity.create>;
export type GoalAreaInput = z.output<typeof goalAreaEntity.create>;

export const reorderSchema = z
  .strictObject({ ids: z.array(idField).min(1).max(1000) })
  .meta({ id: 'Reorder', description: 'Den nya ordningen: alla syskon, i ordning.' });

export const versionOnlySchema = z.strictObject({ version: versionField }).meta({ id: 'VersionOnly' });

const idParams = z.strictObject({ id: idField });
const versionQuery = z.strictObject({ version: z.coerce.number().pipe(versionField) });
const includeRetiredQuery = z.enum(['true', 'false']).optional();

// The goal sheet ---------------------------------------------------------------------------------------

export const goalSheetResponseSchema = z
  .object({
    orgUnit: z.object({ id: idField, code: z.string(), name: z.string(), kind: z.string() }),
    year: z.int(),
    rounds: z.array(reportingRoundSchema),
    sheet: z
      .object({
        round: reportingRoundSchema,
        showsStatus: z.boolean(),
        areas: z.array(
          z.object({
            goalArea: z.object({ id: idField, name: z.string(), sortOrder: z.int() }).nullable(),
            tables: z.array(tableModelSchema),
          }),
        ),
      })
      .nullable(),
  })
  .meta({
    id: 'GoalSheet',
    description:
      'En enhets mål och indikatortabeller för ett år och uppföljningstillfälle, per målområde och ' +
      'kommunövergripande mål, som neutrala tabellmodeller.',
  });

export const goalSheetQuerySchema = z.strictObject({
  orgUnit: orgUnitRefField,
  year: yearParam,
  round: idField.optional().describe('Uppföljningstillfälle; utelämnat väljs det senaste med utfall.'),
  includeRetired: includeRetiredQuery,
});

/** What the signed-in user may do on a goal's page, decided by the same policy as every save. */
export const goalMaySchema = z.object({
  plan: z
    .boolean()
    .describe('Om du får ändra målet, avveckla det och lägga till och ordna dess indikatorer.'),
});

/** A goal with what the signed-in user may do with it: what its page shows. */
export const goalViewSchema = goalSchema
  .extend({ may: goalMaySchema })
  .meta({ id: 'GoalView', description: 'Ett mål med vad du får göra med det.' });

/** What the signed-in user may do on an indicator's page, decided by the same policy as every save. */
export const indicatorMaySchema = z.object({
  plan: z.boolean().describe('Om du får ändra indikatorn, avveckla den och föra in dess målvärden.'),
  reportRounds: z
    .array(idField)
    .describe('De uppföljningstillfällen (id) där du får föra in, ändra och ta bort indikatorns utfall nu.'),
});

export const indicatorDetailSchema = z
  .object({
    indicator: indicatorSchema,
    children: z.array(indicatorSchema),
    targets: z.array(targetSchema),
    outcomes: z.array(outcomeSchema),
    rounds: z.array(reportingRoundSchema),
    may: indicatorMaySchema,
  })
  .meta({ id: 'IndicatorDetail' });

/** Which record a history request is about: the path segment names the kind. */
export const HISTORY_ENTITIES = {
  goals: goalEntity.table,
  'municipal-goals': municipalGoalEntity.table,
  indicators: indicatorEntity.table,
  targets: targetEntity.table,
  outcomes: outcomeEntity.table,
} as const;

const retire = (path: string, what: string, response: z.ZodType) =>
  [
    {
      method: 'POST',
      path: `${path}/:id/retire`,
      summary: `Avveckla ${what} (historiken finns kvar)`,
      params: idParams,
      body: versionOnlySchema,
      response,
      resources: ['goals'],
    },
    {
      method: 'POST',
      path: `${path}/:id/reinstate`,
      summary: `Återinför ${what}`,
      params: idParams,
      body: versionOnlySchema,
      response,
      resources: ['goals'],
    },
  ] as const;

const [retireMunicipalGoal, reinstateMunicipalGoal] = retire(
  '/goals/municipal-goals',
  'ett kommunövergripande mål',
  municipalGoalSchema,
);
const [retireGoal, reinstateGoal] = retire('/goals/goals', 'ett mål', goalSchema);
const [retireIndicator, reinstateIndicator] = retire('/goals/indicators', 'en indikator', indicatorSchema);

export const indicatorComputationSchema = z.object({
  key: z.string(),
  label: z.string(),
  description: z.string(),
  unit: z.string(),
});

/** What the signed-in user may do with a unit's goals, decided by the same policy as every save. */
export const unitGoalsMaySchema = z
  .object({
    plan: z.boolean().describe('Om du får lägga till mål för enheten och ändra ordningen på dess mål.'),
  })
  .meta({ id: 'UnitGoalsMay', description: 'Vad du får göra med en enhets mål.' });
export type UnitGoalsMay = z.output<typeof unitGoalsMaySchema>;

export const goalsApi = defineOperations('goals', 'Mål och indikatorer', {
  sheet: {
    method: 'GET',
    path: '/goals/sheet',
    summary: 'En enhets mål med indikatortabeller för ett år och uppföljningstillfälle',
    query: goalSheetQuerySchema,
    response: goalSheetResponseSchema,
    resources: ['organisation', 'planning', 'goals'],
    cached: true,
  },
  listGoalAreas: {
    method: 'GET',
    path: '/goals/goal-areas',
    summary: 'Målområden',
    response: z.array(goalAreaSchema),
    resources: ['goals'],
  },
  createGoalArea: {
    method: 'POST',
    path: '/goals/goal-areas',
    summary: 'Skapa ett målområde',
    body: goalAreaEntity.create,
    response: goalAreaSchema,
    status: 201,
    resources: ['goals'],
  },
  listMunicipalGoals: {
    method: 'GET',
    path: '/goals/municipal-goals',
    summary: 'Kommunövergripande mål, valfritt de som gäller ett år',
    query: z.strictObject({ year: yearParam.optional() }),
    response: z.array(municipalGoalSchema),
    resources: ['goals'],
  },
  createMunicipalGoal: {
    method: 'POST',
    path: '/goals/municipal-goals',
    summary: 'Skapa ett kommunövergripande mål',
    body: municipalGoalEntity.create,
    response: municipalGoalSchema,
    status: 201,
    resources: ['goals'],
  },
  retireMunicipalGoal,
  reinstateMunicipalGoal,
  listGoals: {
    method: 'GET',
    path: '/goals/goals',
    summary: 'En enhets mål, valfritt de som gäller ett år',
    query: z.strictObject({
      orgUnit: orgUnitRefField,
      year: yearParam.optional(),
      includeRetired: includeRetiredQuery,
    }),
    response: z.array(goalSchema),
    resources: ['goals'],
  },
  getGoal: {
    method: 'GET',
    path: '/goals/goals/:id',
    summary: 'Ett mål, med vad du får göra med det',
    params: idParams,
    response: goalViewSchema,
    resources: ['goals'],
  },
  listIndicatorComputations: {
    method: 'GET',
    path: '/goals/indicator-computations',
    summary: 'Beräkningar som en indikators utfall kan hämtas från (ekonomi, volymer med mera)',
    description:
      'Med goalId också de beräkningar som tar ett val ur målets enhet, t.ex. ett av enhetens volym- och personalmått.',
    query: z.strictObject({ goalId: idField.optional() }),
    response: z.array(indicatorComputationSchema),
    resources: ['goals'],
  },
  listGoalIndicators: {
    method: 'GET',
    path: '/goals/goals/:id/indicators',
    summary: 'Ett måls indikatorer i ordning, även avvecklade',
    params: idParams,
    response: z.array(indicatorSchema),
    resources: ['goals'],
  },
  createGoal: {
    method: 'POST',
    path: '/goals/goals',
    summary: 'Skapa ett mål för en enhet',
    body: goalInputSchema,
    response: goalSchema,
    status: 201,
    resources: ['goals'],
  },
  updateGoal: {
    method: 'PUT',
    path: '/goals/goals/:id',
    summary: 'Ändra ett mål (med den version du läste; utelämnade fält lämnas orörda)',
    params: idParams,
    body: goalEntity.update,
    response: goalSchema,
    resources: ['goals'],
  },
  retireGoal,
  reinstateGoal,
  reorderGoals: {
    method: 'POST',
    path: '/goals/goals/reorder',
    summary: 'Ändra ordningen på en enhets mål',
    body: reorderSchema,
    response: z.array(goalSchema),
    resources: ['goals'],
  },
  permissions: {
    method: 'GET',
    path: '/goals/permissions',
    summary: 'Vad du får göra med en enhets mål ett år: lägga till mål och ordna dem',
    query: z.strictObject({ org: orgUnitRefField, year: yearParam }),
    response: unitGoalsMaySchema,
    resources: ['access', 'organisation'],
  },
  getIndicator: {
    method: 'GET',
    path: '/goals/indicators/:id',
    summary: 'En indikator med delindikatorer, alla målvärden och alla utfall',
    params: idParams,
    response: indicatorDetailSchema,
    resources: ['goals', 'planning'],
  },
  listComparableIndicators: {
    method: 'GET',
    path: '/goals/indicators/:id/comparable',
    summary:
      'Samma indikator i enhetens andra mål och i mål hos enheter vars verksamhet den tagit över, med utfall',
    params: idParams,
    response: z.array(comparableIndicatorSchema),
    resources: ['goals', 'history'],
  },
  createIndicator: {
    method: 'POST',
    path: '/goals/indicators',
    summary: 'Skapa en indikator för ett mål',
    body: indicatorEntity.create,
    response: indicatorSchema,
    status: 201,
    resources: ['goals'],
  },
  updateIndicator: {
    method: 'PUT',
    path: '/goals/indicators/:id',
    summary: 'Ändra en indikator (med den version du läste; utelämnade fält lämnas orörda)',
    params: idParams,
    body: indicatorEntity.update,
    response: indicatorSchema,
    resources: ['goals'],
  },
  retireIndicator,
  reinstateIndicator,
  reorderIndicators: {
    method: 'POST',
    path: '/goals/indicators/reorder',
    summary: 'Ändra ordningen på syskonindikatorer',
    body: reorderSchema,
    response: z.array(indicatorSchema),
    resources: ['goals'],
  },
  createTarget: {
    method: 'POST',
    path: '/goals/targets',
    summary: 'Sätt ett målvärde för ett år',
    body: targetEntity.create,
    response: targetSchema,
    status: 201,
    resources: ['goals'],
  },
  updateTarget: {
    method: 'PUT',
    path: '/goals/targets/:id',
    summary: 'Ändra ett målvärde',
    params: idParams,
    body: targetEntity.update,
    response: targetSchema,
    resources: ['goals'],
  },
  deleteTarget: {
    method: 'DELETE',
    path: '/goals/targets/:id',
    summary: 'Ta bort ett målvärde',
    params: idParams,
    query: versionQuery,
    response: null,
    status: 204,
    resources: ['goals'],
  },
  createOutcome: {
    method: 'POST',
    path: '/goals/outcomes',
    summary: 'Rapportera ett utfall i ett uppföljningstillfälle',
    body: outcomeEntity.create,
    response: outcomeSchema,
    status: 201,
    resources: ['goals'],
  },
  updateOutcome: {
    method: 'PUT',
    path: '/goals/outcomes/:id',
    summary: 'Ändra ett utfall (utelämnade fält lämnas orörda; null tömmer ett fält)',
    params: idParams,
    body: outcomeEntity.update,
    response: outcomeSchema,
    resources: ['goals'],
  },
  deleteOutcome: {
    method: 'DELETE',
    path: '/goals/outcomes/:id',
    summary: 'Ta bort ett utfall',
    params: idParams,
    query: versionQuery,
    response: null,
    status: 204,
    resources: ['goals'],
  },
  history: {
    method: 'GET',
    path: '/goals/:entity/:id/history',
    summary: 'Ändringshistorik för ett mål, en indikator, ett målvärde eller ett utfall',
    params: z.strictObject({
      entity: z.enum(Object.keys(HISTORY_ENTITIES) as [keyof typeof HISTORY_ENTITIES]),
      id: idField,
    }),
    response: z.array(changeEntrySchema),
    resources: ['goals', 'history'],
  },
});

// In a data package --------------------------------------------------------------------------------------

export const goalAreaPackageRecord = goalAreaEntity.record;
export type GoalAreaPackageRecord = z.output<typeof goalAreaPackageRecord>;
export const municipalGoalPackageRecord = municipalGoalEntity.record;
export type MunicipalGoalPackageRecord = z.output<typeof municipalGoalPackageRecord>;
/** A goal names its unit by code, as everywhere in Verksam. */
export const goalPackageRecord = goalEntity.record
  .omit({ orgUnitId: true })
  .extend({ orgUnit: orgCodeField.describe('Enhetens kod, t.ex. VSS.') });
export type GoalPackageRecord = z.output<typeof goalPackageRecord>;
export const indicatorPackageRecord = indicatorEntity.record;
export type IndicatorPackageRecord = z.output<typeof indicatorPackageRecord>;
export const targetPackageRecord = targetEntity.record;
export type TargetPackageRecord = z.output<typeof targetPackageRecord>;
export const outcomePackageRecord = outcomeEntity.record;
export type OutcomePackageRecord = z.output<typeof outcomePackageRecord>;
