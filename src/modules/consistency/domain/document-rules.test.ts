import { describe, expect, it } from 'vitest';
import type { DocumentBlock } from '#core/document.ts';
import { documentChecksSummary, runDocumentChecks } from './document-rules.ts';
import { annual2019Blocks, annual2019Statement } from './document-seed-tables.ts';
import { netRows, statementTable, table } from './test-documents.ts';

describe('every rule over a document’s own content', () => {
  it('is silent on a consistent document', () => {
    expect(
      runDocumentChecks([{ kind: 'heading', level: 1, text: 'Ekonomi' }, table(statementTable())]),
    ).toEqual([]);
    expect(documentChecksSummary([])).toBe('Dokumentets egna kontroller: 0 fel, 0 varningar, 0 noteringar.');
  });

  it('sorts by severity, then by place in the document, and counts by severity', () => {
    const total = netRows('total', 'Summa', [
      ['−600', '69 401', '68 686'],
      ['0', '104 101', '104 101'],
      ['−716', '34 700', '−35 415'],
    ]);
    const blocks: DocumentBlock[] = [
      { kind: 'notice', text: 'Text saknas: Framåtblick', placeholder: true },
      table(statementTable({ total })),
    ];
    const found = runDocumentChecks(blocks);
    expect(found.map((finding) => [finding.severity, finding.ruleId, finding.block])).toEqual([
      ['fel', 'document-total-not-sum', 1],
      ['fel', 'document-net-not-parts', 1],
      ['varning', 'document-section-empty', 0],
    ]);
    expect(documentChecksSummary(found)).toBe('Dokumentets egna kontroller: 2 fel, 1 varning, 0 noteringar.');
  });

  it('runs the variance and sign rules too: 002’s statement with its comments unwritten (002:134-147)', () => {
    const found = runDocumentChecks(annual2019Blocks(annual2019Statement(), []));
    expect(found.map((finding) => [finding.severity, finding.ruleId, finding.block])).toEqual([
      // The seed's own error: its Bokslut 2018 column sums to 7 402, its sum says 8 198.
      ['fel', 'document-total-not-sum', 1],
      ['varning', 'document-variance-uncommented', 1],
      ['varning', 'document-variance-uncommented', 1],
      ['varning', 'document-variance-uncommented', 1],
      ['varning', 'document-variance-uncommented', 1],
      ['varning', 'document-section-empty', 3],
    ]);
    expect(runDocumentChecks(annual2019Blocks()).map((finding) => finding.ruleId)).toEqual([
      'document-total-not-sum',
    ]);
  });
});
