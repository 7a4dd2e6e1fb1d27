/** HTTP routes of the organisation module: validate through the contract, call one use case. */

import { z } from 'zod';
import { listChanges } from '#platform/audit/change-log.ts';
import type { ApiApp } from '#platform/http/create-app.ts';
import type { AppContext } from '../context.ts';
import { changeEntrySchema } from '../history-contract.ts';
import { orgTreeQuerySchema, orgUnitInputSchema, orgUnitSchema, orgUnitUpdateSchema } from './contract.ts';
import { createOrgUnit, getOrgUnit, listOrganisation, updateOrgUnit } from './org-unit-service.ts';

const TAGS = ['Organisation'];
const refParams = z.strictObject({
  ref: z.string().min(1).max(64).describe('Enhetens id eller kod, t.ex. VSS.'),
});

export async function organisationRoutes(app: ApiApp, ctx: AppContext) {
  app.get(
    '/organisation/units',
    {
      schema: {
        operationId: 'organisation.list',
        tags: TAGS,
        summary: 'Organisationsenheter, valfritt de som gäller ett visst år',
        querystring: orgTreeQuerySchema,
        response: { 200: z.array(orgUnitSchema) },
      },
    },
    (request) => listOrganisation(ctx.db, request.query.year),
  );

  app.get(
    '/organisation/units/:ref',
    {
      schema: {
        operationId: 'organisation.get',
        tags: TAGS,
        summary: 'En organisationsenhet, med id eller kod',
        params: refParams,
        response: { 200: orgUnitSchema },
      },
    },
    (request) => getOrgUnit(ctx.db, request.params.ref),
  );

  app.post(
    '/organisation/units',
    {
      schema: {
        operationId: 'organisation.create',
        tags: TAGS,
        summary: 'Skapa en organisationsenhet',
        body: orgUnitInputSchema,
        response: { 201: orgUnitSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createOrgUnit(ctx.db, ctx.actorFor(request), request.body)),
  );

  app.put(
    '/organisation/units/:ref',
    {
      schema: {
        operationId: 'organisation.update',
        tags: TAGS,
        summary: 'Ändra en organisationsenhet (med den version du läste)',
        params: refParams,
        body: orgUnitUpdateSchema,
        response: { 200: orgUnitSchema },
      },
    },
    async (request) => {
      const unit = await getOrgUnit(ctx.db, request.params.ref);
      return updateOrgUnit(ctx.db, ctx.actorFor(request), unit.id, request.body);
    },
  );

  app.get(
    '/organisation/units/:ref/history',
    {
      schema: {
        operationId: 'organisation.history',
        tags: TAGS,
        summary: 'Ändringshistorik för en organisationsenhet',
        params: refParams,
        response: { 200: z.array(changeEntrySchema) },
      },
    },
    async (request) => {
      const unit = await getOrgUnit(ctx.db, request.params.ref);
      return listChanges(ctx.db, 'org_unit', unit.id);
    },
  );
}
