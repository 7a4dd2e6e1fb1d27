/**
 * The organisation tree: municipality → boards → administrations → divisions → units (domain.md §2.1).
 * Every node has a validity period, so a year shows the organisation as it was that year.
 */
import { parentsFirst } from '#core/tree.ts';

export const ORG_UNIT_KINDS = [
  'municipality',
  'council',
  'executiveBoard',
  'board',
  'administration',
  'division',
  'unit',
] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

export const ORG_UNIT_KIND_LABELS: Readonly<Record<OrgUnitKind, string>> = {
  municipality: 'Kommun',
  council: 'Kommunfullmäktige',
  executiveBoard: 'Kommunstyrelse',
  board: 'Nämnd',
  administration: 'Förvaltning',
  division: 'Verksamhetsområde',
  unit: 'Enhet',
};

/** The depth each kind sits at; a child must sit deeper than its parent. */
const KIND_RANK: Readonly<Record<OrgUnitKind, number>> = {
  municipality: 0,
  council: 1,
  executiveBoard: 1,
  board: 1,
  administration: 2,
  division: 3,
  unit: 4,
};

export function canContain(parent: OrgUnitKind, child: OrgUnitKind): boolean {
  return KIND_RANK[child] > KIND_RANK[parent];
}

/** Inclusive validity: from a date, to a date or open. Dates are ISO strings (YYYY-MM-DD). */
export interface Validity {
  readonly validFrom: string;
  readonly validTo: string | null;
}

export function isValidInYear(validity: Validity, year: number): boolean {
  return (
    validity.validFrom <= `${year}-12-31` &&
    (validity.validTo === null || validity.validTo >= `${year}-01-01`)
  );
}

export function isValidityOrdered(validity: Validity): boolean {
  return validity.validTo === null || validity.validTo >= validity.validFrom;
}

/** A child must lie within its parent's validity: a unit cannot outlive the administration it belongs to. */
export function liesWithin(child: Validity, parent: Validity): boolean {
  const startsInside = child.validFrom >= parent.validFrom;
  const endsInside = parent.validTo === null || (child.validTo !== null && child.validTo <= parent.validTo);
  return startsInside && endsInside;
}

/** Short codes name units everywhere (CLI, URLs, data packages): letters, digits and dashes. */
export const ORG_CODE_PATTERN = /^[A-ZÅÄÖ0-9][A-ZÅÄÖ0-9-]{0,31}$/;

/** The part of a unit the tree rules need: its code, its parent's code, and its validity. */
export interface TreeNode extends Validity {
  readonly code: string;
  readonly parent: string | null;
}

/** Codes of the unit and every unit below it valid in `year` (all years when none is given). */
export function subtreeCodes(units: readonly TreeNode[], root: string, year?: number): Set<string> {
  const children = new Map<string, TreeNode[]>();
  for (const unit of units) {
    if (unit.parent !== null) {
      children.set(unit.parent, [...(children.get(unit.parent) ?? []), unit]);
    }
  }
  const found = new Set<string>([root]);
  const visit = (code: string) => {
    for (const child of children.get(code) ?? []) {
      if ((year === undefined || isValidInYear(child, year)) && !found.has(child.code)) {
        found.add(child.code);
        visit(child.code);
      }
    }
  };
  visit(root);
  return found;
}

/** Each unit's children's ids, by the parent's id, in the units' order. */
export function childIds(
  units: readonly { readonly id: string; readonly parentId: string | null }[],
): Map<string, string[]> {
  const children = new Map<string, string[]>();
  for (const unit of units) {
    if (unit.parentId !== null) {
      const siblings = children.get(unit.parentId);
      if (siblings) {
        siblings.push(unit.id);
      } else {
        children.set(unit.parentId, [unit.id]);
      }
    }
  }
  return children;
}

/** Ids of the unit and every unit below it, in any year: for records kept by unit id (projects, frames). */
export function subtreeIds(
  units: readonly { readonly id: string; readonly parentId: string | null }[],
  rootId: string,
): Set<string> {
  const children = childIds(units);
  const found = new Set<string>([rootId]);
  for (const id of found) {
    for (const child of children.get(id) ?? []) {
      found.add(child);
    }
  }
  return found;
}

/**
 * A unit's id and its ancestors' ids, nearest first: the path a grant on any of them covers (what the
 * permissions and the session's `can` take for a unit). Stops at a unit seen twice, so bad data cannot loop.
 */
export function unitPath(
  units: readonly { readonly id: string; readonly parentId: string | null }[],
  unitId: string,
): string[] {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const path: string[] = [];
  for (let unit = byId.get(unitId); unit && !path.includes(unit.id); ) {
    path.push(unit.id);
    unit = unit.parentId === null ? undefined : byId.get(unit.parentId);
  }
  return path;
}

/** The codes with every unit above them. */
export function withAncestors(units: readonly TreeNode[], codes: Iterable<string>): Set<string> {
  const byCode = new Map(units.map((unit) => [unit.code, unit]));
  const result = new Set<string>();
  for (const code of codes) {
    let current = byCode.get(code);
    while (current && !result.has(current.code)) {
      result.add(current.code);
      current = current.parent === null ? undefined : byCode.get(current.parent);
    }
  }
  return result;
}

/** Parents before children, siblings by code: an order in which a tree can be created top-down. */
export function treeOrder<T extends TreeNode>(units: readonly T[]): T[] {
  const byCode = [...units].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return parentsFirst(
    byCode,
    (unit) => unit.code,
    (unit) => unit.parent,
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** How a unit is named in a path, a query or a file: by its id, or by its short code (case-insensitive). */
export type UnitRef = { readonly id: string } | { readonly code: string };

export function unitRef(ref: string): UnitRef {
  return UUID.test(ref) ? { id: ref.toLowerCase() } : { code: ref.trim().toUpperCase() };
}

/** Whether `unit` is the one `ref` names. */
export function isUnitRef(unit: { readonly id: string; readonly code: string }, ref: UnitRef): boolean {
  return 'id' in ref ? unit.id === ref.id : unit.code === ref.code;
}
