/**
 * A report of findings as plain text, for the command line and a scheduled check's log: a summary line,
 * the findings grouped by severity – each with its rule, its place, the message and the seed lines – and
 * the count per rule. Severity is spelt out, never left to colour.
 */

import { formatDate } from '#core/format.ts';
import type { RoundKind } from '#core/period.ts';
import { ROUND_KIND_LABELS } from '#modules/planning/domain/index.ts';
import type { Acknowledgement } from './acknowledgement.ts';
import {
  type Finding,
  RULE_NAMES,
  type RuleCount,
  SEVERITIES,
  SEVERITY_GROUP_LABELS,
  SEVERITY_LABELS,
  type Severity,
} from './finding.ts';

/** A finding as reported: with the acknowledgement that covers it, once the service has looked. */
type ReportedFinding = Finding & { readonly acknowledgement?: Acknowledgement | null };

export interface ReportSummary {
  readonly orgUnit: { readonly code: string; readonly name: string };
  readonly year: number;
  readonly round: RoundKind | null;
  readonly findings: readonly ReportedFinding[];
  readonly counts: readonly RuleCount[];
  readonly severities: Readonly<Record<Severity, number>>;
  /** How many of the errors are acknowledged (0 when not looked up). */
  readonly acknowledged?: number;
}

/** "2 fel (varav 1 kvitterat)": the errors, and how many of them someone has acknowledged. */
export function errorCount(fel: number, acknowledged = 0): string {
  if (acknowledged === 0) {
    return `${fel} fel`;
  }
  return `${fel} fel (varav ${acknowledged} ${acknowledged === 1 ? 'kvitterat' : 'kvitterade'})`;
}

/** "Kvitterat av Cecilia Ek den 2023-09-10: Dubbelräknade ärenden." */
export function acknowledgementText(acknowledgement: Acknowledgement): string {
  return `Kvitterat av ${acknowledgement.byName} den ${formatDate(acknowledgement.at)}: ${acknowledgement.reason}`;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "Kontroller för Verksamhetsstöd och service (VSS) 2019, Bokslut: 0 fel, 3 varningar, 30 noteringar." */
export function reportSummary(report: ReportSummary): string {
  const round = report.round === null ? 'alla uppföljningstillfällen' : ROUND_KIND_LABELS[report.round];
  const { fel, varning, notering } = report.severities;
  return (
    `Kontroller för ${report.orgUnit.name} (${report.orgUnit.code}) ${report.year}, ${round}: ` +
    `${errorCount(fel, report.acknowledged)}, ${plural(varning, 'varning', 'varningar')}, ${plural(notering, 'notering', 'noteringar')}.`
  );
}

function findingText(finding: ReportedFinding): string[] {
  const where = [finding.place.round?.name, finding.place.label].filter(Boolean).join(', ');
  return [
    `  ${SEVERITY_LABELS[finding.severity].toUpperCase()}: ${RULE_NAMES[finding.ruleId]} – ${where}`,
    `    ${finding.message}`,
    ...(finding.provenance.length > 0 ? [`    Källa: ${finding.provenance.join('; ')}`] : []),
    ...(finding.acknowledgement ? [`    ${acknowledgementText(finding.acknowledgement)}`] : []),
  ];
}

export function reportAsText(report: ReportSummary): string {
  const groups = SEVERITIES.flatMap((severity) => {
    const found = report.findings.filter((finding) => finding.severity === severity);
    return found.length === 0 ? [] : ['', SEVERITY_GROUP_LABELS[severity], ...found.flatMap(findingText)];
  });
  const counts = report.counts.map((count) => `  ${count.name}: ${count.count}`);
  return [reportSummary(report), ...groups, '', 'Per regel', ...counts, ''].join('\n');
}
