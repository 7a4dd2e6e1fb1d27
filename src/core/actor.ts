/**
 * Who is acting, and with which roles. Every use case takes an Actor: the change log says who changed what,
 * and the policies decide what the actor may do from its grants (docs/adr/0019-sign-in-and-permissions.md).
 */

/** The roles of Verksam, from widest to narrowest; what each may do is decided by the access module's policy. */
export const ROLES = [
  'administrator',
  'centralController',
  'controller',
  'reporter',
  'approver',
  'reader',
  'auditor',
] as const;
export type Role = (typeof ROLES)[number];

/**
 * Kinds of work, each done by some roles:
 * - read: see the municipality's goals, figures and documents (every role);
 * - report: outcomes, assessments, forecasts, volume figures – the reporting week;
 * - plan: goals, indicators, targets, budgets, measures, projects – a unit's plan for the year;
 * - govern: the organisation, rounds, frames, ledgers, closings, imports – the municipality's own facts;
 * - approve: approve a unit's part of a round (a document's version is approved by those who govern,
 *   docs/adr/0027-documents.md);
 * - audit: list and export every change;
 * - administer: users, their roles and their API tokens.
 */
export const CAPABILITIES = ['read', 'report', 'plan', 'govern', 'approve', 'audit', 'administer'] as const;
export type Capability = (typeof CAPABILITIES)[number];

/** A role, held over a subtree of the organisation (or all of it) and over a span of years (or all). */
export interface Grant {
  readonly role: Role;
  /** The unit whose subtree the role covers; null: the whole municipality. */
  readonly orgUnitId: string | null;
  readonly fromYear: number | null;
  readonly toYear: number | null;
}

export interface Actor {
  readonly userId: string;
  readonly name: string;
  readonly grants: readonly Grant[];
}

/** The fixed id of the installation's own user, created by the first migration: the CLI and the demo loader. */
export const LOCAL_USER_ID = '00000000-0000-4000-8000-000000000001';

/**
 * Work done by whoever can open the data folder or the database (the CLI, scheduled loads, the demo): they
 * could change the data directly, so they act as an administrator of everything.
 */
export const LOCAL_ACTOR: Actor = {
  userId: LOCAL_USER_ID,
  name: 'Lokal användare',
  grants: [{ role: 'administrator', orgUnitId: null, fromYear: null, toYear: null }],
};
