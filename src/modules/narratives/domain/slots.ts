/**
 * Which texts a unit writes for a round: the text sections of the document the round's kind belongs to
 * (the closing → the verksamhetsberättelse, an interim round → the delårsrapport, the budget → the
 * förvaltningsbudget, and with it the internkontrollplan), by key, in the order of the template that holds
 * now (docs/adr/0028-narrative-texts.md; the templates come in, as stored: docs/adr/0029-stored-templates.md).
 * Pure.
 */
import type { RoundKind } from '#core/period.ts';
import { richTextToPlain } from '#core/rich-text.ts';
import {
  DOCUMENT_TYPES,
  type DocumentTemplate,
  type DocumentType,
  fillIn,
  templateTextKeys,
} from '../../documents/domain/index.ts';

/** Every document type's template as documents are made from it now. */
export type Templates = Readonly<Record<DocumentType, DocumentTemplate>>;

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

/**
 * The other documents whose texts are written in a round of this kind: those whose template reports by it
 * (the internkontrollplan, decided with the budget).
 */
function companionTypes(kind: RoundKind, templates: Templates): DocumentType[] {
  const own = documentTypeOfRound(kind);
  return DOCUMENT_TYPES.filter((type) => type !== own && templates[type].roundKind === kind);
}

/**
 * The texts a round asks of a unit: its document's, then those of the documents written alongside it
 * (the internkontrollplan's introduction in the budget round), each under the document's title.
 */
export function slotsForRound(
  round: { readonly kind: RoundKind; readonly year: number; readonly name: string },
  unit: string,
  templates: Templates,
): { type: DocumentType; slots: NarrativeSlot[] } {
  const type = documentTypeOfRound(round.kind);
  const values = { year: round.year, unit, period: round.name };
  const slots = narrativeSlots(templates[type], values);
  for (const other of companionTypes(round.kind, templates)) {
    const template = templates[other];
    const title = fillIn(template.title, values);
    for (const slot of narrativeSlots(template, values)) {
      if (!slots.some((known) => known.key === slot.key)) {
        slots.push({ ...slot, chapter: slot.chapter === null ? title : `${title} › ${slot.chapter}` });
      }
    }
  }
  return { type, slots };
}

/** The documents whose texts a round of this kind holds: its own and those written alongside it. */
export function roundDocumentTypes(kind: RoundKind, templates: Templates): DocumentType[] {
  return [documentTypeOfRound(kind), ...companionTypes(kind, templates)];
}

/** Whether a document of the round asks for a text under this key. */
export function isNarrativeKey(kind: RoundKind, key: string, templates: Templates): boolean {
  return roundDocumentTypes(kind, templates).some((type) =>
    templateTextKeys(templates[type].sections).includes(key),
  );
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
