/**
 * Use cases for investment projects and their amounts. Changes go through the platform's one write path,
 * which versions, logs and maps refusals; these functions hold the rules (domain/investment.ts).
 */

import { write } from '#platform/context.ts';
import { nextSortOrder } from '#platform/db/entity-store.ts';
import type { Ctx, Tx } from '../context.ts';
import { kronorFromOre, oreFromKronor } from '../economy/domain/index.ts';
import { getOrgUnit } from '../organisation/index.ts';
import type {
  AmountInput,
  AmountUpdate,
  ProjectInput,
  ProjectUpdate,
  ProjectWithAmountsDto,
} from './contract.ts';
import {
  type Amount,
  findAmount,
  findProject,
  listAmounts,
  listProjects,
  type Project,
} from './db/investment-repository.ts';
import { type AmountFact, AmountIndex } from './domain/figures.ts';
import { checkAmount, checkProject, yearsOutsideProject } from './domain/investment.ts';
import { investmentsErrors as errors } from './messages.sv.ts';
import { amountEntity, projectEntity } from './model.ts';

/** An amount as the domain computes with it: öre. */
export function amountFact(amount: Amount): AmountFact {
  return {
    id: amount.id,
    projectId: amount.projectId,
    year: amount.year,
    kind: amount.kind,
    round: amount.round,
    amounts: { costs: oreFromKronor(amount.expenditure), revenues: oreFromKronor(amount.income) },
    note: amount.note,
  };
}

/** The actual since the start through the last closed year: computed, never typed. */
function accumulated(project: Project, amounts: readonly Amount[]): ProjectWithAmountsDto['accumulated'] {
  const closed = amounts.filter((amount) => amount.kind === 'actual' && amount.round === 'closing');
  if (closed.length === 0) {
    return null;
  }
  const throughYear = Math.max(...closed.map((amount) => amount.year));
  const total = new AmountIndex(closed.map(amountFact)).accumulatedActual(
    project.id,
    project.startYear,
    throughYear,
  );
  const { costs, revenues } = total ?? { costs: 0n, revenues: 0n };
  return {
    throughYear,
    expenditure: kronorFromOre(costs),
    income: kronorFromOre(revenues),
    net: kronorFromOre(costs - revenues),
  };
}

function withAmounts(projects: readonly Project[], amounts: readonly Amount[]): ProjectWithAmountsDto[] {
  const byProject = new Map<string, Amount[]>();
  for (const amount of amounts) {
    byProject.set(amount.projectId, [...(byProject.get(amount.projectId) ?? []), amount]);
  }
  return projects.map((project) => {
    const own = byProject.get(project.id) ?? [];
    return { ...project, amounts: own, accumulated: accumulated(project, own) };
  });
}

/** A unit's own projects with their amounts. */
export async function listUnitProjects(ctx: Pick<Ctx, 'db'>, org: string): Promise<ProjectWithAmountsDto[]> {
  const unit = await getOrgUnit(ctx, org);
  const projects = await listProjects(ctx.db, { orgUnitIds: [unit.id] });
  return withAmounts(
    projects,
    await listAmounts(
      ctx.db,
      projects.map((project) => project.id),
    ),
  );
}

export async function getProject(ctx: Pick<Ctx, 'db'>, id: string): Promise<Project> {
  const project = await findProject(ctx.db, id);
  if (!project) {
    throw errors.project_not_found(id);
  }
  return project;
}

export async function getProjectDetail(ctx: Pick<Ctx, 'db'>, id: string): Promise<ProjectWithAmountsDto> {
  const project = await getProject(ctx, id);
  const [detail] = withAmounts([project], await listAmounts(ctx.db, [id]));
  return detail as ProjectWithAmountsDto;
}

/** A project's years may change only so far as its amounts stay inside them. */
async function checkedProject(
  tx: Tx,
  project: Omit<Project, 'id' | 'version'> & { id?: string },
): Promise<void> {
  const problems = checkProject(project);
  if (problems.length > 0) {
    throw errors.project_invalid(problems);
  }
  if (project.id !== undefined) {
    const years = (await listAmounts(tx.db, [project.id])).map((amount) => amount.year);
    const outside = yearsOutsideProject(project, years);
    if (outside.length > 0) {
      throw errors.amounts_outside_project(outside);
    }
  }
}

export async function createProject(ctx: Ctx, input: ProjectInput): Promise<Project> {
  return write(ctx, async (tx) => {
    const unit = await getOrgUnit(tx, input.orgUnitId);
    await checkedProject(tx, { ...input, sortOrder: input.sortOrder ?? 0 });
    const sortOrder =
      input.sortOrder ?? (await nextSortOrder(tx.db, projectEntity, { org_unit_id: unit.id }));
    return tx.insert(projectEntity, { ...input, orgUnitId: unit.id, sortOrder });
  });
}

export async function updateProject(ctx: Ctx, id: string, input: ProjectUpdate): Promise<Project> {
  return write(ctx, async (tx) => {
    const current = await getProject(tx, id);
    const { version, ...patch } = input;
    await checkedProject(tx, { ...current, ...patch });
    return tx.update(projectEntity, current, version, patch);
  });
}

/** A project is removed only without amounts: figures that documents have printed are not lost by a click. */
export async function deleteProject(ctx: Ctx, id: string, version: number): Promise<void> {
  await write(ctx, async (tx) => {
    const current = await getProject(tx, id);
    // Asked before the rule below, so that someone who may not remove it is told that, not why it stays.
    await tx.checkMayWrite(projectEntity, current);
    const amounts = await listAmounts(tx.db, [id]);
    if (amounts.length > 0) {
      throw errors.project_has_amounts(amounts.length);
    }
    await tx.remove(projectEntity, current, version);
  });
}

// Amounts ----------------------------------------------------------------------------------------------

type AmountFields = Omit<Amount, 'id' | 'version'>;

async function checkedAmount(ctx: Pick<Ctx, 'db'>, amount: AmountFields): Promise<void> {
  const project = await findProject(ctx.db, amount.projectId);
  if (!project) {
    throw errors.project_unknown(amount.projectId);
  }
  const problems = checkAmount(amount, project);
  if (problems.length > 0) {
    throw errors.amount_invalid(problems, amount.kind, project);
  }
}

export async function createAmount(ctx: Ctx, input: AmountInput): Promise<Amount> {
  return write(ctx, async (tx) => {
    await checkedAmount(tx, input);
    return tx.insert(amountEntity, input);
  });
}

async function getAmount(ctx: Pick<Ctx, 'db'>, id: string): Promise<Amount> {
  const amount = await findAmount(ctx.db, id);
  if (!amount) {
    throw errors.amount_not_found(id);
  }
  return amount;
}

export async function updateAmount(ctx: Ctx, id: string, input: AmountUpdate): Promise<Amount> {
  return write(ctx, async (tx) => {
    const current = await getAmount(tx, id);
    const { version, ...patch } = input;
    await checkedAmount(tx, { ...current, ...patch });
    return tx.update(amountEntity, current, version, patch);
  });
}

export async function deleteAmount(ctx: Ctx, id: string, version: number): Promise<void> {
  await write(ctx, async (tx) => tx.remove(amountEntity, await getAmount(tx, id), version));
}
