/**
 * The internal-control module's sections of a document (docs/adr/0027-documents.md): `internalControl.summary`,
 * the annual report's paragraph "Av de N kontrollmoment som var planerade har M genomförts; K kräver
 * åtgärd", and `internalControl.report`, the internal control report – that paragraph, every planned check
 * of the round unit by unit with its result (in words, never colour alone), findings and actions, and the
 * actions still open. For the document's unit and, unless the template says `subtree: false`, the units
 * under it; for the document's round, or the year's closing when it has none.
 *
 * The internkontrollplan, the document the board approves before the year, has two more:
 * `internalControl.risks`, the year's risk analyses – each risk with probability, consequence, value and
 * class, and the risk matrix as a table that names each cell's class in words – and `internalControl.plan`,
 * every control of the plan with what is checked, how, how often, by whom and in which rounds it reports:
 * each unit's own controls, and for the document's unit the common ones it inherits from above (set on a
 * unit in the subtree, a common control is listed once, where it is set).
 */

import {
  type DocumentBlock,
  heading,
  type LegendBlock,
  notice,
  paragraph,
  tableBlock,
} from '#core/document.ts';
import { formatLongDate } from '#core/format.ts';
import { richTextToPlain } from '#core/rich-text.ts';
import { type CellTone, cell, FootnoteCollector, type TableModel, type TableRow } from '#core/table.ts';
import type {
  DocumentSectionGenerator,
  DocumentSectionRequest,
  SectionOptionSpec,
} from '../module-definition.ts';
import { subtreeIds } from '../organisation/domain/index.ts';
import { isValidInYear, listOrgUnits } from '../organisation/index.ts';
import type { ControlView, OverviewDto, RiskView } from './contract.ts';
import {
  ACTION_STATUS_LABELS,
  ANALYSIS_SOURCE_LABELS,
  FREQUENCY_LABELS,
  isActionOverdue,
  RISK_RESPONSE_LABELS,
} from './domain/index.ts';
import {
  type ControlReport,
  controlReport,
  overview,
  type ReportRow,
  today,
} from './internal-control-service.ts';

const SUBTREE_OPTION: SectionOptionSpec = {
  label: 'Enheter',
  choices: [
    { value: true, label: 'Enheten och enheterna under den' },
    { value: false, label: 'Bara enheten' },
  ],
  default: true,
};
const OPEN_ACTIONS_OPTION: SectionOptionSpec = {
  label: 'Öppna åtgärder',
  choices: [
    { value: true, label: 'Visas' },
    { value: false, label: 'Visas inte' },
  ],
  default: true,
};

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
  options: { subtree: SUBTREE_OPTION },
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
  options: { subtree: SUBTREE_OPTION, openActions: OPEN_ACTIONS_OPTION },
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

// The internkontrollplan ------------------------------------------------------------------------------

type Ctx = Parameters<DocumentSectionGenerator['generate']>[0];

/** The document's unit and, with `subtree`, the units under it valid in the year: the unit first, then by name. */
async function planUnits(ctx: Ctx, request: DocumentSectionRequest): Promise<string[]> {
  if (!options(request).subtree) {
    return [request.unitId];
  }
  const units = await listOrgUnits(ctx.db);
  const inTree = subtreeIds(units, request.unitId);
  const below = units
    .filter((unit) => unit.id !== request.unitId && inTree.has(unit.id) && isValidInYear(unit, request.year))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  return [request.unitId, ...below.map((unit) => unit.id)];
}

/** The unit's internal control of the year as its page reads it; with `subtree`, the risks of the units under it. */
function overviewOf(ctx: Ctx, unitId: string, year: number, subtree: boolean): Promise<OverviewDto> {
  return overview(ctx, { org: unitId, year, ...(subtree ? { subtree: 'true' as const } : {}) });
}

const unitWords = (view: OverviewDto, subtree: boolean) =>
  `${view.orgUnit.name}${subtree ? ' och enheterna under' : ''}`;

