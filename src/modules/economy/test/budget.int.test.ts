/**
 * Budgets through the API, on both engines: lines edited one by one, a budget read in from Excel or CSV
 * all or nothing (values only, every problem named by sheet and cell or line), and the budget in the
 * operating statement.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { buildOrganisation } from '../../../../test/factories.ts';
import type { TableModel } from '../../../core/table.ts';

interface JobBody {
  status: string;
  result: Record<string, unknown> | null;
  error: { message: string; fields?: { path: string; message: string; value?: string }[] } | null;
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await buildOrganisation(t);
  const unit = await t.request('POST', '/api/v1/organisation/units', {
    code: 'LKDATA',
    name: 'LKDATA',
    kind: 'division',
    parentId: 'VSS',
    validFrom: '2022-01-01',
    validTo: null,
  });
  expect(unit.status).toBe(201);
});
afterAll(async () => {
  await t?.close();
});

async function readIn(name: string, payload: Buffer | string): Promise<JobBody> {
  const uploaded = await t.inject({
    method: 'POST',
    url: `/api/v1/files?name=${encodeURIComponent(name)}`,
    headers: { 'content-type': 'application/octet-stream' },
    payload,
  });
  expect(uploaded.statusCode).toBe(201);
  const started = await t.request<{ id: string }>('POST', '/api/v1/economy/budget-imports', {
    fileId: JSON.parse(uploaded.body).id,
  });
  expect(started.status).toBe(202);
  for (;;) {
    const job = await t.request<JobBody>('GET', `/api/v1/jobs/${started.body.id}`);
    if (job.body.status === 'succeeded' || job.body.status === 'failed') {
      return job.body;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function workbook(build: (book: ExcelJS.Workbook) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  build(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const lines = async () =>
  (
    await t.request<{ account: string; amount: string; comment: string | null }[]>(
      'GET',
      '/api/v1/economy/budget-lines?org=LKDATA&year=2024',
    )
  ).body;

describe('budgets', () => {
  it('reads a budget from the Excel template, and again unchanged, changed and shortened', async () => {
    const template = await t.inject({ method: 'GET', url: '/api/v1/economy/budget-template' });
    expect(template.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Budget');
    expect(sheet?.getRow(1).values).toEqual([undefined, 'Enhet', 'Konto', 'År', 'Belopp', 'Kommentar']);
    sheet?.addRow(['LKDATA', '4010', 2024, 1_250_000.5, 'Löner']);
    sheet?.addRow(['LKDATA', 3410, '2024', -1_300_000, '=inte en formel']);
    const first = await readIn('budget.xlsx', Buffer.from(await book.xlsx.writeBuffer()));
    expect(first.error).toBeNull();
    expect(first.result).toMatchObject({ lines: 2, created: 2, updated: 0, removed: 0 });
    expect(await lines()).toMatchObject([
      { account: '3410', amount: '-1300000.00', comment: '=inte en formel' },
      { account: '4010', amount: '1250000.50', comment: 'Löner' },
    ]);

    const csv = '\uFEFFEnhet;Konto;År;Belopp;Kommentar\r\nLKDATA;4010;2024;1 250 000,50;Löner\r\n';
    const second = await readIn('budget.csv', csv);
    expect(second.result).toMatchObject({ lines: 1, created: 0, updated: 0, unchanged: 1, removed: 1 });
    const third = await readIn('budget-en.csv', 'Enhet,Konto,År,Belopp\nLKDATA,4010,2024,1300000\n');
    expect(third.result).toMatchObject({ updated: 1 });
    expect(await lines()).toMatchObject([{ account: '4010', amount: '1300000.00', comment: null }]);
  });

  it('refuses formulas, hidden sheets with data, merged headers and unknown columns, naming sheet and cell', async () => {
    const before = await lines();
    const file = await workbook((book) => {
      const sheet = book.addWorksheet('Budget');
      sheet.addRow(['Enhet', 'Konto', 'År', 'Belopp', 'Okänd']);
      sheet.addRow(['LKDATA', '4010', 2024, 5]);
      sheet.getCell('D2').value = { formula: 'C2*2', result: 4048 };
      sheet.mergeCells('E1:F1');
      const hidden = book.addWorksheet('Gammalt', { state: 'hidden' });
      hidden.addRow(['LKDATA', '4010', 2023, 9]);
    });
    const job = await readIn('trasig.xlsx', file);
    expect(job.status).toBe('failed');
    expect(job.error?.message).toMatch(
      /^Budgetfilen ”trasig\.xlsx” lästes inte in: \d+ problem\. Ingenting har sparats/,
    );
    const problems = (job.error?.fields ?? []).map((field) => `${field.path}: ${field.message}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Gammalt: Bladet är dolt men innehåller data/),
        expect.stringMatching(/^Budget!D2: Cellen innehåller en formel/),
        expect.stringMatching(/^Budget!E1: Rubrikraden har sammanslagna celler/),
      ]),
    );
    expect(await lines()).toEqual(before);
  });

  it('refuses a CSV file with every bad row, naming line, column and value', async () => {
    const job = await readIn(
      'trasig.csv',
      'Enhet;Konto;År;Belopp\r\nFINNS-INTE;4010;2024;5\r\nLKDATA;40A;2024;1,234\r\nLKDATA;4010;2024;1\r\nLKDATA;4010;2024;2\r\n',
    );
    expect(job.status).toBe('failed');
    expect(job.error?.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'rad 3, Konto', value: '40A' }),
        expect.objectContaining({ path: 'rad 3, Belopp', value: '1,234' }),
        expect.objectContaining({ path: 'rad 2, Enhet', value: 'FINNS-INTE' }),
        expect.objectContaining({
          path: 'rad 5',
          message: 'Samma enhet, konto och år finns redan på rad 4.',
        }),
      ]),
    );
  });

  it('edits lines one by one, with versions, and refuses a second line for the same account', async () => {
    const created = await t.request<{ id: string; version: number }>('POST', '/api/v1/economy/budget-lines', {
      orgUnitId: 'LKDATA',
      year: 2024,
      account: '3010',
      amount: '-1 000,5',
    });
    expect(created.status).toBe(201);
    const updated = await t.request<{ amount: string }>(
      'PUT',
      `/api/v1/economy/budget-lines/${created.body.id}`,
      {
        version: created.body.version,
        amount: '-2000',
      },
    );
    expect(updated.body.amount).toBe('-2000.00');
    const twice = await t.request<{ error: { message: string } }>('POST', '/api/v1/economy/budget-lines', {
      orgUnitId: 'LKDATA',
      year: 2024,
      account: '3010',
      amount: '5',
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.message).toBe(
      'Enheten har redan en budgetrad för det kontot och den perioden det året.',
    );
    const tooFine = await t.request<{ error: { fields: { path: string; message: string }[] } }>(
      'POST',
      '/api/v1/economy/budget-lines',
      { orgUnitId: 'LKDATA', year: 2024, account: '3011', amount: '1,005' },
    );
    expect(tooFine.status).toBe(400);
    expect(tooFine.body.error.fields[0]?.message).toMatch(/högst två decimaler/);
  });

  it('shows the budget in the operating statement, with the variance for a closed year', async () => {
    await t.request('POST', '/api/v1/economy/budget-lines', {
      orgUnitId: 'LKDATA',
      year: 2023,
      account: '4',
      amount: '100000',
    });
    const sie = [
      '#FLAGGA 0',
      '#PROGRAM "Test" 1.0',
      '#FORMAT PC8',
      '#GEN 20240115',
      '#SIETYP 4',
      '#FNAMN "Test"',
      '#KONTO 2440 "Skulder"',
      '#KONTO 4010 "Lön"',
      '#DIM 1 "Kostnadsställe"',
      '#OBJEKT 1 "LKDATA" "LKDATA"',
      '#VER A 1 20231215 "Lön"',
      '{',
      '#TRANS 4010 {1 "LKDATA"} 90000',
      '#TRANS 2440 {} -90000',
      '}',
      '',
    ].join('\r\n');
    const uploaded = await t.inject({ method: 'POST', url: '/api/v1/files?name=h.se', payload: sie });
    const started = await t.request<{ id: string }>('POST', '/api/v1/economy/ledger-imports', {
      fileId: JSON.parse(uploaded.body).id,
      year: 2023,
    });
    for (let job = { status: 'queued' }; job.status !== 'succeeded'; ) {
      job = (await t.request<{ status: string }>('GET', `/api/v1/jobs/${started.body.id}`)).body;
      expect(job.status).not.toBe('failed');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const table = (
      await t.request<TableModel>(
        'GET',
        '/api/v1/economy/statement?org=VSS&year=2023&throughMonth=12&unit=kr',
      )
    ).body;
    expect(table.columns.map((column) => column.label)).toEqual([
      'Verksamhet',
      'Bokslut 2023',
      'Budget 2023',
      'Avvikelse',
      'Bokslut 2022',
    ]);
    const row = table.groups
      .flatMap((group) => group.rows)
      .find((candidate) => candidate.header.text === 'LKDATA');
    // Result scale: −90 000 against a budget of −100 000: 10 000 better than budget.
    expect(row?.cells.map((cell) => cell.text)).toEqual(['−90\u00a0000', '−100\u00a0000', '10\u00a0000', '']);
  });

  it('takes forecasts per unit and round, and shows them against the budget at that round', async () => {
    const created = await t.request<{ id: string; version: number }>('POST', '/api/v1/economy/forecasts', {
      orgUnitId: 'LKDATA',
      year: 2023,
      round: 'august',
      costs: '95 000',
      revenues: '0',
      comment: 'Licenskostnaderna ökar.',
    });
    expect(created.status).toBe(201);
    const again = await t.request<{ error: { message: string } }>('POST', '/api/v1/economy/forecasts', {
      orgUnitId: 'LKDATA',
      year: 2023,
      round: 'august',
      costs: '1',
      revenues: '1',
    });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe(
      'Enheten har redan en prognos för det året och uppföljningstillfället. Ändra den i stället.',
    );
    const table = (
      await t.request<TableModel>('GET', '/api/v1/economy/statement?org=VSS&year=2023&round=august&unit=kr')
    ).body;
    expect(table.caption).toBe(
      'Driftsammandrag Verksamhetsstöd och service prognos augusti 2023, belopp i kr',
    );
    expect(table.columns.map((column) => column.label)).toEqual([
      'Verksamhet',
      'Utfall jan–aug 2023',
      'Prognos helår 2023',
      'Budget 2023',
      'Avvikelse',
      'Bokslut 2022',
    ]);
    const row = table.groups
      .flatMap((group) => group.rows)
      .find((candidate) => candidate.header.text === 'LKDATA');
    // Result scale: a forecast of −95 000 against a budget of −100 000 is 5 000 better. The ledger holds
    // nothing up to August, so the actual column is empty.
    expect(row?.cells.map((cell) => cell.text)).toEqual([
      '',
      '−95\u00a0000',
      '−100\u00a0000',
      '5\u00a0000',
      '',
    ]);
  });

  it('takes a forecast of the net alone, prints it without varav rows and refuses one given both ways', async () => {
    const both = await t.request<{ error: { message: string; fields: { path: string }[] } }>(
      'POST',
      '/api/v1/economy/forecasts',
      { orgUnitId: 'LKDATA', year: 2023, round: 'april', costs: '1', revenues: '2', netCost: '-1' },
    );
    expect(both.status).toBe(422);
    expect(both.body.error.message).toBe(
      'Nettokostnad helår (−1 kr) kan inte lämnas tillsammans med kostnader helår 1 kr och intäkter helår 2 kr: ' +
        'ange antingen kostnader och intäkter eller bara nettokostnaden.',
    );
    expect(both.body.error.fields.map((field) => field.path)).toEqual(['netCost']);
    const netOnly = await t.request<{ id: string; version: number; netCost: string; costs: null }>(
      'POST',
      '/api/v1/economy/forecasts',
      { orgUnitId: 'LKDATA', year: 2023, round: 'april', netCost: '−1 200 000', comment: 'Bara nettot.' },
    );
    expect(netOnly.status, JSON.stringify(netOnly.body)).toBe(201);
    expect(netOnly.body).toMatchObject({ costs: null, revenues: null });
    expect(netOnly.body.netCost).toMatch(/^-1200000(\.00)?$/);
    // Changing it to costs alone, the net still there, is refused and changes nothing.
    const half = await t.request('PUT', `/api/v1/economy/forecasts/${netOnly.body.id}`, {
      version: netOnly.body.version,
      costs: '5',
    });
    expect(half.status).toBe(422);
    const table = (
      await t.request<TableModel>('GET', '/api/v1/economy/statement?org=VSS&year=2023&round=april&unit=kr')
    ).body;
    const rows = table.groups.flatMap((group) => group.rows);
    const at = rows.findIndex((candidate) => candidate.header.text === 'LKDATA');
    // Result scale: a net cost of −1 200 000 is a surplus of 1 200 000, 1 300 000 better than the budget.
    expect(
      rows.slice(at, at + 3).map((row) => [row.header.text, ...row.cells.map((cell) => cell.text)]),
    ).toEqual([
      ['LKDATA', '', '1\u00a0200\u00a0000', '−100\u00a0000', '1\u00a0300\u00a0000', ''],
      ['varav kostnader', '', '', '100\u00a0000', '', ''],
      ['varav intäkter', '', '', '0', '', ''],
    ]);
    const note = table.footnotes.find((footnote) => footnote.text.startsWith('Beloppet är lämnat som netto'));
    expect(rows[at]?.cells[1]?.markers).toContain(note?.marker);
    // The sum of a net-only forecast is net-only too.
    const total = rows.findIndex((candidate) => candidate.key === 'total');
    expect(rows[total + 1]?.cells[1]?.text).toBe('');
  });

  it('budgets an account per month: the year is the months’ sum, never a year line beside them', async () => {
    const line = (account: string, month: number | null, amount: string) =>
      t.request<{ id: string; error: { message: string } }>('POST', '/api/v1/economy/budget-lines', {
        orgUnitId: 'LKDATA',
        year: 2026,
        account,
        month,
        amount,
      });
    for (const [month, amount] of [
      [1, '1 000,50'],
      [2, '2000'],
      [3, '2999,50'],
    ] as const) {
      expect((await line('4010', month, amount)).status).toBe(201);
    }
    const yearToo = await line('4010', null, '6000');
    expect(yearToo.status).toBe(409);
    expect(yearToo.body.error.message).toBe(
      'Konto 4010 är budgeterat per månad 2026, så det kan inte också få en helårsrad. ' +
        'Ändra månaderna i budgettabellen, eller slå ihop dem till helår först.',
    );
    expect((await line('3010', null, '-100000')).status).toBe(201);
    const monthToo = await line('3010', 5, '-1');
    expect(monthToo.status).toBe(409);
    expect(monthToo.body.error.message).toMatch(/^Konto 3010 har en helårsbudget 2026/);
    const badMonth = await t.request<{ error: { fields: { path: string; message: string }[] } }>(
      'POST',
      '/api/v1/economy/budget-lines',
      { orgUnitId: 'LKDATA', year: 2026, account: '4010', month: 13, amount: '1' },
    );
    expect(badMonth.status).toBe(400);
    expect(badMonth.body.error.fields[0]?.path).toBe('month');

    const budgetOf = async () => {
      const table = (
        await t.request<TableModel>('GET', '/api/v1/economy/statement?org=VSS&year=2026&planYears=0&unit=kr')
      ).body;
      const rows = table.groups.flatMap((group) => group.rows);
      const at = rows.findIndex((candidate) => candidate.header.text === 'LKDATA');
      return rows.slice(at, at + 3).map((row) => row.cells.at(-1)?.text);
    };
    // 1 000,50 + 2 000 + 2 999,50 = 6 000 in costs; revenues 100 000.
    expect(await budgetOf()).toEqual(['94\u00a0000', '6\u00a0000', '100\u00a0000']);

    const spread = await t.request<{ month: number; amount: string }[]>(
      'POST',
      '/api/v1/economy/budget-lines/spread',
      { orgUnitId: 'LKDATA', year: 2026, account: '3010' },
    );
    expect(spread.status, JSON.stringify(spread.body)).toBe(200);
    expect(spread.body.map((part) => part.amount)).toEqual([
      ...Array(4).fill('-8333.34'),
      ...Array(8).fill('-8333.33'),
    ]);
    const merged = await t.request<{ month: number | null; amount: string }>(
      'POST',
      '/api/v1/economy/budget-lines/merge',
      { orgUnitId: 'LKDATA', year: 2026, account: '4010' },
    );
    expect(merged.body).toMatchObject({ month: null, amount: '6000.00' });
    const stored = await t.request<{ account: string; month: number | null }[]>(
      'GET',
      '/api/v1/economy/budget-lines?org=LKDATA&year=2026',
    );
    expect(stored.body.map((stored) => `${stored.account}:${stored.month ?? 'år'}`)).toEqual([
      ...Array.from({ length: 12 }, (_, index) => `3010:${index + 1}`),
      '4010:år',
    ]);
    expect(await budgetOf()).toEqual(['94\u00a0000', '6\u00a0000', '100\u00a0000']);
    const nothing = await t.request<{ error: { message: string } }>(
      'POST',
      '/api/v1/economy/budget-lines/merge',
      {
        orgUnitId: 'LKDATA',
        year: 2026,
        account: '4010',
      },
    );
    // A year line to merge is a state to change first (409); an account with no lines, nothing (404).
    expect(nothing.status).toBe(409);
    expect(nothing.body.error.message).toBe(
      'Konto 4010 är budgeterat för helår 2026; det finns inga månadsrader att slå ihop.',
    );
    const twice = await t.request('POST', '/api/v1/economy/budget-lines/spread', {
      orgUnitId: 'LKDATA',
      year: 2026,
      account: '3010',
    });
    expect(twice.status).toBe(409);
    const none = await t.request<{ error: { message: string } }>(
      'POST',
      '/api/v1/economy/budget-lines/merge',
      {
        orgUnitId: 'LKDATA',
        year: 2026,
        account: '4999',
      },
    );
    expect(none.status).toBe(404);
    expect(none.body.error.message).toBe('Konto 4999 har inga månadsrader 2026 att slå ihop.');

    // Plan years are whole years: an account budgeted per month goes on as its year's sum.
    const plan = await t.request('POST', '/api/v1/economy/plan-years', {
      orgUnitId: 'LKDATA',
      year: 2026,
      years: 1,
      pricePercent: '0',
      wagePercent: '0',
      wageShare: '0',
    });
    expect(plan.body).toEqual({ created: 2, updated: 0 });
    const next = await t.request<{ account: string; month: number | null; amount: string }[]>(
      'GET',
      '/api/v1/economy/budget-lines?org=LKDATA&year=2027',
    );
    expect(next.body.map(({ account, month, amount }) => [account, month, amount])).toEqual([
      ['3010', null, '-100000.00'],
      ['4010', null, '6000.00'],
    ]);

    // A budget file's year for an account budgeted per month would count the year twice: refused.
    const file = await readIn('manad.csv', 'Enhet;Konto;År;Belopp\r\nLKDATA;3010;2026;-5\r\n');
    expect(file.status).toBe('failed');
    expect(file.error?.fields).toEqual([expect.objectContaining({ path: 'rad 2, Konto', value: '3010' })]);
  });

  it('checks each board’s budget against its frame after adjustments, and a self-cost unit for a zero net', async () => {
    const bun = await t.request('POST', '/api/v1/organisation/units', {
      code: 'BUN',
      name: 'Barn- och ungdomsnämnden',
      kind: 'board',
      parentId: 'LINKOPING',
      validFrom: '2019-01-01',
      validTo: null,
    });
    expect(bun.status).toBe(201);
    const frame = await t.request('POST', '/api/v1/economy/frames', {
      orgUnitId: 'KS',
      year: 2025,
      amount: '463 475 000',
      decision: 'KF 2024-06-01',
    });
    expect(frame.status).toBe(201);
    expect(
      (
        await t.request('POST', '/api/v1/economy/frames', {
          orgUnitId: 'LKDATA',
          year: 2025,
          kind: 'selfCost',
        })
      ).status,
    ).toBe(201);
    for (const [from, to, amount, reason] of [
      ['BUN', 'KS', '1000000', 'Statistiktjänster'],
      ['KS', 'BUN', '5000000', 'Elitstöd'],
    ]) {
      const moved = await t.request('POST', '/api/v1/economy/frame-adjustments', {
        fromUnitId: from,
        toUnitId: to,
        amount,
        fromYear: 2025,
        reason,
      });
      expect(moved.status).toBe(201);
    }
    const same = await t.request<{ error: { message: string } }>(
      'POST',
      '/api/v1/economy/frame-adjustments',
      {
        fromUnitId: 'KS',
        toUnitId: 'KS',
        amount: '1',
        fromYear: 2025,
        reason: 'Ingenting',
      },
    );
    expect(same.body.error.message).toBe('En ramjustering flyttar pengar mellan två olika nämnder.');
    // KS's budget: LKDATA (under VSS, under KS) costs 460 000 000 and earns 1 000 kr: a net cost of 459 999 000.
    for (const [account, amount] of [
      ['4', '460000000'],
      ['3', '-1000'],
    ]) {
      await t.request('POST', '/api/v1/economy/budget-lines', {
        orgUnitId: 'LKDATA',
        year: 2025,
        account,
        amount,
      });
    }
    const checks = await t.request<
      { unitName: string; adjustedAmount: string; budgetNetCost: string; status: string; message: string }[]
    >('GET', '/api/v1/economy/frames?year=2025');
    expect(
      checks.body.map(({ unitName, adjustedAmount, budgetNetCost, status, message }) => ({
        unitName,
        adjustedAmount,
        budgetNetCost,
        status,
        message,
      })),
    ).toEqual([
      {
        unitName: 'Kommunstyrelsen',
        adjustedAmount: '459475000.00',
        budgetNetCost: '459999000.00',
        status: 'over',
        message: 'Över ram med 524 tkr.',
      },
      {
        unitName: 'LKDATA',
        adjustedAmount: '0.00',
        budgetNetCost: '459999000.00',
        status: 'unbalanced',
        message: 'Inte nollresultat: nettokostnaden är 459\u00a0999 tkr, men ska vara 0.',
      },
    ]);
  });

  it('generates plan years from the budget year, and again over them', async () => {
    for (const [account, amount] of [
      ['4', '620173000'],
      ['3', '-620173000'],
    ]) {
      await t.request('POST', '/api/v1/economy/budget-lines', {
        orgUnitId: 'LKDATA',
        year: 2030,
        account,
        amount,
      });
    }
    const request = {
      orgUnitId: 'LKDATA',
      year: 2030,
      years: 2,
      pricePercent: '2,5',
      wagePercent: '2,5',
      wageShare: '0,3',
    };
    const first = await t.request('POST', '/api/v1/economy/plan-years', request);
    expect(first.body).toEqual({ created: 4, updated: 0 });
    const lines = await t.request<{ account: string; amount: string }[]>(
      'GET',
      '/api/v1/economy/budget-lines?org=LKDATA&year=2032',
    );
    // 620 173 tkr raised 2,5 % a year (000:318-319: 651 569 in the second plan year).
    expect(lines.body.map((line) => [line.account, line.amount])).toEqual([
      ['3', '-651569258.00'],
      ['4', '651569258.00'],
    ]);
    const again = await t.request('POST', '/api/v1/economy/plan-years', { ...request, wageShare: '2' });
    expect(again.status).toBe(400);
    const recomputed = await t.request('POST', '/api/v1/economy/plan-years', request);
    expect(recomputed.body).toEqual({ created: 0, updated: 4 });
  });

  it('prints the budget document’s statement: bokslut two years back, budgets and plan years', async () => {
    const response = await t.request<TableModel>(
      'GET',
      '/api/v1/economy/statement?org=VSS&year=2030&planYears=2&unit=tkr',
    );
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const table = response.body;
    expect(table.caption).toBe(
      'Driftsammandrag Verksamhetsstöd och service, budget 2030 med plan 2031–2032, belopp i tkr',
    );
    expect(table.columns.map((column) => column.label)).toEqual([
      'Verksamhet',
      'Bokslut 2028',
      'Budget 2029',
      'Budget 2030',
      'Plan 2031',
      'Plan 2032',
    ]);
    const lkdata = table.groups
      .flatMap((group) => group.rows)
      .findIndex((row) => row.header.text === 'LKDATA');
    const rowsOf = table.groups.flatMap((group) => group.rows);
    // No ledger for 2028 and no budget for 2029: empty, not zero. A zero result, as 000:317-319.
    expect(rowsOf[lkdata]?.cells.map((cell) => cell.text)).toEqual(['', '', '0', '0', '0']);
    expect(rowsOf[lkdata + 1]?.header.text).toBe('varav kostnader');
    expect(rowsOf[lkdata + 1]?.cells.map((cell) => cell.text)).toEqual([
      '',
      '',
      '620\u00a0173',
      '635\u00a0677',
      '651\u00a0569',
    ]);
    const refused = await t.request<{ error: { message: string } }>(
      'GET',
      '/api/v1/economy/statement?org=VSS&year=2030&planYears=11',
    );
    expect(refused.status).toBe(400);
  });

  it('bridges last year’s budget to this year’s per child unit, and says by how much it does not reconcile', async () => {
    for (const [year, amount] of [
      [2040, '1000000'],
      [2041, '1050000'],
    ] as const) {
      await t.request('POST', '/api/v1/economy/budget-lines', {
        orgUnitId: 'LKDATA',
        year,
        account: '4',
        amount,
      });
    }
    for (const [category, amount] of [
      ['costReduction', '-20000'],
      ['priceAndWage', '60000'],
    ]) {
      const change = await t.request('POST', '/api/v1/economy/budget-changes', {
        orgUnitId: 'LKDATA',
        year: 2041,
        category,
        amount,
        description: 'Test',
      });
      expect(change.status).toBe(201);
    }
    const rows = await t.request<
      {
        unitName: string;
        previous: string;
        current: string;
        unexplained: string;
        changes: Record<string, string>;
      }[]
    >('GET', '/api/v1/economy/budget-bridge?org=VSS&year=2041');
    const lkdata = rows.body.find((row) => row.unitName === 'LKDATA');
    expect(lkdata).toMatchObject({
      previous: '1000000.00',
      current: '1050000.00',
      unexplained: '10000.00',
      changes: { costReduction: '-20000.00', priceAndWage: '60000.00', technical: '0.00' },
    });
    expect(rows.body.at(-1)).toMatchObject({
      unitName: 'Summa Verksamhetsstöd och service',
      unexplained: '10000.00',
    });
  });
});
