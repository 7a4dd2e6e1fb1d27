/**
 * The economy's charts through the API, on both engines: costs and revenues per unit from a loaded ledger
 * this year against last, and the forecast at each round against the budget – as the chart model (JSON)
 * and drawn on the server (SVG); a bad query refused in Swedish.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { buildOrganisation } from '../../../../test/factories.ts';
import type { ChartModel } from '../../../core/chart.ts';

const NBSP = '\u00a0';

let t: TestApp;

/** A SIE 4 ledger for a year: each row an account, a cost centre (or none) and an amount in kronor. */
function sie(year: number, rows: readonly [date: string, account: string, centre: string, amount: string][]) {
  const vouchers = rows.flatMap(([date, account, centre, amount], index) => [
    `#VER A ${index + 1} ${date} "Verifikation ${index + 1}"`,
    '{',
    `   #TRANS ${account} {1 "${centre}"} ${amount}`,
    `   #TRANS 2440 {} ${amount.startsWith('-') ? amount.slice(1) : `-${amount}`}`,
    '}',
  ]);
  return [
    '#FLAGGA 0',
    '#PROGRAM "Verksam test" 1.0',
    '#FORMAT PC8',
    `#GEN ${year}0901`,
    '#SIETYP 4',
    '#FNAMN "Linköpings kommun"',
    `#RAR 0 ${year}0101 ${year}1231`,
    '#KONTO 2440 "Leverantörsskulder"',
    '#KONTO 3410 "Interna intäkter"',
    '#KONTO 4010 "Löner"',
    '#DIM 1 "Kostnadsställe"',
    '#OBJEKT 1 "1410" "Ekonomi"',
    '#OBJEKT 1 "LKDATA" "LKDATA"',
    ...vouchers,
    '',
  ].join('\r\n');
}

