/** Reads of the consistency module's one table: the acknowledgements of a unit's findings for a year. */
import type { Ctx } from '../../context.ts';
import type { StoredAcknowledgement } from '../domain/index.ts';

/** Every acknowledgement of the unit's findings for the year checked. */
export async function loadAcknowledgements(
  ctx: Pick<Ctx, 'db'>,
  unitId: string,
  year: number,
): Promise<StoredAcknowledgement[]> {
  const rows = await ctx.db
    .selectFrom('finding_acknowledgement')
    .selectAll()
    .where('org_unit_id', '=', unitId)
    .where('year', '=', year)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    version: row.version,
    findingKey: row.finding_key,
    reason: row.reason,
    byName: row.acknowledged_by_name,
    at: new Date(row.created_at).toISOString(),
  }));
}
