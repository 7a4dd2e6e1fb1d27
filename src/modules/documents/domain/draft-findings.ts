/**
 * The consistency checks' findings in a draft (issue 9): each finding beside the place it is about where the
 * document prints that place, the rest in one list at the start under "Kontroller före godkännande" with the
 * counts. A reviewer reads them where the figures and verdicts stand; approval takes every one of them out,
 * so an approved version, its checksum and its files never hold a finding (docs/adr/0027-documents.md). Pure:
 * the checks are run by the consistency module, which hands over the findings already in Swedish.
 */
import type {
  BlockSubject,
  DocumentBlock,
  DraftFinding,
  DraftFindings,
  FindingNote,
  FindingsBlock,
} from '#core/document.ts';
import type { DocumentModel } from './document.ts';

export const FINDINGS_TITLE = 'Kontroller före godkännande';

const aboutOf = (block: DocumentBlock): readonly BlockSubject[] =>
  'about' in block && block.about ? block.about : [];

const prints = (block: DocumentBlock, subject: BlockSubject) =>
  aboutOf(block).some((candidate) => candidate.kind === subject.kind && candidate.id === subject.id);

/**
 * The index of the block a finding goes after: of the runs of consecutive blocks that print its record, the
 * most specific – the one with a block about the fewest records (a goal's verdict rather than the summary
 * table of every goal), the first of equals – and its last block, so the finding follows the verdict with
 * its analysis rather than splitting them. Null when the document prints the record nowhere.
 */
export function placeOf(blocks: readonly DocumentBlock[], subject: BlockSubject): number | null {
  let best: { end: number; breadth: number } | null = null;
  let index = 0;
  while (index < blocks.length) {
    if (!prints(blocks[index] as DocumentBlock, subject)) {
      index += 1;
      continue;
    }
    let breadth = Number.POSITIVE_INFINITY;
    while (index < blocks.length && prints(blocks[index] as DocumentBlock, subject)) {
      breadth = Math.min(breadth, aboutOf(blocks[index] as DocumentBlock).length);
      index += 1;
    }
    if (best === null || breadth < best.breadth) {
      best = { end: index - 1, breadth };
    }
  }
  return best?.end ?? null;
}

const note = ({ about: _about, block: _block, ...rest }: DraftFinding): FindingNote => rest;

/**
 * Where a finding goes: after the block it names, when it names one of the document's own (a rule over the
 * document's content); else after the blocks that print its record; null when the document prints neither.
 */
function placeOfFinding(blocks: readonly DocumentBlock[], finding: DraftFinding): number | null {
  if (finding.block !== undefined) {
    return Number.isInteger(finding.block) && finding.block >= 0 && finding.block < blocks.length
      ? finding.block
      : null;
  }
  return finding.about === null ? null : placeOf(blocks, finding.about);
}

/** What the list says after the counts: where the findings stand, and that approval takes them out. */
function whereSaid(placed: number, listed: number): string {
  const where =
    placed + listed === 0
      ? ''
      : listed === 0
        ? 'Alla fynd står vid sitt ställe i dokumentet. '
        : placed === 0
          ? 'Inget fynd gäller något som dokumentet visar; alla står här. '
          : `${placed} fynd står vid sitt ställe i dokumentet; ` +
            `${listed} gäller något som dokumentet inte visar och står här. `;
  return `${where}Fynden visas bara i utkast och tas bort när dokumentet godkänns.`;
}

/**
 * The draft with the findings: after the blocks that print a finding's record, or after the block a finding
 * about the document's own content names, a block of the findings about it (in the order given: the checks
 * sort by severity); first, the list of the others with the counts. A final document is returned as it is:
 * it never holds a finding.
 */
export function annotateDraft(model: DocumentModel, found: DraftFindings): DocumentModel {
  if (!model.meta.draft) {
    return model;
  }
  const beside = new Map<number, FindingNote[]>();
  const listed: FindingNote[] = [];
  for (const finding of found.findings) {
    const at = placeOfFinding(model.blocks, finding);
    if (at === null) {
      listed.push(note(finding));
    } else {
      beside.set(at, [...(beside.get(at) ?? []), note(finding)]);
    }
  }
  const placed = found.findings.length - listed.length;
  const list: FindingsBlock = {
    kind: 'findings',
    list: { title: FINDINGS_TITLE, summary: `${found.summary} ${whereSaid(placed, listed.length)}` },
    notes: listed,
  };
  const blocks = model.blocks.flatMap((block, index): DocumentBlock[] => {
    const notes = beside.get(index);
    return notes ? [block, { kind: 'findings', notes }] : [block];
  });
  return { ...model, blocks: [list, ...blocks] };
}

/** The document without any finding: what approval freezes and what a comparison compares. */
export function withoutFindings(model: DocumentModel): DocumentModel {
  return model.blocks.some((block) => block.kind === 'findings')
    ? { ...model, blocks: model.blocks.filter((block) => block.kind !== 'findings') }
    : model;
}
