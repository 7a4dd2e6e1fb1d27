/**
 * The goals module's sections of a document (docs/adr/0027-documents.md): per goal area its goal and
 * indicator tables – the very tables of the goal sheet, from the round's one evaluation – and, when the
 * tables show statuses, the legend of their words (002:362-366).
 */
import { about, type BlockSubject, type DocumentBlock, heading, tableBlock } from '#core/document.ts';
import type { TableModel } from '#core/table.ts';
import type { DocumentSectionGenerator } from '../module-definition.ts';
import { STATUS_LABELS } from './domain/status.ts';
import { getGoalSheet } from './evaluation-service.ts';

const STATUS_LEGEND: DocumentBlock = {
  kind: 'legend',
  title: 'Så läses statusen',
  entries: [
    { term: STATUS_LABELS.met, description: 'Utfallet når målvärdet.' },
    { term: STATUS_LABELS.notMet, description: 'Utfallet når inte målvärdet.' },
    { term: STATUS_LABELS.noData, description: 'Inget utfall är rapporterat för perioden.' },
    { term: STATUS_LABELS.noTarget, description: 'Indikatorn har inget målvärde för året.' },
    { term: 'I.U.', description: 'Ingen uppgift: utfallet finns inte att få.' },
  ],
};

/** The indicators a goal table prints a row of (sub-indicators too), each once. */
function indicatorsOf(table: TableModel): BlockSubject[] {
  const ids = table.groups.flatMap((group) =>
    group.rows.flatMap((row) => (row.ref?.kind === 'indicator' ? [row.ref.id] : [])),
  );
  return [...new Set(ids)].map((id) => ({ kind: 'indicator', id }));
}

export const indicatorTablesSection: DocumentSectionGenerator = {
  name: 'goals.indicatorTables',
  label: 'Mål- och indikatortabeller per målområde',
  async generate(ctx, request) {
    const sheet = await getGoalSheet(ctx, {
      orgUnit: request.unitId,
      year: request.year,
      ...(request.roundId ? { round: request.roundId } : {}),
    });
    const areas = sheet.sheet?.areas.filter((area) => area.tables.length > 0) ?? [];
    if (areas.length === 0) {
      return [];
    }
    const emptyGroupText = `Inga förvaltningsindikatorer för ${request.year}.`;
    const tables = areas.flatMap((area): DocumentBlock[] => [
      ...(area.goalArea ? [heading(1, `Målområde: ${area.goalArea.name}`)] : []),
      ...area.tables.map((table) => about(tableBlock(table, { emptyGroupText }), indicatorsOf(table))),
    ]);
    return sheet.sheet?.showsStatus ? [STATUS_LEGEND, ...tables] : tables;
  },
};
