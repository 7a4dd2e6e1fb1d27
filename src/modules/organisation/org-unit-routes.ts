/** The organisation module's routes: one use case per operation of its contract. */

import { listChanges } from '#platform/audit/change-log.ts';
import { registerOperations } from '#platform/http/operations.ts';
import type { RouteRegistrar } from '../module-definition.ts';
import { organisationApi } from './contract.ts';
import { orgUnitEntity } from './model.ts';
import { createOrgUnit, getOrgUnit, listOrganisation, updateOrgUnit } from './org-unit-service.ts';
import {
  createSuccession,
  deleteSuccession,
  listUnitSuccessions,
  updateSuccession,
} from './succession-service.ts';

export const organisationRoutes: RouteRegistrar = (app, platform) => {
  registerOperations(app, platform, organisationApi, {
    list: ({ query }, ctx) => listOrganisation(ctx, query.year),
    get: ({ params }, ctx) => getOrgUnit(ctx, params.ref),
    create: ({ body }, ctx) => createOrgUnit(ctx, body),
    update: ({ params, body }, ctx) => updateOrgUnit(ctx, params.ref, body),
    history: async ({ params }, ctx) =>
      listChanges(ctx.db, orgUnitEntity.table, (await getOrgUnit(ctx, params.ref)).id),
    listSuccessions: ({ query }, ctx) => listUnitSuccessions(ctx, query.unit),
    createSuccession: ({ body }, ctx) => createSuccession(ctx, body),
    updateSuccession: ({ params, body }, ctx) => updateSuccession(ctx, params.id, body),
    deleteSuccession: ({ params, query }, ctx) => deleteSuccession(ctx, params.id, query.version),
  });
};
