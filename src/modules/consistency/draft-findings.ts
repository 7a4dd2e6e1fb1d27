/**
 * The findings a draft document shows (issue 9): the checks of the document's unit, year and round kind,
 * each said in Swedish – severity in words, the rule's name, what it is about, the message and, for an
 * acknowledged fel, who acknowledged it – with the record it is about in the terms a document's blocks use,
 * so the documents module can place it beside them. Handed to documents by the registry (module.ts).
 */
import type { BlockSubject, DraftFinding } from '#core/document.ts';
import type { DraftFindingsProvider } from '../module-definition.ts';
import { checkConsistency } from './consistency-service.ts';
import {
  acknowledgementText,
  type KeyedFinding,
  type PlaceRecord,
  RULE_NAMES,
  reportSummary,
  SEVERITY_LABELS,
} from './domain/index.ts';

/**
 * What a document prints of a finding's record: a goal's verdict (of the document's own round only), an
 * indicator's row, a measure's row, a written text. Frames and the budget bridge are printed by no block
 * that says so, and go in the list.
 */
export function subjectOf(record: PlaceRecord, roundId: string | null): BlockSubject | null {
  switch (record.kind) {
    case 'assessment':
      return record.roundId === roundId ? { kind: 'goal', id: record.goalId } : null;
    case 'outcome':
      return { kind: 'indicator', id: record.indicatorId };
    case 'volumeValue':
      return { kind: 'measure', id: record.measureId };
    case 'narrative':
      return { kind: 'text', id: record.key };
    case 'frame':
    case 'bridge':
      return null;
  }
}

function draftFinding(finding: KeyedFinding, roundId: string | null): DraftFinding {
  return {
    severity: finding.severity,
    severityLabel: SEVERITY_LABELS[finding.severity],
    rule: RULE_NAMES[finding.ruleId],
    place: finding.place.label,
    message: finding.message,
    acknowledgement: finding.acknowledgement ? acknowledgementText(finding.acknowledgement) : null,
    about: subjectOf(finding.place.record, roundId),
  };
}

export const draftFindings: DraftFindingsProvider = async (ctx, request) => {
  const report = await checkConsistency(ctx, {
    org: request.unitId,
    year: request.year,
    round: request.roundKind,
  });
  return {
    summary: reportSummary(report),
    findings: report.findings.map((finding) => draftFinding(finding, request.roundId)),
  };
};
