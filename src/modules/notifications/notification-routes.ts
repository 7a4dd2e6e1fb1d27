/** The notifications module's routes: one use case per operation of its contract. */
import { registerOperations } from '#platform/http/operations.ts';
import type { RouteRegistrar } from '../module-definition.ts';
import { notificationsApi } from './contract.ts';
import { listNotifications, markAllRead, markRead, unreadCount } from './notification-service.ts';

export const notificationsRoutes: RouteRegistrar = (app, platform) =>
  registerOperations(app, platform, notificationsApi, {
    list: (_request, ctx) => listNotifications(ctx),
    unreadCount: (_request, ctx) => unreadCount(ctx),
    markRead: ({ params, body }, ctx) => markRead(ctx, params.id, body.read),
    markAllRead: (_request, ctx) => markAllRead(ctx),
  });
