/** The audit module's routes: one use case per operation of its contract. */
import { registerOperations } from '#platform/http/operations.ts';
import type { RouteRegistrar } from '../module-definition.ts';
import type { TableRule } from '../module-policy.ts';
import { exportChanges, listChanges, listChoices } from './audit-service.ts';
import { auditApi } from './contract.ts';

const MEDIA_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export const auditRoutes =
  (tableRules: () => Readonly<Record<string, TableRule>>): RouteRegistrar =>
  (app, platform) =>
    registerOperations(app, platform, auditApi, {
      listChanges: ({ query }, ctx) => listChanges(ctx, tableRules(), query),
      listChoices: (_input, ctx) => listChoices(ctx),
      exportChanges: async ({ query }, ctx, { reply }) => {
        const file = await exportChanges(ctx, tableRules(), query);
        return reply
          .type(MEDIA_TYPES[query.format])
          .header('content-disposition', `attachment; filename="${file.name}"`)
          .send(file.bytes);
      },
    });
