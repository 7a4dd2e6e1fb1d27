/**
 * The organisation's part of the data package: units, named and referred to by code. The rules are the
 * same pure functions the use cases apply; the writer is the module's import use case.
 */
import { isInCycle } from '#core/tree.ts';
import type { PackageSection, RecordProblem } from '../package-section.ts';
import { type OrgUnitPackageRecord, orgUnitPackageRecord } from './contract.ts';
import { listOrgUnits, type OrgUnit } from './db/org-unit-repository.ts';
import {
  canContain,
  isValidityOrdered,
  liesWithin,
  type OrgUnitKind,
  subtreeCodes,
  type TreeNode,
  treeOrder,
  withAncestors,
} from './domain/org-unit.ts';
import { organisationErrors as errors } from './messages.sv.ts';
import { saveImportedOrgUnits } from './org-unit-service.ts';

interface UnitFacts extends TreeNode {
  readonly kind: OrgUnitKind;
}

/** Every stored unit in package form (parents named by code). Organisations have thousands of units, not millions. */
async function allUnits(db: Parameters<typeof listOrgUnits>[0]): Promise<OrgUnitPackageRecord[]> {
  const units = await listOrgUnits(db);
  const codeOf = new Map(units.map((unit) => [unit.id, unit.code]));
  return units.map((unit: OrgUnit) => {
    const { parentId, version: _version, ...rest } = unit;
    return { ...rest, parent: parentId === null ? null : (codeOf.get(parentId) ?? null) };
  });
}

export const orgUnitsSection: PackageSection<OrgUnitPackageRecord> = {
  list: 'orgUnits',
  label: 'Organisationsenheten',
  plural: 'organisationsenheter',
  record: orgUnitPackageRecord,
  references: [{ field: 'parent', list: 'orgUnits' }],
  key: (unit) => unit.code,
  title: (unit) => unit.code,
  naturalKey: (unit) => unit.code,
  order: treeOrder,

  async select(ctx, scope) {
    const units = await allUnits(ctx.db);
    if (scope.org === undefined) {
      return units;
    }
    const root = units.find((unit) => unit.code === scope.org?.toUpperCase() || unit.id === scope.org);
    if (!root) {
      throw errors.org_unit_not_found(scope.org);
    }
    // The subtree only: its ancestors come in as the records that the subtree's units refer to.
    const chosen = subtreeCodes(units, root.code, scope.year);
    return units.filter((unit) => chosen.has(unit.code));
  },

  async byKeys(ctx, codes) {
    const units = await allUnits(ctx.db);
    const chosen = withAncestors(units, codes);
    return units.filter((unit) => chosen.has(unit.code));
  },

  async findExisting(ctx, batch) {
    const ids = new Set(batch.map((unit) => unit.id));
    const codes = new Set(batch.map((unit) => unit.code));
    return (await allUnits(ctx.db)).filter((unit) => ids.has(unit.id) || codes.has(unit.code));
  },

  facts: (unit): UnitFacts => ({
    code: unit.code,
    parent: unit.parent,
    kind: unit.kind,
    validFrom: unit.validFrom,
    validTo: unit.validTo,
  }),

  check(unit, lookup, context) {
    const problems: RecordProblem[] = [];
    const problem = (field: keyof OrgUnitPackageRecord, message: string) =>
      problems.push({ field, message, value: unit[field] });
    if (!isValidityOrdered(unit)) {
      problem('validTo', errors.validity_reversed.text());
    }
    if (unit.parent === null) {
      if (unit.kind !== 'municipality') {
        problem('parent', errors.root_must_be_municipality.text());
      } else if (
        context.municipality !== null &&
        context.municipality !== unit.code &&
        !context.options.allowOtherMunicipality
      ) {
        problem('code', errors.other_municipality.text(unit.code, context.municipality));
      }
      return problems;
    }
    const parent = lookup('orgUnits', unit.parent) as UnitFacts | undefined;
    if (!parent) {
      return problems; // a missing reference is reported by the import itself
    }
    if (isInCycle(unit.code, (code) => (lookup('orgUnits', code) as UnitFacts | undefined)?.parent)) {
      problem('parent', errors.cycle.text());
    }
    if (!canContain(parent.kind, unit.kind)) {
      problem('kind', errors.kind_not_allowed.text(parent.kind, unit.kind));
    }
    if (!liesWithin(unit, parent)) {
      problem('validFrom', errors.outside_parent_validity.text(unit.parent));
    }
    return problems;
  },

  write: saveImportedOrgUnits,
};
