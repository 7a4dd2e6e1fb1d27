/**
 * Use cases for internal control: the municipality's scales, a unit's risk analyses and risks (with
 * escalation to a unit above), the control plan (own and common controls), results per unit and round with
 * the actions a deficient result needs, the follow-up of a subtree, and carrying controls that "får
 * kvarstå" into the next year. Changes go through the platform's one write path, which checks permissions
 * and locks, versions, logs and maps refusals; these functions hold the rules.
 */

import type { Capability } from '#core/actor.ts';
import { coreErrors } from '#core/errors.ts';
import { swedishToday } from '#core/format.ts';
import { write } from '#platform/context.ts';
import { nextSortOrder } from '#platform/db/entity-store.ts';
import { permits } from '../access/domain/index.ts';
import type { Ctx, Tx } from '../context.ts';
import { VERSION_STATE_LABELS } from '../documents/domain/index.ts';
import { listVersions, type VersionView } from '../documents/index.ts';
import { subtreeCodes, type TreeNode, unitPath } from '../organisation/domain/index.ts';
import { getOrgUnit, isValidInYear, listOrgUnits, type OrgUnit } from '../organisation/index.ts';
import { findRound, getRound, listRounds, type ReportingRound } from '../planning/index.ts';
import type {
  ActionInput,
  ActionUpdate,
  AnalysisInput,
  AnalysisUpdate,
  AnalysisView,
  CarryResult,
  ControlInput,
  ControlUpdate,
  ControlView,
  EscalatedResult,
  FollowUpDto,
  MatrixDto,
  OverviewDto,
  ResultInput,
  ResultUpdate,
  ResultView,
  RiskInput,
  RiskUpdate,
  RiskView,
  SettingsDto,
  SettingsInput,
  SettingsView,
} from './contract.ts';
import {
  type Action,
  type Analysis,
  type Control,
  type ControlResult,
  findSettings,
  listActions,
  listAnalyses,
  listControls,
  listResults,
  listRisks,
  type Risk,
  type Settings,
} from './db/internal-control-repository.ts';
import {
  bandOf,
  bandProblems,
  carriedRounds,
  closedDateFor,
  controlsOfUnit,
  controlsToCarry,
  DEFAULT_RESULT_SCALE,
  DEFAULT_RISK_SCALE,
  isActionOverdue,
  lacksAction,
  type PlannedCheck,
  type ResultLevel,
  type RiskScale,
  reportingUnits,
  reportsInRound,
  resultLevel,
  resultScaleProblems,
  riskMatrix,
  riskValue,
  scaleProblems,
  summariseControls,
} from './domain/index.ts';
import { internalControlErrors as errors } from './messages.sv.ts';
import {
  actionEntity,
  analysisEntity,
  controlEntity,
  resultEntity,
  riskEntity,
  settingsEntity,
} from './model.ts';

type Db = Pick<Ctx, 'db'>;

/** Today as a Swedish calendar date: a deadline passes at midnight in Sweden, not in UTC. */
export const today = () => swedishToday();

// Scales -------------------------------------------------------------------------------------------------

interface Scales {
  readonly risk: RiskScale;
  readonly results: readonly ResultLevel[];
}

function scalesOf(settings: Settings | null): Scales {
  if (!settings) {
    return { risk: DEFAULT_RISK_SCALE, results: DEFAULT_RESULT_SCALE };
  }
  return {
    risk: {
      probabilityMax: settings.probabilityMax,
      consequenceMax: settings.consequenceMax,
      bands: settings.bandMin.map((min, index) => ({
        min,
        max: settings.bandMax[index] ?? min,
        label: settings.bandLabel[index] ?? '',
        colour: settings.bandColour[index] ?? '#ffffff',
      })),
    },
    results: settings.resultKey.map((key, index) => ({
      key,
      label: settings.resultLabel[index] ?? key,
      needsAction: settings.resultNeedsAction[index] ?? false,
    })),
  };
}

async function loadScales(ctx: Db): Promise<Scales> {
  return scalesOf(await findSettings(ctx.db));
}

/** The municipality's result scale, as stored (the defaults before the settings row exists). */
export async function loadResultScale(ctx: Db): Promise<readonly ResultLevel[]> {
  return (await loadScales(ctx)).results;
}

function settingsDto(settings: Settings): SettingsDto {
  const scales = scalesOf(settings);
  return {
    probabilityMax: scales.risk.probabilityMax,
    consequenceMax: scales.risk.consequenceMax,
    bands: [...scales.risk.bands],
    results: [...scales.results],
    version: settings.version,
  };
}

async function requireSettings(ctx: Db): Promise<Settings> {
  const settings = await findSettings(ctx.db);
  if (!settings) {
    throw coreErrors.not_found('Internkontrollens inställningar', '');
  }
  return settings;
}

/** The scales are the municipality's: changed by those who govern all of it (administrators, kommunledningen). */
export function mayEditSettings(ctx: Pick<Ctx, 'actor'>): boolean {
  return permits(ctx.actor.grants, { capability: 'govern', unitId: null, year: null }, []);
}

export async function getSettings(ctx: Ctx): Promise<SettingsView> {
  return { ...settingsDto(await requireSettings(ctx)), mayEdit: mayEditSettings(ctx) };
}

