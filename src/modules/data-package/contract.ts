/**
 * The Verksam data package: one JSON document holding an organisation's goals, indicators, targets,
 * outcomes and assessments, for backup, migration between installations and tests. Documented in
 * docs/data-package.md; docs/data-package.schema.json is generated from this file.
 *
 * Records refer to each other by id (UUID), except organisation units, which are named by their short code
 * wherever they are referred to, as everywhere else in Verksam. Versions and timestamps are not part of the
 * package: they belong to the installation that holds the data.
 */

import { z } from 'zod';
import { ROUND_KINDS } from '#core/period.ts';
import { dateField, decimalField, idField, optionalText, requiredText, yearField } from '#core/validation.ts';
import { VERDICTS } from '../assessments/domain/verdict.ts';
import { DATA_SOURCES, INDICATOR_PARTS } from '../goals/domain/indicator.ts';
import { DESIRED_DIRECTIONS } from '../goals/domain/target.ts';
import { ORG_UNIT_KINDS } from '../organisation/domain/org-unit.ts';

export const PACKAGE_FORMAT = 'verksam-data-package';
export const PACKAGE_FORMAT_VERSION = 1;

const orgCode = z.string().trim().min(1).max(32);
const source = optionalText(500).default(null);
const month = z.int().min(1).max(12);
const retiredAt = z.iso.datetime({ offset: true }).nullable().default(null);

export const packageOrgUnitSchema = z.strictObject({
  id: idField,
  code: orgCode,
  name: requiredText(200),
  kind: z.enum(ORG_UNIT_KINDS),
  parent: orgCode.nullable(),
  validFrom: dateField,
  validTo: dateField.nullable().default(null),
  sortOrder: z.int().min(0).default(0),
});

export const packageRoundSchema = z.strictObject({
  id: idField,
  year: yearField,
  kind: z.enum(ROUND_KINDS),
  name: requiredText(200),
  deadline: dateField,
});

export const packageGoalAreaSchema = z.strictObject({
  id: idField,
  name: requiredText(200),
  description: optionalText().default(null),
  sortOrder: z.int().min(0).default(0),
});

export const packageMunicipalGoalSchema = z.strictObject({
  id: idField,
  goalAreaId: idField,
  name: requiredText(300),
  description: optionalText().default(null),
  validFromYear: yearField,
  validToYear: yearField.nullable().default(null),
  sortOrder: z.int().min(0).default(0),
  retiredAt,
  source,
});

export const packageGoalSchema = z.strictObject({
  id: idField,
  orgUnit: orgCode,
  municipalGoalId: idField.nullable().default(null),
  parentGoalId: idField.nullable().default(null),
  name: requiredText(300),
  description: optionalText().default(null),
  validFromYear: yearField,
  validToYear: yearField.nullable().default(null),
  sortOrder: z.int().min(0).default(0),
  retiredAt,
  source,
});

export const packageIndicatorSchema = z.strictObject({
  id: idField,
  goalId: idField,
  parentIndicatorId: idField.nullable().default(null),
  name: requiredText(500),
  unit: optionalText(50).default(null),
  decimals: z.int().min(0).max(6).nullable().default(null),
  desiredDirection: z.enum(DESIRED_DIRECTIONS).default('none'),
  isObligatory: z.boolean().default(false),
  isGenderSplit: z.boolean().default(false),
  definition: optionalText(2000).default(null),
  dataSource: z.enum(DATA_SOURCES).default('manual'),
  sortOrder: z.int().min(0).default(0),
  retiredAt,
  source,
});

export const packageTargetSchema = z.strictObject({
  id: idField,
  indicatorId: idField,
  year: yearField,
  part: z.enum(INDICATOR_PARTS).default('total'),
  notation: z.string().trim().max(300),
  note: optionalText(1000).default(null),
  source,
});

export const packageOutcomeSchema = z.strictObject({
  id: idField,
  indicatorId: idField,
  reportingRoundId: idField,
  year: yearField,
  fromMonth: month.default(1),
  toMonth: month.default(12),
  isForecast: z.boolean().default(false),
  referenceYear: yearField.nullable().default(null),
  total: decimalField.nullable().default(null),
  women: decimalField.nullable().default(null),
  men: decimalField.nullable().default(null),
  noData: z.array(z.enum(INDICATOR_PARTS)).max(3).default([]),
  noDataReason: optionalText(1000).default(null),
  note: optionalText(1000).default(null),
  source,
});

export const packageAssessmentSchema = z.strictObject({
  id: idField,
  goalId: idField,
  reportingRoundId: idField,
  verdict: z.enum(VERDICTS),
  basis: optionalText().default(null),
  results: z.array(z.string().trim().min(1).max(5000)).max(100).default([]),
  source,
});

export const dataPackageSchema = z
  .strictObject({
    format: z.literal(PACKAGE_FORMAT),
    formatVersion: z.literal(PACKAGE_FORMAT_VERSION),
    exportedAt: z.iso.datetime({ offset: true }).optional(),
    scope: z
      .strictObject({ org: orgCode, year: yearField })
      .nullable()
      .default(null)
      .describe('Vad paketet exporterades för; null för ett paket som inte är avgränsat (t.ex. demodata).'),
    orgUnits: z.array(packageOrgUnitSchema).default([]),
    reportingRounds: z.array(packageRoundSchema).default([]),
    goalAreas: z.array(packageGoalAreaSchema).default([]),
    municipalGoals: z.array(packageMunicipalGoalSchema).default([]),
    goals: z.array(packageGoalSchema).default([]),
    indicators: z.array(packageIndicatorSchema).default([]),
    targets: z.array(packageTargetSchema).default([]),
    outcomes: z.array(packageOutcomeSchema).default([]),
    assessments: z.array(packageAssessmentSchema).default([]),
  })
  .meta({
    id: 'DataPackage',
    title: 'Verksam datapaket',
    description:
      'En organisations mål, indikatorer, målvärden, utfall och bedömningar. Poster refererar till varandra med ' +
      'id (UUID); organisationsenheter refereras med sin kod.',
  });

export type DataPackage = z.output<typeof dataPackageSchema>;
/** What a producer may write: defaults may be left out. */
export type DataPackageInput = z.input<typeof dataPackageSchema>;
export type PackageOrgUnit = DataPackage['orgUnits'][number];
export type PackageRound = DataPackage['reportingRounds'][number];
export type PackageGoalArea = DataPackage['goalAreas'][number];
export type PackageMunicipalGoal = DataPackage['municipalGoals'][number];
export type PackageGoal = DataPackage['goals'][number];
export type PackageIndicator = DataPackage['indicators'][number];
export type PackageTarget = DataPackage['targets'][number];
export type PackageOutcome = DataPackage['outcomes'][number];
export type PackageAssessment = DataPackage['assessments'][number];
