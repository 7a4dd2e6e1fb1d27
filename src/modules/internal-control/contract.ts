/**
 * The internal-control API: the municipality's scales, a unit's internal control of a year (risk analyses
 * with their risks, the risk matrix, the control plan with inherited common controls, results per round
 * with their actions), the follow-up of a subtree (open actions, overdue controls, the summary sentence),
 * and carrying controls that "får kvarstå" into the next year. Record schemas come from model.ts.
 */
import { z } from 'zod';
import { defineOperations } from '#core/api.ts';
import { changeEntrySchema } from '#core/history.ts';
import { idField, intField, requiredText, versionField, yearParam } from '#core/validation.ts';
import { VERSION_STATES } from '../documents/domain/index.ts';
import { orgCodeField, orgUnitRefField } from '../organisation/contract.ts';
import { reportingRoundSchema } from '../planning/contract.ts';
import { actionEntity, analysisEntity, controlEntity, resultEntity, riskEntity } from './model.ts';

export const analysisSchema = analysisEntity.dto;
export const riskSchema = riskEntity.dto;
export const controlSchema = controlEntity.dto;
export const resultSchema = resultEntity.dto;
export const actionSchema = actionEntity.dto;
export type AnalysisDto = z.infer<typeof analysisSchema>;
export type RiskDto = z.infer<typeof riskSchema>;
export type ControlDto = z.infer<typeof controlSchema>;
export type ResultDto = z.infer<typeof resultSchema>;
export type ActionDto = z.infer<typeof actionSchema>;

const unitRef = z.object({ id: idField, code: z.string(), name: z.string() });

// The scales ---------------------------------------------------------------------------------------------

const bandSchema = z
  .strictObject({
    min: intField(1, 100),
    max: intField(1, 100),
    label: requiredText(40),
    colour: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, 'ska vara en färg som #rrggbb')
      .describe('Färgen som komplement till etiketten, #rrggbb.'),
  })
  .meta({ id: 'RiskBand' });

const levelSchema = z
  .strictObject({
    key: z.string().regex(/^[a-zA-Z]{1,40}$/, 'får bara ha bokstäver utan å, ä och ö'),
    label: requiredText(80),
    needsAction: z.boolean().describe('Ett resultat på nivån kräver åtgärd.'),
  })
  .meta({ id: 'ResultLevel' });

export const settingsSchema = z
  .object({
    probabilityMax: z.int(),
    consequenceMax: z.int(),
    bands: z.array(bandSchema),
    results: z.array(levelSchema),
    version: versionField,
  })
  .meta({ id: 'InternalControlSettings', description: 'Kommunens skalor för risker och resultat.' });
export type SettingsDto = z.infer<typeof settingsSchema>;

export const settingsViewSchema = settingsSchema
  .extend({
    mayEdit: z.boolean().describe('Om du får ändra inställningarna (administratörer och kommunledningen).'),
  })
  .meta({ id: 'InternalControlSettingsView' });
export type SettingsView = z.infer<typeof settingsViewSchema>;

export const settingsInputSchema = z
  .strictObject({
    probabilityMax: intField(2, 10).describe('Sannolikhet 1–n.'),
    consequenceMax: intField(2, 10).describe('Konsekvens 1–n.'),
    bands: z.array(bandSchema).min(1).max(10),
    results: z.array(levelSchema).min(1).max(10),
    version: versionField,
  })
  .meta({ id: 'InternalControlSettingsUpdate' });
export type SettingsInput = z.output<typeof settingsInputSchema>;

// Views --------------------------------------------------------------------------------------------------

const bandView = z.object({ label: z.string(), colour: z.string() }).nullable();

export const riskViewSchema = riskSchema
  .extend({
    value: z.int().describe('Riskvärde = sannolikhet × konsekvens.'),
    band: bandView,
    unit: unitRef.describe('Enheten vars riskanalys risken står i.'),
    escalatedTo: unitRef.nullable(),
    year: z.int(),
  })
  .meta({ id: 'RiskView' });
export type RiskView = z.infer<typeof riskViewSchema>;

export const analysisViewSchema = analysisSchema
  .extend({ risks: z.array(riskViewSchema) })
  .meta({ id: 'RiskAnalysisView' });
export type AnalysisView = z.infer<typeof analysisViewSchema>;

