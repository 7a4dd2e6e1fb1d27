import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { buildDemoPackage } from '../../../demo/linkoping.ts';
import { loadDemoIfEmpty } from '../../../demo/load-demo.ts';
import type { DataPackage } from '../contract.ts';

interface ErrorBody {
  error: { code: string; message: string; fields: { path: string; message: string }[] };
}

let source: TestApp;
let target: TestApp;
beforeAll(async () => {
  [source, target] = await Promise.all([startTestApp(), startTestApp()]);
  await loadDemoIfEmpty(source.database.db);
});
afterAll(async () => {
  await Promise.all([source?.close(), target?.close()]);
});

const withoutTime = ({ exportedAt: _, ...rest }: DataPackage) => rest;

describe('data packages', () => {
  it('exports a unit and year, and a round trip through an empty installation loses nothing', async () => {
    const exported = await source.request<DataPackage>(
      'GET',
      '/api/v1/data-package/export?org=VSS&year=2023',
    );
    expect(exported.status).toBe(200);
    expect(exported.body.scope).toEqual({ org: 'VSS', year: 2023 });
    expect(exported.body.goals).toHaveLength(10);
    expect(exported.body.orgUnits.map((unit) => unit.code)).toEqual(
      expect.arrayContaining(['LINKOPING', 'KS', 'VSS']),
    );

    const imported = await target.request<{ created: Record<string, number> }>(
      'POST',
      '/api/v1/data-package/import',
      exported.body,
    );
    expect(imported.status).toBe(200);
    expect(imported.body.created.goals).toBe(10);

    const again = await target.request<DataPackage>('GET', '/api/v1/data-package/export?org=VSS&year=2023');
    expect(withoutTime(again.body)).toEqual(withoutTime(exported.body));
  });

  it('keeps every demo figure through a full export and import', async () => {
    const all = await source.request<DataPackage>('GET', '/api/v1/data-package/export');
    const demo = buildDemoPackage();
    expect(all.body.outcomes).toHaveLength(demo.outcomes?.length ?? 0);
    expect(all.body.assessments).toHaveLength(demo.assessments?.length ?? 0);
    const reimported = await target.request('POST', '/api/v1/data-package/import', all.body);
    expect(reimported.status).toBe(200);
    const again = await target.request<DataPackage>('GET', '/api/v1/data-package/export');
    expect(withoutTime(again.body)).toEqual(withoutTime(all.body));
  });

  it('updates instead of duplicating when the same package is imported twice', async () => {
    const exported = await source.request<DataPackage>('GET', '/api/v1/data-package/export?org=KS&year=2020');
    const second = await target.request<{ created: Record<string, number>; updated: Record<string, number> }>(
      'POST',
      '/api/v1/data-package/import',
      exported.body,
    );
    expect(second.status).toBe(200);
    expect(Object.values(second.body.created).every((count) => count === 0)).toBe(true);
    expect(second.body.updated.goals).toBe(18);
  });

  it('refuses an invalid package, lists every problem with its JSON path, and changes nothing', async () => {
    const before = await target.request<DataPackage>('GET', '/api/v1/data-package/export');
    const broken = structuredClone(before.body);
    broken.goals[0] = { ...broken.goals[0], orgUnit: 'FINNS-INTE' } as DataPackage['goals'][number];
    broken.outcomes[0] = {
      ...broken.outcomes[0],
      total: '4.4',
      noData: ['total'],
    } as DataPackage['outcomes'][number];
    broken.indicators[1] = {
      ...broken.indicators[1],
      name: 'Ändrad men ska inte sparas',
    } as DataPackage['indicators'][number];
    const late = broken.goals.findIndex((goal) => goal.validFromYear === 2019);
    broken.goals[late] = {
      ...broken.goals[late],
      validToYear: null,
      validFromYear: 2024,
    } as DataPackage['goals'][number];
    const response = await target.request<ErrorBody>('POST', '/api/v1/data-package/import', broken);
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('data_package.invalid');
    expect(response.body.error.message).toContain('Ingenting har ändrats');
    expect(response.body.error.fields).toEqual(
      expect.arrayContaining([
        {
          path: '$.goals[0].orgUnit',
          message: 'Organisationsenheten ”FINNS-INTE” finns varken i paketet eller i databasen.',
        },
        expect.objectContaining({ path: '$.outcomes[0].total' }),
        {
          path: `$.goals[${late}].municipalGoalId`,
          message: 'Det kommunövergripande målet gäller inte 2024, då målet börjar gälla.',
        },
      ]),
    );
    const after = await target.request<DataPackage>('GET', '/api/v1/data-package/export');
    expect(withoutTime(after.body)).toEqual(withoutTime(before.body));
  });

  it('reports shape errors with JSON paths in Swedish', async () => {
    const response = await target.request<ErrorBody>('POST', '/api/v1/data-package/import', {
      format: 'verksam-data-package',
      formatVersion: 1,
      goals: [{ id: 'inte-ett-id', orgUnit: 'VSS', name: '', validFromYear: 'i år' }],
    });
    expect(response.status).toBe(422);
    expect(response.body.error.fields).toEqual([
      { path: '$.goals[0].id', message: 'Är inte ett giltigt id (uuid).' },
      { path: '$.goals[0].name', message: 'Får inte vara tomt.' },
      { path: '$.goals[0].validFromYear', message: 'Ska vara ett tal.' },
    ]);
  });
});
