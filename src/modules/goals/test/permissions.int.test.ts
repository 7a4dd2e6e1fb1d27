/**
 * The unit page gets what the signed-in user may do with the unit's goals ("Nytt mål", their order),
 * decided by the policy that decides those saves: VSS's controller and a central controller may, a reporter,
 * a reader and a controller of a sibling unit may not, nor VSS's controller on the board above – and the
 * server then does what the page said (on both engines).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { buildOrganisation, type Fixture } from '../../../../test/factories.ts';
import type { GoalDto, UnitGoalsMay } from '../contract.ts';

let t: TestApp;
let f: Fixture;
const callers: Record<string, Caller> = {};

beforeAll(async () => {
  t = await startTestApp();
  f = await buildOrganisation(t);
  const klf = await t.request<{ id: string }>('POST', '/api/v1/organisation/units', {
    code: 'KLF',
    name: 'Kommunledningsförvaltningen',
    kind: 'administration',
    parentId: 'KS',
    validFrom: '2019-01-01',
  });
  expect(klf.status, JSON.stringify(klf.body)).toBe(201);
  callers.controller = await t.as('controller', f.vssId);
  callers.central = await t.as('centralController', null);
  callers.reporter = await t.as('reporter', f.vssId);
  callers.approver = await t.as('approver', f.vssId);
  callers.reader = await t.as('reader', null);
  callers.sibling = await t.as('controller', klf.body.id);
});

afterAll(async () => {
  await t?.close();
});

async function may(who: string, query = 'org=VSS&year=2023'): Promise<UnitGoalsMay> {
  const response = await (callers[who] as Caller).request<UnitGoalsMay>(
    'GET',
    `/api/v1/goals/permissions?${query}`,
  );
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

const NOT_PLANNING = ['reporter', 'approver', 'reader', 'sibling'];

async function createGoal(who: string, name: string, orgUnitId = 'VSS') {
  return (callers[who] as Caller).request<GoalDto>('POST', '/api/v1/goals/goals', {
    orgUnitId,
    name,
    validFromYear: 2023,
  });
}

describe('what the unit page says its user may do with the unit’s goals', () => {
  it('lets VSS’s controller and a central controller plan VSS, and no one else', async () => {
    expect(await may('controller')).toEqual({ plan: true });
    expect(await may('central')).toEqual({ plan: true });
    for (const who of NOT_PLANNING) {
      expect(await may(who), who).toEqual({ plan: false });
    }
    // A grant on VSS covers VSS's subtree, not the board above it.
    expect(await may('controller', 'org=KS&year=2023')).toEqual({ plan: false });
    expect(await may('central', 'org=KS&year=2023')).toEqual({ plan: true });
  });

  it('is what the server then does with a new goal and with the goals’ order', async () => {
    for (const who of NOT_PLANNING) {
      expect((await createGoal(who, `Mål av ${who}`)).status, who).toBe(403);
    }
    expect((await createGoal('controller', 'Mål av KS', 'KS')).status).toBe(403);
    const first = await createGoal('controller', 'Goda arbetsplatser');
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const second = await createGoal('controller', 'God service');
    expect(second.status, JSON.stringify(second.body)).toBe(201);
    const order = { ids: [second.body.id, first.body.id] };
    for (const who of NOT_PLANNING) {
      const refused = await (callers[who] as Caller).request('POST', '/api/v1/goals/goals/reorder', order);
      expect(refused.status, who).toBe(403);
    }
    const reordered = await (callers.controller as Caller).request(
      'POST',
      '/api/v1/goals/goals/reorder',
      order,
    );
    expect(reordered.status, JSON.stringify(reordered.body)).toBe(200);
  });

  it('refuses an unknown unit with a Swedish message, and anyone not signed in', async () => {
    const unknown = await (callers.reader as Caller).request<{ error: { message: string } }>(
      'GET',
      '/api/v1/goals/permissions?org=FINNS_INTE&year=2023',
    );
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toContain('FINNS_INTE');
    const anonymous = await t.anonymous.request('GET', '/api/v1/goals/permissions?org=VSS&year=2023');
    expect(anonymous.status).toBe(401);
  });
});