export const matrixSchema = z
  .object({
    rows: z.array(
      z.object({
        probability: z.int(),
        cells: z.array(
          z.object({
            consequence: z.int(),
            value: z.int(),
            band: bandView,
            risks: z.array(
              z.object({
                id: idField,
                process: z.string(),
                unitCode: z.string(),
                escalated: z.boolean().describe('Eskalerad hit från en enhet nedanför.'),
              }),
            ),
          }),
        ),
      }),
    ),
    outside: z.array(riskViewSchema).describe('Risker bedömda utanför nuvarande skala.'),
  })
  .meta({ id: 'RiskMatrix' });
export type MatrixDto = z.infer<typeof matrixSchema>;

export const resultViewSchema = resultSchema
  .extend({
    label: z.string().describe('Resultatet i ord, t.ex. Delvis tillfredsställande.'),
    needsAction: z.boolean(),
    unit: unitRef,
    roundName: z.string(),
    actions: z.array(actionSchema),
    escalatedTo: unitRef.nullable().describe('Enheten ovanför som resultatet eskalerats till.'),
  })
  .meta({ id: 'ControlResultView' });
export type ResultView = z.infer<typeof resultViewSchema>;

export const escalatedResultSchema = resultViewSchema
  .extend({ control: z.string().describe('Kontrollmomentets namn.') })
  .meta({ id: 'EscalatedControlResult' });
export type EscalatedResult = z.infer<typeof escalatedResultSchema>;

export const controlViewSchema = controlSchema
  .extend({
    unit: unitRef.describe('Enheten kontrollmomentet är satt på.'),
    inherited: z.boolean().describe('Ett gemensamt kontrollmoment från en enhet ovanför.'),
    riskProcess: z.string().nullable(),
    roundNames: z.array(z.string()).describe('Tillfällena det rapporteras i; tom: varje uppföljning.'),
    previousYear: z.int().nullable().describe('Året det fördes över från ("får kvarstå").'),
    results: z.array(resultViewSchema).describe('Enhetens resultat per tillfälle.'),
  })
  .meta({ id: 'ControlView' });
export type ControlView = z.infer<typeof controlViewSchema>;

export const summarySchema = z
  .object({
    planned: z.int(),
    done: z.int(),
    needingAction: z.int(),
    text: z.string().describe('”Av de sex (6) kontrollmoment som var planerade har fem (5) genomförts; …”'),
  })
  .meta({ id: 'ControlSummary' });

export const maySchema = z
  .object({
    plan: z.boolean().describe('Får planera enhetens kontrollmoment.'),
    report: z.boolean().describe('Får registrera riskanalyser, resultat och åtgärder för enheten.'),
    setCommon: z.boolean().describe('Får sätta gemensamma kontrollmoment.'),
  })
  .meta({ id: 'InternalControlMay' });

export const planVersionSchema = z
  .object({
    id: idField,
    number: z.int().describe('Versionens nummer: 1, 2, 3 …'),
    state: z.enum(VERSION_STATES),
    stateLabel: z
      .string()
      .describe('Läget i ord: Utkast, Klar för granskning, Godkänd, Beslutad eller Publicerad.'),
    period: z.string(),
    decision: z.string().nullable().describe('Det registrerade beslutet: ”KS § 12 2019-01-22”.'),
  })
  .meta({ id: 'InternalControlPlanVersion' });
export type PlanVersionDto = z.infer<typeof planVersionSchema>;

export const planApprovalSchema = z
  .object({
    latest: planVersionSchema
      .nullable()
      .describe(
        'Den senaste versionen av internkontrollplanen (dokumentet); null när planen ingen version har.',
      ),
    approved: planVersionSchema
      .nullable()
      .describe('Den senaste godkända (frysta) versionen, när den inte är den senaste; annars null.'),
  })
  .meta({ id: 'InternalControlPlanApproval' });

