/**
 * What a document leaves out (issue 9):
 *
 * - `document-footnote-missing` – a footnote marker ("4,4¹") in a table whose footnotes have no note of that
 *   number. `varning`: the figure can be right, but the reader is pointed at an explanation that is not there.
 * - `document-section-empty` – a text section of the template left without text: the draft's placeholder
 *   ("Text saknas: Framåtblick"), which the documents module puts where a template's text section has no
 *   written text, or only blank text. Every text section of a template is required – approval refuses a
 *   document that still holds a placeholder – so each is said. `varning`: nothing contradicts anything,
 *   but the document cannot be approved as it stands.
 *
 * A large variance with no comment is `document-variance-uncommented`'s (document-variance-uncommented.ts):
 * it reads the texts at a table, which a placeholder found here leaves empty.
 */
import type { DocumentBlock } from '#core/document.ts';
import type { TableCell } from '#core/table.ts';
import { columnLabel, type DocumentFinding, flatRows, headerOf, printedTables } from './document-tables.ts';

interface Marker {
  readonly marker: number;
  /** "vid ”Summa” i kolumnen ”Bokslut 2023”", "vid radrubriken ”Summa”". */
  readonly where: string;
}

const PLACEHOLDER = /^Text saknas:\s*(.+)$/;

export function checkFootnoteMarkers(blocks: readonly DocumentBlock[]): DocumentFinding[] {
  return printedTables(blocks).flatMap((printed): DocumentFinding[] => {
    const { table } = printed;
    const notes = new Set(table.footnotes.map((note) => note.marker));
    const markers: Marker[] = flatRows(table).flatMap(({ row }) => {
      const ofCell = (cell: TableCell, where: string) =>
        cell.markers.filter((marker) => !notes.has(marker)).map((marker) => ({ marker, where }));
      return [
        ...ofCell(row.header, `vid radrubriken ”${headerOf(row)}”`),
        ...row.cells.flatMap((cell, cellIndex) =>
          ofCell(cell, `vid ”${headerOf(row)}” i kolumnen ”${columnLabel(table, cellIndex)}”`),
        ),
      ];
    });
    if (markers.length === 0) {
      return [];
    }
    const numbers = [...new Set(markers.map((marker) => marker.marker))].sort((a, b) => a - b);
    const has =
      notes.size === 0
        ? 'tabellen har inga fotnoter'
        : `tabellen har bara ${notes.size === 1 ? 'fotnot' : 'fotnoterna'} ${[...notes].sort((a, b) => a - b).join(', ')}`;
    const where = markers
      .slice(0, 3)
      .map((marker) => `${marker.marker} ${marker.where}`)
      .join('; ');
    const more = markers.length > 3 ? ` och ${markers.length - 3} till` : '';
    return [
      {
        ruleId: 'document-footnote-missing',
        severity: 'varning',
        message:
          `${numbers.length === 1 ? 'Fotnot' : 'Fotnoterna'} ${numbers.join(', ')} saknas men markeras ` +
          `(${where}${more}); ${has}.`,
        place: printed.label,
        block: printed.block,
      },
    ];
  });
}

/**
 * The section a placeholder stands in, named by the heading above it and, since several sections may share
 * a heading ("Analys och kommentar"), the heading of the part it is in: "”Analys och kommentar” under
 * ”Driftsammandrag”".
 */
function sectionName(blocks: readonly DocumentBlock[], index: number, title: string): string {
  const own = blocks
    .slice(0, index)
    .findLastIndex((block) => block.kind === 'heading' && block.text.trim() === title);
  const ownBlock = blocks[own];
  if (own === -1 || ownBlock?.kind !== 'heading') {
    return `”${title}”`;
  }
  const part = blocks
    .slice(0, own)
    .findLast((block) => block.kind === 'heading' && block.level < ownBlock.level);
  return part?.kind === 'heading' ? `”${title}” under ”${part.text.trim()}”` : `”${title}”`;
}

export function checkEmptySections(blocks: readonly DocumentBlock[]): DocumentFinding[] {
  return blocks.flatMap((block, index): DocumentFinding[] => {
    if (block.kind !== 'notice' || !block.placeholder) {
      return [];
    }
    const title = PLACEHOLDER.exec(block.text.trim())?.[1]?.trim();
    if (title === undefined) {
      return [];
    }
    const name = sectionName(blocks, index, title);
    return [
      {
        ruleId: 'document-section-empty',
        severity: 'varning',
        message:
          `Avsnittet ${name} saknar text. Mallen kräver en skriven text där, och dokumentet kan inte ` +
          'godkännas förrän den är skriven.',
        place: `Avsnittet ${name}`,
        block: index,
      },
    ];
  });
}
