/**
 * The demo's users, one per role, all with the demo's password (shown on the sign-in page). The unit-bound
 * roles hold Verksamhetsstöd och service, whose goals, economy and reports the demo follows.
 */
import type { Role } from '#core/actor.ts';

export const DEMO_USERS: readonly { username: string; name: string; role: Role; unit: 'VSS' | null }[] = [
  { username: 'admin', name: 'Astrid Berg', role: 'administrator', unit: null },
  { username: 'kommunledning', name: 'Karl Lindqvist', role: 'centralController', unit: null },
  { username: 'controller', name: 'Cecilia Ek', role: 'controller', unit: 'VSS' },
  { username: 'rapportor', name: 'Rasmus Nyberg', role: 'reporter', unit: 'VSS' },
  { username: 'godkannare', name: 'Gunilla Holm', role: 'approver', unit: 'VSS' },
  { username: 'lasare', name: 'Lars Sund', role: 'reader', unit: null },
  { username: 'revisor', name: 'Ruth Falk', role: 'auditor', unit: null },
];
