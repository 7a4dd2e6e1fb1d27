/** How the reporting pages put a part's state, its moves and its deadline into Swedish words. */
import type { BadgeTone } from '#web/kit/badge.tsx';
import { ACTION_LABELS, type PartAction, type PartState } from '../domain/round-part.ts';

/** The badge beside a state's name: an icon and a word, never colour alone. */
export const STATE_TONES: Readonly<Record<PartState, BadgeTone>> = {
  notStarted: 'neutral',
  inProgress: 'mid',
  readyForReview: 'good',
  approved: 'good',
};

/** What the page says once a move is saved. */
export const ACTION_CONFIRMATIONS: Readonly<Record<PartAction, string>> = {
  start: 'Delen är påbörjad.',
  markReady: 'Delen är klarmarkerad.',
  sendBack: 'Delen är skickad tillbaka med din kommentar.',
  approve: 'Delen är godkänd.',
  reopen: 'Delen är öppnad igen med din kommentar.',
};

/** Sending back and reopening say why (the server refuses them without a comment, too). */
export const NEEDS_COMMENT: ReadonlySet<PartAction> = new Set(['sendBack', 'reopen']);

export function commentRequiredText(action: PartAction): string {
  return `Skriv varför (kommentar) när du väljer ”${ACTION_LABELS[action]}”.`;
}

/** "Ingen enhet är sen.", "1 enhet är sen.", "3 enheter är sena." */
export function lateText(late: number): string {
  if (late === 0) {
    return 'Ingen enhet är sen.';
  }
  return late === 1 ? '1 enhet är sen.' : `${late} enheter är sena.`;
}