export const overviewSchema = z
  .object({
    orgUnit: unitRef,
    year: z.int(),
    subtree: z.boolean(),
    round: reportingRoundSchema.nullable(),
    rounds: z.array(reportingRoundSchema).describe('Årets uppföljningstillfällen (utan budget).'),
    settings: settingsSchema,
    analyses: z.array(analysisViewSchema),
    escalated: z
      .array(riskViewSchema)
      .describe('Risker eskalerade till enheten (eller enheterna under den).'),
    matrix: matrixSchema,
    controls: z.array(controlViewSchema),
    escalatedResults: z
      .array(escalatedResultSchema)
      .describe('Resultat eskalerade till enheten (eller enheterna under den) från enheter nedanför.'),
    escalationTargets: z
      .array(unitRef)
      .describe('Enheterna ovanför, dit en risk eller ett resultat kan eskaleras.'),
    summary: summarySchema.nullable().describe('För det valda tillfället.'),
    planApproval: planApprovalSchema.describe(
      'Årets internkontrollplan som dokument: dess senaste version och läge (utkast, godkänd, beslutad …).',
    ),
    may: maySchema,
  })
  .meta({ id: 'InternalControlOverview' });
export type OverviewDto = z.infer<typeof overviewSchema>;

export const followUpSchema = z
  .object({
    orgUnit: unitRef,
    year: z.int(),
    round: reportingRoundSchema.nullable(),
    summary: summarySchema.nullable(),
    units: z.array(unitRef.extend({ planned: z.int(), done: z.int(), needingAction: z.int() })),
    openActions: z.array(
      actionSchema.extend({
        overdue: z.boolean(),
        control: z.string(),
        resultLabel: z.string(),
        unit: unitRef,
        roundName: z.string(),
        editable: z.boolean().describe('Om du får ändra åtgärdens status.'),
      }),
    ),
    overdueChecks: z.array(
      z.object({
        controlId: idField,
        control: z.string(),
        unit: unitRef,
        roundName: z.string(),
        deadline: z.string(),
      }),
    ),
    escalatedResults: z
      .array(escalatedResultSchema)
      .describe('Årets resultat eskalerade till enheten eller en enhet under den.'),
  })
  .meta({ id: 'InternalControlFollowUp' });
export type FollowUpDto = z.infer<typeof followUpSchema>;

// Inputs -------------------------------------------------------------------------------------------------

export const analysisInputSchema = analysisEntity.create
  .extend({ orgUnitId: orgUnitRefField })
  .meta({ id: 'RiskAnalysisCreate' });
export type AnalysisInput = z.output<typeof analysisInputSchema>;
export type AnalysisUpdate = z.output<typeof analysisEntity.update>;

export const riskInputSchema = riskEntity.create
  .extend({ escalatedToUnitId: orgUnitRefField.nullable().default(null) })
  .meta({ id: 'RiskCreate' });
export type RiskInput = z.output<typeof riskInputSchema>;
export const riskUpdateSchema = riskEntity.update
  .extend({ escalatedToUnitId: orgUnitRefField.nullable().optional() })
  .meta({ id: 'RiskUpdate' });
export type RiskUpdate = z.output<typeof riskUpdateSchema>;

export const controlInputSchema = controlEntity.create
  .omit({ previousControlId: true })
  .extend({ orgUnitId: orgUnitRefField })
  .meta({ id: 'ControlCreate' });
export type ControlInput = z.output<typeof controlInputSchema>;
export type ControlUpdate = z.output<typeof controlEntity.update>;

const actionFields = actionEntity.create.omit({ resultId: true });
export const actionInlineSchema = actionFields.meta({ id: 'ControlActionInline' });

export const resultInputSchema = resultEntity.create
  .extend({
    orgUnitId: orgUnitRefField,
    actions: z
      .array(actionInlineSchema)
      .max(20)
      .default([])
      .describe('Åtgärder; ett resultat som kräver åtgärd ska ha minst en.'),
    escalatedToUnitId: orgUnitRefField
      .nullable()
      .default(null)
      .describe('Eskalera resultatet till en enhet ovanför (kod eller id).'),
  })
  .meta({ id: 'ControlResultCreate' });
export type ResultInput = z.output<typeof resultInputSchema>;
export const resultUpdateSchema = resultEntity.update
  .extend({ escalatedToUnitId: orgUnitRefField.nullable().optional() })
  .meta({ id: 'ControlResultUpdate' });
export type ResultUpdate = z.output<typeof resultUpdateSchema>;
export type ActionInput = z.output<typeof actionEntity.create>;
export type ActionUpdate = z.output<typeof actionEntity.update>;

