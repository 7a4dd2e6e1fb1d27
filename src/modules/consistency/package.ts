/**
 * The consistency module's part of the data package: the acknowledgements of "fel" findings, with their
 * reasons and who gave them. The findings themselves are computed, never stored, so they are not in it. An
 * acknowledgement matches a stored one by id or by unit, year, round kind and finding key. Everything in it
 * is immutable: the write path refuses a package that changes one (withdraw it and acknowledge again).
 */
import { anyUuid } from '#platform/db/any-of.ts';
import { fromRow } from '#platform/db/entity-store.ts';
import type { Ctx } from '../context.ts';
import {
  type PackageSection,
  unitCodesById,
  unitIdsByCode,
  unitIdsOf,
  withoutVersion,
} from '../package-section.ts';
import { type AcknowledgementPackageRecord, acknowledgementPackageRecord } from './contract.ts';
import { acknowledgementEntity } from './model.ts';

const compare = (a: string | number, b: string | number) => (a === b ? 0 : a < b ? -1 : 1);

interface Filter {
  readonly ids?: readonly string[];
  readonly orgUnitIds?: readonly string[];
  readonly year?: number;
}

async function acknowledgementsOf(
  ctx: Pick<Ctx, 'db'>,
  filter: Filter,
): Promise<AcknowledgementPackageRecord[]> {
  if (filter.ids?.length === 0 || filter.orgUnitIds?.length === 0) {
    return [];
  }
  let query = ctx.db.selectFrom('finding_acknowledgement').selectAll();
  if (filter.ids) {
    query = query.where('id', '=', anyUuid(filter.ids));
  }
  if (filter.orgUnitIds) {
    query = query.where('org_unit_id', '=', anyUuid(filter.orgUnitIds));
  }
  if (filter.year !== undefined) {
    query = query.where('year', '=', filter.year);
  }
  const [rows, codes] = await Promise.all([query.execute(), unitCodesById(ctx)]);
  return rows.map((row) => {
    const { orgUnitId, ...acknowledgement } = withoutVersion(fromRow(acknowledgementEntity, row));
    return { ...acknowledgement, orgUnit: codes.get(orgUnitId) ?? orgUnitId };
  });
}

export const acknowledgementsSection: PackageSection<AcknowledgementPackageRecord> = {
  list: 'findingAcknowledgements',
  label: acknowledgementEntity.label,
  plural: 'kvitteringar av fel i kontrollerna',
  record: acknowledgementPackageRecord,
  references: [{ field: 'orgUnit', list: 'orgUnits' }],
  key: (acknowledgement) => acknowledgement.id,
  title: (acknowledgement) => `${acknowledgement.orgUnit} ${acknowledgement.year}: ${acknowledgement.ruleId}`,
  naturalKey: (acknowledgement) =>
    `${acknowledgement.orgUnit}|${acknowledgement.year}|${acknowledgement.roundKind ?? ''}|${acknowledgement.findingKey}`,
  order: (acknowledgements) =>
    [...acknowledgements].sort(
      (a, b) =>
        compare(a.orgUnit, b.orgUnit) ||
        a.year - b.year ||
        compare(a.roundKind ?? '', b.roundKind ?? '') ||
        compare(a.findingKey, b.findingKey) ||
        compare(a.id, b.id),
    ),
  async select(ctx, scope, chosen) {
    return acknowledgementsOf(ctx, {
      year: scope.year,
      orgUnitIds:
        scope.org === undefined ? undefined : await unitIdsOf(ctx, chosen.get('orgUnits') ?? new Set()),
    });
  },
  byKeys: (ctx, ids) => acknowledgementsOf(ctx, { ids }),
  async findExisting(ctx, batch) {
    const orgUnitIds = await unitIdsOf(ctx, new Set(batch.map((acknowledgement) => acknowledgement.orgUnit)));
    return [
      ...(await acknowledgementsOf(ctx, { orgUnitIds })),
      ...(await acknowledgementsOf(ctx, { ids: batch.map((acknowledgement) => acknowledgement.id) })),
    ];
  },
  facts: () => null,
  check: () => [],
  async write(tx, created, updated) {
    const ids = await unitIdsByCode(tx);
    const values = ({ orgUnit, ...acknowledgement }: AcknowledgementPackageRecord) => ({
      ...acknowledgement,
      orgUnitId: ids.get(orgUnit) ?? orgUnit,
    });
    await tx.saveRecords(
      acknowledgementEntity,
      created.map(values),
      updated.map(({ after }) => values(after)),
    );
  },
};
