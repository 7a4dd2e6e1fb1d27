/**
 * What each role may do, and whether a set of grants permits one thing: pure, so that the server's policy
 * and the pages (which show only what the user may do) decide alike (docs/adr/0019-sign-in-and-permissions.md).
 */
import { CAPABILITIES, type Capability, type Grant, type Role } from '#core/actor.ts';

const ROLE_CAPABILITIES: Readonly<Record<Role, readonly Capability[]>> = {
  administrator: CAPABILITIES,
  centralController: ['read', 'report', 'plan', 'govern', 'approve', 'audit'],
  controller: ['read', 'report', 'plan'],
  reporter: ['read', 'report'],
  approver: ['read', 'approve'],
  reader: ['read'],
  auditor: ['read', 'audit'],
};

/** Capabilities that change something. */
const WRITING: readonly Capability[] = ['report', 'plan', 'govern', 'approve', 'administer'];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  administrator: 'Administratör',
  centralController: 'Central controller (kommunledning)',
  controller: 'Controller',
  reporter: 'Rapportör',
  approver: 'Godkännare',
  reader: 'Läsare',
  auditor: 'Revisor',
};

/** What is to be done: a kind of work, on a unit (null: on the municipality as a whole), in a year. */
export interface Need {
  readonly capability: Capability;
  readonly unitId: string | null;
  readonly year: number | null;
}

export function roleCan(role: Role, capability: Capability): boolean {
  return ROLE_CAPABILITIES[role].includes(capability);
}

function coversYear(grant: Grant, year: number | null): boolean {
  if (year === null) {
    return true;
  }
  return (
    (grant.fromYear === null || year >= grant.fromYear) && (grant.toYear === null || year <= grant.toYear)
  );
}

/**
 * True when one grant covers the need. `unitPath` is the unit and its ancestors: a grant on a unit covers
 * its whole subtree. Municipality-wide work (no unit) needs a grant over the whole municipality; work in no
 * particular year (a goal, valid over many) is decided by the unit alone.
 */
export function permits(grants: readonly Grant[], need: Need, unitPath: readonly string[]): boolean {
  return grants.some(
    (grant) =>
      roleCan(grant.role, need.capability) &&
      (grant.orgUnitId === null || (need.unitId !== null && unitPath.includes(grant.orgUnitId))) &&
      coversYear(grant, need.year),
  );
}

/** True when some grant gives the capability somewhere: the first check of an operation, before its records. */
export function canSomewhere(grants: readonly Grant[], capability: Capability): boolean {
  return grants.some((grant) => roleCan(grant.role, capability));
}

/** True when the grants let the actor change anything at all (a reader or an auditor cannot). */
export function writesSomewhere(grants: readonly Grant[]): boolean {
  return WRITING.some((capability) => canSomewhere(grants, capability));
}
