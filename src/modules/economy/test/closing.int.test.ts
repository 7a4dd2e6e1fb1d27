/**
 * Closing a year, on both engines: only a whole ledger can be closed; a closed year's ledger, budget lines,
 * budget files and forecasts are refused in Swedish, naming the year; reopening unlocks it; both are in the
 * change log.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { buildOrganisation } from '../../../../test/factories.ts';
import { loadLedger, WHOLE_YEAR_2023 } from './ledger-fixture.ts';

interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; message: string }[] };
}
interface Closing {
  id: string;
  year: number;
  version: number;
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await buildOrganisation(t);
  for (const code of ['VOE', 'LKDATA']) {
    const unit = await t.request('POST', '/api/v1/organisation/units', {
      code,
      name: code,
      kind: 'division',
      parentId: 'VSS',
      validFrom: '2022-01-01',
      validTo: null,
    });
    expect(unit.status).toBe(201);
  }
});
afterAll(async () => {
  await t?.close();
});

const close = (year: number) => t.request<Closing & ErrorBody>('POST', '/api/v1/economy/closings', { year });

/** Only January–August: the year is not whole. */
const JANUARY_TO_AUGUST = WHOLE_YEAR_2023.filter((line, index, lines) => {
  const voucher = lines.slice(0, index + 1).findLast((candidate) => candidate.startsWith('#VER'));
  return !voucher?.includes('20231220');
});

describe('closing a year', () => {
  let closing: Closing;

  it('refuses to close a year without a ledger, or with part of one', async () => {
    const none = await close(2023);
    expect(none.status).toBe(422);
    expect(none.body.error.message).toBe(
      'Det finns ingen huvudbok för 2023. Läs in hela årets huvudbok innan bokslutet stängs.',
    );
    expect(await loadLedger(t, JANUARY_TO_AUGUST)).toBe('succeeded');
    const part = await close(2023);
    expect(part.status).toBe(422);
    expect(part.body.error.message).toContain('går bara till och med månad 8');
  });

  it('closes a whole year once, and lists it', async () => {
    expect(await loadLedger(t)).toBe('succeeded');
    const closed = await close(2023);
    expect(closed.status, JSON.stringify(closed.body)).toBe(201);
    closing = closed.body;
    expect((await close(2023)).body.error.message).toBe('Bokslutet för det året är redan stängt.');
    const listed = await t.request<Closing[]>('GET', '/api/v1/economy/closings');
    expect(listed.body.map((entry) => entry.year)).toEqual([2023]);
  });

  it("locks the year's ledger, budget lines and forecasts", async () => {
    expect(await loadLedger(t)).toBe('refused 409');
    const line = await t.request<ErrorBody>('POST', '/api/v1/economy/budget-lines', {
      orgUnitId: 'VOE',
      year: 2023,
      account: '4010',
      amount: '1000',
    });
    expect(line.status).toBe(409);
    expect(line.body.error.message).toMatch(/^Bokslutet för 2023 är stängt/);
    const forecast = await t.request<ErrorBody>('POST', '/api/v1/economy/forecasts', {
      orgUnitId: 'VOE',
      year: 2023,
      round: 'october',
      costs: '1',
      revenues: '1',
    });
    expect(forecast.status).toBe(409);
    // Next year stays open.
    const next = await t.request('POST', '/api/v1/economy/budget-lines', {
      orgUnitId: 'VOE',
      year: 2024,
      account: '4010',
      amount: '1000',
    });
    expect(next.status).toBe(201);
  });

  it('reopens the year, which unlocks it, and both steps are in the history', async () => {
    const reopened = await t.request(
      'DELETE',
      `/api/v1/economy/closings/${closing.id}?version=${closing.version}`,
    );
    expect(reopened.status).toBe(204);
    expect(await loadLedger(t)).toBe('succeeded');
    const { rows } = await sql<{ action: string }>`
      select action from change_log where entity_type = 'ledger_closing' and entity_id = ${closing.id}
      order by id`.execute(t.database.db);
    expect(rows.map((row) => row.action)).toEqual(['create', 'delete']);
  });
});
