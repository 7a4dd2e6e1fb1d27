/**
 * The Verksam data package: one JSON document holding an organisation's goals, indicators, targets,
 * outcomes and assessments, for backup, moving data between installations, converters and tests.
 * Documented in docs/data-package.md; docs/data-package.schema.json is generated from this file.
 *
 * The package is a header and one list per module section. Each list's record schema belongs to the module
 * that owns the records (its contract, derived from its model); this file only puts them together, in the
 * order of the module manifests – a test holds the two to each other.
 */

import { z } from 'zod';
import { defineOperations } from '#core/api.ts';
import {
  fieldProblemSchema,
  idField,
  lineText,
  requiredText,
  yearField,
  yearParam,
} from '#core/validation.ts';
import { activityPackageRecord, activityStatusPackageRecord } from '../activities/contract.ts';
import { assessmentPackageRecord } from '../assessments/contract.ts';
import {
  assignmentPackageRecord,
  recipientPackageRecord,
  statusPackageRecord,
} from '../assignments/contract.ts';
import { acknowledgementPackageRecord } from '../consistency/contract.ts';
import { templatePackageRecord } from '../documents/contract.ts';
import {
  accountRangePackageRecord,
  budgetChangePackageRecord,
  budgetFramePackageRecord,
  budgetLinePackageRecord,
  closingPackageRecord,
  costCentrePackageRecord,
  forecastPackageRecord,
  frameAdjustmentPackageRecord,
} from '../economy/package-contract.ts';
import {
  goalAreaPackageRecord,
  goalPackageRecord,
  indicatorPackageRecord,
  municipalGoalPackageRecord,
  outcomePackageRecord,
  targetPackageRecord,
} from '../goals/contract.ts';
import {
  analysisPackageRecord,
  actionPackageRecord as controlActionPackageRecord,
  controlPackageRecord,
  resultPackageRecord as controlResultPackageRecord,
  riskPackageRecord,
} from '../internal-control/contract.ts';
import {
  amountPackageRecord,
  frameChangePackageRecord,
  framePackageRecord,
  projectPackageRecord,
} from '../investments/contract.ts';
import { jobSchema } from '../jobs/contract.ts';
import { narrativePackageRecord } from '../narratives/contract.ts';
import {
  orgCodeField,
  orgUnitPackageRecord,
  orgUnitSuccessionPackageRecord,
} from '../organisation/contract.ts';
import { reportingRoundPackageRecord } from '../planning/contract.ts';
import { roundSubsetItemPackageRecord } from '../reporting/contract.ts';
import { measurePackageRecord, valuePackageRecord } from '../volumes/contract.ts';

export const PACKAGE_FORMAT = 'verksam-data-package';
export const PACKAGE_FORMAT_VERSION = 1;

/** The lists, in the order of the module manifests: every list after the lists its records refer to. */
export const PACKAGE_LISTS = {
  orgUnits: orgUnitPackageRecord,
  orgUnitSuccessions: orgUnitSuccessionPackageRecord,
  reportingRounds: reportingRoundPackageRecord,
  goalAreas: goalAreaPackageRecord,
  municipalGoals: municipalGoalPackageRecord,
  goals: goalPackageRecord,
  indicators: indicatorPackageRecord,
  targets: targetPackageRecord,
  outcomes: outcomePackageRecord,
  assessments: assessmentPackageRecord,
  roundSubsetItems: roundSubsetItemPackageRecord,
  activities: activityPackageRecord,
  activityStatuses: activityStatusPackageRecord,
  costCentres: costCentrePackageRecord,
  accountRanges: accountRangePackageRecord,
  budgetLines: budgetLinePackageRecord,
  forecasts: forecastPackageRecord,
  budgetFrames: budgetFramePackageRecord,
  frameAdjustments: frameAdjustmentPackageRecord,
  budgetChanges: budgetChangePackageRecord,
  ledgerClosings: closingPackageRecord,
  volumeMeasures: measurePackageRecord,
  volumeValues: valuePackageRecord,
  investmentProjects: projectPackageRecord,
  investmentAmounts: amountPackageRecord,
  investmentFrames: framePackageRecord,
  investmentFrameChanges: frameChangePackageRecord,
  strategicAssignments: assignmentPackageRecord,
  assignmentRecipients: recipientPackageRecord,
  assignmentStatuses: statusPackageRecord,
  documentTemplates: templatePackageRecord,
  riskAnalyses: analysisPackageRecord,
  risks: riskPackageRecord,
  controls: controlPackageRecord,
  controlResults: controlResultPackageRecord,
  controlActions: controlActionPackageRecord,
  narrativeTexts: narrativePackageRecord,
  findingAcknowledgements: acknowledgementPackageRecord,
} as const;
export type ListName = keyof typeof PACKAGE_LISTS;

