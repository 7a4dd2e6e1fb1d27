/**
 * The organisation tree: municipality → boards → administrations → divisions → units (domain.md §2.1).
 * Every node has a validity period, so a year shows the organisation as it was that year.
 */

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
