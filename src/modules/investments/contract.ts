/**
 * The investments API: a unit's investment projects with their amounts, its investment frame per year with
 * the changes to it, and the investment tables the documents print, as neutral table models. Record schemas
 * come from model.ts; amounts are kronor as exact decimal strings.
 */

import { z } from 'zod';
import { defineOperations } from '#core/api.ts';
import { changeEntrySchema } from '#core/history.ts';
import { tableModelSchema } from '#core/table-schema.ts';
import { idField, intField, versionField, yearParam } from '#core/validation.ts';
import { AMOUNT_UNITS } from '../economy/contract.ts';
import { orgCodeField, orgUnitRefField } from '../organisation/contract.ts';
import { INTERIM_ROUNDS } from './domain/investment.ts';
import { TABLE_KINDS } from './domain/investment-tables.ts';
import { amountEntity, frameChangeEntity, frameEntity, projectEntity } from './model.ts';

export const projectSchema = projectEntity.dto;
export type ProjectDto = z.infer<typeof projectSchema>;
export const amountSchema = amountEntity.dto;
export type AmountDto = z.infer<typeof amountSchema>;
export const frameSchema = frameEntity.dto;
export type FrameDto = z.infer<typeof frameSchema>;
export const frameChangeSchema = frameChangeEntity.dto;
export type FrameChangeDto = z.infer<typeof frameChangeSchema>;

export const projectInputSchema = projectEntity.create
  .extend({ orgUnitId: orgUnitRefField })
  .meta({ id: 'InvestmentProjectCreate' });
export type ProjectInput = z.output<typeof projectInputSchema>;
export type ProjectUpdate = z.output<typeof projectEntity.update>;
export type AmountInput = z.output<typeof amountEntity.create>;
export type AmountUpdate = z.output<typeof amountEntity.update>;
export const frameInputSchema = frameEntity.create
  .extend({ orgUnitId: orgUnitRefField })
  .meta({ id: 'InvestmentFrameCreate' });
export type FrameInput = z.output<typeof frameInputSchema>;
export type FrameUpdate = z.output<typeof frameEntity.update>;
export const frameChangeInputSchema = frameChangeEntity.create
  .extend({ orgUnitId: orgUnitRefField })
  .meta({ id: 'InvestmentFrameChangeCreate' });
export type FrameChangeInput = z.output<typeof frameChangeInputSchema>;
export type FrameChangeUpdate = z.output<typeof frameChangeEntity.update>;

const kronorText = z.string().describe('Kronor, exakt, t.ex. "45000000" eller "-1200.50".');

export const projectWithAmountsSchema = projectSchema
  .extend({
    amounts: z.array(amountSchema),
    accumulated: z
      .object({ throughYear: z.int(), expenditure: kronorText, income: kronorText, net: kronorText })
      .nullable()
      .describe(
        'Utfallet sedan projektets start till och med det senaste bokslutet: räknat, aldrig inskrivet.',
      ),
  })
  .meta({ id: 'InvestmentProjectWithAmounts', description: 'Ett investeringsprojekt med sina belopp.' });
export type ProjectWithAmountsDto = z.infer<typeof projectWithAmountsSchema>;

export const frameYearSchema = z
  .object({
    year: z.int(),
    frame: frameSchema.nullable(),
    changes: z.array(z.object({ change: frameChangeSchema, amount: kronorText })),
    adjusted: kronorText.nullable(),
  })
  .meta({
    id: 'InvestmentFrameYear',
    description:
      'En enhets investeringsram för ett år: som beslutad, förändringarna som rör året (positiva där de ökar ' +
      'ramen, negativa där ett belopp ombudgeteras från året) och den justerade ramen, räknad.',
  });
export type FrameYearDto = z.infer<typeof frameYearSchema>;

export const VARIANCE_CHOICES = ['favourablePositive', 'actualMinusBudget'] as const;

