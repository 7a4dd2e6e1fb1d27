/**
 * The internal-control module's part of the data package: risk analyses, their risks, controls, results
 * and actions, each list after the lists it refers to. Units are named by code, as everywhere in Verksam.
 * An analysis matches a stored one by id or by unit, year and date; a risk by analysis and process; a
 * control by unit, year and title; a result by control, round and unit; an action by result and what.
 * The municipality's scales are configuration, not a unit's data, and stay out of packages; a result is
 * checked against the installation's result scale, and one that needs action must have an action in the
 * package or stored (docs/adr/0025-internal-control.md, addendum). A risk or result escalated names a unit
 * above its own one (an ancestor valid in the year), as the use cases demand; the tree is the package's
 * units where it has them and the stored ones otherwise.
 */
import { parentsFirst } from '#core/tree.ts';
import type { Ctx, Tx } from '../context.ts';
import { isValidInYear, listOrgUnits } from '../organisation/index.ts';
import {
  type CheckContext,
  type Chosen,
  type ExportScope,
  existingUnder,
  type FactLookup,
  type PackageSection,
  type RecordProblem,
  similarName,
  storedAs,
  unitCodesById,
  unitIdsByCode,
  unitIdsOf,
  withoutVersion,
} from '../package-section.ts';
import {
  type ActionPackageRecord,
  type AnalysisPackageRecord,
  actionPackageRecord,
  analysisPackageRecord,
  type ControlPackageRecord,
  controlPackageRecord,
  type ResultPackageRecord,
  type RiskPackageRecord,
  resultPackageRecord,
  riskPackageRecord,
} from './contract.ts';
import {
  type Analysis,
  type Control,
  type ControlResult,
  listActions,
  listAnalyses,
  listControls,
  listResults,
  listRisks,
  type Risk,
  type UnitYearFilter,
} from './db/internal-control-repository.ts';
import { DEFAULT_RESULT_SCALE, type ResultLevel, resultLevel } from './domain/index.ts';
import { loadResultScale } from './internal-control-service.ts';
import { internalControlErrors as errors } from './messages.sv.ts';
import { actionEntity, analysisEntity, controlEntity, resultEntity, riskEntity } from './model.ts';

type Db = Pick<Ctx, 'db'>;

const compare = (a: string | number, b: string | number) => (a === b ? 0 : a < b ? -1 : 1);

/** What the escalation rule needs of a unit: the organisation list's facts (parent by code, validity). */
interface UnitFacts {
  readonly code: string;
  readonly parent: string | null;
  readonly validFrom: string;
  readonly validTo: string | null;
}

/** The stored units by code, read once per import: the tree above units the package does not hold. */
async function storedUnits(ctx: Db): Promise<ReadonlyMap<string, UnitFacts>> {
  const units = await listOrgUnits(ctx.db);
  const codeOf = new Map(units.map((unit) => [unit.id, unit.code]));
  return new Map(
    units.map((unit) => [
      unit.code,
      {
        code: unit.code,
        parent: unit.parentId === null ? null : (codeOf.get(unit.parentId) ?? null),
        validFrom: unit.validFrom,
        validTo: unit.validTo,
      },
    ]),
  );
}

interface AnalysisFacts {
  readonly year: number;
  readonly orgUnit: string;
}

/** What the checks of risks and results read once per import. */
interface Configuration {
  readonly units: ReadonlyMap<string, UnitFacts>;
  readonly scale: readonly ResultLevel[];
}

const configurationOf = (context: CheckContext): Configuration =>
  (context.configuration as Configuration | undefined) ?? { units: new Map(), scale: DEFAULT_RESULT_SCALE };

/**
 * An escalation names a unit above the record's own unit: one of its ancestors (the use cases' rule, with
 * their message), valid in the record's year (as a unit valid in the year always is, lying within its
 * parent's validity). Units are the package's where it holds them, else the stored ones; an unknown unit
 * is left to the import's reference check.
 */
