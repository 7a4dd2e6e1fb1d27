/**
 * Resolving or acknowledging a finding (issue 9 item 3, docs/adr/0017-consistency-checks.md): each finding
 * has a stable key – its rule, its round, the year, the record it is about and the figures its message
 * states – so that an acknowledgement made today still covers it tomorrow, as long as the figures are the
 * same. A changed figure is another contradiction: the key changes and the acknowledgement no longer
 * covers it. Pure: the service stores the acknowledgements and attaches them here.
 */
import type { RoundKind } from '#core/period.ts';
import type { DocumentFinding } from './document-tables.ts';
import type { Finding, PlaceRecord } from './finding.ts';

/**
 * The figures a message states, in order, as written without the thousands' spaces: "90 928 + 111 102 =
 * 202 030" → ["90928", "111102", "202030"]. A minus sign of either kind is kept as "-".
 */
export function statedFigures(message: string): string[] {
  const figures = message.match(/[−-]?\d+(?:[\u00a0\u202f ]\d{3})*(?:,\d+)?/g) ?? [];
  return figures.map((figure) => figure.replace(/[\u00a0\u202f ]/g, '').replace('−', '-'));
}

/** "outcome:indicatorId=…:outcomeId=…": the record's kind and its ids, in a fixed order. */
function recordKey(record: PlaceRecord): string {
  const ids = Object.entries(record)
    .filter(([name]) => name !== 'kind')
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => `${name}=${String(value)}`);
  return [record.kind, ...ids].join(':');
}

/**
 * The finding's key: rule, round (kind and year, "-" for none), year, record and figures.
 * "gender-parts-sum|august-2023|2023|outcome:indicatorId=…:outcomeId=…|120;70;60;130;-10".
 */
export function findingKey(finding: Finding): string {
  const { place } = finding;
  const round = place.round === null ? '-' : `${place.round.kind}-${place.round.year}`;
  return [
    finding.ruleId,
    round,
    String(place.year),
    recordKey(place.record),
    statedFigures(finding.message).join(';'),
  ].join('|');
}

/** The document a finding of its own content is about: its type, and the round and year it reports. */
export interface CheckedDocument {
  /** "annual", "interim", "budget", … */
  readonly type: string;
  readonly roundKind: RoundKind;
  readonly year: number;
}

/**
 * The key of a finding about a document's own content, in the shape of `findingKey`: rule, round, year, the
 * document's type and the place it names in it, and the figures. Not the version: an acknowledgement made
 * on version 3 still covers the same contradiction, with the same figures, in version 4.
 * "document-total-not-sum|closing-2019|2019|document:type=annual:place=Tabellen ”…”, raden ”Summa”|…".
 */
export function documentFindingKey(finding: DocumentFinding, document: CheckedDocument): string {
  return [
    finding.ruleId,
    `${document.roundKind}-${document.year}`,
    String(document.year),
    `document:type=${document.type}:place=${finding.place}`,
    statedFigures(finding.message).join(';'),
  ].join('|');
}

/** Who acknowledged a finding, when and why. */
export interface Acknowledgement {
  readonly id: string;
  readonly version: number;
  readonly reason: string;
  readonly byName: string;
  /** ISO timestamp. */
  readonly at: string;
}

export interface StoredAcknowledgement extends Acknowledgement {
  readonly findingKey: string;
}

export interface KeyedFinding extends Finding {
  readonly key: string;
  readonly acknowledgement: Acknowledgement | null;
}

/** Only a "fel" needs acknowledging: the others never stop an approval. */
export const ACKNOWLEDGED_SEVERITIES = ['fel'] as const;

const acknowledgeable = (finding: { readonly severity: string }) =>
  (ACKNOWLEDGED_SEVERITIES as readonly string[]).includes(finding.severity);

/** Each finding with its key and, for a "fel", the acknowledgement that covers it (or null). */
export function withAcknowledgements(
  findings: readonly Finding[],
  acknowledgements: readonly StoredAcknowledgement[],
): KeyedFinding[] {
  const byKey = new Map(acknowledgements.map((stored) => [stored.findingKey, stored]));
  return findings.map((finding) => {
    const key = findingKey(finding);
    const stored = acknowledgeable(finding) ? byKey.get(key) : undefined;
    return {
      ...finding,
      key,
      acknowledgement: stored ? acknowledgementOf(stored) : null,
    };
  });
}

const acknowledgementOf = (stored: StoredAcknowledgement): Acknowledgement => ({
  id: stored.id,
  version: stored.version,
  reason: stored.reason,
  byName: stored.byName,
  at: stored.at,
});

export interface KeyedDocumentFinding extends DocumentFinding {
  readonly key: string;
  readonly acknowledgement: Acknowledgement | null;
}

/** Each finding of a document's own content with its key and, for a "fel", the acknowledgement covering it. */
export function withDocumentAcknowledgements(
  findings: readonly DocumentFinding[],
  document: CheckedDocument,
  acknowledgements: readonly StoredAcknowledgement[],
): KeyedDocumentFinding[] {
  const byKey = new Map(acknowledgements.map((stored) => [stored.findingKey, stored]));
  return findings.map((finding) => {
    const key = documentFindingKey(finding, document);
    const stored = acknowledgeable(finding) ? byKey.get(key) : undefined;
    return { ...finding, key, acknowledgement: stored ? acknowledgementOf(stored) : null };
  });
}

/** The errors neither resolved nor acknowledged: what stops an approval. */
export function openErrors<F extends KeyedFinding | KeyedDocumentFinding>(findings: readonly F[]): F[] {
  return findings.filter((finding) => finding.severity === 'fel' && finding.acknowledgement === null);
}

/** How many errors are acknowledged. */
export function acknowledgedErrors(findings: readonly (KeyedFinding | KeyedDocumentFinding)[]): number {
  return findings.filter((finding) => finding.severity === 'fel' && finding.acknowledgement !== null).length;
}

/**
 * Why a unit's part cannot be approved, or null when nothing stops it: "Delen kan inte godkännas: 2 fel i
 * kontrollerna är varken rättade eller kvitterade. Se Kontroller för Verksamhetsstöd och service, delår
 * 31 augusti 2023."
 */
export function approvalRefusal(open: number, unitName: string, roundName: string): string | null {
  if (open === 0) {
    return null;
  }
  const state = open === 1 ? 'är varken rättat eller kvitterat' : 'är varken rättade eller kvitterade';
  const round = roundName.charAt(0).toLowerCase() + roundName.slice(1);
  return `Delen kan inte godkännas: ${open} fel i kontrollerna ${state}. Se Kontroller för ${unitName}, ${round}.`;
}
