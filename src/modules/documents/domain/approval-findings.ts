/**
 * What stops the approval of a document version among the consistency checks' findings (issue 9 item 3,
 * docs/adr/0017-consistency-checks.md): every "fel" neither resolved nor acknowledged – of the unit's check
 * and of the rules over the version's own content, both acknowledged on Kontroller (or the latter fixed in the
 * data or the template, in a new version). Pure: the findings come from the provider the registry hands
 * to documents.
 */
import type { FindingNote } from '#core/document.ts';

/** How many errors among the findings are neither resolved nor acknowledged. */
export function openErrorCount(findings: readonly FindingNote[]): number {
  return findings.filter((finding) => finding.severity === 'fel' && finding.acknowledgement === null).length;
}

/** The open errors that stop an approval: of the unit's check, and of the document's own content. */
export interface OpenErrors {
  readonly ofUnit: number;
  readonly ofDocument: number;
}

/**
 * Why version `number` cannot be approved, in the words of a part's refusal: "Version 3 kan inte godkännas:
 * 2 fel i kontrollerna är varken rättade eller kvitterade. Se Kontroller för Verksamhetsstöd och service,
 * bokslut 2019." The document's own errors are counted apart, and said where else they stand and how they
 * go: fixed in a new version, or acknowledged on Kontroller as the unit's are.
 */
export function approvalRefusalText(
  number: number,
  open: OpenErrors,
  unitName: string,
  period: string,
): string {
  const state = (count: number) =>
    count === 1 ? 'är varken rättat eller kvitterat' : 'är varken rättade eller kvitterade';
  const parts: string[] = [];
  if (open.ofUnit > 0) {
    parts.push(`${open.ofUnit} fel i kontrollerna ${state(open.ofUnit)}`);
  }
  if (open.ofDocument > 0) {
    parts.push(`${open.ofDocument} fel i dokumentets egna kontroller ${state(open.ofDocument)}`);
  }
  const when = period.charAt(0).toLowerCase() + period.slice(1);
  const advice = [`Se Kontroller för ${unitName}, ${when}.`];
  if (open.ofDocument > 0) {
    advice.push(
      'Dokumentets egna fel står också i versionen vid det de gäller: rätta det som ger dem och skapa en ny ' +
        'version, eller kvittera dem med skäl på Kontroller.',
    );
  }
  return `Version ${number} kan inte godkännas: ${parts.join(' och ')}. ${advice.join(' ')}`;
}
