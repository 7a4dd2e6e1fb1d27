/**
 * Every write with an Idempotency-Key runs once: a retried create gives the record made the first time, a
 * retried change the first change (not "someone else changed it"), a retried delete the first answer (not
 * "not found"). A key names one whole request – path, query and body – and one user.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorDto, TargetDto } from '../src/modules/goals/contract.ts';
import { startTestApp, type TestApp } from './app-harness.ts';
import { buildOrganisation } from './factories.ts';

let t: TestApp;
let indicator: IndicatorDto;
beforeAll(async () => {
  t = await startTestApp();
  const f = await buildOrganisation(t);
  const goal = await t.request<{ id: string }>('POST', '/api/v1/goals/goals', {
    orgUnitId: 'VSS',
    municipalGoalId: f.municipalGoalId,
    name: 'Snabbare fakturahantering',
    validFromYear: 2023,
  });
  indicator = (
    await t.request<IndicatorDto>('POST', '/api/v1/goals/indicators', {
      goalId: goal.body.id,
      name: 'Andel e-fakturor',
    })
  ).body;
});
afterAll(async () => {
  await t?.close();
});

async function send<T>(method: 'POST' | 'PUT' | 'DELETE', url: string, key: string | null, body?: unknown) {
  const response = await t.inject({
    method,
    url,
    headers: key === null ? {} : { 'idempotency-key': key },
    ...(body === undefined ? {} : { payload: body as object }),
  });
  return {
    status: response.statusCode,
    replayed: response.headers['idempotent-replayed'] === 'true',
    body: (response.body === '' ? null : JSON.parse(response.body)) as T,
  };
}

const targets = async () =>
  (await t.request<{ targets: TargetDto[] }>('GET', `/api/v1/goals/indicators/${indicator.id}`)).body.targets;

describe('a write with an Idempotency-Key', () => {
  let target: TargetDto;

  it('creates once, however often it is sent', async () => {
    const body = { indicatorId: indicator.id, year: 2023, notation: '≥ 85' };
    const first = await send<TargetDto>('POST', '/api/v1/goals/targets', 'create-target-1', body);
    const again = await send<TargetDto>('POST', '/api/v1/goals/targets', 'create-target-1', body);
    expect(first.status).toBe(201);
    expect(again).toMatchObject({ status: 201, replayed: true, body: { id: first.body.id } });
    expect(await targets()).toHaveLength(1);
    target = first.body;
  });

  it('refuses the same key for another request, in Swedish', async () => {
    const other = await send<{ error: { code: string; message: string } }>(
      'POST',
      '/api/v1/goals/targets',
      'create-target-1',
      { indicatorId: indicator.id, year: 2024, notation: '≥ 90' },
    );
    expect(other.status).toBe(422);
    expect(other.body.error.code).toBe('request.idempotency_key_reused');
    expect(other.body.error.message).toBe(
      'Huvudet Idempotency-Key har redan använts för ett annat anrop. Skicka ett nytt värde.',
    );
  });

  it('changes once: a retried change gets the first answer, not a stale-version refusal', async () => {
    const url = `/api/v1/goals/targets/${target.id}`;
    const body = { version: target.version, notation: '≥ 88' };
    const first = await send<TargetDto>('PUT', url, 'update-target-1', body);
    const again = await send<TargetDto>('PUT', url, 'update-target-1', body);
    expect(first).toMatchObject({ status: 200, replayed: false, body: { notation: '≥ 88' } });
    expect(again).toMatchObject({ status: 200, replayed: true, body: { version: first.body.version } });
    // Without a key the same retry is refused: the version it names is no longer current.
    expect((await send('PUT', url, null, body)).status).toBe(409);
    target = first.body;
  });

  it('names the record too: the same key and body for another record is another request', async () => {
    const other = await send<TargetDto>('POST', '/api/v1/goals/targets', null, {
      indicatorId: indicator.id,
      year: 2024,
      notation: '≥ 90',
    });
    const body = { version: target.version, notation: '≥ 88' };
    const reused = await send('PUT', `/api/v1/goals/targets/${other.body.id}`, 'update-target-1', body);
    expect(reused.status).toBe(422);
  });

  it('deletes once: a retried delete gets the first answer, not "not found"', async () => {
    const url = `/api/v1/goals/targets/${target.id}?version=${target.version}`;
    const first = await send('DELETE', url, 'delete-target-1');
    const again = await send('DELETE', url, 'delete-target-1');
    expect(first.status).toBe(204);
    expect(again).toMatchObject({ status: 204, replayed: true });
    expect((await send('DELETE', url, null)).status).toBe(404);
  });
  it('lets an upload through with a key: its body is a stream, and one content is one file anyway', async () => {
    // Over a real socket: the body is then the request stream itself, which cannot be hashed as JSON.
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const upload = async (content: string) => {
      const response = await fetch(`${address}/api/v1/files?name=paket.json`, {
        method: 'POST',
        headers: { ...t.headers, 'content-type': 'application/json', 'idempotency-key': 'upload-1' },
        body: content,
      });
      return { status: response.status, body: (await response.json()) as { id: string } };
    };
    const first = await upload('{"formatVersion": 1}');
    const again = await upload('{"formatVersion": 1}');
    const other = await upload('{"formatVersion": 2}');
    expect([first.status, again.status, other.status]).toEqual([201, 201, 201]);
    expect(again.body.id).toBe(first.body.id);
    expect(other.body.id).not.toBe(first.body.id);
  });
});
