/**
 * Loads the Linköping demo into an empty installation, through the same import as any data package, so the
 * demo is checked by the same rules as user data.
 */

import type { Kysely } from 'kysely';
import { LOCAL_ACTOR } from '#core/actor.ts';
import { importPackage } from '#modules/data-package/index.ts';
import type { Database } from '#modules/database.ts';
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
  await importPackage(db, LOCAL_ACTOR, buildDemoPackage());
  return true;
}
