/** The access module's routes: one use case per operation of its contract. */
import type { Actor } from '#core/actor.ts';
import { registerOperations } from '#platform/http/operations.ts';
import type { RouteRegistrar } from '../module-definition.ts';
import { DEMO_SIGN_IN_SETTING } from './bootstrap.ts';
import { accessApi, type SessionDto } from './contract.ts';
import { readSetting } from './db/access-repository.ts';
import { authenticatorFor, createSignInLimiter } from './http-auth.ts';
import { oidcHandlers } from './oidc-sign-in.ts';
import { changeOwnPassword, signIn, signOut, signOutEverywhere } from './session-service.ts';
import {
  createGrant,
  createUser,
  deleteGrant,
  endSessions,
  issueToken,
  listApiTokens,
  listUsers,
  resetPassword,
  revokeApiToken,
  updateUser,
} from './user-service.ts';

function sessionAnswer(session: {
  actor: Actor;
  csrfToken: string;
  mustChangePassword: boolean;
}): SessionDto {
  const { actor, csrfToken, mustChangePassword } = session;
  return {
    user: { id: actor.userId, name: actor.name, grants: [...actor.grants], mustChangePassword },
    csrfToken,
  };
}

export const accessRoutes: RouteRegistrar = (app, platform) => {
  const auth = authenticatorFor(platform);
  const limiter = createSignInLimiter();
  const oidc = platform.oidc ?? null;
  registerOperations(app, platform, accessApi, {
    signInInfo: async (_args, ctx) => {
      const demo = await readSetting(ctx.db, DEMO_SIGN_IN_SETTING);
      return {
        ...(demo ? JSON.parse(demo) : { demoUsers: [], demoPassword: null }),
        oidc: oidc && { label: oidc.label },
      };
    },
    ...oidcHandlers(oidc, auth),
    session: async (_args, _ctx, { request }) => {
      const session = await auth.sessionFor(request);
      return session ? sessionAnswer(session) : { user: null, csrfToken: null };
    },
    signIn: async ({ body }, ctx, { request, reply }) => {
      limiter.check(request.ip);
      const session = await signIn(ctx, body.username, body.password).catch((error) => {
        limiter.failed(request.ip);
        throw error;
      });
      await auth.setSessionCookie(reply, session);
      return sessionAnswer(session);
    },
    signOut: async (_args, ctx, { request, reply }) => {
      const token = await auth.sessionToken(request);
      if (token !== null) {
        await signOut(ctx, token);
      }
      auth.clearSessionCookie(reply);
    },
    signOutEverywhere: async (_args, ctx, { reply }) => {
      await signOutEverywhere(ctx);
      auth.clearSessionCookie(reply);
    },
    changePassword: async ({ body }, ctx, { request }) => {
      await changeOwnPassword(ctx, body.currentPassword, body.newPassword, await auth.sessionToken(request));
    },
    listUsers: (_args, ctx) => listUsers(ctx),
    createUser: ({ body }, ctx) => createUser(ctx, body),
    updateUser: ({ params, body }, ctx) => updateUser(ctx, params.id, body),
    resetPassword: async ({ params }, ctx) => ({ oneTimePassword: await resetPassword(ctx, params.id) }),
    endSessions: async ({ params }, ctx) => ({ ended: await endSessions(ctx, params.id) }),
    createGrant: ({ body }, ctx) => createGrant(ctx, body),
    deleteGrant: async ({ params, query }, ctx) => {
      await deleteGrant(ctx, params.id, query.version);
    },
    listTokens: ({ query }, ctx) => listApiTokens(ctx, query.userId ?? null),
    createToken: ({ body }, ctx) => issueToken(ctx, body),
    revokeToken: async ({ params }, ctx) => {
      await revokeApiToken(ctx, params.id);
    },
  });
};
