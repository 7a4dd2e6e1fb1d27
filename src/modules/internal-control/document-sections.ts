/**
 * The internal-control module's sections of a document (docs/adr/0027-documents.md): `internalControl.summary`,
 * the annual report's paragraph "Av de N kontrollmoment som var planerade har M genomförts; K kräver
 * åtgärd", and `internalControl.report`, the internal control report – that paragraph, every planned check
 * of the round unit by unit with its result (in words, never colour alone), findings and actions, and the
 * actions still open. For the document's unit and, unless the template says `subtree: false`, the units
 * under it; for the document's round, or the year's closing when it has none.
 */

import { type DocumentBlock, heading, notice, paragraph, tableBlock } from '#core/document.ts';
import { formatLongDate } from '#core/format.ts';
import { richTextToPlain } from '#core/rich-text.ts';
import { cell, type TableModel, type TableRow } from '#core/table.ts';
import type { DocumentSectionGenerator, DocumentSectionRequest } from '../module-definition.ts';
import { ACTION_STATUS_LABELS, isActionOverdue } from './domain/index.ts';
import { type ControlReport, controlReport, type ReportRow, today } from './internal-control-service.ts';

function options(request: DocumentSectionRequest) {
  return {
    subtree: request.options.subtree !== false,
    openActions: request.options.openActions !== false,
  };
}

async function reportOf(
  ctx: Parameters<DocumentSectionGenerator['generate']>[0],
  request: DocumentSectionRequest,
) {
  return controlReport(ctx, {
    org: request.unitId,
    year: request.year,
    round: request.roundId,
    subtree: options(request).subtree,
  });
}

function actionText(action: {
  what: string;
  owner: string;
  deadline: string;
  status: keyof typeof ACTION_STATUS_LABELS;
}) {
  return `${action.what} (ansvarig: ${action.owner}, senast ${formatLongDate(action.deadline)}; ${ACTION_STATUS_LABELS[action.status].toLowerCase()})`;
}

function checkRow(row: ReportRow): TableRow {
  const result = row.result;
  const ref = { kind: 'control', id: row.control.id };
  const figures =
    result && (result.sampleSize !== null || result.deviations !== null)
      ? `Antal kontrollerade: ${result.sampleSize ?? '–'}. Avvikelser: ${result.deviations ?? '–'}.`
      : '';
  return {
    key: `${row.unit.id}|${row.control.id}`,
    depth: 0,
    role: 'row',
    header: cell(row.inherited ? `${row.control.title} (gemensamt)` : row.control.title, { ref }),
    cells: [
      result
        ? cell(result.needsAction ? `${result.label} – kräver åtgärd` : result.label, {
            kind: 'status',
            tone: result.needsAction ? 'bad' : 'good',
          })
        : cell('Ej genomfört', { kind: 'status', tone: 'neutral' }),
      cell([richTextToPlain(result?.findings), figures].filter(Boolean).join(' ')),
      cell(result?.actions.map(actionText).join(' ') ?? ''),
    ],
    ref,
  };
}

function checksTable(report: ControlReport): TableModel {
  const units = [...new Map(report.rows.map((row) => [row.unit.id, row.unit])).values()];
  return {
    key: 'internal-control-checks',
    caption: `Kontrollmoment och resultat${report.round ? `, ${report.round.name}` : ''}`,
    groupLabel: null,
    columns: [
      { key: 'control', label: 'Kontrollmoment', align: 'start' },
      { key: 'result', label: 'Resultat', align: 'start' },
      { key: 'findings', label: 'Iakttagelser', align: 'start' },
      { key: 'actions', label: 'Åtgärder', align: 'start' },
    ],
    groups: units.map((unit) => ({
      key: unit.id,
      heading: units.length > 1 ? unit.name : null,
      description: null,
      note: null,
      ref: { kind: 'orgUnit', id: unit.id },
      rows: report.rows.filter((row) => row.unit.id === unit.id).map(checkRow),
    })),
    footnotes: [],
  };
}

function openActionsTable(report: ControlReport, now: string): TableModel | null {
  const rows: TableRow[] = report.rows.flatMap((row) =>
    (row.result?.actions ?? [])
      .filter((action) => action.status !== 'done')
      .map((action) => ({
        key: action.id,
        depth: 0,
        role: 'row' as const,
        header: cell(action.what),
        cells: [
          cell(row.control.title),
          cell(row.unit.name),
          cell(action.owner),
          cell(
            `${formatLongDate(action.deadline)}${isActionOverdue(action, now) ? ' (försenad)' : ''}`,
            isActionOverdue(action, now) ? { tone: 'bad', note: 'försenad' } : {},
          ),
          cell(ACTION_STATUS_LABELS[action.status], { kind: 'status' }),
        ],
        ref: { kind: 'controlAction', id: action.id },
      })),
  );
  if (rows.length === 0) {
    return null;
  }
  return {
    key: 'internal-control-open-actions',
    caption: 'Öppna åtgärder',
    groupLabel: null,
    columns: [
      { key: 'what', label: 'Åtgärd', align: 'start' },
      { key: 'control', label: 'Kontrollmoment', align: 'start' },
      { key: 'unit', label: 'Enhet', align: 'start' },
      { key: 'owner', label: 'Ansvarig', align: 'start' },
      { key: 'deadline', label: 'Senast', align: 'start' },
      { key: 'status', label: 'Status', align: 'start' },
    ],
    groups: [{ key: 'open', heading: null, description: null, note: null, ref: null, rows }],
    footnotes: [],
  };
}

/** The annual report's paragraph; nothing when no control was planned, so the template says so. */
export const internalControlSummarySection: DocumentSectionGenerator = {
  name: 'internalControl.summary',
  label: 'Internkontroll: sammanfattning',
  async generate(ctx, request) {
    const report = await reportOf(ctx, request);
    if (!report.summary || report.summary.planned === 0) {
      return [];
    }
    return [paragraph(report.summary.text)];
  },
};

/** The internal control report: the paragraph, every check with its result, and the open actions. */
export const internalControlReportSection: DocumentSectionGenerator = {
  name: 'internalControl.report',
  label: 'Internkontroll: uppföljning av kontrollmoment',
  async generate(ctx, request) {
    const report = await reportOf(ctx, request);
    if (!report.summary || report.rows.length === 0) {
      return [];
    }
    const blocks: DocumentBlock[] = [paragraph(report.summary.text), tableBlock(checksTable(report))];
    if (options(request).openActions) {
      const open = openActionsTable(report, today());
      blocks.push(
        heading(1, 'Öppna åtgärder'),
        open ? tableBlock(open) : notice('Alla åtgärder är genomförda.'),
      );
    }
    return blocks;
  },
};

export const internalControlDocumentSections = [internalControlSummarySection, internalControlReportSection];
