/**
 * The economy in the data package, on both engines: cost centres, account ranges, budget lines, forecasts,
 * frames, frame adjustments, budget changes and closed years built through the API go out in an export,
 * into an empty installation and out again unchanged; broken records are refused in Swedish, naming list,
 * record and field, with nothing stored; a figure of a year the installation has closed is refused, while
 * the same package's own closing comes after its figures. The demo's budgets make the same round trip.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FieldProblem } from '#core/errors.ts';
import { changeLogSize, startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { buildOrganisation } from '../../../../test/factories.ts';
import { loadDemoIfEmpty } from '../../../demo/load-demo.ts';
import type { DataPackage, ImportReportDto } from '../../data-package/contract.ts';
import { loadLedger } from './ledger-fixture.ts';

interface ErrorBody {
  error: { code: string; message: string; fields: FieldProblem[] };
}

const ECONOMY_LISTS = [
  'costCentres',
  'accountRanges',
  'budgetLines',
  'forecasts',
  'budgetFrames',
  'frameAdjustments',
  'budgetChanges',
  'ledgerClosings',
] as const;

const withoutTime = ({ exportedAt: _, ...rest }: DataPackage) => rest;
const sum = (counts: Record<string, number>) =>
  Object.values(counts).reduce((total, count) => total + count, 0);

const exportOf = async (app: TestApp, query = '') =>
  (await app.request<DataPackage>('GET', `/api/v1/data-package/export${query}`)).body;
const importInto = (app: TestApp, pkg: unknown) =>
  app.request<ImportReportDto & ErrorBody>('POST', '/api/v1/data-package/import', pkg);

async function created(app: TestApp, url: string, body: unknown): Promise<void> {
  const response = await app.request('POST', `/api/v1/economy/${url}`, body);
  expect(response.status, `${url}: ${JSON.stringify(response.body)}`).toBe(201);
}

/** VOE and LKDATA under VSS, with a budget for 2023 and 2024 and the whole 2023 ledger, closed. */
async function buildBudgets(t: TestApp): Promise<void> {
  await buildOrganisation(t);
  for (const code of ['VOE', 'LKDATA']) {
    const unit = await t.request('POST', '/api/v1/organisation/units', {
      code,
      name: code === 'VOE' ? 'Verksamhetsområde ekonomi' : 'LKDATA',
      kind: 'division',
      parentId: 'VSS',
      validFrom: '2022-01-01',
      validTo: null,
    });
    expect(unit.status).toBe(201);
  }
  await created(t, 'cost-centres', { code: '1410', orgUnitId: 'VOE' });
  await created(t, 'cost-centres', { dimension: 2, code: 'P7', orgUnitId: 'LKDATA' });
  await created(t, 'account-ranges', { fromAccount: '3410', toAccount: '3419', category: 'cost' });
  for (const [orgUnitId, year, account, month, amount] of [
    ['VOE', 2023, '4010', null, '1 000 000,5'],
    ['VOE', 2023, '4020', 3, '12000'],
    ['VOE', 2023, '3410', null, '-1200000'],
    ['LKDATA', 2024, '4010', null, '500000'],
  ] as const) {
    await created(t, 'budget-lines', { orgUnitId, year, account, month, amount, comment: null });
  }
  await created(t, 'forecasts', {
    orgUnitId: 'VOE',
    year: 2023,
    round: 'august',
    costs: '1000000',
    revenues: '1150000.25',
    comment: 'Lägre personalkostnader än budget.',
  });
  // A forecast of the net alone: a surplus of 250 000,50 kr.
  await created(t, 'forecasts', {
    orgUnitId: 'LKDATA',
    year: 2024,
    round: 'october',
    netCost: '-250 000,50',
    comment: 'Bara nettot är känt.',
  });
  await created(t, 'frames', { orgUnitId: 'VSS', year: 2023, amount: '400000', decision: 'KF 2022-06-21' });
  await created(t, 'frames', { orgUnitId: 'LKDATA', year: 2023, kind: 'selfCost' });
  await created(t, 'frame-adjustments', {
    fromUnitId: 'VOE',
    toUnitId: 'LKDATA',
    amount: '50000',
    fromYear: 2022,
    reason: 'IT-stödet flyttas till LKDATA',
  });
  await created(t, 'budget-changes', {
    orgUnitId: 'VOE',
    year: 2023,
    category: 'technical',
    amount: '-25000',
    description: 'Lägre hyra',
  });
  expect(await loadLedger(t)).toBe('succeeded');
  await created(t, 'closings', { year: 2023, note: 'Bokslut fastställt av KF' });
}