function escalationProblems(
  own: string,
  escalatedTo: string | null,
  year: number | undefined,
  lookup: FactLookup,
  context: CheckContext,
  message: (unit: string, own: string) => string,
): RecordProblem[] {
  if (escalatedTo === null) {
    return [];
  }
  const { units } = configurationOf(context);
  const unitOf = (code: string) => (lookup('orgUnits', code) as UnitFacts | undefined) ?? units.get(code);
  if (!unitOf(own) || !unitOf(escalatedTo)) {
    return [];
  }
  const seen = new Set([own]);
  for (let code = unitOf(own)?.parent ?? null; code !== null && !seen.has(code); ) {
    const unit = unitOf(code);
    if (!unit) {
      break;
    }
    if (code === escalatedTo && (year === undefined || isValidInYear(unit, year))) {
      return [];
    }
    seen.add(code);
    code = unit.parent;
  }
  return [{ field: 'escalatedTo', message: message(escalatedTo, own), value: escalatedTo }];
}

async function loadConfiguration(ctx: Db): Promise<Configuration> {
  return { units: await storedUnits(ctx), scale: await loadResultScale(ctx) };
}

async function analysisRecords(ctx: Db, analyses: readonly Analysis[]): Promise<AnalysisPackageRecord[]> {
  const byId = await unitCodesById(ctx);
  return analyses.map(({ orgUnitId, version: _version, ...analysis }) => ({
    ...analysis,
    orgUnit: byId.get(orgUnitId) ?? orgUnitId,
  }));
}

async function riskRecords(ctx: Db, risks: readonly Risk[]): Promise<RiskPackageRecord[]> {
  const byId = await unitCodesById(ctx);
  return risks.map(({ escalatedToUnitId, version: _version, ...risk }) => ({
    ...risk,
    escalatedTo: escalatedToUnitId === null ? null : (byId.get(escalatedToUnitId) ?? escalatedToUnitId),
  }));
}

async function controlRecords(ctx: Db, controls: readonly Control[]): Promise<ControlPackageRecord[]> {
  const byId = await unitCodesById(ctx);
  return controls.map(({ orgUnitId, version: _version, ...control }) => ({
    ...control,
    orgUnit: byId.get(orgUnitId) ?? orgUnitId,
  }));
}

async function resultRecords(ctx: Db, results: readonly ControlResult[]): Promise<ResultPackageRecord[]> {
  const byId = await unitCodesById(ctx);
  return results.map(({ orgUnitId, escalatedToUnitId, version: _version, ...result }) => ({
    ...result,
    orgUnit: byId.get(orgUnitId) ?? orgUnitId,
    escalatedTo: escalatedToUnitId === null ? null : (byId.get(escalatedToUnitId) ?? escalatedToUnitId),
  }));
}

/** A result's value is a key of the municipality's result scale. */
function resultLevelProblems(scale: readonly ResultLevel[], result: ResultPackageRecord): RecordProblem[] {
  if (resultLevel(scale, result.result)) {
    return [];
  }
  return [
    {
      field: 'result',
      message: errors.result_unknown_level.text(
        result.result,
        scale.map((level) => `${level.key} (${level.label.toLowerCase()})`).join(', '),
      ),
      value: result.result,
    },
  ];
}

const actionsList = 'controlActions';

async function unitScope(ctx: Db, scope: ExportScope, chosen: Chosen): Promise<UnitYearFilter> {
  return {
    ...(scope.org === undefined
      ? {}
      : { orgUnitIds: await unitIdsOf(ctx, chosen.get('orgUnits') ?? new Set()) }),
    ...(scope.year === undefined ? {} : { year: scope.year }),
  };
}

