/**
 * Which texts a unit writes for a round: the text sections of the document the round's kind belongs to
 * (the closing → the verksamhetsberättelse, an interim round → the delårsrapport, the budget → the
 * förvaltningsbudget), by key, in the template's order (docs/adr/0028-narrative-texts.md). Pure.
 */
import type { RoundKind } from '#core/period.ts';
import { richTextToPlain } from '#core/rich-text.ts';
import {
  BUILTIN_TEMPLATES,
  type DocumentTemplate,
  type DocumentType,
  fillIn,
} from '../../documents/domain/index.ts';

/** The document a round's texts are written for. */
export function documentTypeOfRound(kind: RoundKind): DocumentType {
  switch (kind) {
    case 'closing':
      return 'annual';
    case 'budget':
      return 'budget';
    case 'april':
    case 'august':
    case 'october':
      return 'interim';
  }
}

/** A text the document asks for: its key and the heading it is printed under. */
export interface NarrativeSlot {
  readonly key: string;
  /** "Samlad bedömning och analys av ekonomi, verksamhet och personal"; for a section without a heading of
   * its own, the heading of the section it continues. */
  readonly heading: string;
  /** The headings it stands under ("Ekonomi › Driftsammandrag" for the analysis under that table), if any. */
  readonly chapter: string | null;
}

/** The texts of a template, in its order, each key once, with its headings filled in. */
export function narrativeSlots(
  template: DocumentTemplate,
  values: { readonly year: number; readonly unit: string; readonly period: string },
): NarrativeSlot[] {
  const slots: NarrativeSlot[] = [];
  // The headings above the current section, by level: a text's chapter and the section it continues.
  const above: (string | null)[] = [];
  for (const section of template.sections) {
    const heading = section.heading === null ? null : fillIn(section.heading, values);
    if (section.kind === 'text' && !slots.some((slot) => slot.key === section.key)) {
      const own = heading ?? above[section.level - 1] ?? section.key;
      // The headings it stands under, so that the three "Analys och kommentar" tell themselves apart.
      const under = above.slice(1, heading === null ? section.level - 1 : section.level);
      const path = under.filter((text): text is string => typeof text === 'string').join(' › ');
      slots.push({ key: section.key, heading: own, chapter: path === '' ? null : path });
    }
    if (heading !== null) {
      above[section.level] = heading;
      above.length = section.level + 1;
    }
  }
  return slots;
}

/** The texts a round asks of a unit. */
export function slotsForRound(
  round: { readonly kind: RoundKind; readonly year: number; readonly name: string },
  unit: string,
): { type: DocumentType; slots: NarrativeSlot[] } {
  const type = documentTypeOfRound(round.kind);
  return {
    type,
    slots: narrativeSlots(BUILTIN_TEMPLATES[type], { year: round.year, unit, period: round.name }),
  };
}

/** Whether the document asks the round for a text under this key. */
export function isNarrativeKey(kind: RoundKind, key: string): boolean {
  const template = BUILTIN_TEMPLATES[documentTypeOfRound(kind)];
  return template.sections.some((section) => section.kind === 'text' && section.key === key);
}

export type NarrativeState = 'written' | 'missing';

export const NARRATIVE_STATE_LABELS: Readonly<Record<NarrativeState, string>> = {
  written: 'Skriven',
  missing: 'Saknas',
};

/** A text is written when it has something a reader sees; an empty or deleted one is missing. */
export function narrativeState(body: string | null | undefined): NarrativeState {
  return body != null && richTextToPlain(body).trim() !== '' ? 'written' : 'missing';
}