async function loadLedger(year: number, text: string, lastMonth: number): Promise<void> {
  const uploaded = await t.inject({
    method: 'POST',
    url: `/api/v1/files?name=huvudbok-${year}.se`,
    headers: { 'content-type': 'text/plain' },
    payload: Buffer.from(text, 'utf8'),
  });
  expect(uploaded.statusCode).toBe(201);
  const started = await t.request<{ id: string }>('POST', '/api/v1/economy/ledger-imports', {
    fileId: JSON.parse(uploaded.body).id,
    year,
    firstMonth: 1,
    lastMonth,
  });
  expect(started.status).toBe(202);
  for (;;) {
    const job = await t.request<{ status: string; error: unknown }>('GET', `/api/v1/jobs/${started.body.id}`);
    expect(job.body.status, JSON.stringify(job.body.error)).not.toBe('failed');
    if (job.body.status === 'succeeded') {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  t = await startTestApp();
  await buildOrganisation(t);
  for (const [code, name] of [
    ['VOE', 'Verksamhetsområde ekonomi'],
    ['LKDATA', 'LKDATA'],
  ]) {
    const unit = await t.request('POST', '/api/v1/organisation/units', {
      code,
      name,
      kind: 'division',
      parentId: 'VSS',
      validFrom: '2022-01-01',
      validTo: null,
    });
    expect(unit.status).toBe(201);
  }
  const voe = await t.request<{ id: string }>('GET', '/api/v1/organisation/units/VOE');
  expect(
    (await t.request('POST', '/api/v1/economy/cost-centres', { code: '1410', orgUnitId: voe.body.id }))
      .status,
  ).toBe(201);
  // 2023 to August: VOE costs 1 000 000,50 kr and revenues 1 200 000 kr; LKDATA costs 500 000 kr.
  await loadLedger(
    2023,
    sie(2023, [
      ['20230115', '4010', '1410', '1000000.50'],
      ['20230220', '3410', '1410', '-1200000'],
      ['20230810', '4010', 'LKDATA', '500000'],
    ]),
    8,
  );
  // 2022 to August: VOE costs 900 000 kr; LKDATA revenues 100 000 kr. December is outside the months.
  await loadLedger(
    2022,
    sie(2022, [
      ['20220301', '4010', '1410', '900000'],
      ['20220615', '3410', 'LKDATA', '-100000'],
      ['20221215', '4010', 'LKDATA', '777777'],
    ]),
    12,
  );
});
afterAll(async () => {
  await t?.close();
});

const tableRows = (chart: ChartModel) =>
  chart.table.groups
    .flatMap((group) => group.rows)
    .map((row) => [row.header.text, ...row.cells.map((cell) => cell.text)]);

describe('the costs-and-revenues chart', () => {
  it('answers each child unit’s costs and revenues this year and the same months last year, exactly', async () => {
    const response = await t.request<ChartModel>(
      'GET',
      '/api/v1/economy/charts/costs-and-revenues?org=VSS&year=2023&unit=kr',
    );
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const chart = response.body;
    expect(chart.title).toBe(
      'Kostnader och intäkter per enhet, Verksamhetsstöd och service, januari–augusti 2023 mot samma månader 2022',
    );
    // In the organisation's order, as the statement prints them.
    expect(chart.categories.map((category) => category.label)).toEqual([
      'Verksamhetsområde ekonomi',
      'LKDATA',
    ]);
    expect(chart.series.map((series) => [series.name, series.values])).toEqual([
      // Half an öre rounds away from zero: 1 000 000,50 kr prints as 1 000 001.
      ['Kostnader 2023', ['1000001', '500000']],
      ['Kostnader 2022', ['900000', '0']],
      ['Intäkter 2023', ['1200000', '0']],
      ['Intäkter 2022', ['0', '100000']],
    ]);
    expect(tableRows(chart)).toEqual([
      ['Verksamhetsområde ekonomi', `1${NBSP}000${NBSP}001`, `900${NBSP}000`, `1${NBSP}200${NBSP}000`, '0'],
      ['LKDATA', `500${NBSP}000`, '0', '0', `100${NBSP}000`],
    ]);
  });

  it('draws the same chart on the server as SVG, one bar per figure, with Swedish labels', async () => {
    const response = await t.inject({
      method: 'GET',
      url: '/api/v1/economy/charts/costs-and-revenues?org=VSS&year=2023&unit=tkr&format=svg',
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    const svg = response.body;
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    const bars = (svg.match(/<path [^>]*ecmeta_ssr_type="chart"[^>]*>/g) ?? []).filter((path) =>
      path.includes('ecmeta_series_index="0"'),
    );
    expect(bars).toHaveLength(2);
    expect(svg).toContain('>Kostnader 2023</text>');
    expect(svg).toContain('>LKDATA</text>');
    expect(svg).toContain(`>1${NBSP}000</text>`);
    expect(svg).toContain('<title id="chart-costs-and-revenues-VSS-2023-8-title">');
  });

  it('refuses a bad query in Swedish, naming the field', async () => {
    const bad = await t.request<{ error: { message: string } }>(
      'GET',
      '/api/v1/economy/charts/costs-and-revenues?org=VSS&year=2023&format=png',
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/Format: måste vara ett av: "json", "svg"/);
    const unknown = await t.request<{ error: { message: string } }>(
      'GET',
      '/api/v1/economy/charts/costs-and-revenues?org=VSS&year=23',
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(/^Felaktiga uppgifter i frågeparametrarna: År: /);
    const noUnit = await t.request<{ error: { message: string } }>(
      'GET',
      '/api/v1/economy/charts/costs-and-revenues?org=FINNSINTE&year=2023',
    );
    expect(noUnit.status).toBe(404);
    expect(noUnit.body.error.message).toMatch(/FINNSINTE/);
  });
});

describe('the forecast-vs-budget chart', () => {
  beforeAll(async () => {
    for (const [unit, account, amount] of [
      ['LKDATA', '4', '800000'],
      ['LKDATA', '3', '-850000'],
      ['VOE', '4', '1500000'],
    ]) {
      const line = await t.request('POST', '/api/v1/economy/budget-lines', {
        orgUnitId: unit,
        year: 2023,
        account,
        amount,
      });
      expect(line.status).toBe(201);
    }
    for (const [unit, round, costs, revenues] of [
      ['VOE', 'april', '1400000', '0'],
      ['LKDATA', 'august', '820000', '830000'],
      ['VOE', 'august', '1550000', '0'],
      ['VSS', 'october', '2300000', '900000'],
    ]) {
      const forecast = await t.request('POST', '/api/v1/economy/forecasts', {
        orgUnitId: unit,
        year: 2023,
        round,
        costs,
        revenues,
      });
      expect(forecast.status).toBe(201);
    }
  });

  it('answers the forecast at each round against the budget, as nets on the chosen sign scale', async () => {
    const response = await t.request<ChartModel>(
      'GET',
      '/api/v1/economy/charts/forecast-vs-budget?org=VSS&year=2023&unit=tkr&sign=netCost',
    );
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const chart = response.body;
    expect(chart.categories.map((category) => category.label)).toEqual([
      'Delår 30 april',
      'Delår 31 augusti',
      'Oktoberuppföljning',
    ]);
    // Budget: 800 000 − 850 000 + 1 500 000 = 1 450 000 kr net cost. April: VOE's alone (1 400 000);
    // August: VOE's and LKDATA's (1 550 000 − 10 000); October: VSS's own, which covers both.
    expect(chart.series.map((series) => [series.name, series.kind, series.values])).toEqual([
      ['Prognos helår 2023', 'bar', ['1400', '1540', '1400']],
      ['Budget 2023', 'line', ['1450', '1450', '1450']],
    ]);
    expect(chart.table.footnotes[0]?.text).toMatch(/^Netto anges som kostnader minus intäkter/);
  });

  it('draws it on the server as SVG: a bar per round with a forecast and the budget as a line', async () => {
    const response = await t.inject({
      method: 'GET',
      url: '/api/v1/economy/charts/forecast-vs-budget?org=VSS&year=2023&format=svg',
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(response.body).toContain('>Delår 31 augusti</text>');
    expect(response.body).toContain('>Budget 2023</text>');
    const bars = (response.body.match(/<path [^>]*ecmeta_ssr_type="chart"[^>]*>/g) ?? []).filter((path) =>
      path.includes('ecmeta_series_index="0"'),
    );
    expect(bars).toHaveLength(3);
  });

  it('refuses an unknown sign convention in Swedish', async () => {
    const bad = await t.request<{ error: { message: string } }>(
      'GET',
      '/api/v1/economy/charts/forecast-vs-budget?org=VSS&year=2023&sign=plus',
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/måste vara ett av: "netCost", "result"/);
  });
});
