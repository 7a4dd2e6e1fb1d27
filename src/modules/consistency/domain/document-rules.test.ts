import { describe, expect, it } from 'vitest';
import type { DocumentBlock } from '#core/document.ts';
import { documentChecksSummary, runDocumentChecks } from './document-rules.ts';
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
});