const BAND_PROBLEM_TEXT = {
  empty: () => 'ange minst en riskklass.',
  reversed: (p: { band?: string }) => `”${p.band}” slutar före det värde den börjar på.`,
  overlap: (p: { band?: string; other?: string }) => `”${p.band}” och ”${p.other}” har värden gemensamt.`,
  gap: (p: { value?: number }) => `riskvärdet ${p.value} hamnar inte i någon riskklass.`,
  colour: (p: { band?: string }) => `”${p.band}” har ingen färg som #rrggbb.`,
} as const;

export async function updateSettings(ctx: Ctx, input: SettingsInput): Promise<SettingsDto> {
  const scale: RiskScale = {
    probabilityMax: input.probabilityMax,
    consequenceMax: input.consequenceMax,
    bands: input.bands,
  };
  const [bandProblem] = bandProblems(scale);
  if (bandProblem) {
    throw errors.settings_bands(BAND_PROBLEM_TEXT[bandProblem.kind](bandProblem as never));
  }
  const [levelProblem] = resultScaleProblems(input.results);
  if (levelProblem) {
    throw errors.settings_results(
      levelProblem.kind === 'noneSatisfactory'
        ? 'minst en nivå ska vara utan krav på åtgärd.'
        : levelProblem.kind === 'empty'
          ? 'ange minst en nivå.'
          : `nyckeln ”${levelProblem.key}” är upprepad eller inte bara bokstäver.`,
    );
  }
  const saved = await write(ctx, async (tx) => {
    const current = await requireSettings(tx);
    // A level results are reported on stays: they would lose their meaning (and what they require).
    const keys = new Set(input.results.map((level) => level.key));
    const used = await tx.db
      .selectFrom('control_result')
      .select(['result', (eb) => eb.fn.countAll<number>().as('count')])
      .groupBy('result')
      .execute();
    const [missing] = used.filter((row) => !keys.has(row.result));
    if (missing) {
      throw errors.settings_results(
        `nivån ”${resultLevel(scalesOf(current).results, missing.result)?.label ?? missing.result}” (${missing.result}) har ${Number(missing.count)} rapporterade resultat och kan inte tas bort.`,
      );
    }
    const sorted = [...input.bands].sort((a, b) => a.min - b.min);
    return tx.update(settingsEntity, current, input.version, {
      probabilityMax: input.probabilityMax,
      consequenceMax: input.consequenceMax,
      bandMin: sorted.map((band) => band.min),
      bandMax: sorted.map((band) => band.max),
      bandLabel: sorted.map((band) => band.label),
      bandColour: sorted.map((band) => band.colour),
      resultKey: input.results.map((level) => level.key),
      resultLabel: input.results.map((level) => level.label),
      resultNeedsAction: input.results.map((level) => level.needsAction),
    });
  });
  return settingsDto(saved);
}

// The organisation ---------------------------------------------------------------------------------------

interface Org {
  readonly units: readonly OrgUnit[];
  readonly byId: ReadonlyMap<string, OrgUnit>;
  readonly byCode: ReadonlyMap<string, OrgUnit>;
  readonly tree: readonly TreeNode[];
}

async function loadOrg(ctx: Db): Promise<Org> {
  const units = await listOrgUnits(ctx.db);
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  return {
    units,
    byId,
    byCode: new Map(units.map((unit) => [unit.code, unit])),
    tree: units.map((unit) => ({
      code: unit.code,
      parent: unit.parentId === null ? null : (byId.get(unit.parentId)?.code ?? null),
      validFrom: unit.validFrom,
      validTo: unit.validTo,
    })),
  };
}

const ref = (org: Org, id: string) => {
  const unit = org.byId.get(id);
  return { id, code: unit?.code ?? '', name: unit?.name ?? '' };
};

function may(ctx: Ctx, org: Org, capability: Capability, unitId: string, year: number): boolean {
  return permits(ctx.actor.grants, { capability, unitId, year }, unitPath(org.units, unitId));
}

const placed = (org: Org, control: Control) => ({
  ...control,
  orgUnit: org.byId.get(control.orgUnitId)?.code ?? '',
});

// Risk analyses and risks --------------------------------------------------------------------------------

async function getAnalysis(ctx: Db, id: string): Promise<Analysis> {
  const [analysis] = await listAnalyses(ctx.db, { ids: [id] });
  if (!analysis) {
    throw errors.analysis_not_found(id);
  }
  return analysis;
}

async function getRisk(ctx: Db, id: string): Promise<Risk> {
  const [risk] = await listRisks(ctx.db, { ids: [id] });
  if (!risk) {
    throw errors.risk_not_found(id);
  }
  return risk;
}

export async function createAnalysis(ctx: Ctx, input: AnalysisInput): Promise<Analysis> {
  return write(ctx, async (tx) => {
    const unit = await getOrgUnit(tx, input.orgUnitId);
    const values = { ...input, orgUnitId: unit.id };
    await tx.checkMayWrite(analysisEntity, { ...values, id: '', version: 0 });
    return tx.insert(analysisEntity, values);
  });
}

export async function updateAnalysis(ctx: Ctx, id: string, input: AnalysisUpdate): Promise<Analysis> {
  return write(ctx, async (tx) => {
    const current = await getAnalysis(tx, id);
    const { version, ...patch } = input;
    return tx.update(analysisEntity, current, version, patch);
  });
}

