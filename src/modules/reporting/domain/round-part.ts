/**
 * A unit's part of a reporting round and how it moves: not started → in progress → ready for review →
 * approved, or back to in progress with a comment. Pure: the service asks it what an action leads to, and
 * the pages ask it which actions to offer.
 */
import type { Capability } from '#core/actor.ts';

export const PART_STATES = ['notStarted', 'inProgress', 'readyForReview', 'approved'] as const;
export type PartState = (typeof PART_STATES)[number];

export const PART_ACTIONS = ['start', 'markReady', 'sendBack', 'approve', 'reopen'] as const;
export type PartAction = (typeof PART_ACTIONS)[number];

export const STATE_LABELS: Readonly<Record<PartState, string>> = {
  notStarted: 'Ej påbörjad',
  inProgress: 'Pågår',
  readyForReview: 'Klar för granskning',
  approved: 'Godkänd',
};

export const ACTION_LABELS: Readonly<Record<PartAction, string>> = {
  start: 'Påbörja',
  markReady: 'Klarmarkera',
  sendBack: 'Skicka tillbaka',
  approve: 'Godkänn',
  reopen: 'Öppna igen',
};

interface Transition {
  readonly from: readonly PartState[];
  readonly to: PartState;
  /** Who may: reporters mark their own work ready; controllers (planners) send it back; approvers approve. */
  readonly capability: Capability;
  /** Sending back and reopening say why. */
  readonly needsComment: boolean;
}

const TRANSITIONS: Readonly<Record<PartAction, Transition>> = {
  start: { from: ['notStarted'], to: 'inProgress', capability: 'report', needsComment: false },
  markReady: {
    from: ['notStarted', 'inProgress'],
    to: 'readyForReview',
    capability: 'report',
    needsComment: false,
  },
  sendBack: { from: ['readyForReview'], to: 'inProgress', capability: 'plan', needsComment: true },
  approve: { from: ['readyForReview'], to: 'approved', capability: 'approve', needsComment: false },
  reopen: { from: ['approved'], to: 'inProgress', capability: 'approve', needsComment: true },
};

export function transitionOf(action: PartAction): Transition {
  return TRANSITIONS[action];
}

/** The actions that lead somewhere from a state, for whoever holds the capability. */
export function actionsFrom(state: PartState, may: (capability: Capability) => boolean): PartAction[] {
  return PART_ACTIONS.filter(
    (action) => TRANSITIONS[action].from.includes(state) && may(TRANSITIONS[action].capability),
  );
}

/** True when the unit's part is done as far as the round goes: ready for review or approved. */
export function isDone(state: PartState): boolean {
  return state === 'readyForReview' || state === 'approved';
}

/** Late: the deadline (a date, ÅÅÅÅ-MM-DD) has passed and the part is not done. */
export function isLate(state: PartState, deadline: string, today: string): boolean {
  return !isDone(state) && today > deadline;
}

/** "12 av 18 enheter klara" */
export function progressText(done: number, total: number): string {
  return `${done} av ${total} ${total === 1 ? 'enhet' : 'enheter'} klara`;
}

/** Records of an approved part, or of a closed round, are locked: what the board got stays as it was. */
export function lockReason(
  roundClosed: boolean,
  state: PartState | null,
): 'roundClosed' | 'partApproved' | null {
  if (roundClosed) {
    return 'roundClosed';
  }
  return state === 'approved' ? 'partApproved' : null;
}