export const packageHeaderSchema = z.strictObject({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.literal(PACKAGE_FORMAT_VERSION),
  exportedAt: z.iso.datetime({ offset: true }).optional(),
  municipality: z
    .strictObject({ code: orgCodeField, name: requiredText(200) })
    .nullable()
    .default(null)
    .describe(
      'Kommunen paketet kommer från (organisationens rot). Ett paket från en annan kommun än installationens ' +
        'läses bara in om användaren uttryckligen ber om det.',
    ),
  scope: z
    .strictObject({ org: orgCodeField, year: yearField })
    .nullable()
    .default(null)
    .describe('Vad paketet exporterades för; null för ett paket som inte är avgränsat (t.ex. demodata).'),
});
export type PackageHeader = z.output<typeof packageHeaderSchema>;

export const dataPackageSchema = packageHeaderSchema
  .extend(
    Object.fromEntries(
      Object.entries(PACKAGE_LISTS).map(([list, record]) => [list, z.array(record).default([])]),
    ) as { [K in ListName]: z.ZodDefault<z.ZodArray<(typeof PACKAGE_LISTS)[K]>> },
  )
  .meta({
    id: 'DataPackage',
    title: 'Verksam datapaket',
    description:
      'En organisations mål, indikatorer, målvärden, utfall och bedömningar. Poster refererar till varandra med ' +
      'id (UUID); organisationsenheter refereras med sin kod. Poster vars id inte finns i databasen matchas ' +
      'med sin naturliga nyckel (t.ex. enhet, år och namn för ett mål).',
  });

export type DataPackage = z.output<typeof dataPackageSchema>;
/** What a producer may write: defaults may be left out. */
export type DataPackageInput = z.input<typeof dataPackageSchema>;

const counts = z.record(z.string(), z.int());

export const problemSchema = fieldProblemSchema.meta({
  id: 'PackageProblem',
  description: 'Ett fel eller en varning i paketet, med JSON-sökväg och värde.',
});

export const importReportSchema = z
  .object({
    dryRun: z.boolean(),
    created: counts,
    updated: counts,
    unchanged: counts,
    names: z.record(z.string(), z.string()).describe('Varje listas svenska namn.'),
    warnings: z.array(problemSchema),
  })
  .meta({
    id: 'ImportReport',
    description:
      'Vad inläsningen skapade, ändrade och lämnade oförändrat (eller skulle ha gjort, vid provkörning).',
  });
export type ImportReportDto = z.output<typeof importReportSchema>;

const flag = z.enum(['true', 'false']).optional();

export const importQuerySchema = z.strictObject({
  dryRun: flag.describe('true: kontrollera och räkna, men ändra ingenting.'),
  otherMunicipality: flag.describe('true: läs in ett paket från en annan kommun än installationens.'),
});

export const dataPackageApi = defineOperations('dataPackage', 'Datapaket', {
  export: {
    method: 'GET',
    path: '/data-package/export',
    summary: 'Exportera en enhets data för ett år (eller allt) som ett datapaket',
    query: z.strictObject({
      org: lineText(64).min(1).optional().describe('Enhetens kod, t.ex. VSS. Utelämnad: allt.'),
      year: yearParam.optional(),
    }),
    response: dataPackageSchema,
    resources: ['dataPackage'],
  },
  import: {
    method: 'POST',
    path: '/data-package/import',
    summary:
      'Läs in ett datapaket – allt eller inget; ett felaktigt paket listar varje fel med sökväg och värde',
    description:
      'Poster med samma id, eller samma naturliga nyckel (enhetskod; år och typ för ett uppföljningstillfälle; ' +
      'enhet, år och namn för ett mål; mål och namn för en indikator; indikator, år och del för ett målvärde …), ' +
      'uppdateras; övriga skapas; oförändrade lämnas orörda. Stora paket läses in som jobb ' +
      '(POST /jobs/data-package-import). Se docs/data-package.md.',
    query: importQuerySchema,
    body: z.unknown(),
    response: importReportSchema,
    resources: ['organisation', 'planning', 'goals', 'assessments'],
    bodyLimit: 50 * 1024 * 1024,
  },
  startImport: {
    method: 'POST',
    path: '/data-package/import-jobs',
    summary: 'Läs in ett uppladdat datapaket som ett jobb, för paket av alla storlekar',
    description:
      'Ladda först upp paketet med POST /files; starta sedan jobbet med filens id och följ det med ' +
      'GET /jobs/{id}. Resultatet är samma rapport som POST /data-package/import ger; ett felaktigt paket ' +
      'ger ett misslyckat jobb med varje fel.',
    body: z.strictObject({
      fileId: idField,
      dryRun: z.boolean().default(false),
      otherMunicipality: z.boolean().default(false),
    }),
    response: jobSchema,
    status: 202,
    resources: ['jobs'],
  },
});
