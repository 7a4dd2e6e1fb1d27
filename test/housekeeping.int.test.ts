/**
 * The server's hourly housekeeping: it removes answers kept for retried requests after a day and sessions
 * that can open nothing any more, and leaves everything still in use; a task that fails does not stop the
 * others.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allHousekeeping } from '../src/modules/registry.ts';
import { type HousekeepingTask, runHousekeeping, startHousekeeping } from '../src/platform/housekeeping.ts';
import { startTestApp, type TestApp } from './app-harness.ts';
import { buildOrganisation, type Fixture } from './factories.ts';

let t: TestApp;
let f: Fixture;
beforeAll(async () => {
  t = await startTestApp();
  f = await buildOrganisation(t);
});
afterAll(async () => {
  await t?.close();
});

const count = async (table: string) => {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(
    t.database.db,
  );
  return rows[0]?.n ?? 0;
};

async function createGoal(key: string, name: string) {
  const response = await t.inject({
    method: 'POST',
    url: '/api/v1/goals/goals',
    headers: { 'idempotency-key': key },
    payload: { orgUnitId: 'VSS', municipalGoalId: f.municipalGoalId, name, validFromYear: 2023 },
  });
  expect(response.statusCode).toBe(201);
}

async function signIn(username: string): Promise<void> {
  const created = await t.request<{ user: { id: string } }>('POST', '/api/v1/access/users', {
    username,
    name: `Användare ${username}`,
    password: 'ett långt testlösenord',
  });
  expect(created.status).toBe(201);
  const response = await t.anonymous.inject({
    method: 'POST',
    url: '/api/v1/access/sign-in',
    payload: { username, password: 'ett långt testlösenord' },
  });
  expect(response.statusCode).toBe(200);
}

const runAll = () => runHousekeeping(t.database.db, allHousekeeping());

describe('the hourly housekeeping', () => {
  it('forgets a retried request’s answer after a day, and keeps a newer one', async () => {
    await createGoal('housekeeping-old', 'Mål sparat i går');
    await createGoal('housekeeping-new', 'Mål sparat i dag');
    await sql`update idempotency_key set created_at = created_at - interval '25 hours'
              where key like '%housekeeping-old%'`.execute(t.database.db);
    const before = await count('idempotency_key');
    await runAll();
    const { rows } = await sql<{ key: string }>`select key from idempotency_key`.execute(t.database.db);
    expect(rows.some((row) => row.key.includes('housekeeping-new'))).toBe(true);
    expect(rows.some((row) => row.key.includes('housekeeping-old'))).toBe(false);
    expect(await count('idempotency_key')).toBe(before - 1);
  });

  it('removes sessions past their end or idle too long, and keeps one in use', async () => {
    await signIn('slut');
    await signIn('vilande');
    await signIn('aktiv');
    await sql`update user_session set expires_at = now() - interval '1 minute'
              where user_id = (select id from app_user where username = 'slut')`.execute(t.database.db);
    await sql`update user_session set last_seen_at = now() - interval '3 hours'
              where user_id = (select id from app_user where username = 'vilande')`.execute(t.database.db);
    await runAll();
    const { rows } = await sql<{ username: string }>`
      select u.username from user_session s join app_user u on u.id = s.user_id
      where u.username in ('slut', 'vilande', 'aktiv')`.execute(t.database.db);
    expect(rows.map((row) => row.username)).toEqual(['aktiv']);
  });

  it('runs the other tasks when one fails, and says which failed', async () => {
    const ran: string[] = [];
    const logged: unknown[] = [];
    const task = (name: string, fails = false): HousekeepingTask => ({
      name,
      run: async () => {
        ran.push(name);
        if (fails) {
          throw new Error('tabellen saknas');
        }
        return 0;
      },
    });
    const housekeeping = startHousekeeping(t.database.db, [task('först', true), task('sedan')], {
      firstAfterMs: 1,
      log: (error) => logged.push(error),
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await housekeeping.stop();
    expect(ran).toEqual(['först', 'sedan']);
    expect(String(logged[0])).toContain('Städningen "först" misslyckades');
  });
});