export async function deleteAnalysis(ctx: Ctx, id: string, version: number): Promise<void> {
  await write(ctx, async (tx) => {
    const current = await getAnalysis(tx, id);
    await tx.checkMayWrite(analysisEntity, current);
    if ((await listRisks(tx.db, { analysisIds: [id] })).length > 0) {
      throw errors.analysis_has_risks();
    }
    await tx.remove(analysisEntity, current, version);
  });
}

/** The scores lie on the scale; an escalated risk names a unit above its analysis's unit, and only then. */
async function checkRisk(
  tx: Tx,
  analysis: Analysis,
  risk: Pick<Risk, 'probability' | 'consequence' | 'response' | 'escalatedToUnitId'>,
): Promise<void> {
  const scales = await loadScales(tx);
  for (const problem of scaleProblems(scales.risk, risk.probability, risk.consequence)) {
    throw problem.kind === 'probabilityOutOfScale'
      ? errors.probability_out_of_scale(problem.value, problem.max)
      : errors.consequence_out_of_scale(problem.value, problem.max);
  }
  if (risk.response === 'escalate' && risk.escalatedToUnitId === null) {
    throw errors.escalation_needs_unit();
  }
  if (risk.response !== 'escalate' && risk.escalatedToUnitId !== null) {
    throw errors.escalation_without_escalate(RESPONSE_WORDS[risk.response]);
  }
  if (risk.escalatedToUnitId !== null) {
    const org = await loadOrg(tx);
    const above = unitPath(org.units, analysis.orgUnitId).slice(1);
    if (!above.includes(risk.escalatedToUnitId)) {
      throw errors.escalation_not_above(
        org.byId.get(risk.escalatedToUnitId)?.name ?? risk.escalatedToUnitId,
        org.byId.get(analysis.orgUnitId)?.name ?? '',
      );
    }
  }
}

const RESPONSE_WORDS: Readonly<Record<Risk['response'], string>> = {
  accept: 'acceptera',
  control: 'kontrollera',
  act: 'åtgärda',
  escalate: 'eskalera',
};

async function unitIdOf(tx: Tx, unitRef: string | null | undefined): Promise<string | null | undefined> {
  if (unitRef === undefined || unitRef === null) {
    return unitRef;
  }
  return (await getOrgUnit(tx, unitRef)).id;
}

export async function createRisk(ctx: Ctx, input: RiskInput): Promise<Risk> {
  return write(ctx, async (tx) => {
    const [analysis] = await listAnalyses(tx.db, { ids: [input.analysisId] });
    if (!analysis) {
      throw errors.analysis_unknown(input.analysisId);
    }
    const values = { ...input, escalatedToUnitId: (await unitIdOf(tx, input.escalatedToUnitId)) ?? null };
    await tx.checkMayWrite(riskEntity, { ...values, id: '', version: 0 });
    await checkRisk(tx, analysis, values);
    return tx.insert(riskEntity, values);
  });
}

export async function updateRisk(ctx: Ctx, id: string, input: RiskUpdate): Promise<Risk> {
  return write(ctx, async (tx) => {
    const current = await getRisk(tx, id);
    await tx.checkMayWrite(riskEntity, current);
    const { version, ...rest } = input;
    const escalatedToUnitId = await unitIdOf(tx, rest.escalatedToUnitId);
    const patch = {
      ...rest,
      ...(escalatedToUnitId === undefined ? {} : { escalatedToUnitId }),
      // Escalation withdrawn: the unit above no longer sees it.
      ...(rest.response !== undefined && rest.response !== 'escalate' && rest.escalatedToUnitId === undefined
        ? { escalatedToUnitId: null }
        : {}),
    };
    await checkRisk(tx, await getAnalysis(tx, current.analysisId), { ...current, ...patch });
    return tx.update(riskEntity, current, version, patch);
  });
}

export async function deleteRisk(ctx: Ctx, id: string, version: number): Promise<void> {
  await write(ctx, async (tx) => {
    const current = await getRisk(tx, id);
    await tx.checkMayWrite(riskEntity, current);
    if ((await listControls(tx.db, { riskIds: [id] })).length > 0) {
      throw errors.risk_has_controls();
    }
    await tx.remove(riskEntity, current, version);
  });
}

// Controls -----------------------------------------------------------------------------------------------

async function getControl(ctx: Db, id: string): Promise<Control> {
  const [control] = await listControls(ctx.db, { ids: [id] });
  if (!control) {
    throw errors.control_not_found(id);
  }
  return control;
}

/** Common controls are set centrally: the central controllers' 'govern' on the unit. */
async function requireCommon(tx: Tx, unitId: string, year: number): Promise<void> {
  const org = await loadOrg(tx);
  if (!may(tx, org, 'govern', unitId, year)) {
    throw errors.common_needs_govern();
  }
}

async function checkControl(
  tx: Tx,
  control: Pick<Control, 'orgUnitId' | 'year' | 'reportingRoundIds' | 'riskId'>,
): Promise<void> {
  const rounds = await listRounds(tx.db, control.year);
  for (const id of control.reportingRoundIds) {
    if (!rounds.some((round) => round.id === id && round.kind !== 'budget')) {
      throw errors.rounds_unknown(id, control.year);
    }
  }
  if (control.riskId !== null) {
    const [risk] = await listRisks(tx.db, { ids: [control.riskId] });
    if (!risk) {
      throw errors.risk_unknown(control.riskId);
    }
    const analysis = await getAnalysis(tx, risk.analysisId);
    const escalatedHere = risk.escalatedToUnitId === control.orgUnitId;
    if ((analysis.orgUnitId !== control.orgUnitId && !escalatedHere) || analysis.year !== control.year) {
      throw errors.risk_other_unit(risk.process);
    }
  }
}

