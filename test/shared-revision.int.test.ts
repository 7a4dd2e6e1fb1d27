/**
 * Two application instances on one database, as two servers behind a load balancer on PostgreSQL: a save
 * through one is seen at once through the other, although each keeps its answers until the data's revision
 * moves and each request reads that revision only once (platform/cache.ts, requestClock).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import type { ApiApp } from '../src/platform/http/create-app.ts';
import { startTestApp, type TestApp } from './app-harness.ts';
import { buildOrganisation, type Fixture } from './factories.ts';

let t: TestApp;
let f: Fixture;
let one: ApiApp;
let other: ApiApp;
beforeAll(async () => {
  t = await startTestApp();
  f = await buildOrganisation(t);
  // Both follow the revision kept in the database, whichever engine the suite runs on.
  one = await createApp(t.database.db, { sharedDatabase: true, runJobs: false });
  other = await createApp(t.database.db, { sharedDatabase: true, runJobs: false });
});
afterAll(async () => {
  await one?.close();
  await other?.close();
  await t?.close();
});

async function sheetText(app: ApiApp): Promise<string> {
  const response = await app.inject({
    method: 'GET',
    url: `/api/v1/goals/sheet?orgUnit=VSS&year=2023&round=${f.rounds.budget2023}`,
    headers: t.headers,
  });
  expect(response.statusCode).toBe(200);
  return response.body;
}

describe('two instances on one database', () => {
  it('shows a goal saved through one instance at once through the other', async () => {
    expect(await sheetText(other)).not.toContain('Snabbare fakturahantering');
    const saved = await one.inject({
      method: 'POST',
      url: '/api/v1/goals/goals',
      headers: t.headers,
      payload: {
        orgUnitId: 'VSS',
        municipalGoalId: f.municipalGoalId,
        name: 'Snabbare fakturahantering',
        validFromYear: 2023,
      },
    });
    expect(saved.statusCode).toBe(201);
    expect(await sheetText(other)).toContain('Snabbare fakturahantering');
  });
});
