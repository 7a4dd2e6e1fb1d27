/**
 * Whether the installation holds nothing yet, the one case in which the demo is loaded. Kept apart from
 * load-demo.ts so that a start on an installation with data never loads the demo's code and data.
 */
import type { Kysely } from 'kysely';
import type { Database } from '#modules/database.ts';

export async function isEmpty(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('org_unit').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}