export const investmentTableQuerySchema = z.strictObject({
  org: orgUnitRefField,
  year: yearParam.describe('Året dokumentet gäller: budgetåret, eller året som följs upp.'),
  table: z
    .enum(TABLE_KINDS)
    .default('budget')
    .describe(
      'Tabellen: budget (budget med planår), interim (delårsrapport), annual (verksamhetsberättelse) eller ' +
        'completed (färdigställda projekt).',
    ),
  round: z
    .enum(INTERIM_ROUNDS)
    .default('august')
    .describe('Delårsrapportens uppföljningstillfälle (bara interim).'),
  unit: z.enum(AMOUNT_UNITS).default('tkr').describe('Belopp i kr, tkr eller mnkr.'),
  variance: z
    .enum(VARIANCE_CHOICES)
    .optional()
    .describe(
      'Avvikelsens tecken: favourablePositive (ram − utfall, överskridning negativ) eller actualMinusBudget ' +
        '(utfall − budget). Utan värde tabellens egen: actualMinusBudget för färdigställda projekt, annars ' +
        'favourablePositive.',
    ),
  planYears: z
    .string()
    .regex(/^\d{1,2}$/, { message: 'ska vara ett antal år, 0–10' })
    .transform(Number)
    .pipe(intField(0, 10))
    .optional()
    .describe('Antal planår efter budgetåret (bara budget); fem om inget anges.'),
  previousYear: z
    .enum(['true', 'false'])
    .default('true')
    .describe(
      'Förra årets budget före budgetåret (bara budget), som 000:342 skriver ut den och 001:1186 inte.',
    ),
});
export type InvestmentTableQuery = z.output<typeof investmentTableQuerySchema>;

export const investmentTableSchema = z
  .object({
    orgUnit: z.object({ id: idField, code: z.string(), name: z.string() }),
    year: z.int(),
    kind: z.enum(TABLE_KINDS),
    table: tableModelSchema,
  })
  .meta({
    id: 'InvestmentTable',
    description: 'En enhets investeringstabell för ett år, som neutral tabellmodell.',
  });

/**
 * The records whose history the page shows, by the kind the address names: a project with its amounts, a
 * frame, a frame change. A frame change has a history of its own: its years may change, so it belongs to no
 * one frame for good.
 */
export const HISTORY_KINDS = ['projects', 'frames', 'frame-changes'] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

const idParams = z.strictObject({ id: idField });
const versionQuery = z.strictObject({ version: z.coerce.number().pipe(versionField) });

/** What the signed-in user may do on the Investeringar page, decided by the same policy as every save. */
export const investmentsMaySchema = z
  .object({
    addProjects: z.boolean().describe('Om du får lägga till investeringsprojekt för enheten.'),
    changeFrames: z
      .boolean()
      .describe(
        'Om du får föra in, ändra och ta bort enhetens investeringsram och ramförändringar för året.',
      ),
    project: z
      .object({
        plan: z.boolean().describe('Om du får ändra och ta bort det valda projektet.'),
        report: z
          .boolean()
          .describe('Om du får lägga till, ändra och ta bort det valda projektets belopp för året.'),
      })
      .nullable()
      .describe('Vad du får göra med det valda projektet; null när inget projekt är valt.'),
  })
  .meta({ id: 'InvestmentsMay', description: 'Vad du får göra på sidan Investeringar.' });

