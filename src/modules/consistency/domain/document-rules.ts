/**
 * Every rule over a generated document's own content (issue 9), in one call: the findings sorted by severity
 * and then by where they stand in the document. Pure: given the blocks of the assembled document model.
 */
import type { DocumentBlock } from '#core/document.ts';
import { checkEmptySections, checkFootnoteMarkers } from './document-completeness.ts';
import { checkSignsBetweenTables } from './document-sign-between-tables.ts';
import { checkNetConventions, checkSignConventions } from './document-signs.ts';
import type { DocumentFinding } from './document-tables.ts';
import { checkDocumentTotals } from './document-totals.ts';
import { checkVaravRows } from './document-varav.ts';
import { checkVarianceConventions } from './document-variance-convention.ts';
import { checkUncommentedVariances } from './document-variance-uncommented.ts';
import { checkDocumentVerdicts } from './document-verdicts.ts';
import { DOCUMENT_RULE_IDS, SEVERITIES, type Severity } from './finding.ts';
import { errorCount } from './report-text.ts';

export function runDocumentChecks(blocks: readonly DocumentBlock[]): DocumentFinding[] {
  const found = [
    ...checkDocumentTotals(blocks),
    ...checkVaravRows(blocks),
    ...checkNetConventions(blocks),
    ...checkSignConventions(blocks),
    ...checkDocumentVerdicts(blocks),
    ...checkFootnoteMarkers(blocks),
    ...checkEmptySections(blocks),
    ...checkVarianceConventions(blocks),
    ...checkSignsBetweenTables(blocks),
    ...checkUncommentedVariances(blocks),
  ];
  return found.sort(
    (a, b) =>
      SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
      a.block - b.block ||
      DOCUMENT_RULE_IDS.indexOf(a.ruleId) - DOCUMENT_RULE_IDS.indexOf(b.ruleId),
  );
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * "Dokumentets egna kontroller: 1 fel (varav 1 kvitterat), 8 varningar, 0 noteringar." – an error counts as
 * acknowledged when it carries its acknowledgement (`withDocumentAcknowledgements`).
 */
export function documentChecksSummary(
  findings: readonly (DocumentFinding & { readonly acknowledgement?: object | null })[],
): string {
  const count = (severity: Severity) => findings.filter((finding) => finding.severity === severity).length;
  const acknowledged = findings.filter((finding) => finding.severity === 'fel' && finding.acknowledgement);
  return (
    `Dokumentets egna kontroller: ${errorCount(count('fel'), acknowledged.length)}, ` +
    `${plural(count('varning'), 'varning', 'varningar')}, ` +
    `${plural(count('notering'), 'notering', 'noteringar')}.`
  );
}
