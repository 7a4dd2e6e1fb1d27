/**
 * The reporting week through HTTP on both engines: a unit's part moves from not started to approved, with
 * each move made by the role it belongs to; a part sent back says why; an approved part and a closed round
 * lock their outcomes; a controller sees the progress of every unit under a board.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import type { PartDto, ProgressDto } from '../contract.ts';

let t: TestApp;
let roundId: string;
let indicatorId: string;
let reporter: Caller;
let controller: Caller;
let approver: Caller;

async function created<T>(url: string, body: unknown): Promise<T> {
  const response = await t.request<T>('POST', url, body);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

beforeAll(async () => {
  t = await startTestApp();
  const unit = (code: string, parentId: string | null, kind: string) =>
    created<{ id: string }>('/api/v1/organisation/units', {
      code,
      name: `Enhet ${code}`,
      kind,
      parentId,
      validFrom: '2023-01-01',
    });
  const city = await unit('STAD', null, 'municipality');
  const ks = await unit('KS', city.id, 'executiveBoard');
  const vss = await unit('VSS', ks.id, 'administration');
  const voe = await unit('VOE', vss.id, 'division');
  await unit('VOH', vss.id, 'division');
  for (const owner of [voe.id, vss.id]) {
    const goal = await created<{ id: string }>('/api/v1/goals/goals', {
      orgUnitId: owner,
      name: 'Mål',
      validFromYear: 2023,
    });
    const indicator = await created<{ id: string }>('/api/v1/goals/indicators', {
      goalId: goal.id,
      name: 'Indikator',
    });
    if (owner === voe.id) {
      indicatorId = indicator.id;
    }
  }
  roundId = (
    await created<{ id: string }>('/api/v1/planning/rounds', {
      year: 2023,
      kind: 'august',
      deadline: '2023-09-15',
    })
  ).id;
  reporter = await t.as('reporter', vss.id);
  controller = await t.as('controller', vss.id);
  approver = await t.as('approver', vss.id);
});

afterAll(async () => {
  await t?.close();
});

const partUrl = (unit: string) => `/api/v1/reporting/rounds/${roundId}/units/${unit}`;
const act = (caller: Caller, unit: string, action: string, version: number | null, comment?: string) =>
  caller.request<PartDto & { error?: { code: string; message: string } }>(
    'POST',
    `${partUrl(unit)}/actions`,
    {
      action,
      version,
      ...(comment ? { comment } : {}),
    },
  );
const outcome = (total: string) => ({ indicatorId, reportingRoundId: roundId, year: 2023, total });

describe('a unit’s part of a round', () => {
  it('moves from not started to approved, each move by its own role, and back with a comment', async () => {
    const fresh = await reporter.request<PartDto>('GET', partUrl('VOE'));
    expect(fresh.body).toMatchObject({
      state: 'notStarted',
      version: null,
      actions: ['start', 'markReady'],
      late: true,
    });
    const ready = await act(reporter, 'VOE', 'markReady', null);
    expect(ready.body).toMatchObject({ state: 'readyForReview', actions: [] });
    // The reporter cannot approve their own work; the approver can, but first the controller sends it back.
    expect((await act(reporter, 'VOE', 'approve', ready.body.version)).status).toBe(403);
    const silent = await act(controller, 'VOE', 'sendBack', ready.body.version);
    expect(silent.status).toBe(422);
    expect(silent.body.error?.message).toBe('Skriv varför (kommentar) när du väljer ”Skicka tillbaka”.');
    const back = await act(
      controller,
      'VOE',
      'sendBack',
      ready.body.version,
      'Kommentera avvikelsen mot målvärdet.',
    );
    // The comment is rich text (ADR 0023): plain text is stored as a paragraph.
    expect(back.body).toMatchObject({
      state: 'inProgress',
      comment: '<p>Kommentera avvikelsen mot målvärdet.</p>',
    });
    // A move from a stale read is refused: someone else moved it first.
    expect((await act(reporter, 'VOE', 'markReady', ready.body.version)).status).toBe(409);
    const again = await act(reporter, 'VOE', 'markReady', back.body.version);
    const approved = await act(approver, 'VOE', 'approve', again.body.version);
    expect(approved.body).toMatchObject({ state: 'approved', actions: ['reopen'] });
    const wrongMove = await act(approver, 'VOE', 'approve', approved.body.version);
    expect(wrongMove.status).toBe(409);
    expect(wrongMove.body.error?.message).toBe('”Godkänn” går inte när enhetens del är ”godkänd”.');
  });

  it('locks the outcomes of an approved part until it is reopened', async () => {
    const refused = await reporter.request<{ error: { code: string; message: string } }>(
      'POST',
      '/api/v1/goals/outcomes',
      outcome('4,5'),
    );
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe(
      'Enhet VOEs del av Delår 31 augusti 2023 är godkänd och därför låst. Den som godkänner kan öppna den igen.',
    );
    const part = await approver.request<PartDto>('GET', partUrl('VOE'));
    expect((await act(approver, 'VOE', 'reopen', part.body.version, 'Ett utfall saknas.')).body.state).toBe(
      'inProgress',
    );
    expect((await reporter.request('POST', '/api/v1/goals/outcomes', outcome('4,5'))).status).toBe(201);
  });

  it('shows a controller every reporting unit’s progress under VSS', async () => {
    await act(reporter, 'VSS', 'start', null);
    const progress = await controller.request<ProgressDto>(
      'GET',
      `/api/v1/reporting/rounds/${roundId}/progress?org=VSS`,
    );
    expect(progress.body.units.map((row) => [row.unit.code, row.state])).toEqual([
      ['VSS', 'inProgress'],
      ['VOE', 'inProgress'],
    ]);
    expect(progress.body.summary).toBe('0 av 2 enheter klara');
    expect(progress.body.late).toBe(2);
  });

  it('refuses every outcome once the round is closed', async () => {
    const rounds = await t.request<{ id: string; version: number }[]>(
      'GET',
      '/api/v1/planning/rounds?year=2023',
    );
    const round = rounds.body.find((candidate) => candidate.id === roundId);
    expect(
      (
        await t.request('PUT', `/api/v1/planning/rounds/${roundId}`, {
          closed: true,
          version: round?.version,
        })
      ).status,
    ).toBe(200);
    const refused = await reporter.request<{ error: { message: string } }>('POST', '/api/v1/goals/outcomes', {
      ...outcome('5'),
      year: 2023,
      fromMonth: 1,
      toMonth: 4,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe(
      'Delår 31 augusti 2023 är stängt: utfall och bedömningar kan inte längre ändras.',
    );
    expect((await reporter.request<PartDto>('GET', partUrl('VOE'))).body.actions).toEqual([]);
  });
});
