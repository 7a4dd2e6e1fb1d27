/**
 * The texts in the documents: the documents module fills each text section of a template from the
 * generator named `TEXT_SECTION_GENERATOR` with the section's key as its option, and this module offers it.
 * A written text is its rich text under the section's heading; an unwritten one gives nothing, and a draft
 * then says "Text saknas: …" (docs/adr/0028-narrative-texts.md).
 */
import { richTextToBlocks } from '#core/rich-text.ts';
import { TEXT_SECTION_GENERATOR } from '../documents/domain/index.ts';
import type { DocumentSectionGenerator } from '../module-definition.ts';
import { findNarrative } from './db/narrative-repository.ts';

export const narrativeTextSection: DocumentSectionGenerator = {
  name: TEXT_SECTION_GENERATOR,
  label: 'Skriven text',
  async generate(ctx, { unitId, roundId, options }) {
    if (roundId === null || typeof options.key !== 'string') {
      return [];
    }
    const text = await findNarrative(ctx.db, unitId, roundId, options.key);
    const blocks = richTextToBlocks(text?.body ?? null);
    // The text says which it is, so that a draft can place the checks' findings about it beside it.
    return blocks.length === 0
      ? []
      : [{ kind: 'richText', blocks, about: [{ kind: 'text', id: options.key }] }];
  },
};
