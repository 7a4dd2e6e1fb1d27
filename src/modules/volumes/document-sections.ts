/**
 * The volumes module's section of a document (docs/adr/0027-documents.md): the unit's table of volumes
 * (Volymutveckling, 000:215-231) or of personnel (Personal, 000:235-250) in the layout of the document type –
 * budget with plan years, interim with the round's outcome and forecast, or annual.
 */
import { about, type BlockSubject, tableBlock } from '#core/document.ts';
import type { TableModel } from '#core/table.ts';
import type { DocumentSectionGenerator } from '../module-definition.ts';
import { getRound } from '../planning/index.ts';
import { INTERIM_ROUNDS, LAYOUT_PRESET_LABELS, LAYOUT_PRESETS } from './domain/layout.ts';
import { MEASURE_KIND_LABELS, MEASURE_KINDS } from './domain/measure.ts';
import { getVolumeTables } from './measure-service.ts';

/** The measures a volume or personnel table prints a row of, each once. */
function measuresOf(table: TableModel): BlockSubject[] {
  const ids = table.groups.flatMap((group) =>
    group.rows.flatMap((row) => (row.ref?.kind === 'measure' ? [row.ref.id] : [])),
  );
  return [...new Set(ids)].map((id) => ({ kind: 'measure', id }));
}

export const volumeTableSection: DocumentSectionGenerator = {
  name: 'volumes.table',
  label: 'Volymer eller personal',
  options: {
    kind: {
      label: 'Mått',
      choices: MEASURE_KINDS.map((value) => ({ value, label: MEASURE_KIND_LABELS[value] })),
      default: 'volume',
    },
    layout: {
      label: 'Kolumner',
      choices: LAYOUT_PRESETS.map((value) => ({ value, label: LAYOUT_PRESET_LABELS[value] })),
      default: 'annual',
    },
  },
  async generate(ctx, request) {
    const { options } = request;
    const kind = MEASURE_KINDS.find((candidate) => candidate === options.kind) ?? 'volume';
    const layout = LAYOUT_PRESETS.find((candidate) => candidate === options.layout) ?? 'annual';
    const round = request.roundId ? await getRound(ctx, request.roundId) : null;
    const { tables } = await getVolumeTables(ctx, {
      org: request.unitId,
      year: request.year,
      layout,
      roundKind: INTERIM_ROUNDS.find((candidate) => candidate === round?.kind) ?? 'august',
    });
    const table = tables[MEASURE_KINDS.indexOf(kind)];
    // A unit without measures of the kind: the template's empty text says so.
    return table?.groups.some((group) => group.rows.length > 0)
      ? [about(tableBlock(table), measuresOf(table))]
      : [];
  },
};
