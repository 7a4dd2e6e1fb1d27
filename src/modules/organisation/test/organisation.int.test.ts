import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import type { OrgUnitDto } from '../contract.ts';

interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; message: string }[] };
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

async function create(body: Record<string, unknown>) {
  return t.request<OrgUnitDto & ErrorBody>('POST', '/api/v1/organisation/units', body);
}

describe('the organisation tree over time', () => {
  let kommun: OrgUnitDto;
  let vss: OrgUnitDto;

  it('builds municipality → board → administration → units with validity periods', async () => {
    kommun = (
      await create({
        code: 'lkpg',
        name: 'Linköpings kommun',
        kind: 'municipality',
        parentId: null,
        validFrom: '2019-01-01',
        validTo: null,
      })
    ).body;
    expect(kommun.code).toBe('LKPG');
    const ks = (
      await create({
        code: 'KS',
        name: 'Kommunstyrelsen',
        kind: 'executiveBoard',
        parentId: kommun.id,
        validFrom: '2019-01-01',
        validTo: null,
      })
    ).body;
    vss = (
      await create({
        code: 'VSS',
        name: 'Verksamhetsstöd och service',
        kind: 'administration',
        parentId: ks.id,
        validFrom: '2019-01-01',
        validTo: null,
      })
    ).body;
    const lkdata = await create({
      code: 'LKD',
      name: 'LK-data',
      kind: 'unit',
      parentId: vss.id,
      validFrom: '2019-01-01',
      validTo: '2021-12-31',
    });
    expect(lkdata.status).toBe(201);
    const vo = await create({
      code: 'VO-LKDATA',
      name: 'LKDATA',
      kind: 'division',
      parentId: vss.id,
      validFrom: '2022-01-01',
      validTo: null,
    });
    expect(vo.status).toBe(201);

    const in2019 = (await t.request<OrgUnitDto[]>('GET', '/api/v1/organisation/units?year=2019')).body;
    expect(in2019.map((unit) => unit.code)).toContain('LKD');
    expect(in2019.map((unit) => unit.code)).not.toContain('VO-LKDATA');
    const in2023 = (await t.request<OrgUnitDto[]>('GET', '/api/v1/organisation/units?year=2023')).body;
    expect(in2023.map((unit) => unit.code)).toContain('VO-LKDATA');
    expect(in2023.map((unit) => unit.code)).not.toContain('LKD');
  });

  it('finds a unit by its code, case-insensitively', async () => {
    const response = await t.request<OrgUnitDto>('GET', '/api/v1/organisation/units/vss');
    expect(response.status).toBe(200);
    expect(response.body.id).toBe(vss.id);
  });

  it('refuses bad input with a Swedish message naming the field, and changes nothing', async () => {
    const before = (await t.request<OrgUnitDto[]>('GET', '/api/v1/organisation/units')).body.length;
    const missing = await create({
      code: 'X',
      kind: 'unit',
      parentId: vss.id,
      validFrom: '2019-01-01',
      validTo: null,
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error.code).toBe('request.invalid');
    expect(missing.body.error.fields).toEqual([{ path: 'name', message: 'Namn: saknas.' }]);

    const duplicate = await create({
      code: 'VSS',
      name: 'Dubblett',
      kind: 'unit',
      parentId: vss.id,
      validFrom: '2019-01-01',
      validTo: null,
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.message).toBe('Koden ”VSS” används redan av en annan enhet.');

    const wrongKind = await create({
      code: 'NY',
      name: 'Ny nämnd',
      kind: 'board',
      parentId: vss.id,
      validFrom: '2019-01-01',
      validTo: null,
    });
    expect(wrongKind.status).toBe(422);
    expect(wrongKind.body.error.message).toBe('En nämnd kan inte ligga under en förvaltning.');

    const outside = await create({
      code: 'TIDIG',
      name: 'Tidig',
      kind: 'unit',
      parentId: vss.id,
      validFrom: '2018-01-01',
      validTo: null,
    });
    expect(outside.status).toBe(422);
    expect(outside.body.error.fields?.[0]?.path).toBe('validFrom');

    const badJson = await t.inject({
      method: 'POST',
      url: '/api/v1/organisation/units',
      headers: { 'content-type': 'application/json' },
      payload: '{"code":',
    });
    expect(badJson.statusCode).toBe(400);
    expect(JSON.parse(badJson.body).error.message).toBe('Anropets innehåll är inte giltig JSON.');

    const after = (await t.request<OrgUnitDto[]>('GET', '/api/v1/organisation/units')).body.length;
    expect(after).toBe(before);
  });

  it('refuses a stale version with 409 and keeps the newer change', async () => {
    const body = {
      code: 'VSS',
      name: 'VSS',
      kind: 'administration',
      parentId: vss.parentId,
      validFrom: '2019-01-01',
      validTo: null,
    };
    const first = await t.request<OrgUnitDto>('PUT', `/api/v1/organisation/units/${vss.id}`, {
      ...body,
      name: 'Första',
      version: vss.version,
    });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(vss.version + 1);
    const second = await t.request<ErrorBody>('PUT', `/api/v1/organisation/units/${vss.id}`, {
      ...body,
      name: 'Andra',
      version: vss.version,
    });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('core.stale_version');
    // The same caller in another window: the message says it was them, and when.
    expect(second.body.error.message).toMatch(
      /^Organisationsenheten har ändrats av dig i dag kl\. \d{2}\.\d{2} sedan du öppnade den\./,
    );
    const current = await t.request<OrgUnitDto>('GET', `/api/v1/organisation/units/${vss.id}`);
    expect(current.body.name).toBe('Första');
  });

  it('records who changed what, with old and new values', async () => {
    const history = await t.request<
      { action: string; actorName: string; oldValue: { name: string } | null; newValue: { name: string } }[]
    >('GET', '/api/v1/organisation/units/VSS/history');
    expect(history.body.map((entry) => entry.action)).toEqual(['create', 'update']);
    expect(history.body[1]?.actorName).toBe('Testadministratör');
    expect(history.body[1]?.oldValue?.name).toBe('Verksamhetsstöd och service');
    expect(history.body[1]?.newValue.name).toBe('Första');
  });

  it('answers an unknown unit with 404 in Swedish', async () => {
    const response = await t.request<ErrorBody>('GET', '/api/v1/organisation/units/FINNSINTE');
    expect(response.status).toBe(404);
    expect(response.body.error.message).toBe('Organisationsenheten ”FINNSINTE” finns inte.');
  });
});
