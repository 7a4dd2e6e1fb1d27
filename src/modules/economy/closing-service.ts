/**
 * Closing a year (bokslut): once the whole ledger is in, the year is closed and its figures locked – the
 * ledger, the budget lines and the forecasts – so the annual report cannot change under the board. Reopening
 * is allowed (a late correction) and, like closing, recorded in the change log.
 */
import { write } from '#platform/context.ts';
import { findById, fromRow } from '#platform/db/entity-store.ts';
import type { Ctx } from '../context.ts';
import type { ClosingInput } from './contract.ts';
import { lastLedgerMonth } from './db/ledger-repository.ts';
import { economyErrors } from './messages.sv.ts';
import { closingEntity } from './model.ts';

const toClosing = (row: object) => fromRow(closingEntity, row as Record<string, unknown>);

export async function listClosings(ctx: Pick<Ctx, 'db'>) {
  const rows = await ctx.db.selectFrom('ledger_closing').selectAll().orderBy('year', 'desc').execute();
  return rows.map(toClosing);
}

/** Refuses a change to a closed year's figures. */
export async function assertYearsOpen(ctx: Pick<Ctx, 'db'>, years: Iterable<number>): Promise<void> {
  const wanted = [...new Set(years)];
  if (wanted.length === 0) {
    return;
  }
  const closed = await ctx.db
    .selectFrom('ledger_closing')
    .select('year')
    .where('year', 'in', wanted)
    .orderBy('year')
    .executeTakeFirst();
  if (closed) {
    throw economyErrors.year_closed(closed.year);
  }
}

export async function closeYear(ctx: Ctx, input: ClosingInput) {
  return write(ctx, async (tx) => {
    const lastMonth = await lastLedgerMonth(tx.db, input.year);
    if (lastMonth !== 12) {
      throw economyErrors.closing_incomplete(input.year, lastMonth);
    }
    return tx.insert(closingEntity, input);
  });
}

export async function reopenYear(ctx: Ctx, id: string, version: number): Promise<void> {
  await write(ctx, async (tx) => {
    const closing = await findById(tx.db, closingEntity, id);
    if (!closing) {
      throw economyErrors.closing_not_found(id);
    }
    await tx.remove(closingEntity, closing, version);
  });
}
