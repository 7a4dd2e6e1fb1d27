/**
 * What the access module adds to Verksam: users, sign-in (local passwords, sessions, API tokens), roles
 * over subtrees and years, and the policy that every module's rules make up.
 */
import type { ModuleDefinition } from '../module-definition.ts';
import { municipalityWide, signedIn } from '../module-policy.ts';
import { accessRoutes } from './access-routes.ts';
import { accessMigrations } from './db/migrations.ts';
import { accessErrors } from './messages.sv.ts';

export { createPolicy } from './policy.ts';

const administer = municipalityWide('administer');

export const accessModule: ModuleDefinition = {
  name: 'access',
  dependsOn: ['organisation'],
  migrations: accessMigrations,
  routes: accessRoutes,
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
