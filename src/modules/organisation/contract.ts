/** The organisation API: the unit's schemas (from model.ts) and the operations, for the server and the browser. */

import { z } from 'zod';
import { defineOperations } from '#core/api.ts';
import { changeEntrySchema } from '#core/history.ts';
import { idField, lineText, versionField, yearParam } from '#core/validation.ts';
import { orgCodeField, orgUnitEntity, orgUnitSuccessionEntity } from './model.ts';

export { orgCodeField };

export const orgUnitSchema = orgUnitEntity.dto;
export type OrgUnitDto = z.infer<typeof orgUnitSchema>;

/** A unit named by id or by its short code ("VSS"). */
export const orgUnitRefField = lineText(64).min(1).describe('Enhetens id eller kod, t.ex. VSS.');

export const orgUnitInputSchema = orgUnitEntity.create
  .extend({ parentId: orgUnitRefField.nullable().describe('Överordnad enhets id eller kod.') })
  .meta({ id: 'OrgUnitCreate' });
export type OrgUnitInput = z.output<typeof orgUnitInputSchema>;

export const orgUnitUpdateSchema = orgUnitEntity.update
  .extend({ parentId: orgUnitRefField.nullable().optional() })
  .meta({ id: 'OrgUnitUpdate' });
export type OrgUnitUpdate = z.output<typeof orgUnitUpdateSchema>;

const refParams = z.strictObject({ ref: orgUnitRefField });

export const orgUnitSuccessionSchema = orgUnitSuccessionEntity.dto;
export type OrgUnitSuccessionDto = z.infer<typeof orgUnitSuccessionSchema>;

export const successionInputSchema = orgUnitSuccessionEntity.create
  .extend({
    predecessorId: orgUnitRefField.describe('Föregångarens id eller kod: enheten vars arbete går vidare.'),
    successorId: orgUnitRefField.describe('Efterföljarens id eller kod: enheten som tar över.'),
  })
  .meta({ id: 'OrgUnitSuccessionCreate' });
export type SuccessionInput = z.output<typeof successionInputSchema>;
export type SuccessionUpdate = z.output<typeof orgUnitSuccessionEntity.update>;

export const savedSuccessionSchema = orgUnitSuccessionSchema
  .extend({
    warnings: z
      .array(z.string())
      .describe(
        'Det som inte hindrar omorganisationen men som användaren bör se, t.ex. en föregångare som fortsätter.',
      ),
  })
  .meta({ id: 'SavedOrgUnitSuccession' });
export type SavedSuccessionDto = z.infer<typeof savedSuccessionSchema>;

const idParams = z.strictObject({ id: idField });

export const organisationApi = defineOperations('organisation', 'Organisation', {
  list: {
    method: 'GET',
    path: '/organisation/units',
    summary: 'Organisationsenheter, valfritt de som gäller ett visst år',
    query: z.strictObject({ year: yearParam.optional() }),
    response: z.array(orgUnitSchema),
    resources: ['organisation'],
  },
  get: {
    method: 'GET',
    path: '/organisation/units/:ref',
    summary: 'En organisationsenhet, med id eller kod',
    params: refParams,
    response: orgUnitSchema,
    resources: ['organisation'],
  },
  create: {
    method: 'POST',
    path: '/organisation/units',
    summary: 'Skapa en organisationsenhet',
    body: orgUnitInputSchema,
    response: orgUnitSchema,
    status: 201,
    resources: ['organisation'],
  },
  update: {
    method: 'PUT',
    path: '/organisation/units/:ref',
    summary: 'Ändra en organisationsenhet (med den version du läste; utelämnade fält lämnas orörda)',
    params: refParams,
    body: orgUnitUpdateSchema,
    response: orgUnitSchema,
    resources: ['organisation'],
  },
  history: {
    method: 'GET',
    path: '/organisation/units/:ref/history',
    summary: 'Ändringshistorik för en organisationsenhet',
    params: refParams,
    response: z.array(changeEntrySchema),
    resources: ['organisation', 'history'],
  },
  listSuccessions: {
    method: 'GET',
    path: '/organisation/successions',
    summary: 'Omorganisationer (föregångare → efterföljare), alla eller de som rör en enhet',
    query: z.strictObject({
      unit: orgUnitRefField
        .optional()
        .describe('Bara omorganisationer där enheten är föregångare eller efterföljare.'),
    }),
    response: z.array(orgUnitSuccessionSchema),
    resources: ['organisation'],
  },
  createSuccession: {
    method: 'POST',
    path: '/organisation/successions',
    summary: 'Registrera en omorganisation: föregångarens arbete går vidare i efterföljaren från ett datum',
    body: successionInputSchema,
    response: savedSuccessionSchema,
    status: 201,
    resources: ['organisation'],
  },
  updateSuccession: {
    method: 'PUT',
    path: '/organisation/successions/:id',
    summary: 'Ändra en omorganisations datum, beslut eller anteckning (med den version du läste)',
    params: idParams,
    body: orgUnitSuccessionEntity.update,
    response: savedSuccessionSchema,
    resources: ['organisation'],
  },
  deleteSuccession: {
    method: 'DELETE',
    path: '/organisation/successions/:id',
    summary: 'Ta bort en felregistrerad omorganisation',
    params: idParams,
    query: z.strictObject({ version: z.coerce.number().pipe(versionField) }),
    response: null,
    status: 204,
    resources: ['organisation'],
  },
});

/**
 * A unit in a data package: named, and naming its parent, by code – as everywhere in Verksam – so that a
 * package can be read and written by people and converters that do not know the installation's ids.
 */
export const orgUnitPackageRecord = orgUnitEntity.record
  .omit({ parentId: true })
  .extend({ parent: orgCodeField.nullable().describe('Den överordnade enhetens kod.') });
export type OrgUnitPackageRecord = z.output<typeof orgUnitPackageRecord>;

/** A succession in a data package: its units named by code. */
export const orgUnitSuccessionPackageRecord = orgUnitSuccessionEntity.record
  .omit({ predecessorId: true, successorId: true })
  .extend({
    predecessor: orgCodeField.describe('Föregångarens kod.'),
    successor: orgCodeField.describe('Efterföljarens kod.'),
  });
export type OrgUnitSuccessionPackageRecord = z.output<typeof orgUnitSuccessionPackageRecord>;