export async function createControl(ctx: Ctx, input: ControlInput): Promise<Control> {
  return write(ctx, async (tx) => {
    const unit = await getOrgUnit(tx, input.orgUnitId);
    const values = {
      ...input,
      orgUnitId: unit.id,
      reportingRoundIds: [...new Set(input.reportingRoundIds)],
      previousControlId: null,
      sortOrder:
        input.sortOrder ??
        (await nextSortOrder(tx.db, controlEntity, { org_unit_id: unit.id, year: String(input.year) })),
    };
    await tx.checkMayWrite(controlEntity, { ...values, id: '', version: 0 });
    if (values.common) {
      await requireCommon(tx, unit.id, values.year);
    }
    await checkControl(tx, values);
    return tx.insert(controlEntity, values);
  });
}

export async function updateControl(ctx: Ctx, id: string, input: ControlUpdate): Promise<Control> {
  return write(ctx, async (tx) => {
    const current = await getControl(tx, id);
    await tx.checkMayWrite(controlEntity, current);
    const { version, ...patch } = input;
    const next = { ...current, ...patch };
    if (current.common || next.common) {
      await requireCommon(tx, current.orgUnitId, current.year);
    }
    await checkControl(tx, next);
    return tx.update(controlEntity, current, version, patch);
  });
}

export async function deleteControl(ctx: Ctx, id: string, version: number): Promise<void> {
  await write(ctx, async (tx) => {
    const current = await getControl(tx, id);
    await tx.checkMayWrite(controlEntity, current);
    if (current.common) {
      await requireCommon(tx, current.orgUnitId, current.year);
    }
    if ((await listResults(tx.db, { controlIds: [id] })).length > 0) {
      throw errors.control_has_results();
    }
    await tx.remove(controlEntity, current, version);
  });
}

// Results and actions ------------------------------------------------------------------------------------

async function getResult(ctx: Db, id: string): Promise<ControlResult> {
  const [result] = await listResults(ctx.db, { ids: [id] });
  if (!result) {
    throw errors.result_not_found(id);
  }
  return result;
}

function levelOf(scales: Scales, key: string): ResultLevel {
  const level = resultLevel(scales.results, key);
  if (!level) {
    throw errors.result_unknown_level(
      key,
      scales.results.map((item) => `${item.key} (${item.label.toLowerCase()})`).join(', '),
    );
  }
  return level;
}

/** An escalated result names a unit above its own unit (one of its ancestors). */
async function checkResultEscalation(
  tx: Tx,
  result: Pick<ControlResult, 'orgUnitId' | 'escalatedToUnitId'>,
): Promise<void> {
  if (result.escalatedToUnitId === null) {
    return;
  }
  const org = await loadOrg(tx);
  if (!unitPath(org.units, result.orgUnitId).slice(1).includes(result.escalatedToUnitId)) {
    throw errors.result_escalation_not_above(
      org.byId.get(result.escalatedToUnitId)?.name ?? result.escalatedToUnitId,
      org.byId.get(result.orgUnitId)?.name ?? '',
    );
  }
}

export async function createResult(ctx: Ctx, input: ResultInput): Promise<ControlResult> {
  return write(ctx, async (tx) => {
    const unit = await getOrgUnit(tx, input.orgUnitId);
    const { actions, ...fields } = input;
    const values = {
      ...fields,
      orgUnitId: unit.id,
      escalatedToUnitId: (await unitIdOf(tx, input.escalatedToUnitId)) ?? null,
    };
    // Someone who may not report for the unit is told so, rather than what else is wrong.
    await tx.checkMayWrite(resultEntity, { ...values, id: '', version: 0 });
    const [control] = await listControls(tx.db, { ids: [input.controlId] });
    if (!control) {
      throw errors.control_unknown(input.controlId);
    }
    const round = await findRound(tx.db, input.reportingRoundId);
    if (!round) {
      throw errors.round_unknown(input.reportingRoundId);
    }
    if (round.year !== control.year) {
      throw errors.round_other_year(round.name, control.year);
    }
    if (round.kind === 'budget') {
      throw errors.round_is_budget(round.name);
    }
    if (!reportsInRound(control.reportingRoundIds, round.id)) {
      throw errors.round_not_planned(round.name, control.title);
    }
    const org = await loadOrg(tx);
    if (!reportingUnits(org.tree, placed(org, control), control.year).has(unit.code)) {
      throw errors.unit_not_reporting(unit.name, control.title);
    }
    const scales = await loadScales(tx);
    const level = levelOf(scales, values.result);
    if (lacksAction(scales.results, values.result, actions)) {
      throw errors.action_required(level.label);
    }
    await checkResultEscalation(tx, values);
    const existing = await listResults(tx.db, {
      controlIds: [control.id],
      orgUnitIds: [unit.id],
      reportingRoundIds: [round.id],
    });
    if (existing.length > 0) {
      throw errors.result_exists();
    }
    const result = await tx.insert(resultEntity, values);
    for (const action of actions) {
      await tx.insert(actionEntity, {
        ...action,
        resultId: result.id,
        closedDate: closedDateFor(action.status, action.closedDate, today()),
      });
    }
    return result;
  });
}