export const analysesSection: PackageSection<AnalysisPackageRecord> = {
  list: 'riskAnalyses',
  label: analysisEntity.label,
  plural: 'riskanalyser',
  record: analysisPackageRecord,
  references: [{ field: 'orgUnit', list: 'orgUnits' }],
  key: (analysis) => analysis.id,
  title: (analysis) => `${analysis.orgUnit} ${analysis.date}`,
  naturalKey: (analysis) => `${analysis.orgUnit}|${analysis.year}|${analysis.date}`,
  order: (analyses) =>
    [...analyses].sort(
      (a, b) =>
        compare(a.orgUnit, b.orgUnit) || a.year - b.year || compare(a.date, b.date) || compare(a.id, b.id),
    ),
  select: async (ctx, scope, chosen) =>
    analysisRecords(ctx, await listAnalyses(ctx.db, await unitScope(ctx, scope, chosen))),
  byKeys: async (ctx, keys) => analysisRecords(ctx, await listAnalyses(ctx.db, { ids: keys })),
  async findExisting(ctx, batch) {
    const units = await unitIdsOf(ctx, new Set(batch.map((analysis) => analysis.orgUnit)));
    return analysisRecords(ctx, [
      ...(await listAnalyses(ctx.db, { orgUnitIds: units })),
      ...(await listAnalyses(ctx.db, { ids: batch.map((analysis) => analysis.id) })),
    ]);
  },
  facts: (analysis): AnalysisFacts => ({ year: analysis.year, orgUnit: analysis.orgUnit }),
  check: () => [],
  async write(tx: Tx, created, updated) {
    const byCode = await unitIdsByCode(tx);
    const values = ({ orgUnit, ...analysis }: AnalysisPackageRecord) => ({
      ...analysis,
      orgUnitId: byCode.get(orgUnit) ?? orgUnit,
    });
    await tx.saveRecords(
      analysisEntity,
      created.map(values),
      updated.map(({ after }) => values(after)),
    );
  },
};

export const risksSection: PackageSection<RiskPackageRecord> = {
  list: 'risks',
  label: riskEntity.label,
  plural: 'risker',
  record: riskPackageRecord,
  references: [
    { field: 'analysisId', list: 'riskAnalyses' },
    { field: 'escalatedTo', list: 'orgUnits' },
  ],
  key: (risk) => risk.id,
  title: (risk) => risk.process,
  naturalKey: (risk) => `${risk.analysisId}|${risk.process}|${risk.description}`,
  similarKey: (risk) => `${risk.analysisId}|${similarName(risk.process)}|${similarName(risk.description)}`,
  order: (risks) =>
    [...risks].sort(
      (a, b) => compare(a.analysisId, b.analysisId) || compare(a.process, b.process) || compare(a.id, b.id),
    ),
  select: async (ctx, _scope, chosen) =>
    riskRecords(ctx, await listRisks(ctx.db, { analysisIds: [...(chosen.get('riskAnalyses') ?? [])] })),
  byKeys: async (ctx, keys) => riskRecords(ctx, await listRisks(ctx.db, { ids: keys })),
  async findExisting(ctx, batch) {
    return riskRecords(ctx, [
      ...(await listRisks(ctx.db, { analysisIds: [...new Set(batch.map((risk) => risk.analysisId))] })),
      ...(await listRisks(ctx.db, { ids: batch.map((risk) => risk.id) })),
    ]);
  },
  facts: () => null,
  configuration: loadConfiguration,
  check(risk, lookup, context) {
    if ((risk.response === 'escalate') !== (risk.escalatedTo !== null)) {
      return [{ field: 'escalatedTo', message: errors.escalation_check.text(), value: risk.escalatedTo }];
    }
    // A risk is its analysis's, escalated from the analysis's unit.
    const analysis = lookup('riskAnalyses', risk.analysisId) as AnalysisFacts | undefined;
    return analysis
      ? escalationProblems(
          analysis.orgUnit,
          risk.escalatedTo,
          analysis.year,
          lookup,
          context,
          errors.escalation_not_above.text,
        )
      : [];
  },
  async write(tx: Tx, created, updated) {
    const byCode = await unitIdsByCode(tx);
    const values = ({ escalatedTo, ...risk }: RiskPackageRecord) => ({
      ...risk,
      escalatedToUnitId: escalatedTo === null ? null : (byCode.get(escalatedTo) ?? escalatedTo),
    });
    await tx.saveRecords(
      riskEntity,
      created.map(values),
      updated.map(({ after }) => values(after)),
    );
  },
};

