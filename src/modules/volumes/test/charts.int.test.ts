/**
 * A measure's chart through the API, on both engines: its outcomes, gender parts, budget and plan over the
 * years as the chart model (JSON) and drawn on the server (SVG); the years refused in Swedish when they
 * run backwards or too far, and an unknown measure answered with 404.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { buildOrganisation } from '../../../../test/factories.ts';
import type { ChartModel } from '../../../core/chart.ts';
import type { MeasureDto } from '../contract.ts';

const NBSP = '\u00a0';

let t: TestApp;
let measure: MeasureDto;

beforeAll(async () => {
  t = await startTestApp();
  await buildOrganisation(t);
  const created = await t.request<MeasureDto>('POST', '/api/v1/volumes/measures', {
    orgUnitId: 'VSS',
    kind: 'volume',
    name: 'Ärenden Kontakt Linköping',
    unit: 'antal',
    validFromYear: 2019,
  });
  expect(created.status).toBe(201);
  measure = created.body;
  // 000:217-220, with the 2022 outcome as the annual report closed it.
  for (const value of [
    { year: 2021, kind: 'outcome', total: '283648', men: '90928', women: '111102' },
    { year: 2022, kind: 'outcome', period: 'closing', total: '291 004' },
    { year: 2022, kind: 'budget', total: '280000' },
    { year: 2023, kind: 'budget', total: '290000' },
    { year: 2024, kind: 'plan', total: '300000' },
  ]) {
    const saved = await t.request('POST', '/api/v1/volumes/values', { measureId: measure.id, ...value });
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
  }
});
afterAll(async () => {
  await t?.close();
});

describe('a measure’s chart', () => {
  it('answers the years it has values, outcomes as bars against budget and plan as lines', async () => {
    const response = await t.request<ChartModel>('GET', `/api/v1/volumes/charts/measures/${measure.id}`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const chart = response.body;
    expect(chart.title).toBe('Ärenden Kontakt Linköping 2021–2024');
    expect(chart.unit).toBe('antal');
    expect(chart.series.map((series) => [series.name, series.kind, series.values])).toEqual([
      ['Utfall', 'bar', ['283648', '291004', null, null]],
      ['Utfall män', 'bar', ['90928', null, null, null]],
      ['Utfall kvinnor', 'bar', ['111102', null, null, null]],
      ['Budget', 'line', [null, '280000', '290000', null]],
      ['Plan', 'line', [null, null, null, '300000']],
    ]);
    const firstRow = chart.table.groups[0]?.rows[0];
    expect(firstRow?.cells.map((cell) => cell.text)).toEqual([
      `283${NBSP}648`,
      `90${NBSP}928`,
      `111${NBSP}102`,
      '',
      '',
    ]);
  });

  it('shows the years asked for, "I.U." before the measure was measured', async () => {
    const response = await t.request<ChartModel>(
      'GET',
      `/api/v1/volumes/charts/measures/${measure.id}?fromYear=2018&toYear=2021`,
    );
    expect(response.status).toBe(200);
    expect(response.body.categories.map((category) => category.label)).toEqual([
      '2018',
      '2019',
      '2020',
      '2021',
    ]);
    expect(response.body.table.groups[0]?.rows[0]?.cells[0]).toMatchObject({ text: 'I.U.', kind: 'noData' });
  });

  it('draws it on the server as SVG, one bar per outcome', async () => {
    const response = await t.inject({
      method: 'GET',
      url: `/api/v1/volumes/charts/measures/${measure.id}?format=svg`,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    const bars = (response.body.match(/<path [^>]*ecmeta_ssr_type="chart"[^>]*>/g) ?? []).filter((path) =>
      path.includes('ecmeta_series_index="0"'),
    );
    expect(bars).toHaveLength(2);
    expect(response.body).toContain('>Utfall kvinnor</text>');
    expect(response.body).toContain(`>300${NBSP}000</text>`);
  });

  it('refuses years backwards or too many (422) and a bad format (400) in Swedish; an unknown measure is 404', async () => {
    const url = `/api/v1/volumes/charts/measures/${measure.id}`;
    const reversed = await t.request<{ error: { message: string } }>(
      'GET',
      `${url}?fromYear=2023&toYear=2020`,
    );
    expect(reversed.status).toBe(422);
    expect(reversed.body.error.message).toBe('Till och med år kan inte vara före från och med år.');
    const many = await t.request<{ error: { message: string } }>('GET', `${url}?fromYear=1950&toYear=2023`);
    expect(many.status).toBe(422);
    expect(many.body.error.message).toBe('Ett diagram visar högst 50 år. Välj färre år.');
    const format = await t.request<{ error: { message: string } }>('GET', `${url}?format=pdf`);
    expect(format.status).toBe(400);
    expect(format.body.error.message).toMatch(/Format: måste vara ett av: "json", "svg"/);
    const missing = await t.request<{ error: { message: string } }>(
      'GET',
      '/api/v1/volumes/charts/measures/00000000-0000-4000-8000-000000000000',
    );
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toMatch(/^Måttet .* finns inte\.$/);
  });
});