export async function updateResult(ctx: Ctx, id: string, input: ResultUpdate): Promise<ControlResult> {
  return write(ctx, async (tx) => {
    const current = await getResult(tx, id);
    await tx.checkMayWrite(resultEntity, current);
    const { version, escalatedToUnitId: escalatedRef, ...rest } = input;
    const escalatedToUnitId = await unitIdOf(tx, escalatedRef);
    const patch = { ...rest, ...(escalatedToUnitId === undefined ? {} : { escalatedToUnitId }) };
    await checkResultEscalation(tx, { ...current, ...patch });
    if (patch.result !== undefined) {
      const scales = await loadScales(tx);
      const level = levelOf(scales, patch.result);
      if (lacksAction(scales.results, patch.result, await listActions(tx.db, { resultIds: [id] }))) {
        throw errors.action_required(level.label);
      }
    }
    return tx.update(resultEntity, current, version, patch);
  });
}

/**
 * Removes a result reported by mistake, with its actions (each removal in the history): asks what changing
 * the result asks – reporting for its unit, in a round still open for the unit – and the version read.
 */
export async function deleteResult(ctx: Ctx, id: string, version: number): Promise<void> {
  await write(ctx, async (tx) => {
    const current = await getResult(tx, id);
    // Permission and the round's lock first: someone who may not is told so before anything is removed.
    await tx.checkMayWrite(resultEntity, current);
    if (version !== current.version) {
      // The write path names who changed it last.
      await tx.remove(resultEntity, current, version);
    }
    for (const action of await listActions(tx.db, { resultIds: [id] })) {
      await tx.remove(actionEntity, action, action.version);
    }
    await tx.remove(resultEntity, current, version);
  });
}

export async function createAction(ctx: Ctx, input: ActionInput): Promise<Action> {
  return write(ctx, async (tx) => {
    await tx.checkMayWrite(actionEntity, { ...input, id: '', version: 0 });
    const [result] = await listResults(tx.db, { ids: [input.resultId] });
    if (!result) {
      throw errors.result_unknown(input.resultId);
    }
    return tx.insert(actionEntity, {
      ...input,
      closedDate: closedDateFor(input.status, input.closedDate, today()),
    });
  });
}

/** Following an action: its status, and the date it was closed (today, when it is closed without one). */
export async function updateAction(ctx: Ctx, id: string, input: ActionUpdate): Promise<Action> {
  return write(ctx, async (tx) => {
    const [current] = await listActions(tx.db, { ids: [id] });
    if (!current) {
      throw errors.action_not_found(id);
    }
    const { version, ...patch } = input;
    const status = patch.status ?? current.status;
    const closedDate = closedDateFor(
      status,
      patch.closedDate !== undefined ? patch.closedDate : current.closedDate,
      today(),
    );
    return tx.update(actionEntity, current, version, { ...patch, closedDate });
  });
}

// Reading ------------------------------------------------------------------------------------------------

function riskViews(
  org: Org,
  scales: Scales,
  risks: readonly Risk[],
  analyses: ReadonlyMap<string, Analysis>,
): RiskView[] {
  return risks.map((risk) => {
    const analysis = analyses.get(risk.analysisId);
    const value = riskValue(risk.probability, risk.consequence);
    const band = bandOf(scales.risk.bands, value);
    return {
      ...risk,
      value,
      band: band ? { label: band.label, colour: band.colour } : null,
      unit: ref(org, analysis?.orgUnitId ?? ''),
      escalatedTo: risk.escalatedToUnitId ? ref(org, risk.escalatedToUnitId) : null,
      year: analysis?.year ?? 0,
    };
  });
}

function matrixOf(scales: Scales, risks: readonly RiskView[], scope: ReadonlySet<string>): MatrixDto {
  const matrix = riskMatrix(scales.risk, risks);
  return {
    rows: matrix.rows.map((row) => ({
      probability: row.probability,
      cells: row.cells.map((cell) => ({
        consequence: cell.consequence,
        value: cell.value,
        band: cell.band ? { label: cell.band.label, colour: cell.band.colour } : null,
        risks: cell.risks.map((risk) => ({
          id: risk.id,
          process: risk.process,
          unitCode: risk.unit.code,
          escalated: !scope.has(risk.unit.id),
        })),
      })),
    })),
    outside: matrix.outside,
  };
}

async function resultViews(
  ctx: Db,
  org: Org,
  scales: Scales,
  results: readonly ControlResult[],
  rounds: ReadonlyMap<string, ReportingRound>,
): Promise<ResultView[]> {
  const actions = await listActions(ctx.db, { resultIds: results.map((result) => result.id) });
  return results.map((result) => {
    const level = resultLevel(scales.results, result.result);
    return {
      ...result,
      label: level?.label ?? result.result,
      needsAction: level?.needsAction ?? false,
      unit: ref(org, result.orgUnitId),
      roundName: rounds.get(result.reportingRoundId)?.name ?? '',
      actions: actions.filter((action) => action.resultId === result.id),
      escalatedTo: result.escalatedToUnitId ? ref(org, result.escalatedToUnitId) : null,
    };
  });
}

