/**
 * The economy module's sections of a document (docs/adr/0027-documents.md): the operating statement
 * (driftsammandrag) as the document's round prints it – the whole year for an annual report (002:134-147),
 * the forecast round for an interim report (004:184-206), plan years for a budget document (000:302-319) –
 * and the economy's charts, each with its table.
 */
import type { ChartBlock } from '#core/document.ts';
import { tableBlock } from '#core/document.ts';
import { roundEndMonth } from '#core/period.ts';
import type { TableModel } from '#core/table.ts';
import type { Ctx } from '../context.ts';
import {
  AMOUNT_UNIT_OPTION,
  type DocumentSectionGenerator,
  PLAN_YEARS_OPTION,
} from '../module-definition.ts';
import { getRound } from '../planning/index.ts';
import { costsAndRevenues, forecastVsBudget } from './chart-service.ts';
import { FORECAST_ROUNDS } from './model.ts';
import { operatingStatement } from './statement-service.ts';

type ForecastRound = (typeof FORECAST_ROUNDS)[number];
const isForecastRound = (kind: string): kind is ForecastRound =>
  (FORECAST_ROUNDS as readonly string[]).includes(kind);

/**
 * The document's round, kept until the next save: the compilation asks for it in each of its fifty-odd
 * statements.
 */
const documentRound = (ctx: Ctx, roundId: string | null) =>
  roundId === null
    ? Promise.resolve(null)
    : ctx.cache.get(`economy.documentRound|${roundId}`, () => getRound(ctx, roundId));

/**
 * A statement with nothing but empty cells and zeros (no ledger and no budget for the year) has no figures:
 * the document says the data is missing rather than print a table of zeros.
 */
const hasFigures = (table: TableModel) =>
  table.groups.some((group) =>
    group.rows.some((row) => row.cells.some((cell) => cell.text !== '' && cell.value !== '0')),
  );

/**
 * Which varav rows a statement prints: under each unit and the sum, under the sum only (002:134-147) or none
 * (004:169-182's bare "Summa"), as the statement query names them.
 */
const DETAIL_ROWS = { units: 'true', total: 'false', none: 'none' } as const;
type DetailRows = keyof typeof DETAIL_ROWS;
const isDetailRows = (value: unknown): value is DetailRows =>
  typeof value === 'string' && Object.hasOwn(DETAIL_ROWS, value);

export const operatingStatementSection: DocumentSectionGenerator = {
  name: 'economy.operatingStatement',
  label: 'Driftsammandrag',
  options: {
    unit: AMOUNT_UNIT_OPTION,
    planYears: PLAN_YEARS_OPTION,
    detailRows: {
      label: 'Rader varav kostnader och varav intäkter',
      choices: [
        { value: 'units', label: 'Under varje verksamhet och under summan' },
        { value: 'total', label: 'Bara under summan' },
        { value: 'none', label: 'Inga' },
      ],
      default: 'units',
    },
    // An interim report prints both (004:169-206): the result so far against the same months last year, and
    // the whole-year forecast against the budget.
    period: {
      label: 'Kolumner i en delårsrapport',
      choices: [
        { value: 'forecast', label: 'Helårsprognos mot budget' },
        { value: 'toDate', label: 'Utfall hittills mot samma period förra året' },
      ],
      default: 'forecast',
    },
  },
  async generate(ctx, request) {
    const unit =
      request.options.unit === 'kr' || request.options.unit === 'mnkr' ? request.options.unit : 'tkr';
    const planYears = typeof request.options.planYears === 'number' ? request.options.planYears : undefined;
    const detailRows = isDetailRows(request.options.detailRows) ? request.options.detailRows : 'units';
    const round = await documentRound(ctx, request.roundId);
    const forecastRound = round && isForecastRound(round.kind) ? round.kind : undefined;
    const toDate = forecastRound !== undefined && request.options.period === 'toDate';
    const table = await operatingStatement(
      ctx,
      {
        org: request.unitId,
        year: request.year,
        unit,
        sign: 'result',
        details: DETAIL_ROWS[detailRows],
        ...(forecastRound && !toDate ? { round: forecastRound } : {}),
        ...(forecastRound && toDate ? { throughMonth: roundEndMonth(forecastRound) } : {}),
        ...(round?.kind === 'closing' ? { throughMonth: 12 } : {}),
        ...(planYears !== undefined ? { planYears } : {}),
      },
      request.documentUnitId,
    );
    // The caption names the unit and the footnotes the sign and variance conventions.
    return hasFigures(table) ? [tableBlock(table)] : [];
  },
};

/**
 * A chart of the economy (option `chart`): `costsAndRevenues` – each unit under it, this year's costs and
 * revenues against the same months last year, through the round's month – or `forecastVsBudget` – the
 * whole-year forecast of each interim round against the budget. Printed with its table; left out (the
 * template's empty text said instead) when the economy holds no figures for it.
 */
export const economyChartSection: DocumentSectionGenerator = {
  name: 'economy.chart',
  label: 'Diagram över ekonomin',
  options: {
    chart: {
      label: 'Diagram',
      choices: [
        { value: 'costsAndRevenues', label: 'Kostnader och intäkter per verksamhet' },
        { value: 'forecastVsBudget', label: 'Helårsprognos mot budget' },
      ],
      default: 'costsAndRevenues',
    },
    unit: AMOUNT_UNIT_OPTION,
  },
  async generate(ctx, request) {
    const unit =
      request.options.unit === 'kr' || request.options.unit === 'mnkr' ? request.options.unit : 'tkr';
    const round = await documentRound(ctx, request.roundId);
    const chart =
      request.options.chart === 'forecastVsBudget'
        ? await forecastVsBudget(
            ctx,
            { org: request.unitId, year: request.year, unit, sign: 'result' },
            request.documentUnitId,
          )
        : await costsAndRevenues(
            ctx,
            {
              org: request.unitId,
              year: request.year,
              unit,
              ...(round ? { throughMonth: roundEndMonth(round.kind) } : {}),
            },
            request.documentUnitId,
          );
    const block: ChartBlock = { kind: 'chart', chart };
    return hasFigures(chart.table) ? [block] : [];
  },
};
