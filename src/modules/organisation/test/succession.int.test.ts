/**
 * Reorganisations through the API, on both engines: recorded with units named by code, refused by their
 * rules in Swedish, warned about a predecessor that goes on, versioned, logged, kept to those who govern
 * the municipality, and carried by the data package.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { buildOrganisation, type Fixture } from '../../../../test/factories.ts';
import type { OrgUnitSuccessionDto, SavedSuccessionDto } from '../contract.ts';

interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; message: string }[] };
}

describe('successions', () => {
  let t: TestApp;
  let fixture: Fixture;
  let saved: SavedSuccessionDto;

  const unit = (code: string, name: string, validFrom: string, validTo: string | null) =>
    t.request('POST', '/api/v1/organisation/units', {
      code,
      name,
      kind: code.startsWith('VO') || code === 'LKDATA' ? 'division' : 'unit',
      parentId: 'VSS',
      validFrom,
      validTo,
    });
  const record = (body: object) =>
    t.request<SavedSuccessionDto & ErrorBody>('POST', '/api/v1/organisation/successions', body);

  beforeAll(async () => {
    t = await startTestApp();
    fixture = await buildOrganisation(t);
    await unit('VSS-LKD', 'LK-data', '2019-01-01', '2021-12-31');
    await unit('VSS-HRS', 'HR service', '2019-01-01', '2021-12-31');
    await unit('VSS-ELC', 'e-lärandecenter', '2020-01-01', '2021-12-31');
    await unit('LKDATA', 'LKDATA', '2022-01-01', null);
    await unit('VOH', 'Verksamhetsområde HR', '2022-01-01', null);
    await unit('VOA', 'Verksamhetsområde A', '2022-01-01', null);
    await unit('VOB', 'Verksamhetsområde B', '2022-01-01', null);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('records a succession with the units named by code, without warnings when the old unit ends the day before', async () => {
    const response = await record({
      predecessorId: 'vss-lkd',
      successorId: 'LKDATA',
      effectiveFrom: '2022-01-01',
      source: '000:326',
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    saved = response.body;
    expect(saved).toMatchObject({ effectiveFrom: '2022-01-01', decisionRef: null, version: 1, warnings: [] });
  });

  it('warns, and saves, when the predecessor goes on after the date', async () => {
    const response = await record({
      predecessorId: 'VSS-HRS',
      successorId: 'VSS-ELC',
      effectiveFrom: '2020-01-01',
    });
    expect(response.status).toBe(201);
    expect(response.body.warnings).toEqual([
      'Föregångaren ”HR service” slutar inte dagen före (2019-12-31) utan gäller till 2021-12-31: bara en del ' +
        'av den har gått över. Stämmer inte det, ändra enhetens giltighet.',
    ]);
  });

  it('refuses a unit succeeding itself, a successor that does not exist then, a cycle and a duplicate', async () => {
    const itself = await record({
      predecessorId: 'LKDATA',
      successorId: 'LKDATA',
      effectiveFrom: '2023-01-01',
    });
    expect(itself.status).toBe(422);
    expect(itself.body.error.fields?.[0]).toMatchObject({ path: 'successorId' });
    const early = await record({ predecessorId: 'VSS-HRS', successorId: 'VOH', effectiveFrom: '2021-01-01' });
    expect(early.status).toBe(422);
    expect(early.body.error.message).toBe(
      'Efterföljaren ”Verksamhetsområde HR” finns inte den 2021-01-01 (den gäller från 2022-01-01). Välj ett datum då den finns.',
    );
    expect(
      (await record({ predecessorId: 'VOA', successorId: 'VOB', effectiveFrom: '2023-01-01' })).status,
    ).toBe(201);
    const back = await record({ predecessorId: 'VOB', successorId: 'VOA', effectiveFrom: '2024-01-01' });
    expect(back.status).toBe(422);
    expect(back.body.error.message).toContain(
      '”Verksamhetsområde A” är redan en föregångare till föregångaren',
    );
    const twice = await record({
      predecessorId: 'VSS-LKD',
      successorId: 'LKDATA',
      effectiveFrom: '2022-01-01',
    });
    expect(twice.status).toBe(409);
    const missing = await record({
      predecessorId: 'NOPE',
      successorId: 'LKDATA',
      effectiveFrom: '2022-01-01',
    });
    expect(missing.status).toBe(422);
    expect(missing.body.error.message).toBe('Föregångaren ”NOPE” finns inte.');
  });

  it('lists a unit’s successions, changes one with its version and refuses a stale one', async () => {
    const listed = await t.request<OrgUnitSuccessionDto[]>(
      'GET',
      '/api/v1/organisation/successions?unit=LKDATA',
    );
    expect(listed.body.map((link) => link.id)).toEqual([saved.id]);
    const changed = await t.request<SavedSuccessionDto>(
      'PUT',
      `/api/v1/organisation/successions/${saved.id}`,
      {
        decisionRef: 'KS 2021-12-14',
        version: 1,
      },
    );
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ decisionRef: 'KS 2021-12-14', version: 2 });
    const stale = await t.request('PUT', `/api/v1/organisation/successions/${saved.id}`, {
      note: 'x',
      version: 1,
    });
    expect(stale.status).toBe(409);
  });

  it('is refused to a controller of VSS: reorganisations are the municipality’s', async () => {
    const controller = await t.as('controller', fixture.vssId);
    const response = await controller.request('POST', '/api/v1/organisation/successions', {
      predecessorId: 'VSS-HRS',
      successorId: 'VOH',
      effectiveFrom: '2022-01-01',
    });
    expect(response.status).toBe(403);
  });

  it('travels in the data package by unit code, and an unchanged package changes nothing', async () => {
    const exported = await t.request<{ orgUnitSuccessions: { predecessor: string; successor: string }[] }>(
      'GET',
      '/api/v1/data-package/export',
    );
    expect(exported.body.orgUnitSuccessions.map((link) => `${link.predecessor}→${link.successor}`)).toEqual([
      'VSS-HRS→VSS-ELC',
      'VSS-LKD→LKDATA',
      'VOA→VOB',
    ]);
    const imported = await t.request<{ unchanged: Record<string, number>; created: Record<string, number> }>(
      'POST',
      '/api/v1/data-package/import',
      exported.body,
    );
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    expect(imported.body.unchanged.orgUnitSuccessions).toBe(3);
  });

  it('checks a package’s successions by the same rules', async () => {
    const exported = await t.request<Record<string, unknown> & { orgUnitSuccessions: object[] }>(
      'GET',
      '/api/v1/data-package/export',
    );
    const wrong = {
      ...exported.body,
      orgUnitSuccessions: [
        {
          id: '00000000-0000-4000-8000-000000000001',
          predecessor: 'VSS-HRS',
          successor: 'VOH',
          effectiveFrom: '2021-06-01',
        },
      ],
    };
    const response = await t.request<ErrorBody>('POST', '/api/v1/data-package/import?dryRun=true', wrong);
    expect(response.status).toBe(422);
    expect(JSON.stringify(response.body)).toContain('Efterföljaren ”VOH” finns inte den 2021-06-01');
  });

  it('deletes one with its version, recorded in the change log', async () => {
    const response = await t.request('DELETE', `/api/v1/organisation/successions/${saved.id}?version=2`);
    expect(response.status).toBe(204);
    const listed = await t.request<OrgUnitSuccessionDto[]>(
      'GET',
      '/api/v1/organisation/successions?unit=LKDATA',
    );
    expect(listed.body).toEqual([]);
  });
});
