/**
 * The investments module's section of a document (docs/adr/0027-documents.md): the unit's investment table
 * in the layout of the document type – annual (002:169-183), interim (004:248-264) or budget with plan
 * years (000:342-353).
 */
import { tableBlock } from '#core/document.ts';
import {
  AMOUNT_UNIT_OPTION,
  type DocumentSectionGenerator,
  PLAN_YEARS_OPTION,
} from '../module-definition.ts';
import { getRound } from '../planning/index.ts';
import { TABLE_KIND_LABELS, TABLE_KINDS } from './domain/investment-tables.ts';
import { investmentTable } from './table-service.ts';

export const investmentTableSection: DocumentSectionGenerator = {
  name: 'investments.table',
  label: 'Investeringar',
  options: {
    table: {
      label: 'Tabell',
      choices: TABLE_KINDS.map((value) => ({ value, label: TABLE_KIND_LABELS[value] })),
      default: 'annual',
    },
    unit: AMOUNT_UNIT_OPTION,
    planYears: PLAN_YEARS_OPTION,
  },
  async generate(ctx, request) {
    const { options } = request;
    const kind = TABLE_KINDS.find((candidate) => candidate === options.table) ?? 'annual';
    const unit = options.unit === 'kr' || options.unit === 'mnkr' ? options.unit : 'tkr';
    const round = request.roundId ? await getRound(ctx, request.roundId) : null;
    const { table } = await investmentTable(ctx, {
      org: request.unitId,
      year: request.year,
      table: kind,
      round: round?.kind === 'april' || round?.kind === 'october' ? round.kind : 'august',
      unit,
      previousYear: 'true',
      ...(typeof options.planYears === 'number' ? { planYears: options.planYears } : {}),
    });
    const rows = table.groups.flatMap((group) => group.rows);
    // The caption names the unit and the footnotes the sign and variance conventions.
    return rows.length === 0 ? [] : [tableBlock(table)];
  },
};