export const carryInputSchema = z
  .strictObject({
    fromYear: yearParam,
    toYear: yearParam,
  })
  .meta({ id: 'ControlCarry' });
export const carryResultSchema = z
  .object({ created: z.array(z.object({ table: z.string(), id: idField })) })
  .meta({ id: 'ControlCarryResult' });
export type CarryResult = z.infer<typeof carryResultSchema>;

export const HISTORY_KINDS = {
  analyses: analysisEntity.table,
  risks: riskEntity.table,
  controls: controlEntity.table,
  results: resultEntity.table,
  actions: actionEntity.table,
} as const;

const idParams = z.strictObject({ id: idField });
const versionQuery = z.strictObject({ version: z.coerce.number().pipe(versionField) });
const unitYearQuery = z.strictObject({
  org: orgUnitRefField,
  year: yearParam,
  round: idField.optional().describe('Uppföljningstillfället som räknas samman.'),
  subtree: z.enum(['true', 'false']).optional().describe('Med enheterna under: deras risker i matrisen.'),
});
const READ = ['internalControl', 'organisation', 'planning'] as const;

export const internalControlApi = defineOperations('internalControl', 'Internkontroll', {
  getSettings: {
    method: 'GET',
    path: '/internal-control/settings',
    summary: 'Kommunens skalor: sannolikhet, konsekvens, riskklasser och resultatskala',
    response: settingsViewSchema,
    resources: ['internalControl'],
  },
  updateSettings: {
    method: 'PUT',
    path: '/internal-control/settings',
    summary: 'Ändra skalorna (administratörer och kommunledningen)',
    body: settingsInputSchema,
    response: settingsSchema,
    resources: ['internalControl'],
  },
  overview: {
    method: 'GET',
    path: '/internal-control',
    summary:
      'En enhets internkontroll ett år: riskanalyser, riskmatris, kontrollmoment (egna och gemensamma) med resultat och åtgärder',
    query: unitYearQuery,
    response: overviewSchema,
    resources: [...READ, 'documents'],
  },
  followUp: {
    method: 'GET',
    path: '/internal-control/follow-up',
    summary:
      'Uppföljning för enheten och enheterna under den: öppna åtgärder, försenade kontroller och sammanfattning',
    query: unitYearQuery.omit({ subtree: true }),
    response: followUpSchema,
    resources: READ,
  },
  createAnalysis: {
    method: 'POST',
    path: '/internal-control/analyses',
    summary: 'Registrera en riskanalys',
    body: analysisInputSchema,
    response: analysisSchema,
    status: 201,
    resources: ['internalControl'],
  },
  updateAnalysis: {
    method: 'PUT',
    path: '/internal-control/analyses/:id',
    summary: 'Ändra en riskanalys (med den version du läste)',
    params: idParams,
    body: analysisEntity.update,
    response: analysisSchema,
    resources: ['internalControl'],
  },
  deleteAnalysis: {
    method: 'DELETE',
    path: '/internal-control/analyses/:id',
    summary: 'Ta bort en riskanalys utan risker',
    params: idParams,
    query: versionQuery,
    response: null,
    status: 204,
    resources: ['internalControl'],
  },
  createRisk: {
    method: 'POST',
    path: '/internal-control/risks',
    summary: 'Lägg till en risk i en riskanalys',
    body: riskInputSchema,
    response: riskSchema,
    status: 201,
    resources: ['internalControl'],
  },
  updateRisk: {
    method: 'PUT',
    path: '/internal-control/risks/:id',
    summary: 'Ändra en risk, t.ex. eskalera den (med den version du läste)',
    params: idParams,
    body: riskUpdateSchema,
    response: riskSchema,
    resources: ['internalControl'],
  },
  deleteRisk: {
    method: 'DELETE',
    path: '/internal-control/risks/:id',
    summary: 'Ta bort en risk som inget kontrollmoment hänvisar till',
    params: idParams,
    query: versionQuery,
    response: null,
    status: 204,
    resources: ['internalControl'],
  },
  createControl: {
    method: 'POST',
    path: '/internal-control/controls',
    summary: 'Planera ett kontrollmoment (gemensamt: gäller alla enheter under)',
    body: controlInputSchema,
    response: controlSchema,
    status: 201,
    resources: ['internalControl'],
  },
  updateControl: {
    method: 'PUT',
    path: '/internal-control/controls/:id',
    summary: 'Ändra ett kontrollmoment, t.ex. att det får kvarstå (med den version du läste)',
    params: idParams,
    body: controlEntity.update,
    response: controlSchema,
    resources: ['internalControl'],
  },
  deleteControl: {
    method: 'DELETE',
    path: '/internal-control/controls/:id',
    summary: 'Ta bort ett kontrollmoment utan resultat',
    params: idParams,
    query: versionQuery,
    response: null,
    status: 204,
    resources: ['internalControl'],
  },
  createResult: {
    method: 'POST',
    path: '/internal-control/results',
    summary: 'Rapportera en enhets resultat av ett kontrollmoment i ett tillfälle, med åtgärder',
    body: resultInputSchema,
    response: resultSchema,
    status: 201,
    resources: ['internalControl'],
  },
  updateResult: {
    method: 'PUT',
    path: '/internal-control/results/:id',
    summary: 'Ändra ett resultat, t.ex. eskalera det till en enhet ovanför (med den version du läste)',
    params: idParams,
    body: resultUpdateSchema,
    response: resultSchema,
    resources: ['internalControl'],
  },
  deleteResult: {
    method: 'DELETE',
    path: '/internal-control/results/:id',
    summary: 'Ta bort ett resultat med dess åtgärder (i ett öppet tillfälle, med den version du läste)',
    params: idParams,
    query: versionQuery,
    response: null,
    status: 204,
    resources: ['internalControl'],
  },
  createAction: {
    method: 'POST',
    path: '/internal-control/actions',
    summary: 'Lägg till en åtgärd till ett resultat',
    body: actionEntity.create,
    response: actionSchema,
    status: 201,
    resources: ['internalControl'],
  },
  updateAction: {
    method: 'PUT',
    path: '/internal-control/actions/:id',
    summary: 'Följ upp en åtgärd: status (öppen, pågår, klar) och stängningsdatum',
    params: idParams,
    body: actionEntity.update,
    response: actionSchema,
    resources: ['internalControl'],
  },
  carry: {
    method: 'POST',
    path: '/internal-control/carry',
    summary: 'För över kontrollmoment som får kvarstå till nästa år (en gång; en andra körning skapar inget)',
    body: carryInputSchema,
    response: carryResultSchema,
    resources: ['internalControl'],
  },
  history: {
    method: 'GET',
    path: '/internal-control/history/:kind/:id',
    summary: 'Ändringshistorik för en riskanalys, risk, ett kontrollmoment, resultat eller en åtgärd',
    params: z.strictObject({
      kind: z.enum(Object.keys(HISTORY_KINDS) as [keyof typeof HISTORY_KINDS]),
      id: idField,
    }),
    response: z.array(changeEntrySchema),
    resources: ['internalControl', 'history'],
  },
});

