/**
 * What the access module adds to Verksam: users. Sign-in, roles and the policies that replace the
 * platform's allow-all policy come with the permissions issue; the change log already names the acting user.
 */
import type { ModuleDefinition } from '../module-definition.ts';
import { accessMigrations } from './db/migrations.ts';

export const accessModule: ModuleDefinition = {
  name: 'access',
  dependsOn: [],
  migrations: accessMigrations,
};