/**
 * The year's results escalated to any of the units (from units below them), with their control's title:
 * what the level above sees of the results escalated to it.
 */
async function escalatedResultsTo(
  ctx: Db,
  org: Org,
  scales: Scales,
  unitIds: readonly string[],
  year: number,
  rounds: ReadonlyMap<string, ReportingRound>,
): Promise<EscalatedResult[]> {
  const results = (await listResults(ctx.db, { escalatedToUnitIds: unitIds })).filter((result) =>
    rounds.has(result.reportingRoundId),
  );
  const controls = new Map(
    (await listControls(ctx.db, { ids: results.map((result) => result.controlId) })).map((control) => [
      control.id,
      control,
    ]),
  );
  return (await resultViews(ctx, org, scales, results, rounds))
    .filter((view) => controls.get(view.controlId)?.year === year)
    .map((view) => ({ ...view, control: controls.get(view.controlId)?.title ?? '' }));
}

/** The controls each unit has in a year (own and inherited), by unit id. */
function plansOf(org: Org, unitIds: readonly string[], year: number, controls: readonly Control[]) {
  const placedControls = controls.map((control) => placed(org, control));
  return new Map(
    unitIds.map((unitId) => [
      unitId,
      controlsOfUnit(org.tree, org.byId.get(unitId)?.code ?? '', year, placedControls),
    ]),
  );
}

/** The checks planned for the units in a round: each unit's controls that report there, with its result. */
function plannedChecks(
  plans: ReadonlyMap<string, readonly { control: Control }[]>,
  results: readonly ControlResult[],
  roundId: string,
): (PlannedCheck & { unitId: string; control: Control; resultRecord: ControlResult | null })[] {
  return [...plans].flatMap(([unitId, plan]) =>
    plan
      .filter(({ control }) => reportsInRound(control.reportingRoundIds, roundId))
      .map(({ control }) => {
        const found =
          results.find(
            (result) =>
              result.controlId === control.id &&
              result.orgUnitId === unitId &&
              result.reportingRoundId === roundId,
          ) ?? null;
        return { unitId, control, result: found?.result ?? null, resultRecord: found };
      }),
  );
}

async function yearRounds(ctx: Db, year: number): Promise<ReportingRound[]> {
  return (await listRounds(ctx.db, year)).filter((round) => round.kind !== 'budget');
}

function subtreeUnitIds(org: Org, unit: OrgUnit, year: number): string[] {
  return [...subtreeCodes(org.tree, unit.code, year)].flatMap((code) => {
    const found = org.byCode.get(code);
    return found ? [found.id] : [];
  });
}

type PlanVersion = OverviewDto['planApproval']['latest'];

/**
 * The year's internkontrollplan as a document (approved by the board through the documents' versions): its
 * newest version, and the newest frozen one when that is an earlier version, read through the documents
 * module's public surface.
 */
async function planApproval(ctx: Ctx, unitId: string, year: number): Promise<OverviewDto['planApproval']> {
  const { versions } = await listVersions(ctx, { unitId, year, type: 'internalControlPlan' });
  const view = (version: VersionView): PlanVersion => ({
    id: version.id,
    number: version.number,
    state: version.state,
    stateLabel: VERSION_STATE_LABELS[version.state],
    period: version.period,
    decision: version.decision?.text ?? null,
  });
  const latest = versions[0];
  const approved = versions.find((version) => version.frozen);
  return {
    latest: latest ? view(latest) : null,
    approved: approved && approved !== latest ? view(approved) : null,
  };
}