// In a data package --------------------------------------------------------------------------------------

export const analysisPackageRecord = analysisEntity.record
  .omit({ orgUnitId: true })
  .extend({ orgUnit: orgCodeField.describe('Enhetens kod, t.ex. VSS.') });
export type AnalysisPackageRecord = z.output<typeof analysisPackageRecord>;
export const riskPackageRecord = riskEntity.record
  .omit({ escalatedToUnitId: true })
  .extend({ escalatedTo: orgCodeField.nullable().default(null).describe('Enheten risken eskalerats till.') });
export type RiskPackageRecord = z.output<typeof riskPackageRecord>;
export const controlPackageRecord = controlEntity.record
  .omit({ orgUnitId: true })
  .extend({ orgUnit: orgCodeField.describe('Enheten kontrollmomentet är satt på.') });
export type ControlPackageRecord = z.output<typeof controlPackageRecord>;
export const resultPackageRecord = resultEntity.record
  .omit({ orgUnitId: true, escalatedToUnitId: true })
  .extend({
    orgUnit: orgCodeField.describe('Enheten vars resultat det är.'),
    escalatedTo: orgCodeField.nullable().default(null).describe('Enheten resultatet eskalerats till.'),
  });
export type ResultPackageRecord = z.output<typeof resultPackageRecord>;
export const actionPackageRecord = actionEntity.record;
export type ActionPackageRecord = z.output<typeof actionPackageRecord>;
