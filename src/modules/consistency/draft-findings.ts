/**
 * The findings a draft document shows (issue 9): the checks of the document's unit, year and round kind,
 * each said in Swedish – severity in words, the rule's name, what it is about, the message and, for an
 * acknowledged fel, who acknowledged it – with the record it is about in the terms a document's blocks use,
 * so the documents module can place it beside them; and the findings of the rules over the draft's own
 * content, beside the block they are about. Handed to documents by the registry (module.ts).
 */
import type { BlockSubject, DraftFinding } from '#core/document.ts';
import type { DraftFindingsProvider } from '../module-definition.ts';
import { checkConsistency } from './consistency-service.ts';
import { loadAcknowledgements } from './db/acknowledgement-repository.ts';
import {
  acknowledgementText,
  documentChecksSummary,
  type KeyedDocumentFinding,
  type KeyedFinding,
  type PlaceRecord,
  RULE_NAMES,
  reportSummary,
  runDocumentChecks,
  SEVERITY_LABELS,
  withDocumentAcknowledgements,
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

/**
 * A finding of a rule over the document's own content: beside the record it is about when it names one (a
 * goal's verdict, with the goal's analysis), else right after its block (a table, an empty section); an
 * acknowledged fel says who acknowledged it.
 */
export function documentDraftFinding(finding: KeyedDocumentFinding): DraftFinding {
  const said = {
    severity: finding.severity,
    severityLabel: SEVERITY_LABELS[finding.severity],
    rule: RULE_NAMES[finding.ruleId],
    place: finding.place,
    message: finding.message,
    acknowledgement: finding.acknowledgement ? acknowledgementText(finding.acknowledgement) : null,
  };
  return finding.about ? { ...said, about: finding.about } : { ...said, about: null, block: finding.block };
}

/**
 * The checks of the draft's unit, year and round kind, and – given the draft's content – the rules over the
 * document's own content (its tables' sums, varav rows and sign conventions, its verdicts stated twice,
 * its footnotes and empty sections), after them, with their own counts in the summary. Both kinds of fel
 * carry the acknowledgement that covers them, if any.
 */
export const draftFindings: DraftFindingsProvider = async (ctx, request) => {
  const report = await checkConsistency(ctx, {
    org: request.unitId,
    year: request.year,
    round: request.roundKind,
  });
  const own = request.content
    ? withDocumentAcknowledgements(
        runDocumentChecks(request.content.blocks),
        { type: request.content.type, roundKind: request.roundKind, year: request.year },
        await loadAcknowledgements(ctx, request.unitId, request.year),
      )
    : null;
  return {
    summary: own ? `${reportSummary(report)} ${documentChecksSummary(own)}` : reportSummary(report),
    findings: [
      ...report.findings.map((finding) => draftFinding(finding, request.roundId)),
      ...(own ?? []).map(documentDraftFinding),
    ],
  };
};
