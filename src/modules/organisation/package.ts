/**
 * The organisation's part of the data package: units, named and referred to by code. The rules are the
 * same pure functions the use cases apply; the writer is the module's import use case.
 */
import { isInCycle } from '#core/tree.ts';
import type { PackageSection, RecordProblem } from '../package-section.ts';
import {
  type OrgUnitPackageRecord,
  type OrgUnitSuccessionPackageRecord,
  orgUnitPackageRecord,
  orgUnitSuccessionPackageRecord,
} from './contract.ts';
import { listOrgUnits, type OrgUnit } from './db/org-unit-repository.ts';
import { listSuccessions } from './db/succession-repository.ts';
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
import { checkSuccession } from './domain/succession.ts';
import { organisationErrors as errors } from './messages.sv.ts';
import { saveImportedOrgUnits } from './org-unit-service.ts';
import { saveImportedSuccessions, successionRefusal } from './succession-service.ts';

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

/** Every stored succession in package form (units named by code). */
async function allSuccessions(
  db: Parameters<typeof listOrgUnits>[0],
): Promise<OrgUnitSuccessionPackageRecord[]> {
  const codeOf = new Map((await listOrgUnits(db)).map((unit) => [unit.id, unit.code]));
  return (await listSuccessions(db)).map(({ predecessorId, successorId, version: _version, ...rest }) => ({
    ...rest,
    predecessor: codeOf.get(predecessorId) ?? predecessorId,
    successor: codeOf.get(successorId) ?? successorId,
  }));
}

const pairKey = (succession: OrgUnitSuccessionPackageRecord) =>
  `${succession.predecessor}→${succession.successor}`;

/**
 * Reorganisations: after the units they name. An export of a unit takes those where both units are in the
 * export; the successor's rules are checked with the units' validity from the package or the database.
 */
export const orgUnitSuccessionsSection: PackageSection<OrgUnitSuccessionPackageRecord> = {
  list: 'orgUnitSuccessions',
  label: 'Omorganisationen',
  plural: 'omorganisationer',
  record: orgUnitSuccessionPackageRecord,
  references: [
    { field: 'predecessor', list: 'orgUnits' },
    { field: 'successor', list: 'orgUnits' },
  ],
  key: (succession) => succession.id,
  title: pairKey,
  naturalKey: pairKey,
  order: (successions) =>
    [...successions].sort(
      (a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom) || pairKey(a).localeCompare(pairKey(b)),
    ),

  async select(ctx, scope, chosen) {
    const all = await allSuccessions(ctx.db);
    if (scope.org === undefined) {
      return all;
    }
    const units = chosen.get('orgUnits') ?? new Set<string>();
    return all.filter((succession) => units.has(succession.predecessor) && units.has(succession.successor));
  },

  async byKeys(ctx, ids) {
    const wanted = new Set(ids);
    return (await allSuccessions(ctx.db)).filter((succession) => wanted.has(succession.id));
  },

  findExisting: (ctx) => allSuccessions(ctx.db),

  facts: (succession) => succession,

  check(succession, lookup) {
    const predecessor = lookup('orgUnits', succession.predecessor) as UnitFacts | undefined;
    const successor = lookup('orgUnits', succession.successor) as UnitFacts | undefined;
    if (!predecessor || !successor) {
      return []; // a missing reference is reported by the import itself
    }
    const asUnit = (unit: UnitFacts) => ({ ...unit, id: unit.code, name: unit.code });
    const link = {
      predecessorId: succession.predecessor,
      successorId: succession.successor,
      effectiveFrom: succession.effectiveFrom,
    };
    // Cycles across several records are left to the use case; one record's own rules are checked here.
    const { refusals } = checkSuccession(link, asUnit(predecessor), asUnit(successor), []);
    return refusals.map((refusal) => {
      const error = successionRefusal(refusal, { name: successor.code });
      const field = (error.fields[0]?.path ?? 'successorId').replace(/Id$/, '');
      return { field, message: error.message, value: succession[field as keyof typeof succession] };
    });
  },

  write: saveImportedSuccessions,
};