export const controlsSection: PackageSection<ControlPackageRecord> = {
  list: 'controls',
  label: controlEntity.label,
  plural: 'kontrollmoment',
  record: controlPackageRecord,
  references: [
    { field: 'orgUnit', list: 'orgUnits' },
    { field: 'riskId', list: 'risks' },
    { field: 'previousControlId', list: 'controls' },
  ],
  key: (control) => control.id,
  title: (control) => control.title,
  naturalKey: (control) => `${control.orgUnit}|${control.year}|${control.title}`,
  similarKey: (control) => `${control.orgUnit}|${control.year}|${similarName(control.title)}`,
  order: (controls) =>
    parentsFirst(
      [...controls].sort(
        (a, b) =>
          compare(a.orgUnit, b.orgUnit) ||
          a.year - b.year ||
          a.sortOrder - b.sortOrder ||
          compare(a.id, b.id),
      ),
      (control) => control.id,
      (control) => control.previousControlId,
    ),
  select: async (ctx, scope, chosen) =>
    controlRecords(ctx, await listControls(ctx.db, await unitScope(ctx, scope, chosen))),
  byKeys: async (ctx, keys) => controlRecords(ctx, await listControls(ctx.db, { ids: keys })),
  async findExisting(ctx, batch) {
    const units = await unitIdsOf(ctx, new Set(batch.map((control) => control.orgUnit)));
    return controlRecords(ctx, [
      ...(await listControls(ctx.db, { orgUnitIds: units })),
      ...(await listControls(ctx.db, { ids: batch.map((control) => control.id) })),
    ]);
  },
  facts: (control) => ({ year: control.year }),
  check: () => [],
  async write(tx: Tx, created, updated) {
    const byCode = await unitIdsByCode(tx);
    const values = ({ orgUnit, ...control }: ControlPackageRecord) => ({
      ...control,
      orgUnitId: byCode.get(orgUnit) ?? orgUnit,
    });
    await tx.saveRecords(
      controlEntity,
      created.map(values),
      updated.map(({ after }) => values(after)),
    );
  },
};

