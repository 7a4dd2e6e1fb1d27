/**
 * The histories the object pages show for records that are more than one row: an assignment with its
 * recipients and their statuses, and a unit's budget for a year with its lines – removed ones too – on
 * both engines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './app-harness.ts';
import { buildOrganisation, type Fixture } from './factories.ts';

interface Entry {
  action: string;
  entityType: string;
  entityId: string;
  oldValue: Record<string, unknown> | null;
  newValue: Record<string, unknown> | null;
}

let t: TestApp;
let f: Fixture;

beforeAll(async () => {
  t = await startTestApp();
  f = await buildOrganisation(t);
});

afterAll(async () => {
  await t?.close();
});

describe('an assignment’s history', () => {
  it('holds the assignment, its recipients’ responses and their statuses, in the order they happened', async () => {
    const created = await t.request<{ id: string; recipients: { id: string; version: number }[] }>(
      'POST',
      '/api/v1/assignments',
      { year: 2023, kind: 'common', text: 'Minska sjukfrånvaron.', recipients: ['VSS'] },
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const [recipient] = created.body.recipients;
    const response = await t.request('PUT', `/api/v1/assignments/recipients/${recipient?.id}/response`, {
      response: 'Uppföljning varje månad.',
      goalAreaId: null,
      version: recipient?.version,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const status = await t.request('POST', '/api/v1/assignments/statuses', {
      recipientId: recipient?.id,
      reportingRoundId: f.rounds.august2023,
      status: 'inProgress',
      comment: 'Åtgärder vidtagna.',
    });
    expect(status.status, JSON.stringify(status.body)).toBe(201);

    const history = await t.request<Entry[]>('GET', `/api/v1/assignments/${created.body.id}/history`);
    expect(history.status).toBe(200);
    expect(history.body.map((entry) => [entry.entityType, entry.action])).toEqual([
      ['strategic_assignment', 'create'],
      ['assignment_recipient', 'create'],
      ['assignment_recipient', 'update'],
      ['assignment_status', 'create'],
    ]);
    expect(history.body[2]?.newValue?.response).toBe('Uppföljning varje månad.');
  });
});

describe('a unit’s budget history', () => {
  it('holds its lines’ changes, a removed line’s too, and not another year’s', async () => {
    const line = await t.request<{ id: string; version: number }>('POST', '/api/v1/economy/budget-lines', {
      orgUnitId: 'VSS',
      year: 2023,
      account: '3010',
      amount: '-1000',
    });
    expect(line.status, JSON.stringify(line.body)).toBe(201);
    const changed = await t.request<{ version: number }>(
      'PUT',
      `/api/v1/economy/budget-lines/${line.body.id}`,
      {
        amount: '-2000',
        version: line.body.version,
      },
    );
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    const removed = await t.request(
      'DELETE',
      `/api/v1/economy/budget-lines/${line.body.id}?version=${changed.body.version}`,
    );
    expect(removed.status).toBe(204);
    const otherYear = await t.request('POST', '/api/v1/economy/budget-lines', {
      orgUnitId: 'VSS',
      year: 2024,
      account: '3010',
      amount: '-5',
    });
    expect(otherYear.status).toBe(201);

    const history = await t.request<Entry[]>('GET', '/api/v1/economy/budget-history?org=VSS&year=2023');
    expect(history.status).toBe(200);
    expect(history.body.map((entry) => [entry.entityId, entry.action])).toEqual([
      [line.body.id, 'create'],
      [line.body.id, 'update'],
      [line.body.id, 'delete'],
    ]);
    const unknown = await t.request<{ error: { message: string } }>(
      'GET',
      '/api/v1/economy/budget-history?org=NOPE&year=2023',
    );
    expect(unknown.status).toBe(404);
  });
});

describe('the histories of the economy’s single records', () => {
  it('a budget line’s history is its own, not its neighbours’', async () => {
    const line = await t.request<{ id: string; version: number }>('POST', '/api/v1/economy/budget-lines', {
      orgUnitId: 'VSS',
      year: 2025,
      account: '4010',
      amount: '100',
    });
    expect(line.status, JSON.stringify(line.body)).toBe(201);
    const neighbour = await t.request('POST', '/api/v1/economy/budget-lines', {
      orgUnitId: 'VSS',
      year: 2025,
      account: '4020',
      amount: '200',
    });
    expect(neighbour.status).toBe(201);
    const changed = await t.request('PUT', `/api/v1/economy/budget-lines/${line.body.id}`, {
      amount: '150',
      version: line.body.version,
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);

    const history = await t.request<Entry[]>('GET', `/api/v1/economy/history/budget-lines/${line.body.id}`);
    expect(history.status).toBe(200);
    expect(history.body.map((entry) => [entry.action, entry.newValue?.amount])).toEqual([
      ['create', '100'],
      ['update', '150.00'],
    ]);
  });

  it('a forecast’s history holds each change with the old and the new figures', async () => {
    const forecast = await t.request<{ id: string; version: number }>('POST', '/api/v1/economy/forecasts', {
      orgUnitId: 'VSS',
      year: 2023,
      round: 'august',
      costs: '1000',
      revenues: '100',
      comment: 'Enligt budget.',
    });
    expect(forecast.status, JSON.stringify(forecast.body)).toBe(201);
    const changed = await t.request('PUT', `/api/v1/economy/forecasts/${forecast.body.id}`, {
      costs: '1200',
      revenues: '100',
      comment: 'Högre kostnader för vikarier.',
      version: forecast.body.version,
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);

    const history = await t.request<Entry[]>('GET', `/api/v1/economy/history/forecasts/${forecast.body.id}`);
    expect(history.body.map((entry) => entry.action)).toEqual(['create', 'update']);
    expect(history.body[1]?.oldValue?.costs).toBe('1000.00');
    expect(history.body[1]?.newValue?.costs).toBe('1200.00');
  });

  it('a year’s frame history holds its frames and the adjustments in force then, removed ones too', async () => {
    const frame = await t.request<{ id: string; version: number }>('POST', '/api/v1/economy/frames', {
      orgUnitId: 'VSS',
      year: 2026,
      amount: '5000000',
    });
    expect(frame.status, JSON.stringify(frame.body)).toBe(201);
    const laterFrame = await t.request('POST', '/api/v1/economy/frames', {
      orgUnitId: 'VSS',
      year: 2027,
      amount: '6000000',
    });
    expect(laterFrame.status).toBe(201);
    const adjust = (fromYear: number) =>
      t.request<{ id: string; version: number }>('POST', '/api/v1/economy/frame-adjustments', {
        fromUnitId: 'KS',
        toUnitId: 'VSS',
        amount: '1000',
        fromYear,
        reason: `Statistiktjänster från ${fromYear}`,
      });
    const earlier = await adjust(2025);
    expect(earlier.status, JSON.stringify(earlier.body)).toBe(201);
    const later = await adjust(2027);
    expect(later.status).toBe(201);
    const removed = await t.request(
      'DELETE',
      `/api/v1/economy/frame-adjustments/${earlier.body.id}?version=${earlier.body.version}`,
    );
    expect(removed.status).toBe(204);

    const history = await t.request<Entry[]>('GET', '/api/v1/economy/frame-history?year=2026');
    expect(history.status).toBe(200);
    expect(history.body.map((entry) => [entry.entityType, entry.entityId, entry.action])).toEqual([
      ['budget_frame', frame.body.id, 'create'],
      ['frame_adjustment', earlier.body.id, 'create'],
      ['frame_adjustment', earlier.body.id, 'delete'],
    ]);
    const frameHistory = await t.request<Entry[]>('GET', `/api/v1/economy/history/frames/${frame.body.id}`);
    expect(frameHistory.body.map((entry) => entry.newValue?.amount)).toEqual(['5000000']);
  });
});
