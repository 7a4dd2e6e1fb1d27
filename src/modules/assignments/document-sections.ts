/**
 * The assignments module's section of a document (docs/adr/0027-documents.md): the unit's strategic
 * assignments of the year grouped by kind, each with its status and comment in the document's round
 * (002:336-346) or, in a budget document, the unit's planned response; and the round's summary sentence.
 */
import { type DocumentBlock, paragraph, tableBlock } from '#core/document.ts';
import { cell, type TableModel, type TableRow } from '#core/table.ts';
import type { DocumentSectionGenerator } from '../module-definition.ts';
import { listYearAssignments } from './assignment-service.ts';
import type { AssignmentView } from './contract.ts';
import { ASSIGNMENT_KIND_LABELS, ASSIGNMENT_KINDS, STATUS_LABELS } from './domain/assignment.ts';

function row(assignment: AssignmentView, unitId: string, roundId: string | null, planned: boolean): TableRow {
  const recipient = assignment.recipients.find((candidate) => candidate.orgUnitId === unitId);
  const status = recipient?.statuses.find((candidate) => candidate.reportingRoundId === roundId);
  const cells = planned
    ? [cell(recipient?.response ?? '')]
    : [
        cell(status ? STATUS_LABELS[status.status] : 'Ej rapporterat', { kind: 'status' }),
        cell(status?.comment ?? ''),
      ];
  const ref = { kind: 'assignment', id: assignment.id };
  return { key: assignment.id, depth: 0, role: 'row', header: cell(assignment.text, { ref }), cells, ref };
}

function assignmentTable(
  assignments: readonly AssignmentView[],
  unitId: string,
  roundId: string | null,
  planned: boolean,
): TableModel {
  return {
    key: 'strategic-assignments',
    caption: 'Strategiska utvecklingsuppdrag',
    groupLabel: null,
    columns: [
      { key: 'text', label: 'Uppdrag', align: 'start' },
      ...(planned
        ? [{ key: 'response', label: 'Planerad åtgärd', align: 'start' as const }]
        : [
            { key: 'status', label: 'Status', align: 'start' as const },
            { key: 'comment', label: 'Kommentar', align: 'start' as const },
          ]),
    ],
    groups: ASSIGNMENT_KINDS.map((kind) => ({
      key: kind,
      heading: `${ASSIGNMENT_KIND_LABELS[kind]} strategiska utvecklingsuppdrag`,
      description: null,
      note: null,
      ref: null,
      rows: assignments
        .filter((assignment) => assignment.kind === kind)
        .map((assignment) => row(assignment, unitId, roundId, planned)),
    })).filter((group) => group.rows.length > 0),
    footnotes: [],
  };
}

export const assignmentStatusSection: DocumentSectionGenerator = {
  name: 'assignments.status',
  label: 'Strategiska utvecklingsuppdrag med status',
  async generate(ctx, request) {
    const list = await listYearAssignments(ctx, {
      year: request.year,
      org: request.unitId,
      ...(request.roundId ? { round: request.roundId } : {}),
    });
    if (list.assignments.length === 0) {
      return [];
    }
    const planned = list.round === null || list.round.kind === 'budget';
    const blocks: DocumentBlock[] = list.summary && !planned ? [paragraph(list.summary.text)] : [];
    return [
      ...blocks,
      tableBlock(assignmentTable(list.assignments, request.unitId, request.roundId, planned)),
    ];
  },
};
