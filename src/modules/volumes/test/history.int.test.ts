/**
 * A measure's history through the API, on both engines: the measure and its values in one list, oldest
 * first – who, what and the old and new values – with a value removed since still in it, and nothing of
 * another measure's values. Reading it needs only the right to read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { buildOrganisation } from '../../../../test/factories.ts';
import type { MeasureDto, MeasureValueDto } from '../contract.ts';

interface Entry {
  action: string;
  actorName: string;
  entityType: string;
  entityId: string;
  oldValue: Record<string, unknown> | null;
  newValue: Record<string, unknown> | null;
}

describe('a measure’s history', () => {
  let t: TestApp;
  let reporter: Caller;
  let reader: Caller;
  let measure: MeasureDto;
  let outcome: MeasureValueDto;
  let budget: MeasureValueDto;
  let otherValue: MeasureValueDto;

  beforeAll(async () => {
    t = await startTestApp();
    const f = await buildOrganisation(t);
    reporter = await t.as('reporter', f.vssId);
    reader = await t.as('reader', null);
  });
  afterAll(async () => {
    await t?.close();
  });

  const history = (caller: Caller, id: string, kind = 'measures') =>
    caller.request<Entry[]>('GET', `/api/v1/volumes/history/${kind}/${id}`);

  it('records the measure and its values as they are created, changed and removed', async () => {
    const created = await t.request<MeasureDto>('POST', '/api/v1/volumes/measures', {
      orgUnitId: 'VSS',
      kind: 'volume',
      name: 'Ärenden Kontakt Linköping',
      unit: 'antal',
      validFromYear: 2019,
    });
    expect(created.status).toBe(201);
    measure = created.body;
    const other = await t.request<MeasureDto>('POST', '/api/v1/volumes/measures', {
      orgUnitId: 'VSS',
      kind: 'personnel',
      name: 'Antal årsarbetare',
      validFromYear: 2019,
    });
    expect(other.status).toBe(201);

    const value = (body: Record<string, unknown>) =>
      reporter.request<MeasureValueDto>('POST', '/api/v1/volumes/values', body);
    const first = await value({ measureId: measure.id, year: 2022, kind: 'outcome', total: '283648' });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    outcome = first.body;
    const second = await value({ measureId: measure.id, year: 2023, kind: 'budget', total: '290000' });
    expect(second.status, JSON.stringify(second.body)).toBe(201);
    budget = second.body;
    const elsewhere = await value({ measureId: other.body.id, year: 2022, kind: 'outcome', total: '12.5' });
    expect(elsewhere.status, JSON.stringify(elsewhere.body)).toBe(201);
    otherValue = elsewhere.body;

    const changed = await reporter.request<MeasureValueDto>('PUT', `/api/v1/volumes/values/${outcome.id}`, {
      total: '284000',
      version: outcome.version,
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    const removed = await reporter.request(
      'DELETE',
      `/api/v1/volumes/values/${budget.id}?version=${budget.version}`,
    );
    expect(removed.status).toBe(204);
    const renamed = await t.request<MeasureDto>('PUT', `/api/v1/volumes/measures/${measure.id}`, {
      name: 'Ärenden till Kontakt Linköping',
      version: measure.version,
    });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
  });

  it('lists the measure with its values, oldest first, a removed value included', async () => {
    const response = await history(reader, measure.id);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(
      response.body.map((entry) => [entry.entityType, entry.entityId, entry.action, entry.actorName]),
    ).toEqual([
      ['volume_measure', measure.id, 'create', 'Testadministratör'],
      ['volume_value', outcome.id, 'create', 'Test reporter'],
      ['volume_value', budget.id, 'create', 'Test reporter'],
      ['volume_value', outcome.id, 'update', 'Test reporter'],
      ['volume_value', budget.id, 'delete', 'Test reporter'],
      ['volume_measure', measure.id, 'update', 'Testadministratör'],
    ]);
    const [, , , update, deletion, rename] = response.body;
    expect(update?.oldValue).toMatchObject({ total: '283648' });
    expect(update?.newValue).toMatchObject({ total: '284000' });
    expect(deletion?.oldValue).toMatchObject({ measureId: measure.id, year: 2023, kind: 'budget' });
    expect(deletion?.newValue).toBeNull();
    expect(rename?.newValue).toMatchObject({ name: 'Ärenden till Kontakt Linköping' });
    expect(response.body.some((entry) => entry.entityId === otherValue.id)).toBe(false);
  });

  it('answers an empty history for an unknown measure and refuses an unknown kind', async () => {
    const unknown = await history(reader, '00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(200);
    expect(unknown.body).toEqual([]);
    const wrongKind = await history(reader, measure.id, 'values');
    expect(wrongKind.status).toBe(400);
  });

  it('is shown to no one who is not signed in', async () => {
    const response = await history(t.anonymous, measure.id);
    expect(response.status).toBe(401);
  });
});
