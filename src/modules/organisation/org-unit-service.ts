/**
 * Use cases for the organisation tree. Each change runs in one transaction: load, check the rules,
 * persist, and record the change in the change log.
 */

import type { Kysely } from 'kysely';
import type { Actor } from '#core/actor.ts';
import { staleVersion } from '#core/errors.ts';
import { compareSwedish } from '#core/format.ts';
import { recordChanges } from '#platform/audit/change-log.ts';
import { isUniqueViolation } from '#platform/db/sql-errors.ts';
import type { Database } from '../database.ts';
import type { OrgUnitDto, OrgUnitInput, OrgUnitUpdate } from './contract.ts';
import {
  findOrgUnit,
  insertOrgUnit,
  listAncestorIds,
  listChildren,
  listOrgUnits,
  nextSortOrder,
  type OrgUnitValues,
  updateOrgUnitRow,
} from './db/org-unit-repository.ts';
import { canContain, isValidityOrdered, liesWithin } from './domain/org-unit.ts';
import { ORG_UNIT_ENTITY, organisationErrors } from './messages.sv.ts';

const ENTITY_TYPE = 'org_unit';

/** Units (valid in `year`, when given) in tree order: by sort order, then Swedish alphabetical order. */
export async function listOrganisation(db: Kysely<Database>, year?: number): Promise<OrgUnitDto[]> {
  const units = await listOrgUnits(db, year);
  return units.sort((a, b) => a.sortOrder - b.sortOrder || compareSwedish(a.name, b.name));
}

export async function getOrgUnit(db: Kysely<Database>, ref: string): Promise<OrgUnitDto> {
  const unit = await findOrgUnit(db, ref);
  if (!unit) {
    throw organisationErrors.notFound(ref);
  }
  return unit;
}

/** The parent named by id or code, as an id; the unit as it is otherwise. */
async function withParentId(db: Kysely<Database>, values: OrgUnitValues): Promise<OrgUnitValues> {
  if (values.parentId === null) {
    return values;
  }
  const parent = await findOrgUnit(db, values.parentId);
  if (!parent) {
    throw organisationErrors.parentNotFound();
  }
  return { ...values, parentId: parent.id };
}

async function checkPlacement(db: Kysely<Database>, values: OrgUnitValues, selfId: string | null) {
  if (!isValidityOrdered(values)) {
    throw organisationErrors.validityReversed();
  }
  if (values.parentId === null) {
    if (values.kind !== 'municipality') {
      throw organisationErrors.rootMustBeMunicipality();
    }
    return;
  }
  const parent = await findOrgUnit(db, values.parentId);
  if (!parent) {
    throw organisationErrors.parentNotFound();
  }
  if (selfId !== null && (await listAncestorIds(db, parent.id)).includes(selfId)) {
    throw organisationErrors.cycle();
  }
  if (!canContain(parent.kind, values.kind)) {
    throw organisationErrors.kindNotAllowed(parent.kind, values.kind);
  }
  if (!liesWithin(values, parent)) {
    throw organisationErrors.outsideParent();
  }
}

async function saveOrThrow<T>(save: () => Promise<T>, code: string): Promise<T> {
  try {
    return await save();
  } catch (error) {
    if (isUniqueViolation(error, 'org_unit_code_key')) {
      throw organisationErrors.codeTaken(code);
    }
    throw error;
  }
}

export async function createOrgUnit(
  db: Kysely<Database>,
  actor: Actor,
  input: OrgUnitInput,
): Promise<OrgUnitDto> {
  return db.transaction().execute(async (trx) => {
    const named = await withParentId(trx, { ...input, sortOrder: input.sortOrder ?? 0 });
    const values: OrgUnitValues = {
      ...named,
      sortOrder: input.sortOrder ?? (await nextSortOrder(trx, named.parentId)),
    };
    await checkPlacement(trx, values, null);
    const created = await saveOrThrow(() => insertOrgUnit(trx, values), values.code);
    await recordChanges(trx, actor, [
      { action: 'create', entityType: ENTITY_TYPE, entityId: created.id, oldValue: null, newValue: created },
    ]);
    return created;
  });
}

export async function updateOrgUnit(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  input: OrgUnitUpdate,
): Promise<OrgUnitDto> {
  return db.transaction().execute(async (trx) => {
    const current = await getOrgUnit(trx, id);
    const values = await withParentId(trx, { ...input, sortOrder: input.sortOrder ?? current.sortOrder });
    await checkPlacement(trx, values, current.id);
    const outside = (await listChildren(trx, current.id)).find((child) => !liesWithin(child, values));
    if (outside) {
      throw organisationErrors.childOutside(outside.name);
    }
    const updated = await saveOrThrow(
      () => updateOrgUnitRow(trx, current.id, input.version, values),
      values.code,
    );
    if (!updated) {
      throw staleVersion(ORG_UNIT_ENTITY);
    }
    await recordChanges(trx, actor, [
      {
        action: 'update',
        entityType: ENTITY_TYPE,
        entityId: current.id,
        oldValue: current,
        newValue: updated,
      },
    ]);
    return updated;
  });
}
