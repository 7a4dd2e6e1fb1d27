import { describe, expect, it } from 'vitest';
import type { DocumentBlock } from '#core/document.ts';
import { checkEmptySections, checkFootnoteMarkers } from './document-completeness.ts';
import { statementTable, table } from './test-documents.ts';

describe('a footnote marker with no footnote', () => {
  it('is silent when every marker has its note', () => {
    expect(checkFootnoteMarkers([table(statementTable())])).toEqual([]);
  });

  it('warns of a marker whose note is missing, saying where it stands and which notes there are', () => {
    const model = statementTable();
    const [first, total] = model.groups;
    const marked = {
      ...model,
      groups: [
        first,
        {
          ...total,
          rows: total?.rows.map((row, index) =>
            index === 0
              ? { ...row, cells: row.cells.map((cell, at) => (at === 0 ? { ...cell, markers: [2] } : cell)) }
              : row,
          ),
        },
      ],
    } as typeof model;
    expect(checkFootnoteMarkers([{ kind: 'heading', level: 1, text: 'Ekonomi' }, table(marked)])).toEqual([
      {
        ruleId: 'document-footnote-missing',
        severity: 'varning',
        message:
          'Fotnot 2 saknas men markeras (2 vid ”Summa” i kolumnen ”Bokslut 2023”); tabellen har bara fotnot 1.',
        place: 'Tabellen ”Driftsammandrag Verksamhetsstöd och service 2023, belopp i tkr”',
        block: 1,
      },
    ]);
    expect(checkFootnoteMarkers([table({ ...marked, footnotes: [] })])[0]?.message).toBe(
      'Fotnoterna 1, 2 saknas men markeras (1 vid radrubriken ”Summa”; 2 vid ”Summa” i kolumnen ”Bokslut ' +
        '2023”); tabellen har inga fotnoter.',
    );
  });
});

describe('a required text section left empty', () => {
  const blocks: DocumentBlock[] = [
    { kind: 'heading', level: 1, text: 'Ekonomi' },
    { kind: 'heading', level: 2, text: 'Analys och kommentar' },
    { kind: 'notice', text: 'Text saknas: Analys och kommentar', placeholder: true },
    { kind: 'heading', level: 2, text: 'Driftsammandrag' },
    { kind: 'notice', text: 'Ingen huvudbok eller budget är inläst för 2019.', placeholder: false },
    { kind: 'heading', level: 1, text: 'Framåtblick' },
    {
      kind: 'richText',
      blocks: [{ type: 'paragraph', runs: [{ text: 'Skrivet.', bold: false, italic: false, href: null }] }],
      about: [{ kind: 'text', id: 'outlook' }],
    },
  ];

  it('is silent on written sections and on a notice that is no placeholder', () => {
    const written = blocks.filter((block) => block.kind !== 'notice' || !block.placeholder);
    // Only the draft's placeholder says a section is empty, whatever a notice's words.
    const said: DocumentBlock = { kind: 'notice', text: 'Text saknas: Framåtblick', placeholder: false };
    expect(checkEmptySections([...written, said])).toEqual([]);
  });

  it('warns of each placeholder, named with the part it is in', () => {
    expect(checkEmptySections(blocks)).toEqual([
      {
        ruleId: 'document-section-empty',
        severity: 'varning',
        message:
          'Avsnittet ”Analys och kommentar” under ”Ekonomi” saknar text. Mallen kräver en skriven text där, och ' +
          'dokumentet kan inte godkännas förrän den är skriven.',
        place: 'Avsnittet ”Analys och kommentar” under ”Ekonomi”',
        block: 2,
      },
    ]);
  });
});