function handling(risk: RiskView, scopeIds: ReadonlySet<string>): string {
  if (!scopeIds.has(risk.unit.id)) {
    return `Eskalerad hit från ${risk.unit.name}`;
  }
  return `${RISK_RESPONSE_LABELS[risk.response]}${risk.escalatedTo ? ` till ${risk.escalatedTo.name}` : ''}`;
}

function analysesTable(
  view: OverviewDto,
  subtree: boolean,
  unitNames: ReadonlyMap<string, string>,
): TableModel {
  const rows: TableRow[] = view.analyses.map((analysis) => {
    const unit = unitNames.get(analysis.orgUnitId) ?? null;
    return {
      key: analysis.id,
      depth: 0,
      role: 'row',
      header: cell(unit ?? '', { ref: { kind: 'riskAnalysis', id: analysis.id } }),
      cells: [
        cell(formatLongDate(analysis.date)),
        cell(analysis.participants ?? ''),
        cell(
          [...analysis.considered.map((source) => ANALYSIS_SOURCE_LABELS[source]), analysis.consideredOther]
            .filter(Boolean)
            .join(', '),
        ),
      ],
      ref: { kind: 'riskAnalysis', id: analysis.id },
    };
  });
  return {
    key: 'internal-control-analyses',
    caption: `Riskanalyser ${view.year}, ${unitWords(view, subtree)}`,
    groupLabel: null,
    columns: [
      { key: 'unit', label: 'Enhet', align: 'start' },
      { key: 'date', label: 'Datum', align: 'start' },
      { key: 'participants', label: 'Deltagare', align: 'start' },
      { key: 'considered', label: 'Underlag som beaktats', align: 'start' },
    ],
    groups: [{ key: 'analyses', heading: null, description: null, note: null, ref: null, rows }],
    footnotes: [],
  };
}

function risksTable(view: OverviewDto, subtree: boolean, risks: readonly RiskView[]): TableModel {
  const scopeIds = new Set(view.analyses.map((analysis) => analysis.orgUnitId));
  // The document's unit first, then the units under it (and those that escalated to it) by name.
  const units = [...new Map(risks.map((risk) => [risk.unit.id, risk.unit])).values()].sort(
    (a, b) =>
      Number(a.id !== view.orgUnit.id) - Number(b.id !== view.orgUnit.id) ||
      a.name.localeCompare(b.name, 'sv'),
  );
  const number = (value: number) => cell(String(value), { value: String(value) });
  return {
    key: 'internal-control-risks',
    caption: `Risker ${view.year}, ${unitWords(view, subtree)}`,
    groupLabel: null,
    columns: [
      { key: 'process', label: 'Process', align: 'start' },
      { key: 'description', label: 'Risk', align: 'start' },
      { key: 'probability', label: 'Sannolikhet', align: 'end' },
      { key: 'consequence', label: 'Konsekvens', align: 'end' },
      { key: 'value', label: 'Riskvärde', align: 'end' },
      { key: 'band', label: 'Riskklass', align: 'start' },
      { key: 'response', label: 'Hantering', align: 'start' },
    ],
    groups: units.map((unit) => ({
      key: unit.id,
      // Named whenever the risks are not only the document's unit's.
      heading: units.length > 1 || unit.id !== view.orgUnit.id ? unit.name : null,
      description: null,
      note: null,
      ref: { kind: 'orgUnit', id: unit.id },
      rows: risks
        .filter((risk) => risk.unit.id === unit.id)
        .sort((a, b) => b.value - a.value || a.process.localeCompare(b.process, 'sv'))
        .map((risk) => ({
          key: risk.id,
          depth: 0,
          role: 'row' as const,
          header: cell(risk.process, { ref: { kind: 'risk', id: risk.id } }),
          cells: [
            cell(risk.description),
            number(risk.probability),
            number(risk.consequence),
            number(risk.value),
            cell(risk.band?.label ?? 'Ingen riskklass', { kind: 'status' }),
            cell(handling(risk, scopeIds)),
          ],
          ref: { kind: 'risk', id: risk.id },
        })),
    })),
    footnotes: [],
  };
}

