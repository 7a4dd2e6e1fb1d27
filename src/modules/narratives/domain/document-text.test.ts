import { describe, expect, it } from 'vitest';
import { heading, notice } from '#core/document.ts';
import { richTextToBlocks } from '#core/rich-text.ts';
import { type SectionSpec, sectionBlocks } from '../../documents/domain/index.ts';

const values = { year: 2019, unit: 'VSS', period: 'Bokslut 2019' };
const spec: SectionSpec = { kind: 'text', key: 'outlook', level: 1, heading: 'Framåtblick' };
const written = [{ kind: 'richText' as const, blocks: richTextToBlocks('<p>Flytten till Ebbepark.</p>') }];

describe('a text section of a document', () => {
  it('holds the written text under its heading, in a draft and a final document alike', () => {
    expect(sectionBlocks(spec, written, values, true)).toEqual([heading(1, 'Framåtblick'), ...written]);
    expect(sectionBlocks(spec, written, values, false)).toEqual([heading(1, 'Framåtblick'), ...written]);
  });

  it('says "Text saknas" in a draft when nothing is written, and leaves a final document without it', () => {
    for (const generated of [undefined, []]) {
      expect(sectionBlocks(spec, generated, values, true)).toEqual([
        heading(1, 'Framåtblick'),
        notice('Text saknas: Framåtblick', true),
      ]);
      expect(sectionBlocks(spec, generated, values, false)).toEqual([]);
    }
  });
});
