/**
 * Use cases for successions (reorganisations): recorded, changed and removed through the one write path,
 * which versions them, logs them and asks the policy; the rules are the pure `checkSuccession`.
 */
import { write } from '#platform/context.ts';
import type { Ctx, Tx } from '../context.ts';
import type {
  OrgUnitSuccessionPackageRecord,
  SavedSuccessionDto,
  SuccessionInput,
  SuccessionUpdate,
} from './contract.ts';
import { findOrgUnit, listOrgUnits, type OrgUnit } from './db/org-unit-repository.ts';
import { findSuccession, listSuccessions, type OrgUnitSuccession } from './db/succession-repository.ts';
import { checkSuccession, type SuccessionRefusal, type SuccessionWarning } from './domain/succession.ts';
import { organisationErrors as errors, successionWarnings } from './messages.sv.ts';
import { orgUnitSuccessionEntity } from './model.ts';

const validityText = (unit: Pick<OrgUnit, 'validFrom' | 'validTo'>) =>
  unit.validTo === null ? `från ${unit.validFrom}` : `${unit.validFrom}–${unit.validTo}`;

/** A refusal as the DomainError that says it in Swedish, naming the unit and the date. */
export function successionRefusal(problem: SuccessionRefusal, successor: { readonly name: string }) {
  switch (problem.kind) {
    case 'itself':
      return errors.succession_itself();
    case 'successorNotValid':
      return errors.successor_not_valid(
        problem.successor.name,
        problem.date,
        validityText(problem.successor),
      );
    case 'predecessorNotBefore':
      return errors.predecessor_not_before(problem.predecessor.name, problem.date);
    case 'cycle':
      return errors.succession_cycle(successor.name);
  }
}

export function successionWarning(warning: SuccessionWarning): string {
  return successionWarnings.predecessorContinues(
    warning.predecessor.name,
    warning.dayBefore,
    warning.predecessor.validTo,
  );
}

async function unitOf(ctx: Pick<Ctx, 'db'>, ref: string, role: 'predecessor' | 'successor' | 'unit') {
  const unit = await findOrgUnit(ctx.db, ref);
  if (!unit) {
    throw role === 'predecessor'
      ? errors.predecessor_not_found(ref)
      : role === 'successor'
        ? errors.successor_not_found(ref)
        : errors.org_unit_not_found(ref);
  }
  return unit;
}

/** Checks a succession against the stored ones (but itself); throws the first refusal, returns the warnings. */
async function check(tx: Tx, succession: Omit<OrgUnitSuccession, 'id' | 'version'> & { id?: string }) {
  const predecessor = await unitOf(tx, succession.predecessorId, 'predecessor');
  const successor = await unitOf(tx, succession.successorId, 'successor');
  const others = (await listSuccessions(tx.db)).filter((stored) => stored.id !== succession.id);
  const { refusals, warnings } = checkSuccession(succession, predecessor, successor, others);
  const [refusal] = refusals;
  if (refusal) {
    throw successionRefusal(refusal, successor);
  }
  return warnings.map(successionWarning);
}

export async function listUnitSuccessions(
  ctx: Pick<Ctx, 'db'>,
  unitRef?: string,
): Promise<OrgUnitSuccession[]> {
  if (unitRef === undefined) {
    return listSuccessions(ctx.db);
  }
  return listSuccessions(ctx.db, (await unitOf(ctx, unitRef, 'unit')).id);
}

async function getSuccession(ctx: Pick<Ctx, 'db'>, id: string): Promise<OrgUnitSuccession> {
  const found = await findSuccession(ctx.db, id);
  if (!found) {
    throw errors.succession_not_found(id);
  }
  return found;
}

export async function createSuccession(ctx: Ctx, input: SuccessionInput): Promise<SavedSuccessionDto> {
  return write(ctx, async (tx) => {
    const predecessor = await unitOf(tx, input.predecessorId, 'predecessor');
    const successor = await unitOf(tx, input.successorId, 'successor');
    const values = { ...input, predecessorId: predecessor.id, successorId: successor.id };
    // Asked first, so that someone who may not record it is told so rather than what is wrong with it.
    await tx.checkMayWrite(orgUnitSuccessionEntity, { id: '', version: 1, ...values });
    const warnings = await check(tx, values);
    return { ...(await tx.insert(orgUnitSuccessionEntity, values)), warnings };
  });
}

export async function updateSuccession(
  ctx: Ctx,
  id: string,
  input: SuccessionUpdate,
): Promise<SavedSuccessionDto> {
  return write(ctx, async (tx) => {
    const current = await getSuccession(tx, id);
    const { version, ...patch } = input;
    await tx.checkMayWrite(orgUnitSuccessionEntity, current);
    const warnings = await check(tx, { ...current, ...patch });
    return { ...(await tx.update(orgUnitSuccessionEntity, current, version, patch)), warnings };
  });
}

export async function deleteSuccession(ctx: Ctx, id: string, version: number): Promise<void> {
  await write(ctx, async (tx) => tx.remove(orgUnitSuccessionEntity, await getSuccession(tx, id), version));
}

/** Saves successions from a data package, already checked by the package's rules; units named by code. */
export async function saveImportedSuccessions(
  tx: Tx,
  created: readonly OrgUnitSuccessionPackageRecord[],
  updated: readonly { after: OrgUnitSuccessionPackageRecord }[],
): Promise<void> {
  const ids = new Map((await listOrgUnits(tx.db)).map((unit) => [unit.code, unit.id]));
  const values = ({ predecessor, successor, ...rest }: OrgUnitSuccessionPackageRecord) => ({
    ...rest,
    predecessorId: ids.get(predecessor) ?? predecessor,
    successorId: ids.get(successor) ?? successor,
  });
  await tx.saveRecords(
    orgUnitSuccessionEntity,
    created.map(values),
    updated.map(({ after }) => values(after)),
  );
}