describe('the economy in a data package', () => {
  let source: TestApp;
  let target: TestApp;
  let all: DataPackage;
  beforeAll(async () => {
    [source, target] = await Promise.all([startTestApp(), startTestApp()]);
    await buildBudgets(source);
    all = await exportOf(source);
  });
  afterAll(async () => {
    await Promise.all([source?.close(), target?.close()]);
  });

  it('exports every budget, frame, forecast, mapping and closed year, units by code and kronor exact', () => {
    expect(all.costCentres).toEqual([
      expect.objectContaining({ dimension: 1, code: '1410', orgUnit: 'VOE' }),
      expect.objectContaining({ dimension: 2, code: 'P7', orgUnit: 'LKDATA' }),
    ]);
    expect(all.accountRanges).toEqual([
      expect.objectContaining({ fromAccount: '3410', toAccount: '3419', category: 'cost' }),
    ]);
    expect(all.budgetLines.map(({ id: _, ...line }) => line)).toEqual([
      { orgUnit: 'LKDATA', year: 2024, account: '4010', month: null, amount: '500000.00', comment: null },
      { orgUnit: 'VOE', year: 2023, account: '3410', month: null, amount: '-1200000.00', comment: null },
      { orgUnit: 'VOE', year: 2023, account: '4010', month: null, amount: '1000000.50', comment: null },
      { orgUnit: 'VOE', year: 2023, account: '4020', month: 3, amount: '12000.00', comment: null },
    ]);
    expect(all.forecasts).toEqual([
      expect.objectContaining({ orgUnit: 'LKDATA', round: 'october', costs: null, netCost: '-250000.50' }),
      expect.objectContaining({
        orgUnit: 'VOE',
        round: 'august',
        costs: '1000000.00',
        revenues: '1150000.25',
        netCost: null,
      }),
    ]);
    expect(all.budgetFrames).toEqual([
      expect.objectContaining({ orgUnit: 'LKDATA', kind: 'selfCost', amount: '0.00' }),
      expect.objectContaining({ orgUnit: 'VSS', kind: 'frame', amount: '400000.00' }),
    ]);
    expect(all.frameAdjustments).toEqual([
      expect.objectContaining({ fromUnit: 'VOE', toUnit: 'LKDATA', amount: '50000.00', fromYear: 2022 }),
    ]);
    expect(all.budgetChanges).toEqual([
      expect.objectContaining({ orgUnit: 'VOE', category: 'technical', amount: '-25000.00' }),
    ]);
    expect(all.ledgerClosings).toEqual([
      expect.objectContaining({ year: 2023, note: 'Bokslut fastställt av KF' }),
    ]);
    // The ledger is loaded from its SIE files, not carried in the package.
    expect(Object.keys(all).filter((list) => /ledger(?!Closings)/i.test(list))).toEqual([]);
  });

  it("exports a unit's subtree for a year: its figures of that year, the adjustments then in force, and the counterpart unit", async () => {
    const voe = await exportOf(source, '?org=VOE&year=2023');
    expect(voe.budgetLines.map((line) => `${line.orgUnit} ${line.year} ${line.account}`)).toEqual([
      'VOE 2023 3410',
      'VOE 2023 4010',
      'VOE 2023 4020',
    ]);
    expect(voe.costCentres.map((centre) => centre.code)).toEqual(['1410']);
    expect(voe.accountRanges).toHaveLength(1);
    expect(voe.forecasts).toHaveLength(1);
    expect(voe.budgetFrames).toEqual([]);
    expect(voe.frameAdjustments).toHaveLength(1);
    expect(voe.budgetChanges).toHaveLength(1);
    expect(voe.ledgerClosings.map((closing) => closing.year)).toEqual([2023]);
    expect(voe.orgUnits.map((unit) => unit.code)).toEqual(expect.arrayContaining(['VOE', 'LKDATA', 'VSS']));
    const lkdata2024 = await exportOf(source, '?org=LKDATA&year=2024');
    expect(lkdata2024.budgetLines.map((line) => line.amount)).toEqual(['500000.00']);
    expect(lkdata2024.ledgerClosings).toEqual([]);
  });

  it('refuses broken records in Swedish, naming list, record and field, and stores nothing', async () => {
    const [line, forecast, range, adjustment] = [
      all.budgetLines[1],
      all.forecasts[1],
      all.accountRanges[0],
      all.frameAdjustments[0],
    ] as [
      DataPackage['budgetLines'][number],
      DataPackage['forecasts'][number],
      DataPackage['accountRanges'][number],
      DataPackage['frameAdjustments'][number],
    ];
    const broken = {
      ...all,
      budgetLines: [
        ...all.budgetLines,
        { ...line, id: randomUUID(), orgUnit: 'OKAND', account: '4020' },
        { ...line, id: randomUUID(), account: '4030', amount: '12,345' },
        { ...line, id: randomUUID(), amount: '1.00' },
      ],
      forecasts: [
        { ...forecast, costs: '-1' },
        { ...forecast, id: randomUUID(), round: 'april', netCost: '5000' },
      ],
      accountRanges: [{ ...range, fromAccount: '3419', toAccount: '3410' }],
      frameAdjustments: [
        { ...adjustment, toUnit: 'VOE' },
        { ...adjustment, id: randomUUID(), reason: 'Ingenting', amount: '0' },
      ],
    };
    const response = await importInto(target, broken);
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('data_package.invalid');
    const at = all.budgetLines.length;
    expect(response.body.error.fields).toEqual(
      expect.arrayContaining([
        {
          path: `$.budgetLines[${at}].orgUnit`,
          message: 'Organisationsenheten OKAND finns varken i paketet eller i databasen.',
          record: 'OKAND 2023 konto 4020',
          value: 'OKAND',
        },
        {
          path: `$.budgetLines[${at + 1}].amount`,
          message: 'Får ha högst två decimaler (öre).',
          value: '12,345',
        },
        {
          path: `$.budgetLines[${at + 2}]`,
          message: 'Budgetraden finns redan tidigare i paketet (samma naturliga nyckel).',
          record: 'VOE 2023 konto 3410',
        },
        { path: '$.forecasts[0].costs', message: 'Får inte vara negativt.', value: '-1' },
        {
          path: '$.forecasts[1].netCost',
          message:
            'Nettokostnad helår (5\u00a0000 kr) kan inte lämnas tillsammans med kostnader helår 1\u00a0000\u00a0000 kr ' +
            'och intäkter helår 1\u00a0150\u00a0000,25 kr: ange antingen kostnader och intäkter eller bara nettokostnaden.',
          record: 'VOE Delår 30 april 2023',
          value: '5000.00',
        },
        {
          path: '$.accountRanges[0].toAccount',
          message: 'Intervallet måste sluta på samma eller ett högre konto än det börjar på.',
          record: '3419–3410',
          value: '3410',
        },
        {
          path: '$.frameAdjustments[0].toUnit',
          message: 'En ramjustering flyttar pengar mellan två olika nämnder.',
          record: 'VOE → VOE från 2022: IT-stödet flyttas till LKDATA',
          value: 'VOE',
        },
        { path: '$.frameAdjustments[1].amount', message: 'Ska vara större än 0.', value: '0' },
      ]),
    );
    const after = await exportOf(target);
    expect(after.orgUnits).toEqual([]);
    for (const list of ECONOMY_LISTS) {
      expect(after[list], list).toEqual([]);
    }
  });

  it('makes a round trip through an empty installation, closing the year after its figures, and a second import changes nothing', async () => {
    const imported = await importInto(target, all);
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    expect(imported.body.created).toMatchObject({
      costCentres: 2,
      accountRanges: 1,
      budgetLines: 4,
      forecasts: 2,
      budgetFrames: 2,
      frameAdjustments: 1,
      budgetChanges: 1,
      ledgerClosings: 1,
    });
    expect(withoutTime(await exportOf(target))).toEqual(withoutTime(all));

    const logBefore = await changeLogSize(target);
    const again = await importInto(target, all);
    expect(again.status).toBe(200);
    expect(sum(again.body.created) + sum(again.body.updated)).toBe(0);
    expect(again.body.unchanged).toMatchObject({ budgetLines: 4, ledgerClosings: 1 });
    expect(await changeLogSize(target)).toBe(logBefore);
  });

  it('matches records by natural key, and writes changes through the change log', async () => {
    // A converter's package: its own ids, amounts as Swedes write them – one of them changed.
    const swedish: Record<string, string> = { '500000.00': '510 000', '-1200000.00': '−1 200 000' };
    const converted = {
      ...all,
      budgetLines: all.budgetLines.map((line) => ({
        ...line,
        id: randomUUID(),
        amount: swedish[line.amount] ?? line.amount,
      })),
      costCentres: all.costCentres.map((centre) => ({ ...centre, id: randomUUID() })),
    };
    const report = await importInto(target, converted);
    expect(report.status, JSON.stringify(report.body)).toBe(200);
    expect(report.body.created).toMatchObject({ budgetLines: 0, costCentres: 0 });
    expect(report.body.updated).toMatchObject({ budgetLines: 1 });
    expect(report.body.unchanged).toMatchObject({ budgetLines: 3, costCentres: 2 });
    const { rows } = await sql<{ action: string; amount: string }>`
      select action, new_value->>'amount' as amount from change_log
      where entity_type = 'budget_line' and action = 'import' order by id desc limit 1`.execute(
      target.database.db,
    );
    expect(rows).toEqual([{ action: 'import', amount: '510000.00' }]);
  });

  it('refuses a new or changed figure in a year the installation has closed, naming the record, and changes nothing', async () => {
    const before = withoutTime(await exportOf(target));
    const changed = {
      ...all,
      budgetLines: all.budgetLines.map((line) =>
        line.year === 2023 && line.month === 3 ? { ...line, amount: '13000' } : line,
      ),
      forecasts: all.forecasts.map((forecast) => ({ ...forecast, comment: 'Ny bedömning' })),
    };
    const refused = await importInto(target, changed);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('economy.year_closed');
    expect(refused.body.error.fields).toEqual([
      {
        path: '$.budgetLines[*].year',
        message:
          'Bokslutet för 2023 är stängt, så årets huvudbok, budget och prognoser kan inte ändras. ' +
          'Öppna bokslutet igen om något måste rättas.',
        record: 'VOE 2023 konto 4020, månad 3',
        value: 2023,
      },
    ]);
    expect(withoutTime(await exportOf(target))).toEqual(before);

    const open = await importInto(target, {
      ...all,
      budgetLines: all.budgetLines.map((line) => (line.year === 2024 ? { ...line, amount: '520000' } : line)),
    });
    expect(open.status, JSON.stringify(open.body)).toBe(200);
    expect(open.body.updated).toMatchObject({ budgetLines: 1 });
  });
});

