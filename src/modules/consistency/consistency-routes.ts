/** The consistency module's routes: one use case per operation of its contract. */
import { registerOperations } from '#platform/http/operations.ts';
import type { RouteRegistrar } from '../module-definition.ts';
import { acknowledgeFinding, withdrawAcknowledgement } from './acknowledgement-service.ts';
import { checkConsistency } from './consistency-service.ts';
import { consistencyApi } from './contract.ts';
import { checkDocumentVersions } from './document-findings-service.ts';
import { consistencyPermissions } from './permission-service.ts';

export const consistencyRoutes: RouteRegistrar = (app, platform) =>
  registerOperations(app, platform, consistencyApi, {
    permissions: ({ query }, ctx) => consistencyPermissions(ctx, query),
    findings: ({ query }, ctx) => checkConsistency(ctx, query),
    documentFindings: ({ query }, ctx) => checkDocumentVersions(ctx, query),
    acknowledge: ({ body }, ctx) => acknowledgeFinding(ctx, body),
    withdraw: async ({ params, query }, ctx) => {
      await withdrawAcknowledgement(ctx, params.id, query.version);
    },
  });
