/**
 * Loads the Linköping demo into an empty installation, through the same import as any data package, so the
 * demo is checked by the same rules as user data.
 */

import type { Kysely } from 'kysely';
import { createDemoUsers, type DemoUser } from '#modules/access/index.ts';
import type { Ctx } from '#modules/context.ts';
import { importPackage, objectSource, PACKAGE_LISTS } from '#modules/data-package/index.ts';
import type { Database } from '#modules/database.ts';
import { encodeCp437, syntheticLedgerLines } from '#modules/economy/domain/index.ts';
import {
  createBudgetChange,
  createForecast,
  createFrame,
  createFrameAdjustment,
  importBudgetFile,
  importLedgerFile,
} from '#modules/economy/index.ts';
import { packageSections } from '#modules/registry.ts';
import { storeFile } from '#platform/files.ts';
import { systemContext } from '../app.ts';
import { isEmpty } from './empty.ts';
import {
  DEMO_BUDGET_CHANGES,
  DEMO_FORECASTS,
  DEMO_FRAME_ADJUSTMENTS,
  DEMO_FRAMES,
  DEMO_LEDGERS,
  demoBudgetCsv,
  demoKsBudgetCsv,
} from './ledger.ts';
import { buildDemoPackage } from './linkoping.ts';
import { DEMO_USERS } from './users.ts';
import {
  VSS_BUDGET_CHANGES_2020,
  VSS_FORECASTS_2019,
  VSS_LEDGERS_2018_2019,
  vssBudgetCsv,
} from './vss-economy-2019.ts';

/** Loads the demo if the installation holds no organisation yet; returns whether it did. */
export async function loadDemoIfEmpty(db: Kysely<Database>): Promise<boolean> {
  if (!(await isEmpty(db))) {
    return false;
  }
  const ctx = systemContext(db);
  const source = objectSource(buildDemoPackage(), Object.keys(PACKAGE_LISTS));
  await importPackage(ctx, source, packageSections());
  await loadDemoLedgers(ctx);
  for (const [name, csv] of [
    ['budget-VSS-2019-2020.csv', vssBudgetCsv()],
    ['budget-VSS-2022-2028.csv', demoBudgetCsv()],
    ['budget-KLF-2020.csv', demoKsBudgetCsv()],
  ] as const) {
    const file = await storeFile(ctx.db, [new TextEncoder().encode(csv)], {
      name,
      mediaType: 'text/csv',
      createdBy: ctx.actor.userId,
    });
    await importBudgetFile(ctx, file.id);
  }
  for (const frame of DEMO_FRAMES) {
    await createFrame(ctx, frame);
  }
  for (const adjustment of DEMO_FRAME_ADJUSTMENTS) {
    await createFrameAdjustment(ctx, adjustment);
  }
  for (const change of [...DEMO_BUDGET_CHANGES, ...VSS_BUDGET_CHANGES_2020]) {
    await createBudgetChange(ctx, change);
  }
  for (const forecast of [...VSS_FORECASTS_2019, ...DEMO_FORECASTS]) {
    await createForecast(ctx, forecast);
  }
  await createDemoUsers(ctx, await demoUsers(ctx));
  return true;
}

/** One user per role; the unit-bound roles hold VSS, the administration the demo follows up. */
async function demoUsers(ctx: Ctx): Promise<DemoUser[]> {
  const vss = await ctx.db
    .selectFrom('org_unit')
    .select('id')
    .where('code', '=', 'VSS')
    .executeTakeFirstOrThrow();
  return DEMO_USERS.map(({ unit, ...user }) => ({ ...user, orgUnitId: unit === 'VSS' ? vss.id : null }));
}

/** The synthetic ledgers, written as SIE files in CP437 and loaded as a user's file would be. */
async function loadDemoLedgers(ctx: Ctx): Promise<void> {
  for (const demo of [...VSS_LEDGERS_2018_2019, ...DEMO_LEDGERS]) {
    const text = `${[...syntheticLedgerLines(demo.options)].join('\r\n')}\r\n`;
    const file = await storeFile(ctx.db, [encodeCp437(text)], {
      name: demo.fileName,
      mediaType: 'text/plain',
      createdBy: ctx.actor.userId,
    });
    await importLedgerFile(ctx, {
      fileId: file.id,
      year: demo.year,
      firstMonth: demo.firstMonth,
      lastMonth: demo.lastMonth,
    });
  }
}