export const resultsSection: PackageSection<ResultPackageRecord> = {
  list: 'controlResults',
  label: resultEntity.label,
  plural: 'resultat av kontrollmoment',
  record: resultPackageRecord,
  references: [
    { field: 'controlId', list: 'controls' },
    { field: 'reportingRoundId', list: 'reportingRounds' },
    { field: 'orgUnit', list: 'orgUnits' },
    { field: 'escalatedTo', list: 'orgUnits' },
  ],
  key: (result) => result.id,
  title: (result) => `${result.orgUnit}: ${result.result}`,
  naturalKey: (result) => `${result.controlId}|${result.reportingRoundId}|${result.orgUnit}`,
  order: (results) =>
    [...results].sort(
      (a, b) =>
        compare(a.controlId, b.controlId) ||
        compare(a.reportingRoundId, b.reportingRoundId) ||
        compare(a.orgUnit, b.orgUnit) ||
        compare(a.id, b.id),
    ),
  async select(ctx, scope, chosen) {
    const controlIds = [...(chosen.get('controls') ?? [])];
    return resultRecords(
      ctx,
      await listResults(ctx.db, {
        controlIds,
        ...(scope.org === undefined
          ? {}
          : { orgUnitIds: await unitIdsOf(ctx, chosen.get('orgUnits') ?? new Set()) }),
      }),
    );
  },
  byKeys: async (ctx, keys) => resultRecords(ctx, await listResults(ctx.db, { ids: keys })),
  async findExisting(ctx, batch) {
    return resultRecords(ctx, [
      ...(await listResults(ctx.db, { controlIds: [...new Set(batch.map((result) => result.controlId))] })),
      ...(await listResults(ctx.db, { ids: batch.map((result) => result.id) })),
    ]);
  },
  facts: () => null,
  configuration: loadConfiguration,
  check(result, lookup, context) {
    const problems = resultLevelProblems(configurationOf(context).scale, result);
    const round = lookup('reportingRounds', result.reportingRoundId) as
      | { kind: string; year: number }
      | undefined;
    const control = lookup('controls', result.controlId) as { year: number } | undefined;
    if (round?.kind === 'budget') {
      problems.push({
        field: 'reportingRoundId',
        message: errors.round_is_budget.text(`Budget ${round.year}`),
        value: result.reportingRoundId,
      });
    } else if (round && control && round.year !== control.year) {
      problems.push({
        field: 'reportingRoundId',
        message: errors.round_other_year.text(String(round.year), control.year),
        value: result.reportingRoundId,
      });
    }
    problems.push(
      ...escalationProblems(
        result.orgUnit,
        result.escalatedTo,
        control?.year ?? round?.year,
        lookup,
        context,
        errors.result_escalation_not_above.text,
      ),
    );
    return problems;
  },
  // A result that needs action has an action: in the package's actions, or already stored.
  laterRules(result, _lookup, context) {
    const level = resultLevel(configurationOf(context).scale, result.result);
    return level?.needsAction
      ? [
          {
            list: actionsList,
            field: 'resultId',
            problem: {
              field: 'result',
              message: errors.package_action_required.text(level.label),
              value: result.result,
            },
          },
        ]
      : [];
  },
  async referredByStored(ctx, _list, keys) {
    return new Set((await listActions(ctx.db, { resultIds: keys })).map((action) => action.resultId));
  },
  async write(tx: Tx, created, updated) {
    const byCode = await unitIdsByCode(tx);
    const values = ({ orgUnit, escalatedTo, ...result }: ResultPackageRecord) => ({
      ...result,
      orgUnitId: byCode.get(orgUnit) ?? orgUnit,
      escalatedToUnitId: escalatedTo === null ? null : (byCode.get(escalatedTo) ?? escalatedTo),
    });
    await tx.saveRecords(
      resultEntity,
      created.map(values),
      updated.map(({ after }) => values(after)),
    );
  },
};

export const actionsSection: PackageSection<ActionPackageRecord> = {
  list: actionsList,
  label: actionEntity.label,
  plural: 'åtgärder i internkontrollen',
  record: actionPackageRecord,
  references: [{ field: 'resultId', list: 'controlResults' }],
  key: (action) => action.id,
  title: (action) => action.what.slice(0, 80),
  naturalKey: (action) => `${action.resultId}|${action.what}`,
  order: (actions) =>
    [...actions].sort(
      (a, b) => compare(a.resultId, b.resultId) || compare(a.deadline, b.deadline) || compare(a.id, b.id),
    ),
  select: async (ctx, _scope, chosen) =>
    (await listActions(ctx.db, { resultIds: [...(chosen.get('controlResults') ?? [])] })).map(withoutVersion),
  ...storedAs(actionEntity),
  findExisting: existingUnder(
    actionEntity,
    (action) => action.resultId,
    (ctx, resultIds) => listActions(ctx.db, { resultIds }),
  ),
  facts: () => null,
  check(action) {
    if ((action.status === 'done') !== (action.closedDate !== null)) {
      return [{ field: 'closedDate', message: errors.closed_check.text(), value: action.closedDate }];
    }
    return [];
  },
};

export const internalControlSections = [
  analysesSection,
  risksSection,
  controlsSection,
  resultsSection,
  actionsSection,
];
