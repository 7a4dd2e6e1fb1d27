/**
 * A report of findings as plain text, for the command line and a scheduled check's log: a summary line,
 * the findings grouped by severity – each with its rule, its place, the message and the seed lines – and
 * the count per rule. Severity is spelt out, never left to colour.
 */

import type { RoundKind } from '#core/period.ts';
import { ROUND_KIND_LABELS } from '#modules/planning/domain/index.ts';
import {
  type Finding,
  RULE_NAMES,
  type RuleCount,
  SEVERITIES,
  SEVERITY_GROUP_LABELS,
  SEVERITY_LABELS,
  type Severity,
} from './finding.ts';

export interface ReportSummary {
  readonly orgUnit: { readonly code: string; readonly name: string };
  readonly year: number;
  readonly round: RoundKind | null;
  readonly findings: readonly Finding[];
  readonly counts: readonly RuleCount[];
  readonly severities: Readonly<Record<Severity, number>>;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function summary(report: ReportSummary): string {
  const round = report.round === null ? 'alla uppföljningstillfällen' : ROUND_KIND_LABELS[report.round];
  const { fel, varning, notering } = report.severities;
  return (
    `Kontroller för ${report.orgUnit.name} (${report.orgUnit.code}) ${report.year}, ${round}: ` +
    `${fel} fel, ${plural(varning, 'varning', 'varningar')}, ${plural(notering, 'notering', 'noteringar')}.`
  );
}

function findingText(finding: Finding): string[] {
  const where = [finding.place.round?.name, finding.place.label].filter(Boolean).join(', ');
  return [
    `  ${SEVERITY_LABELS[finding.severity].toUpperCase()}: ${RULE_NAMES[finding.ruleId]} – ${where}`,
    `    ${finding.message}`,
    ...(finding.provenance.length > 0 ? [`    Källa: ${finding.provenance.join('; ')}`] : []),
  ];
}

export function reportAsText(report: ReportSummary): string {
  const groups = SEVERITIES.flatMap((severity) => {
    const found = report.findings.filter((finding) => finding.severity === severity);
    return found.length === 0 ? [] : ['', SEVERITY_GROUP_LABELS[severity], ...found.flatMap(findingText)];
  });
  const counts = report.counts.map((count) => `  ${count.name}: ${count.count}`);
  return [summary(report), ...groups, '', 'Per regel', ...counts, ''].join('\n');
}
