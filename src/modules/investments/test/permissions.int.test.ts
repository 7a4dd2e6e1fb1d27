/**
 * The Investeringar page gets what the signed-in user may do there, decided by the policy that decides
 * every save: a reader and an auditor nothing, VSS's controller VSS's projects and their amounts but not the
 * investment frame (a decision of those who govern) – and the server then does what the page said (on both
 * engines).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { buildOrganisation, type Fixture } from '../../../../test/factories.ts';

interface InvestmentsMay {
  addProjects: boolean;
  changeFrames: boolean;
  project: { plan: boolean; report: boolean } | null;
}

let t: TestApp;
let f: Fixture;
let projectId: string;
const callers: Record<string, Caller> = {};

beforeAll(async () => {
  t = await startTestApp();
  f = await buildOrganisation(t);
  const project = await t.request<{ id: string }>('POST', '/api/v1/investments/projects', {
    orgUnitId: 'VSS',
    name: 'LKDATA – IT-utrustning',
    placement: 'inside',
    startYear: 2023,
  });
  expect(project.status, JSON.stringify(project.body)).toBe(201);
  projectId = project.body.id;
  callers.reader = await t.as('reader', null);
  callers.auditor = await t.as('auditor', null);
  callers.controller = await t.as('controller', f.vssId);
  callers.central = await t.as('centralController', null);
});

afterAll(async () => {
  await t?.close();
});

async function may(who: string, project?: string): Promise<InvestmentsMay> {
  const query = `org=VSS&year=2023${project ? `&project=${project}` : ''}`;
  const response = await (callers[who] as Caller).request<InvestmentsMay>(
    'GET',
    `/api/v1/investments/permissions?${query}`,
  );
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

describe('what the investments page says its user may do', () => {
  it('lets a reader and an auditor change nothing', async () => {
    for (const who of ['reader', 'auditor']) {
      expect(await may(who), who).toEqual({ addProjects: false, changeFrames: false, project: null });
      expect((await may(who, projectId)).project, who).toEqual({ plan: false, report: false });
    }
  });

  it("lets VSS's controller plan and report VSS's projects, and not change the frame", async () => {
    expect(await may('controller', projectId)).toEqual({
      addProjects: true,
      changeFrames: false,
      project: { plan: true, report: true },
    });
  });

  it('lets a central controller change the frame too', async () => {
    expect((await may('central')).changeFrames).toBe(true);
  });

  it('is what the server then does with a project', async () => {
    const project = { orgUnitId: 'VSS', name: 'Nya lokaler', placement: 'inside', startYear: 2023 };
    expect(
      (await (callers.reader as Caller).request('POST', '/api/v1/investments/projects', project)).status,
    ).toBe(403);
    const byController = await (callers.controller as Caller).request(
      'POST',
      '/api/v1/investments/projects',
      project,
    );
    expect(byController.status, JSON.stringify(byController.body)).toBe(201);
  });
});
