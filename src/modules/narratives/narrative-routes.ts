/** The narratives module's routes: one use case per operation of its contract. */
import { listChanges } from '#platform/audit/change-log.ts';
import { registerOperations } from '#platform/http/operations.ts';
import type { RouteRegistrar } from '../module-definition.ts';
import { narrativesApi } from './contract.ts';
import { narrativeEntity } from './model.ts';
import { listUnitNarratives, removeNarrative, saveNarrative } from './narrative-service.ts';

export const narrativesRoutes: RouteRegistrar = (app, platform) =>
  registerOperations(app, platform, narrativesApi, {
    list: ({ query }, ctx) => listUnitNarratives(ctx, query),
    save: ({ params, body }, ctx) => saveNarrative(ctx, params, body),
    remove: ({ params, query }, ctx) => removeNarrative(ctx, params, query.version),
    history: ({ params }, ctx) => listChanges(ctx.db, narrativeEntity.table, params.id),
  });