export const investmentsApi = defineOperations('investments', 'Investeringar', {
  permissions: {
    method: 'GET',
    path: '/investments/permissions',
    summary: 'Vad du får göra på sidan Investeringar för en enhet och ett år, och med ett valt projekt',
    query: z.strictObject({
      org: orgUnitRefField,
      year: yearParam,
      project: idField.optional().describe('Det valda projektet.'),
    }),
    response: investmentsMaySchema,
    resources: ['access', 'organisation', 'investments'],
  },
  table: {
    method: 'GET',
    path: '/investments/tables',
    summary:
      'En enhets investeringstabell för ett år: budget med plan, delårsrapport, verksamhetsberättelse eller färdigställda projekt',
    query: investmentTableQuerySchema,
    response: investmentTableSchema,
    resources: ['organisation', 'investments'],
    cached: true,
  },
  listProjects: {
    method: 'GET',
    path: '/investments/projects',
    summary: 'En enhets investeringsprojekt med deras belopp',
    query: z.strictObject({ org: orgUnitRefField }),
    response: z.array(projectWithAmountsSchema),
    resources: ['investments'],
  },
  getProject: {
    method: 'GET',
    path: '/investments/projects/:id',
    summary: 'Ett investeringsprojekt med alla sina belopp',
    params: idParams,
    response: projectWithAmountsSchema,
    resources: ['investments'],
  },
  createProject: {
    method: 'POST',
    path: '/investments/projects',
    summary: 'Skapa ett investeringsprojekt för en enhet',
    body: projectInputSchema,
    response: projectSchema,
    status: 201,
    resources: ['investments'],
  },
  updateProject: {
    method: 'PUT',
    path: '/investments/projects/:id',
    summary: 'Ändra ett investeringsprojekt (med den version du läste; utelämnade fält lämnas orörda)',
    params: idParams,
    body: projectEntity.update,
    response: projectSchema,
    resources: ['investments'],
  },
  deleteProject: {
    method: 'DELETE',
    path: '/investments/projects/:id',
    summary: 'Ta bort ett investeringsprojekt utan belopp',
    params: idParams,
    query: versionQuery,
    response: null,
    status: 204,
    resources: ['investments'],
  },
  createAmount: {
    method: 'POST',
    path: '/investments/amounts',
    summary:
      'Lägg till ett belopp (budget, plan, utfall eller prognos) för ett projekt och år, utgifter och inkomster i kronor',
    body: amountEntity.create,
    response: amountSchema,
    status: 201,
    resources: ['investments'],
  },
  updateAmount: {
    method: 'PUT',
    path: '/investments/amounts/:id',
    summary: 'Ändra ett belopp (utelämnade fält lämnas orörda)',
    params: idParams,
    body: amountEntity.update,
    response: amountSchema,
    resources: ['investments'],
  },
  deleteAmount: {
    method: 'DELETE',
    path: '/investments/amounts/:id',
    summary: 'Ta bort ett belopp',
    params: idParams,
    query: versionQuery,
    response: null,
    status: 204,
    resources: ['investments'],
  },
  listFrames: {
    method: 'GET',
    path: '/investments/frames',
    summary: 'En enhets investeringsramar per år, med förändringar och justerad ram',
    query: z.strictObject({ org: orgUnitRefField }),
    response: z.array(frameYearSchema),
    resources: ['investments'],
  },
  createFrame: {
    method: 'POST',
    path: '/investments/frames',
    summary: 'Ange en enhets investeringsram för ett år (netto i kronor) med beslut',
    body: frameInputSchema,
    response: frameSchema,
    status: 201,
    resources: ['investments'],
  },
  updateFrame: {
    method: 'PUT',
    path: '/investments/frames/:id',
    summary: 'Ändra en investeringsram',
    params: idParams,
    body: frameEntity.update,
    response: frameSchema,
    resources: ['investments'],
  },
  deleteFrame: {
    method: 'DELETE',
    path: '/investments/frames/:id',
    summary: 'Ta bort en investeringsram',
    params: idParams,
    query: versionQuery,
    response: null,
    status: 204,
    resources: ['investments'],
  },
  createFrameChange: {
    method: 'POST',
    path: '/investments/frame-changes',
    summary: 'Registrera en utökad ram eller en ombudgetering mellan två år',
    body: frameChangeInputSchema,
    response: frameChangeSchema,
    status: 201,
    resources: ['investments'],
  },
  updateFrameChange: {
    method: 'PUT',
    path: '/investments/frame-changes/:id',
    summary: 'Ändra en ramförändring',
    params: idParams,
    body: frameChangeEntity.update,
    response: frameChangeSchema,
    resources: ['investments'],
  },
  deleteFrameChange: {
    method: 'DELETE',
    path: '/investments/frame-changes/:id',
    summary: 'Ta bort en ramförändring',
    params: idParams,
    query: versionQuery,
    response: null,
    status: 204,
    resources: ['investments'],
  },
  history: {
    method: 'GET',
    path: '/investments/history/:kind/:id',
    summary:
      'Ändringshistorik för ett investeringsprojekt med dess belopp (även borttagna), en investeringsram eller en ramförändring',
    params: z.strictObject({ kind: z.enum(HISTORY_KINDS), id: idField }),
    response: z.array(changeEntrySchema),
    resources: ['investments', 'history'],
  },
});

// In a data package --------------------------------------------------------------------------------------

/** A project, a frame and a frame change name their unit by code, as everywhere in Verksam. */
const withUnitCode = { orgUnit: orgCodeField.describe('Enhetens kod, t.ex. VSS.') };
export const projectPackageRecord = projectEntity.record.omit({ orgUnitId: true }).extend(withUnitCode);
export type ProjectPackageRecord = z.output<typeof projectPackageRecord>;
export const amountPackageRecord = amountEntity.record;
export type AmountPackageRecord = z.output<typeof amountPackageRecord>;
export const framePackageRecord = frameEntity.record.omit({ orgUnitId: true }).extend(withUnitCode);
export type FramePackageRecord = z.output<typeof framePackageRecord>;
export const frameChangePackageRecord = frameChangeEntity.record
  .omit({ orgUnitId: true })
  .extend(withUnitCode);
export type FrameChangePackageRecord = z.output<typeof frameChangePackageRecord>;