export async function overview(
  ctx: Ctx,
  query: { org: string; year: number; round?: string; subtree?: 'true' | 'false' },
): Promise<OverviewDto> {
  const unit = await getOrgUnit(ctx, query.org);
  const year = query.year;
  const subtree = query.subtree === 'true';
  const org = await loadOrg(ctx);
  const scales = await loadScales(ctx);
  const settings = await requireSettings(ctx);
  const rounds = await yearRounds(ctx, year);
  const roundsById = new Map(rounds.map((round) => [round.id, round]));
  const round = query.round === undefined ? null : await getRound(ctx, query.round);
  const scopeIds = subtree ? subtreeUnitIds(org, unit, year) : [unit.id];
  const scope = new Set(scopeIds);

  const analyses = await listAnalyses(ctx.db, { orgUnitIds: scopeIds, year });
  const ownRisks = await listRisks(ctx.db, { analysisIds: analyses.map((item) => item.id) });
  const escalatedHere = (await listRisks(ctx.db, { escalatedToUnitIds: scopeIds })).filter(
    (risk) => !ownRisks.some((own) => own.id === risk.id),
  );
  const origins = await listAnalyses(ctx.db, {
    ids: [...new Set(escalatedHere.map((risk) => risk.analysisId))],
    year,
  });
  const analysisById = new Map([...analyses, ...origins].map((item) => [item.id, item]));
  const escalated = escalatedHere.filter((risk) => analysisById.has(risk.analysisId));
  const ownViews = riskViews(org, scales, ownRisks, analysisById);
  const escalatedViews = riskViews(org, scales, escalated, analysisById);
  const analysisViews: AnalysisView[] = analyses.map((analysis) => ({
    ...analysis,
    risks: ownViews.filter((risk) => risk.analysisId === analysis.id),
  }));

  const yearControls = await listControls(ctx.db, { year });
  // The unit's own controls first, then those inherited from above.
  const plan = [...(plansOf(org, [unit.id], year, yearControls).get(unit.id) ?? [])].sort(
    (a, b) =>
      Number(a.inherited) - Number(b.inherited) ||
      a.control.sortOrder - b.control.sortOrder ||
      a.control.title.localeCompare(b.control.title, 'sv'),
  );
  const planControls = plan.map(({ control }) => control);
  const results = await listResults(ctx.db, {
    controlIds: planControls.map((control) => control.id),
    orgUnitIds: [unit.id],
  });
  const views = await resultViews(ctx, org, scales, results, roundsById);
  const previous = await listControls(ctx.db, {
    ids: planControls.flatMap((control) => (control.previousControlId ? [control.previousControlId] : [])),
  });
  const riskProcesses = new Map(
    (
      await listRisks(ctx.db, {
        ids: planControls.flatMap((control) => (control.riskId ? [control.riskId] : [])),
      })
    ).map((risk) => [risk.id, risk.process]),
  );
  const controls: ControlView[] = plan.map(({ control, inherited }) => ({
    ...control,
    unit: ref(org, control.orgUnitId),
    inherited,
    riskProcess: control.riskId ? (riskProcesses.get(control.riskId) ?? null) : null,
    roundNames: control.reportingRoundIds.map((id) => roundsById.get(id)?.name ?? id),
    previousYear: previous.find((item) => item.id === control.previousControlId)?.year ?? null,
    results: views.filter((view) => view.controlId === control.id),
  }));
  const summary =
    round === null
      ? null
      : summariseControls(scales.results, plannedChecks(new Map([[unit.id, plan]]), results, round.id));
  return {
    orgUnit: ref(org, unit.id),
    year,
    subtree,
    round,
    rounds,
    settings: settingsDto(settings),
    analyses: analysisViews,
    escalated: escalatedViews,
    matrix: matrixOf(scales, [...ownViews, ...escalatedViews], scope),
    controls,
    escalatedResults: await escalatedResultsTo(ctx, org, scales, scopeIds, year, roundsById),
    escalationTargets: unitPath(org.units, unit.id)
      .slice(1)
      .map((id) => ref(org, id)),
    summary,
    planApproval: await planApproval(ctx, unit.id, year),
    may: {
      plan: may(ctx, org, 'plan', unit.id, year),
      report: may(ctx, org, 'report', unit.id, year),
      setCommon: may(ctx, org, 'govern', unit.id, year),
    },
  };
}

/**
 * The follow-up of a unit and the units under it: each unit's planned, done and deficient checks in the
 * round (the closing when none is chosen), the sentence of them, every open action (overdue ones marked),
 * and every check whose round's deadline has passed without a result.
 */
export async function followUp(
  ctx: Ctx,
  query: { org: string; year: number; round?: string },
): Promise<FollowUpDto> {
  const unit = await getOrgUnit(ctx, query.org);
  const year = query.year;
  const org = await loadOrg(ctx);
  const scales = await loadScales(ctx);
  const rounds = await yearRounds(ctx, year);
  const roundsById = new Map(rounds.map((round) => [round.id, round]));
  const round =
    query.round === undefined
      ? (rounds.find((item) => item.kind === 'closing') ?? null)
      : await getRound(ctx, query.round);
  const unitIds = subtreeUnitIds(org, unit, year);
  const plans = plansOf(org, unitIds, year, await listControls(ctx.db, { year }));
  const controlIds = [
    ...new Set([...plans.values()].flatMap((plan) => plan.map(({ control }) => control.id))),
  ];
  const results = await listResults(ctx.db, { controlIds, orgUnitIds: unitIds });
  const now = today();

  const checks = round === null ? [] : plannedChecks(plans, results, round.id);
  const units = unitIds
    .map((id) => {
      const own = summariseControls(
        scales.results,
        checks.filter((check) => check.unitId === id),
      );
      return { ...ref(org, id), planned: own.planned, done: own.done, needingAction: own.needingAction };
    })
    .filter((row) => row.planned > 0);

  const views = await resultViews(ctx, org, scales, results, roundsById);
  const titles = new Map(
    [...plans.values()].flatMap((plan) => plan.map(({ control }) => [control.id, control.title] as const)),
  );
  const openActions = views.flatMap((view) =>
    view.actions
      .filter((action) => action.status !== 'done')
      .map((action) => ({
        ...action,
        overdue: isActionOverdue(action, now),
        control: titles.get(view.controlId) ?? '',
        resultLabel: view.label,
        unit: view.unit,
        roundName: view.roundName,
        editable: may(ctx, org, 'report', view.orgUnitId, year),
      })),
  );
  const overdueChecks = rounds
    .filter((item) => item.deadline < now)
    .flatMap((item) =>
      plannedChecks(plans, results, item.id)
        .filter((check) => check.result === null)
        .map((check) => ({
          controlId: check.control.id,
          control: check.control.title,
          unit: ref(org, check.unitId),
          roundName: item.name,
          deadline: item.deadline,
        })),
    );
  return {
    orgUnit: ref(org, unit.id),
    year,
    round,
    summary: round === null ? null : summariseControls(scales.results, checks),
    units,
    openActions,
    overdueChecks,
    escalatedResults: await escalatedResultsTo(ctx, org, scales, unitIds, year, roundsById),
  };
}

