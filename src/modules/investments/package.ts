/**
 * The investments module's part of the data package: projects, their amounts, frames and frame changes
 * (docs/adr/0009-data-package-sections.md). Projects, frames and changes name their unit by code; a
 * project matches a stored one by id or by unit, start year and name, an amount by project, year, kind and
 * round, a frame by unit and year, a change by unit, kind, years and reason. The rules are the domain's
 * pure functions; the writers go through the write path.
 */

import type { AnyEntity, EntityValues } from '#core/entity.ts';
import type { Ctx, Tx } from '../context.ts';
import { listOrgUnits } from '../organisation/index.ts';
import {
  existingUnder,
  type PackageSection,
  type RecordProblem,
  similarName,
  storedAs,
  withoutVersion,
} from '../package-section.ts';
import {
  type AmountPackageRecord,
  amountPackageRecord,
  type FrameChangePackageRecord,
  type FramePackageRecord,
  frameChangePackageRecord,
  framePackageRecord,
  type ProjectPackageRecord,
  projectPackageRecord,
} from './contract.ts';
import {
  listAmounts,
  listFrameChanges,
  listFrames,
  listProjects,
  type UnitFilter,
} from './db/investment-repository.ts';
import { checkAmount, checkFrameChange, checkProject, type ProjectFacts } from './domain/investment.ts';
import { amountProblemMessage, frameChangeMessage, projectProblemMessage } from './messages.sv.ts';
import { amountEntity, frameChangeEntity, frameEntity, projectEntity } from './model.ts';

const compare = (a: string | number, b: string | number) => (a === b ? 0 : a < b ? -1 : 1);

type WithUnit = { orgUnitId: string; version: number };
type Coded<T> = Omit<T, 'orgUnitId' | 'version'> & { orgUnit: string };

/** Stored records as the package holds them: the unit by its code. */
async function withCodes<T extends WithUnit>(
  ctx: Pick<Ctx, 'db'>,
  records: readonly T[],
): Promise<Coded<T>[]> {
  const codes = new Map((await listOrgUnits(ctx.db)).map((unit) => [unit.id, unit.code]));
  return records.map(({ orgUnitId, version: _version, ...record }) => ({
    ...record,
    orgUnit: codes.get(orgUnitId) ?? orgUnitId,
  }));
}

async function unitIds(ctx: Pick<Ctx, 'db'>, codes: ReadonlySet<string>): Promise<string[]> {
  return (await listOrgUnits(ctx.db)).filter((unit) => codes.has(unit.code)).map((unit) => unit.id);
}

/** Writes records that name their unit by code, through the write path. */
function savedWithUnit<E extends AnyEntity, R extends { orgUnit: string; id: string }>(entity: E) {
  return async (tx: Tx, created: readonly R[], updated: readonly { after: R }[]): Promise<void> => {
    const units = new Map((await listOrgUnits(tx.db)).map((unit) => [unit.code, unit.id]));
    const values = ({ orgUnit, ...record }: R) =>
      ({ ...record, orgUnitId: units.get(orgUnit) ?? orgUnit }) as unknown as EntityValues<E> & {
        id: string;
      };
    await tx.saveRecords(
      entity,
      created.map(values),
      updated.map(({ after }) => values(after)),
    );
  };
}

/** A section's `select` and `findExisting` for records kept per unit. */
function perUnit<R extends { orgUnit: string }>(
  list: (ctx: Pick<Ctx, 'db'>, filter: UnitFilter & { year?: number }) => Promise<R[]>,
  inYear: boolean,
): Pick<PackageSection<R & { id: string }>, 'select' | 'byKeys' | 'findExisting'> {
  return {
    async select(ctx, scope, chosen) {
      if (scope.org === undefined) {
        return (await list(ctx, {})) as (R & { id: string })[];
      }
      const orgUnitIds = await unitIds(ctx, chosen.get('orgUnits') ?? new Set());
      return (await list(ctx, { orgUnitIds, ...(inYear ? { year: scope.year } : {}) })) as (R & {
        id: string;
      })[];
    },
    byKeys: async (ctx, ids) => (await list(ctx, { ids })) as (R & { id: string })[],
    async findExisting(ctx, batch) {
      const orgUnitIds = await unitIds(ctx, new Set(batch.map((record) => record.orgUnit)));
      return [
        ...(await list(ctx, { orgUnitIds })),
        ...(await list(ctx, { ids: batch.map((record) => record.id) })),
      ] as (R & { id: string })[];
    },
  };
}

