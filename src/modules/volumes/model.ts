/**
 * What the volumes module stores: a unit's measures – volumes (basuppdrag) and personnel figures – and
 * their values per year, period and kind (domain.md §2.8–2.9, docs/adr/0014-volumes-and-personnel.md).
 * Each definition is the one place its fields are written; the tables' row types, the API's schemas and
 * the data package's records are derived from it (core/entity.ts).
 */
import { z } from 'zod';
import { defineEntity } from '#core/entity.ts';
import {
  decimalField,
  idField,
  intField,
  optionalLine,
  optionalText,
  requiredText,
  sortOrderField,
  yearField,
} from '#core/validation.ts';
import { MEASURE_KINDS, VALUE_KINDS, VALUE_PERIODS } from './domain/measure.ts';

/** Where a figure comes from: a seed document and line ("000:218"), a document name, a system. */
const sourceField = optionalLine(500).default(null);

export const measureEntity = defineEntity({
  table: 'volume_measure',
  name: 'VolumeMeasure',
  label: 'Måttet',
  fields: {
    orgUnitId: idField,
    kind: z.enum(MEASURE_KINDS),
    name: requiredText(300),
    /** What it counts: "antal", "timmar", "%", "årsarbetare"; shown beside the measure, not in every cell. */
    unit: optionalLine(50).default(null),
    /** Figures are printed with this many decimals; null: as entered ("6,0" stays "6,0"). */
    decimals: intField(0, 6).nullable().default(null),
    sortOrder: sortOrderField.default(0),
    /** A footnote on the measure's row. */
    note: optionalText(1000).default(null),
    /** The first year the measure was measured; earlier years are printed "ingen uppgift". */
    validFromYear: yearField,
    validToYear: yearField.nullable().default(null),
    source: sourceField,
  },
  autoFilled: ['sortOrder'],
  immutable: ['orgUnitId'],
  retirable: true,
});

export const valueEntity = defineEntity({
  table: 'volume_value',
  name: 'VolumeValue',
  label: 'Värdet',
  fields: {
    measureId: idField,
    year: yearField,
    period: z.enum(VALUE_PERIODS).default('year'),
    kind: z.enum(VALUE_KINDS),
    total: decimalField.nullable().default(null),
    men: decimalField.nullable().default(null),
    women: decimalField.nullable().default(null),
    /** "Ingen uppgift" (I.U.): the figure exists but is not available. */
    noData: z.boolean().default(false),
    noDataReason: optionalText(1000).default(null),
    /** A footnote on the value's cell. */
    note: optionalText(1000).default(null),
    source: sourceField,
  },
  immutable: ['measureId', 'year', 'period', 'kind'],
});
