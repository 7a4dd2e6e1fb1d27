/** Swedish texts of the reporting module. */
import { defineErrors } from '#core/errors.ts';
import { ACTION_LABELS, type PartAction, type PartState, STATE_LABELS } from './domain/round-part.ts';

/** "Målet ”…” finns inte 2023.": a round's subset names what the round's year has. */
const notInYear = (what: string, id: string, year: number) => `${what} ”${id}” finns inte ${year}.`;

export const reportingErrors = defineErrors('reporting', {
  action_not_allowed: {
    kind: 'conflict',
    text: (action: PartAction, state: PartState) =>
      `”${ACTION_LABELS[action]}” går inte när enhetens del är ”${STATE_LABELS[state].toLowerCase()}”.`,
  },
  comment_required: {
    kind: 'invalid',
    field: 'comment',
    text: (action: PartAction) => `Skriv varför (kommentar) när du väljer ”${ACTION_LABELS[action]}”.`,
  },
  round_closed: {
    kind: 'conflict',
    text: (round: string) => `${round} är stängt: utfall och bedömningar kan inte längre ändras.`,
  },
  part_approved: {
    kind: 'conflict',
    text: (unit: string, round: string) =>
      `${unit}s del av ${round} är godkänd och därför låst. Den som godkänner kan öppna den igen.`,
  },
  part_exists: {
    kind: 'conflict',
    text: () => 'Enhetens del av uppföljningen har redan skapats av någon annan. Ladda om sidan.',
  },
  reminder_round_closed: {
    kind: 'conflict',
    text: (round: string) => `${round} är stängt: inga påminnelser skickas.`,
  },
  nothing_to_remind: {
    kind: 'conflict',
    text: (reasons: string) => `Ingen påminnelse skickades. ${reasons}`,
  },
  /** The refusals of the approval checks (approval-checks.ts), each already a sentence in Swedish. */
  approval_blocked: {
    // Not a conflict: reloading changes nothing; the errors must be resolved or acknowledged first.
    kind: 'invalid',
    text: (refusals: string) => refusals,
  },
  subset_goal_unknown: {
    kind: 'invalid',
    text: (_index: number, id: string, year: number) => notInYear('Målet', id, year),
    fields: (index: number, id: string, year: number) => [
      { path: `goalIds.${index}`, message: notInYear('Målet', id, year) },
    ],
  },
  subset_indicator_unknown: {
    kind: 'invalid',
    text: (_index: number, id: string, year: number) => notInYear('Indikatorn', id, year),
    fields: (index: number, id: string, year: number) => [
      { path: `indicatorIds.${index}`, message: notInYear('Indikatorn', id, year) },
    ],
  },
  subset_changed: {
    kind: 'conflict',
    text: () => 'Någon annan ändrade tillfällets urval samtidigt. Ladda om sidan och välj igen.',
  },
});
