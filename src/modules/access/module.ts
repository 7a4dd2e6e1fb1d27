/**
 * What the access module adds to Verksam: users, sign-in (local passwords, sessions, API tokens), roles
 * over subtrees and years, and the policy that every module's rules make up.
 */
import type { ModuleDefinition } from '../module-definition.ts';
import { municipalityWide, signedIn } from '../module-policy.ts';
import { accessRoutes } from './access-routes.ts';
import { deleteEndedSessions } from './db/access-repository.ts';
import { accessMigrations } from './db/migrations.ts';
import { SESSION_IDLE_MINUTES } from './domain/password.ts';
import { accessErrors } from './messages.sv.ts';

export { createPolicy } from './policy.ts';

const administer = municipalityWide('administer');

export const accessModule: ModuleDefinition = {
  name: 'access',
  dependsOn: ['organisation'],
  migrations: accessMigrations,
  routes: accessRoutes,
  housekeeping: [
    { name: 'ended sessions', run: (db, now) => deleteEndedSessions(db, now, SESSION_IDLE_MINUTES) },
  ],
  constraintErrors: {
    app_user_username_key: (key) => accessErrors.username_taken(key.username ?? ''),
  },
  policy: {
    operations: {
      'access.signOutEverywhere': signedIn,
      'access.changePassword': signedIn,
      'access.listUsers': administer,
      'access.createUser': administer,
      'access.updateUser': administer,
      'access.resetPassword': administer,
      'access.endSessions': administer,
      'access.createGrant': administer,
      'access.deleteGrant': administer,
      'access.listTokens': administer,
      'access.createToken': administer,
      'access.revokeToken': administer,
    },
    tables: {
      app_user: { capability: 'administer', scopeOf: () => ({ unitId: null, year: null }) },
      role_grant: { capability: 'administer', scopeOf: () => ({ unitId: null, year: null }) },
    },
  },
};
