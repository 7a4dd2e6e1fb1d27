/**
 * `document-verdict-differs` (issue 9): the same goal's verdict stated differently in two places of one
 * document – the goal-fulfilment table's row ("Måluppfyllelse", a status cell in the row of the goal) and
 * the goal's own verdict under its heading ("Bedömning: Uppfyllt", a paragraph about that goal alone).
 * The places are those the model says are about the goal: a table row whose record is the goal, a paragraph
 * labelled "Bedömning" about that goal and no other. Compared as printed, ignoring case and spacing.
 * `fel`: one goal cannot be both "Uppfyllt" and "Delvis uppfyllt" in one document.
 */
import type { DocumentBlock } from '#core/document.ts';
import type { DocumentFinding } from './document-tables.ts';
import { headerOf, printedTables } from './document-tables.ts';

interface StatedVerdict {
  readonly goalId: string;
  readonly goalName: string;
  readonly verdict: string;
  /** "i tabellen ”Måluppfyllelse: Förvaltningsmål”", "under rubriken ”Goda arbetsplatser”". */
  readonly where: string;
  readonly block: number;
}

const normalised = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

function tableVerdicts(blocks: readonly DocumentBlock[]): StatedVerdict[] {
  return printedTables(blocks).flatMap((printed) =>
    printed.table.groups.flatMap((group) =>
      group.rows.flatMap((row): StatedVerdict[] => {
        const statuses = row.cells.filter((cell) => cell.kind === 'status' && cell.text.trim() !== '');
        if (row.ref?.kind !== 'goal' || statuses.length !== 1) {
          return [];
        }
        return [
          {
            goalId: row.ref.id,
            goalName: headerOf(row),
            verdict: (statuses[0] as { text: string }).text.trim(),
            where: `i tabellen ”${printed.table.caption}”`,
            block: printed.block,
          },
        ];
      }),
    ),
  );
}

function paragraphVerdicts(blocks: readonly DocumentBlock[]): StatedVerdict[] {
  let heading: string | null = null;
  return blocks.flatMap((block, index): StatedVerdict[] => {
    if (block.kind === 'heading') {
      heading = block.text;
      return [];
    }
    if (block.kind !== 'paragraph' || block.label?.trim() !== 'Bedömning') {
      return [];
    }
    const goals = (block.about ?? []).filter((subject) => subject.kind === 'goal');
    if (goals.length !== 1 || (block.about ?? []).length !== 1 || block.text.trim() === '') {
      return [];
    }
    const name = heading ?? 'målet';
    return [
      {
        goalId: (goals[0] as { id: string }).id,
        goalName: name,
        verdict: block.text.trim(),
        where: heading === null ? 'i målredovisningen' : `under rubriken ”${heading}”`,
        block: index,
      },
    ];
  });
}

export function checkDocumentVerdicts(blocks: readonly DocumentBlock[]): DocumentFinding[] {
  const stated = [...tableVerdicts(blocks), ...paragraphVerdicts(blocks)];
  const byGoal = new Map<string, StatedVerdict[]>();
  for (const verdict of stated) {
    byGoal.set(verdict.goalId, [...(byGoal.get(verdict.goalId) ?? []), verdict]);
  }
  return [...byGoal.values()].flatMap((places): DocumentFinding[] => {
    const first = places[0] as StatedVerdict;
    const other = places.find((place) => normalised(place.verdict) !== normalised(first.verdict));
    if (other === undefined) {
      return [];
    }
    // Named as the table names the goal; placed beside the goal's own verdict when it is one of the two.
    const own = [first, other].find((place) => place.where.startsWith('under')) ?? other;
    return [
      {
        ruleId: 'document-verdict-differs',
        severity: 'fel',
        message:
          `Målet ”${first.goalName}” bedöms ”${first.verdict}” ${first.where} men ”${other.verdict}” ` +
          `${other.where}. Samma mål kan bara ha en bedömning i dokumentet.`,
        place: `Bedömningen av målet ”${first.goalName}”`,
        block: own.block,
        about: { kind: 'goal', id: first.goalId },
      },
    ];
  });
}
