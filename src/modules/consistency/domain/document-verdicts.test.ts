import { describe, expect, it } from 'vitest';
import type { DocumentBlock } from '#core/document.ts';
import { cell, type TableModel } from '#core/table.ts';
import { checkDocumentVerdicts } from './document-verdicts.ts';

const GOAL = { kind: 'goal' as const, id: 'goda-arbetsplatser' };
const OTHER = { kind: 'goal' as const, id: 'effektiva-inkop' };

/** The goal-fulfilment table as the assessments module prints it (002:71-82). */
function summary(verdicts: Record<string, string>): TableModel {
  const names: Record<string, string> = { [GOAL.id]: 'Goda arbetsplatser', [OTHER.id]: 'Effektiva inköp' };
  return {
    key: 'goal-fulfilment',
    caption: 'Måluppfyllelse: Förvaltningsmål',
    groupLabel: 'Målområde',
    columns: [
      { key: 'goal', label: 'Förvaltningsmål', align: 'start' },
      { key: 'verdict', label: 'Bedömning', align: 'start' },
    ],
    groups: [
      {
        key: 'Medarbetare',
        heading: 'Medarbetare',
        description: null,
        note: null,
        ref: null,
        rows: Object.entries(verdicts).map(([id, verdict]) => ({
          key: id,
          depth: 0,
          role: 'row' as const,
          header: cell(names[id] ?? id, { ref: { kind: 'goal', id } }),
          cells: [cell(verdict, { kind: 'status' })],
          ref: { kind: 'goal', id },
        })),
      },
    ],
    footnotes: [],
  };
}

/** A goal's heading and verdict in the målredovisning (002:262-274). */
const goalBlocks = (goal: typeof GOAL, name: string, verdict: string): DocumentBlock[] => [
  { kind: 'heading', level: 3, text: name, about: [goal] },
  { kind: 'paragraph', text: verdict, label: 'Bedömning', about: [goal] },
  { kind: 'richText', blocks: [], about: [goal] },
];

const documentWith = (summaryVerdict: string, ownVerdict: string): DocumentBlock[] => [
  {
    kind: 'table',
    table: summary({ [GOAL.id]: summaryVerdict, [OTHER.id]: 'Delvis uppfyllt' }),
    about: [GOAL, OTHER],
  },
  { kind: 'heading', level: 2, text: 'Målredovisning' },
  ...goalBlocks(OTHER, 'Effektiva inköp', 'Delvis uppfyllt'),
  ...goalBlocks(GOAL, 'Goda arbetsplatser', ownVerdict),
];

describe('the same goal’s verdict stated differently in one document', () => {
  it('is silent when the summary and the goal’s own verdict agree, case and spacing aside', () => {
    expect(checkDocumentVerdicts(documentWith('Uppfyllt', 'Uppfyllt'))).toEqual([]);
    expect(checkDocumentVerdicts(documentWith('Delvis uppfyllt', 'delvis  uppfyllt'))).toEqual([]);
  });

  it('calls two verdicts of one goal an error, beside the goal’s own verdict', () => {
    expect(checkDocumentVerdicts(documentWith('Uppfyllt', 'Delvis uppfyllt'))).toEqual([
      {
        ruleId: 'document-verdict-differs',
        severity: 'fel',
        message:
          'Målet ”Goda arbetsplatser” bedöms ”Uppfyllt” i tabellen ”Måluppfyllelse: Förvaltningsmål” men ' +
          '”Delvis uppfyllt” under rubriken ”Goda arbetsplatser”. Samma mål kan bara ha en bedömning i dokumentet.',
        place: 'Bedömningen av målet ”Goda arbetsplatser”',
        block: 6,
        about: GOAL,
      },
    ]);
  });

  it('reads only verdicts the model says are about one goal', () => {
    const blocks = documentWith('Uppfyllt', 'Uppfyllt');
    // A paragraph labelled Bedömning about two goals, or about none, states no goal's verdict.
    const shared: DocumentBlock = {
      kind: 'paragraph',
      text: 'Ej uppfyllt',
      label: 'Bedömning',
      about: [GOAL, OTHER],
    };
    const loose: DocumentBlock = { kind: 'paragraph', text: 'Ej uppfyllt', label: 'Bedömning' };
    const unlabelled: DocumentBlock = { kind: 'paragraph', text: 'Ej uppfyllt', about: [GOAL] };
    expect(checkDocumentVerdicts([...blocks, shared, loose, unlabelled])).toEqual([]);
  });
});
