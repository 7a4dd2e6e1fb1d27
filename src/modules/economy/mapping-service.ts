/**
 * Use cases for how the ledger maps onto Verksam: cost centres to organisation units, and accounts to costs
 * and revenues where the installation departs from Kommun-BAS.
 */
import type { EntityCreate, EntityDto } from '#core/entity.ts';
import { write } from '#platform/context.ts';
import { findById, fromRow } from '#platform/db/entity-store.ts';
import type { Ctx } from '../context.ts';
import { getOrgUnit, listOrganisation } from '../organisation/index.ts';
import type { CostCentreInput, CostCentreUpdate } from './contract.ts';
import type { AccountRange } from './domain/account-class.ts';
import type { LedgerMapping } from './domain/ledger.ts';
import { economyErrors } from './messages.sv.ts';
import { accountRangeEntity, costCentreEntity } from './model.ts';

export type CostCentre = EntityDto<typeof costCentreEntity>;
export type StoredAccountRange = EntityDto<typeof accountRangeEntity>;

export async function listCostCentres(ctx: Pick<Ctx, 'db'>): Promise<CostCentre[]> {
  const rows = await ctx.db
    .selectFrom('cost_centre')
    .selectAll()
    .orderBy('dimension')
    .orderBy('code')
    .execute();
  return rows.map((row) => fromRow(costCentreEntity, row));
}

async function getCostCentre(ctx: Pick<Ctx, 'db'>, id: string): Promise<CostCentre> {
  const found = await findById(ctx.db, costCentreEntity, id);
  if (!found) {
    throw economyErrors.cost_centre_not_found(id);
  }
  return found;
}

/** A unit named by id or code ("VSS"), as every input may name one. */
export async function createCostCentre(ctx: Ctx, input: CostCentreInput): Promise<CostCentre> {
  return write(ctx, async (tx) => {
    const unit = await getOrgUnit(tx, input.orgUnitId);
    return tx.insert(costCentreEntity, { ...input, orgUnitId: unit.id });
  });
}

export async function updateCostCentre(ctx: Ctx, id: string, input: CostCentreUpdate): Promise<CostCentre> {
  return write(ctx, async (tx) => {
    const { version, orgUnitId, ...patch } = input;
    const unit = orgUnitId === undefined ? undefined : await getOrgUnit(tx, orgUnitId);
    return tx.update(costCentreEntity, await getCostCentre(tx, id), version, {
      ...patch,
      ...(unit ? { orgUnitId: unit.id } : {}),
    });
  });
}

export async function deleteCostCentre(ctx: Ctx, id: string, version: number): Promise<void> {
  await write(ctx, async (tx) => tx.remove(costCentreEntity, await getCostCentre(tx, id), version));
}

export async function listAccountRanges(ctx: Pick<Ctx, 'db'>): Promise<StoredAccountRange[]> {
  const rows = await ctx.db
    .selectFrom('account_range')
    .selectAll()
    .orderBy('from_account')
    .orderBy('to_account')
    .execute();
  return rows.map((row) => fromRow(accountRangeEntity, row));
}

export async function createAccountRange(
  ctx: Ctx,
  input: EntityCreate<typeof accountRangeEntity>,
): Promise<StoredAccountRange> {
  if (input.toAccount.padEnd(10, '9') < input.fromAccount.padEnd(10, '0')) {
    throw economyErrors.account_range_reversed();
  }
  return write(ctx, (tx) => tx.insert(accountRangeEntity, input));
}

export async function deleteAccountRange(ctx: Ctx, id: string, version: number): Promise<void> {
  await write(ctx, async (tx) => {
    const found = await findById(tx.db, accountRangeEntity, id);
    if (!found) {
      throw economyErrors.account_range_not_found(id);
    }
    await tx.remove(accountRangeEntity, found, version);
  });
}

/**
 * How this installation maps the ledger: explicit cost centres first, then any unit whose code is the cost
 * centre's code ("1410" → the unit with code 1410), so a municipality that codes its units by cost centre
 * needs no mapping at all.
 */
export async function ledgerMapping(ctx: Ctx, dimension = 1): Promise<LedgerMapping> {
  const explicit = new Map(
    (await listCostCentres(ctx))
      .filter((centre) => centre.dimension === dimension)
      .map((centre) => [centre.code, centre.orgUnitId]),
  );
  const byCode = new Map((await listOrganisation(ctx)).map((unit) => [unit.code, unit.id]));
  const accountRanges: AccountRange[] = await listAccountRanges(ctx);
  return {
    dimension,
    unitOf: (code) => explicit.get(code) ?? byCode.get(code.toUpperCase()) ?? null,
    accountRanges,
  };
}
