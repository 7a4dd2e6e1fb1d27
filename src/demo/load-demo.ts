/**
 * Loads the Linköping demo into an empty installation, through the same import as any data package, so the
 * demo is checked by the same rules as user data.
 */

import type { Kysely } from 'kysely';
import { importPackage, objectSource, PACKAGE_LISTS } from '#modules/data-package/index.ts';
import type { Database } from '#modules/database.ts';
import { packageSections } from '#modules/registry.ts';
import { systemContext } from '../app.ts';
import { buildDemoPackage } from './linkoping.ts';

export async function isEmpty(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('org_unit').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

/** Loads the demo if the installation holds no organisation yet; returns whether it did. */
export async function loadDemoIfEmpty(db: Kysely<Database>): Promise<boolean> {
  if (!(await isEmpty(db))) {
    return false;
  }
  const source = objectSource(buildDemoPackage(), Object.keys(PACKAGE_LISTS));
  await importPackage(systemContext(db), source, packageSections());
  return true;
}