/** One unit's check of a control in the report's round, with its result if reported. */
export interface ReportRow {
  readonly unit: { id: string; code: string; name: string };
  readonly control: Control;
  readonly inherited: boolean;
  readonly result: ResultView | null;
}

export interface ControlReport {
  readonly orgUnit: { id: string; code: string; name: string };
  readonly year: number;
  readonly round: ReportingRound | null;
  readonly summary: FollowUpDto['summary'];
  /** Unit by unit (the unit first, then those under it by name), each unit's controls in plan order. */
  readonly rows: readonly ReportRow[];
}

/**
 * The internal control report of a unit (and, with `subtree`, the units under it) for a round – the
 * closing when none is given: every planned check with its result, findings and actions, and the summary
 * sentence the annual report prints. What the documents' sections are laid out from.
 */
export async function controlReport(
  ctx: Ctx,
  query: { org: string; year: number; round?: string | null; subtree: boolean },
): Promise<ControlReport> {
  const unit = await getOrgUnit(ctx, query.org);
  const org = await loadOrg(ctx);
  const scales = await loadScales(ctx);
  const rounds = await yearRounds(ctx, query.year);
  const roundsById = new Map(rounds.map((round) => [round.id, round]));
  const round =
    query.round === undefined || query.round === null
      ? (rounds.find((item) => item.kind === 'closing') ?? null)
      : await getRound(ctx, query.round);
  const unitIds = query.subtree ? subtreeUnitIds(org, unit, query.year) : [unit.id];
  const plans = plansOf(org, unitIds, query.year, await listControls(ctx.db, { year: query.year }));
  const controlIds = [
    ...new Set([...plans.values()].flatMap((plan) => plan.map(({ control }) => control.id))),
  ];
  const results = await listResults(ctx.db, { controlIds, orgUnitIds: unitIds });
  const checks = round === null ? [] : plannedChecks(plans, results, round.id);
  const views = new Map(
    (
      await resultViews(
        ctx,
        org,
        scales,
        checks.flatMap((check) => (check.resultRecord ? [check.resultRecord] : [])),
        roundsById,
      )
    ).map((view) => [view.id, view]),
  );
  const order = [...unitIds].sort(
    (a, b) =>
      Number(a !== unit.id) - Number(b !== unit.id) || ref(org, a).name.localeCompare(ref(org, b).name, 'sv'),
  );
  const inherited = new Map(
    [...plans].flatMap(([unitId, plan]) =>
      plan.map((item) => [`${unitId}|${item.control.id}`, item.inherited] as const),
    ),
  );
  const rows = order.flatMap((unitId) =>
    checks
      .filter((check) => check.unitId === unitId)
      .sort(
        (a, b) =>
          Number(inherited.get(`${unitId}|${a.control.id}`)) -
            Number(inherited.get(`${unitId}|${b.control.id}`)) ||
          a.control.sortOrder - b.control.sortOrder ||
          a.control.title.localeCompare(b.control.title, 'sv'),
      )
      .map((check) => ({
        unit: ref(org, unitId),
        control: check.control,
        inherited: inherited.get(`${unitId}|${check.control.id}`) ?? false,
        result: check.resultRecord ? (views.get(check.resultRecord.id) ?? null) : null,
      })),
  );
  return {
    orgUnit: ref(org, unit.id),
    year: query.year,
    round,
    summary: round === null ? null : summariseControls(scales.results, checks),
    rows,
  };
}

// Carrying into the next year ----------------------------------------------------------------------------

/**
 * Copies every control of `fromYear` marked "får kvarstå" into `toYear`, linked to the original, with its
 * rounds mapped by kind; a control already carried, or whose unit is not valid the new year, is skipped, so
 * a second run creates nothing. Returns every row it inserted, so that the year rollover can undo it.
 */
export async function carryControls(
  ctx: Ctx,
  years: { fromYear: number; toYear: number },
): Promise<CarryResult> {
  if (years.toYear <= years.fromYear) {
    throw errors.carry_years_reversed(years.fromYear, years.toYear);
  }
  return write(ctx, async (tx) => {
    const controls = await listControls(tx.db, { year: years.fromYear });
    const carried = new Set(
      (await listControls(tx.db, { previousControlIds: controls.map((control) => control.id) })).flatMap(
        (copy) => (copy.previousControlId ? [copy.previousControlId] : []),
      ),
    );
    const org = await loadOrg(tx);
    const fromRounds = await listRounds(tx.db, years.fromYear);
    const toRounds = await listRounds(tx.db, years.toYear);
    const created: CarryResult['created'] = [];
    for (const control of controlsToCarry(controls, carried)) {
      const unit = org.byId.get(control.orgUnitId);
      if (!unit || !isValidInYear(unit, years.toYear)) {
        continue;
      }
      const { id, version: _version, ...original } = control;
      const copy = await tx.insert(controlEntity, {
        ...original,
        year: years.toYear,
        reportingRoundIds:
          control.reportingRoundIds.length === 0
            ? []
            : carriedRounds(control.reportingRoundIds, fromRounds, toRounds),
        // The risk belongs to last year's analysis; the new year's analysis names its own.
        riskId: null,
        carryForward: false,
        previousControlId: id,
      });
      created.push({ table: controlEntity.table, id: copy.id });
    }
    return { created };
  });
}