describe("the demo's budgets, frames and forecasts in a data package", () => {
  let demo: TestApp;
  let empty: TestApp;
  beforeAll(async () => {
    [demo, empty] = await Promise.all([startTestApp(), startTestApp()]);
    await loadDemoIfEmpty(demo.database.db);
  });
  afterAll(async () => {
    await Promise.all([demo?.close(), empty?.close()]);
  });

  it('exports every one of them and keeps them through an import into an empty installation', async () => {
    const exported = await exportOf(demo);
    const { rows } = await sql<{ lines: number; frames: number; forecasts: number; changes: number }>`
      select (select count(*)::int from budget_line) as lines, (select count(*)::int from budget_frame) as frames,
        (select count(*)::int from forecast) as forecasts, (select count(*)::int from budget_change) as changes
    `.execute(demo.database.db);
    expect(rows[0]?.lines).toBeGreaterThan(0);
    expect({
      lines: exported.budgetLines.length,
      frames: exported.budgetFrames.length,
      forecasts: exported.forecasts.length,
      changes: exported.budgetChanges.length,
    }).toEqual(rows[0]);
    expect(exported.frameAdjustments.length).toBeGreaterThan(0);
    const imported = await importInto(empty, exported);
    expect(imported.status, JSON.stringify(imported.body).slice(0, 2000)).toBe(200);
    expect(withoutTime(await exportOf(empty))).toEqual(withoutTime(exported));
  });
});
