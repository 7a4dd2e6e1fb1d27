/**
 * Use cases for the organisation tree. Reads take the context; changes go through the platform's one write
 * path, which versions the row, records the change and maps the database's refusals.
 */

import { compareSwedish } from '#core/format.ts';
import { write } from '#platform/context.ts';
import { nextSortOrder } from '#platform/db/entity-store.ts';
import type { Ctx, Tx } from '../context.ts';
import type { OrgUnitInput, OrgUnitPackageRecord, OrgUnitUpdate } from './contract.ts';
import {
  findOrgUnit,
  listAncestorIds,
  listChildren,
  listOrgUnits,
  type OrgUnit,
} from './db/org-unit-repository.ts';
import { canContain, isUnitRef, isValidityOrdered, liesWithin, unitRef } from './domain/org-unit.ts';
import { organisationErrors as errors } from './messages.sv.ts';
import { orgUnitEntity } from './model.ts';

type Placement = Pick<OrgUnit, 'kind' | 'parentId' | 'validFrom' | 'validTo'>;

/** Units (valid in `year`, when given) in tree order: by sort order, then Swedish alphabetical order. */
export async function listOrganisation(
  ctx: Pick<Ctx, 'db'> & Partial<Pick<Ctx, 'cache'>>,
  year?: number,
): Promise<OrgUnit[]> {
  const sorted = async () =>
    (await listOrgUnits(ctx.db, year)).sort(
      (a, b) => a.sortOrder - b.sortOrder || compareSwedish(a.name, b.name),
    );
  // Kept until the next save: a document asks for the tree once per section and unit (a hundred times for
  // the municipality-wide compilation), and reading and sorting 2 000 units each time cost a quarter of
  // its model. Each caller gets its own array to sort or filter; the units themselves are read-only.
  const units = ctx.cache ? await ctx.cache.get(`organisation.list|${year ?? ''}`, sorted) : await sorted();
  return [...units];
}

export async function getOrgUnit(ctx: Pick<Ctx, 'db'>, ref: string): Promise<OrgUnit> {
  const unit = await findOrgUnit(ctx.db, ref);
  if (!unit) {
    throw errors.org_unit_not_found(ref);
  }
  return unit;
}

/**
 * A unit by id or code, as getOrgUnit finds it, from the organisation kept until the next save: for readers
 * that ask for many (the compilation's fifty-odd statements each asked the database for their unit). One not
 * in the list is asked for as getOrgUnit does, which refuses an unknown one in Swedish.
 */
export async function getListedOrgUnit(ctx: Pick<Ctx, 'db' | 'cache'>, ref: string): Promise<OrgUnit> {
  const named = unitRef(ref);
  return (await listOrganisation(ctx)).find((unit) => isUnitRef(unit, named)) ?? getOrgUnit(ctx, ref);
}

/** The parent named by id or code, as an id. */
async function parentIdOf(ctx: Ctx, ref: string | null): Promise<string | null> {
  if (ref === null) {
    return null;
  }
  const parent = await findOrgUnit(ctx.db, ref);
  if (!parent) {
    throw errors.parent_not_found(ref);
  }
  return parent.id;
}

async function checkPlacement(ctx: Ctx, unit: Placement, selfId: string | null) {
  if (!isValidityOrdered(unit)) {
    throw errors.validity_reversed();
  }
  if (unit.parentId === null) {
    if (unit.kind !== 'municipality') {
      throw errors.root_must_be_municipality();
    }
    return;
  }
  const parent = await getOrgUnit(ctx, unit.parentId);
  if (selfId !== null && (await listAncestorIds(ctx.db, parent.id)).includes(selfId)) {
    throw errors.cycle();
  }
  if (!canContain(parent.kind, unit.kind)) {
    throw errors.kind_not_allowed(parent.kind, unit.kind);
  }
  if (!liesWithin(unit, parent)) {
    throw errors.outside_parent_validity(parent.code);
  }
}

export async function createOrgUnit(ctx: Ctx, input: OrgUnitInput): Promise<OrgUnit> {
  return write(ctx, async (tx) => {
    const parentId = await parentIdOf(tx, input.parentId);
    const values = {
      ...input,
      parentId,
      sortOrder: input.sortOrder ?? (await nextSortOrder(tx.db, orgUnitEntity, { parent_id: parentId })),
    };
    await checkPlacement(tx, values, null);
    return tx.insert(orgUnitEntity, values);
  });
}

export async function updateOrgUnit(ctx: Ctx, ref: string, input: OrgUnitUpdate): Promise<OrgUnit> {
  return write(ctx, async (tx) => {
    const current = await getOrgUnit(tx, ref);
    const { version, ...patch } = input;
    const parentId = patch.parentId === undefined ? current.parentId : await parentIdOf(tx, patch.parentId);
    const next = { ...current, ...patch, parentId };
    await checkPlacement(tx, next, current.id);
    const outside = (await listChildren(tx.db, current.id)).find((child) => !liesWithin(child, next));
    if (outside) {
      throw errors.child_outside_validity(outside.name);
    }
    return tx.update(orgUnitEntity, current, version, { ...patch, parentId });
  });
}

/** The installation's municipality: the code of its root unit, or null when there is none yet. */
export async function findMunicipality(ctx: Pick<Ctx, 'db'>): Promise<string | null> {
  const roots = (await listOrgUnits(ctx.db)).filter((unit) => unit.parentId === null);
  return roots.find((unit) => unit.kind === 'municipality')?.code ?? roots[0]?.code ?? null;
}

/**
 * Saves units from a data package, already checked by the package's rules: new ones in the order given
 * (parents first), then changes. Parents are named by code; they may be stored or in the package.
 */
export async function saveImportedOrgUnits(
  tx: Tx,
  created: readonly OrgUnitPackageRecord[],
  updated: readonly { before: OrgUnitPackageRecord; after: OrgUnitPackageRecord }[],
): Promise<void> {
  const stored = await listOrgUnits(tx.db);
  const ids = new Map(stored.map((unit) => [unit.code, unit.id]));
  for (const unit of [...created, ...updated.map((change) => change.after)]) {
    ids.set(unit.code, unit.id);
  }
  const values = ({ parent, ...unit }: OrgUnitPackageRecord) => ({
    ...unit,
    parentId: parent === null ? null : (ids.get(parent) ?? null),
  });
  await tx.saveRecords(
    orgUnitEntity,
    created.map(values),
    updated.map(({ after }) => values(after)),
  );
}
