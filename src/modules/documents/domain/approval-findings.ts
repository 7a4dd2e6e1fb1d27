/**
 * What stops the approval of a document version among the consistency checks' findings (issue 9 item 3,
 * docs/adr/0017-consistency-checks.md): every "fel" neither resolved nor acknowledged – of the unit's check
 * (acknowledged on Kontroller) and of the rules over the version's own content (never acknowledged: fixed in
 * the data or the template, in a new version). Pure: the findings come from the provider the registry hands
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
 * bokslut 2019." The document's own errors are said apart, since they are not on Kontroller and cannot be
 * acknowledged.
 */
export function approvalRefusalText(
  number: number,
  open: OpenErrors,
  unitName: string,
  period: string,
): string {
  const parts: string[] = [];
  const advice: string[] = [];
  if (open.ofUnit > 0) {
    const state =
      open.ofUnit === 1 ? 'är varken rättat eller kvitterat' : 'är varken rättade eller kvitterade';
    parts.push(`${open.ofUnit} fel i kontrollerna ${state}`);
    const when = period.charAt(0).toLowerCase() + period.slice(1);
    advice.push(`Se Kontroller för ${unitName}, ${when}.`);
  }
  if (open.ofDocument > 0) {
    const state = open.ofDocument === 1 ? 'är inte rättat' : 'är inte rättade';
    parts.push(`${open.ofDocument} fel i dokumentets egna kontroller ${state}`);
    advice.push(
      'Dokumentets egna fel står i versionen vid det de gäller; rätta det som ger dem och skapa en ny version.',
    );
  }
  return `Version ${number} kan inte godkännas: ${parts.join(' och ')}. ${advice.join(' ')}`;
}