const projectsOf = async (ctx: Pick<Ctx, 'db'>, filter: UnitFilter) =>
  withCodes(ctx, await listProjects(ctx.db, filter)) as Promise<ProjectPackageRecord[]>;

export const projectsSection: PackageSection<ProjectPackageRecord> = {
  list: 'investmentProjects',
  label: projectEntity.label,
  plural: 'investeringsprojekt',
  record: projectPackageRecord,
  references: [{ field: 'orgUnit', list: 'orgUnits' }],
  key: (project) => project.id,
  title: (project) => project.name,
  naturalKey: (project) => `${project.orgUnit}|${project.startYear}|${project.name}`,
  similarKey: (project) => `${project.orgUnit}|${similarName(project.name)}`,
  order: (projects) =>
    [...projects].sort(
      (a, b) => compare(a.orgUnit, b.orgUnit) || a.sortOrder - b.sortOrder || compare(a.id, b.id),
    ),
  ...perUnit(projectsOf, false),
  facts: (project): ProjectFacts => project,
  check: (project) =>
    checkProject(project).map(
      (problem): RecordProblem => ({
        field: problem.path,
        message: projectProblemMessage(problem),
        value: project[problem.path],
      }),
    ),
  write: savedWithUnit(projectEntity),
};

export const amountsSection: PackageSection<AmountPackageRecord> = {
  list: 'investmentAmounts',
  label: amountEntity.label,
  plural: 'investeringsbelopp',
  record: amountPackageRecord,
  references: [{ field: 'projectId', list: 'investmentProjects' }],
  key: (amount) => amount.id,
  title: (amount) => `${amount.kind} ${amount.year} (${amount.round})`,
  naturalKey: (amount) => `${amount.projectId}|${amount.year}|${amount.kind}|${amount.round}`,
  order: (amounts) =>
    [...amounts].sort(
      (a, b) =>
        compare(a.projectId, b.projectId) ||
        a.year - b.year ||
        compare(a.kind, b.kind) ||
        compare(a.round, b.round),
    ),
  select: async (ctx, _scope, chosen) =>
    (await listAmounts(ctx.db, [...(chosen.get('investmentProjects') ?? [])])).map(withoutVersion),
  ...storedAs(amountEntity),
  findExisting: existingUnder(
    amountEntity,
    (amount) => amount.projectId,
    (ctx, projectIds) => listAmounts(ctx.db, projectIds),
  ),
  facts: () => null,
  check(amount, lookup) {
    const project = lookup('investmentProjects', amount.projectId) as ProjectFacts | undefined;
    if (!project) {
      return [];
    }
    return checkAmount(amount, project).map((problem) => ({
      field: problem.path,
      message: amountProblemMessage(problem, amount.kind, project),
      value: amount[problem.path],
    }));
  },
};

export const framesSection: PackageSection<FramePackageRecord> = {
  list: 'investmentFrames',
  label: frameEntity.label,
  plural: 'investeringsramar',
  record: framePackageRecord,
  references: [{ field: 'orgUnit', list: 'orgUnits' }],
  key: (frame) => frame.id,
  title: (frame) => `${frame.orgUnit} ${frame.year}`,
  naturalKey: (frame) => `${frame.orgUnit}|${frame.year}`,
  order: (frames) => [...frames].sort((a, b) => compare(a.orgUnit, b.orgUnit) || a.year - b.year),
  ...perUnit(async (ctx, filter) => withCodes(ctx, await listFrames(ctx.db, filter)), true),
  facts: () => null,
  check: () => [],
  write: savedWithUnit(frameEntity),
};

export const frameChangesSection: PackageSection<FrameChangePackageRecord> = {
  list: 'investmentFrameChanges',
  label: frameChangeEntity.label,
  plural: 'ramförändringar',
  record: frameChangePackageRecord,
  references: [{ field: 'orgUnit', list: 'orgUnits' }],
  key: (change) => change.id,
  title: (change) => `${change.orgUnit} ${change.kind} ${change.year}`,
  naturalKey: (change) =>
    `${change.orgUnit}|${change.kind}|${change.year}|${change.fromYear ?? ''}|${change.reason}`,
  order: (changes) =>
    [...changes].sort((a, b) => compare(a.orgUnit, b.orgUnit) || a.year - b.year || compare(a.id, b.id)),
  ...perUnit(async (ctx, filter) => withCodes(ctx, await listFrameChanges(ctx.db, filter)), true),
  facts: () => null,
  check: (change) =>
    checkFrameChange(change).map((rule) => ({
      field: 'fromYear',
      message: frameChangeMessage(rule),
      value: change.fromYear,
    })),
  write: savedWithUnit(frameChangeEntity),
};