/** The band's place on the scale as a tint – the lowest good, the highest bad –; its name is always the text. */
function bandTone(bands: OverviewDto['settings']['bands'], label: string | undefined): CellTone | null {
  const index = bands.findIndex((band) => band.label === label);
  if (index === -1 || bands.length < 2) {
    return null;
  }
  return index === 0 ? 'good' : index === bands.length - 1 ? 'bad' : 'mid';
}

/** The risk matrix as the page draws it: probability down (highest first), consequence across. */
function matrixTable(view: OverviewDto, subtree: boolean): TableModel {
  const consequences = view.matrix.rows[0]?.cells.map((matrixCell) => matrixCell.consequence) ?? [];
  return {
    key: 'internal-control-matrix',
    caption: `Riskmatris ${view.year}, ${unitWords(view, subtree)}`,
    groupLabel: null,
    columns: [
      { key: 'probability', label: 'Sannolikhet', align: 'start' },
      ...consequences.map((consequence) => ({
        key: `consequence-${consequence}`,
        label: `Konsekvens ${consequence}`,
        align: 'start' as const,
      })),
    ],
    groups: [
      {
        key: 'matrix',
        heading: null,
        description: null,
        note: null,
        ref: null,
        rows: view.matrix.rows.map((row) => ({
          key: `p${row.probability}`,
          depth: 0,
          role: 'row' as const,
          header: cell(String(row.probability)),
          cells: row.cells.map((matrixCell) => {
            const band = `${matrixCell.band?.label ?? 'Ingen riskklass'} (${matrixCell.value})`;
            const risks = matrixCell.risks.map(
              (risk) => `${risk.process} (${risk.unitCode})${risk.escalated ? ', eskalerad hit' : ''}`,
            );
            return cell(risks.length === 0 ? band : `${band}: ${risks.join('; ')}`, {
              kind: 'status',
              tone: bandTone(view.settings.bands, matrixCell.band?.label),
            });
          }),
          ref: null,
        })),
      },
    ],
    footnotes: [],
  };
}

function bandLegend(view: OverviewDto): LegendBlock {
  return {
    kind: 'legend',
    title: 'Riskklasser',
    entries: view.settings.bands.map((band) => ({
      term: band.label,
      description: `riskvärde ${band.min}–${band.max}`,
    })),
  };
}

/** The risk analysis of the plan: the analyses, the risks ranked by value, and the risk matrix. */
export const internalControlRisksSection: DocumentSectionGenerator = {
  name: 'internalControl.risks',
  label: 'Internkontroll: riskanalys och riskmatris',
  options: { subtree: SUBTREE_OPTION },
  async generate(ctx, request) {
    const { subtree } = options(request);
    const view = await overviewOf(ctx, request.unitId, request.year, subtree);
    const risks = [...view.analyses.flatMap((analysis) => analysis.risks), ...view.escalated];
    if (risks.length === 0) {
      return [];
    }
    const scale = `Riskvärde = sannolikhet (1–${view.settings.probabilityMax}) × konsekvens (1–${view.settings.consequenceMax}).`;
    const unitNames = new Map((await listOrgUnits(ctx.db)).map((unit) => [unit.id, unit.name]));
    return [
      tableBlock(analysesTable(view, subtree, unitNames)),
      tableBlock(risksTable(view, subtree, risks), { note: scale }),
      heading(1, 'Riskmatris'),
      tableBlock(matrixTable(view, subtree), {
        note: 'Varje ruta anger riskklass och riskvärde i ord och siffror, och de risker som har bedömts där.',
      }),
      bandLegend(view),
    ];
  },
};

/** Where a control comes from, said after its name: inherited, or common to the units under. */
function origin(control: ControlView): string | null {
  if (control.inherited) {
    return `gemensamt, från ${control.unit.name}`;
  }
  return control.common ? 'gemensamt för enheterna under' : null;
}

