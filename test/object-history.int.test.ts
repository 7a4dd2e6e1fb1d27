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
