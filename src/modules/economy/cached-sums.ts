/**
 * The ledger's and the budget's sums per unit and account, kept until the next save: a document asks for
 * the statements and charts of many units of the same year (the municipality-wide compilation, one per
 * board), and each would otherwise sum the whole year again. Read, never changed, by those who share them.
 */
import type { Ctx } from '../context.ts';
import { sumBudget } from './budget-service.ts';
import { sumLedger } from './db/ledger-repository.ts';

export const ledgerSums = (ctx: Ctx, year: number, throughMonth: number) =>
  ctx.cache.get(`economy.ledgerSums|${year}|${throughMonth}`, () => sumLedger(ctx.db, year, throughMonth));

export const budgetSums = (ctx: Ctx, year: number) =>
  ctx.cache.get(`economy.budgetSums|${year}`, () => sumBudget(ctx, year));