function planRow(control: ControlView, unitId: string, notes: FootnoteCollector): TableRow {
  const ref = { kind: 'control', id: control.id };
  const from = origin(control);
  const markers = notes.mark(
    control.previousYear === null ? null : `Kontrollmomentet kvarstår från ${control.previousYear}.`,
    control.carryForward ? 'Kontrollmomentet får kvarstå till nästa år.' : null,
  );
  return {
    key: `${unitId}|${control.id}`,
    depth: 0,
    role: 'row',
    header: cell(from ? `${control.title} (${from})` : control.title, { ref, markers }),
    cells: [
      cell(control.checked ?? ''),
      cell([control.method, control.sample ? `Urval: ${control.sample}` : null].filter(Boolean).join('. ')),
      cell(control.frequency ? FREQUENCY_LABELS[control.frequency] : ''),
      cell(control.responsible ?? ''),
      cell(control.roundNames.length === 0 ? 'Varje uppföljning' : control.roundNames.join(', ')),
      cell(control.riskProcess ?? ''),
    ],
    ref,
  };
}

/**
 * The plan: the document's unit's controls (its own, then those it inherits), then each unit under it with
 * its own – a common control is listed once, on the unit that set it, and says so.
 */
export const internalControlPlanSection: DocumentSectionGenerator = {
  name: 'internalControl.plan',
  label: 'Internkontroll: internkontrollplanens kontrollmoment',
  options: { subtree: SUBTREE_OPTION },
  async generate(ctx, request) {
    const unitIds = await planUnits(ctx, request);
    const plans: { view: OverviewDto; controls: ControlView[] }[] = [];
    for (const unitId of unitIds) {
      const view = await overviewOf(ctx, unitId, request.year, false);
      const controls = view.controls.filter((control) => unitId === request.unitId || !control.inherited);
      if (controls.length > 0) {
        plans.push({ view, controls });
      }
    }
    const count = plans.reduce((sum, plan) => sum + plan.controls.length, 0);
    if (count === 0) {
      return [];
    }
    const top = plans.find((plan) => plan.view.orgUnit.id === request.unitId)?.view ?? plans[0]?.view;
    const common = plans.reduce(
      (sum, plan) => sum + plan.controls.filter((control) => control.common).length,
      0,
    );
    const notes = new FootnoteCollector();
    // Named whenever the controls are not only the document's unit's.
    const named = plans.length > 1 || plans[0]?.view.orgUnit.id !== request.unitId;
    const table: TableModel = {
      key: 'internal-control-plan',
      caption: `Kontrollmoment ${request.year}, ${top ? unitWords(top, unitIds.length > 1) : ''}`,
      groupLabel: null,
      columns: [
        { key: 'control', label: 'Kontrollmoment', align: 'start' },
        { key: 'checked', label: 'Vad kontrolleras', align: 'start' },
        { key: 'method', label: 'Metod och urval', align: 'start' },
        { key: 'frequency', label: 'Frekvens', align: 'start' },
        { key: 'responsible', label: 'Ansvarig', align: 'start' },
        { key: 'rounds', label: 'Rapporteras', align: 'start' },
        { key: 'risk', label: 'Risk', align: 'start' },
      ],
      groups: plans.map(({ view, controls }) => ({
        key: view.orgUnit.id,
        heading: named ? view.orgUnit.name : null,
        description: null,
        note: null,
        ref: { kind: 'orgUnit', id: view.orgUnit.id },
        rows: controls.map((control) => planRow(control, view.orgUnit.id, notes)),
      })),
      footnotes: [],
    };
    const text =
      count === 1
        ? 'Planen har ett (1) kontrollmoment.'
        : `Planen har ${count} kontrollmoment${common > 0 ? `, varav ${common} gemensamma som gäller alla enheter under den enhet som har satt dem` : ''}.`;
    return [paragraph(text), tableBlock({ ...table, footnotes: notes.list() })];
  },
};

export const internalControlDocumentSections = [
  internalControlSummarySection,
  internalControlReportSection,
  internalControlRisksSection,
  internalControlPlanSection,
];
