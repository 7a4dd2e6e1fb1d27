/**
 * The histories of the Investeringar page through the API, on both engines: a project and its amounts in one
 * list, oldest first – who, what and the old and new values – with an amount removed since still in it and
 * nothing of another project's; a frame's history and each frame change's own. Reading them needs only the
 * right to read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { buildOrganisation } from '../../../../test/factories.ts';
import type { AmountDto, FrameChangeDto, FrameDto, ProjectDto } from '../contract.ts';

interface Entry {
  action: string;
  actorName: string;
  entityType: string;
  entityId: string;
  oldValue: Record<string, unknown> | null;
  newValue: Record<string, unknown> | null;
}

describe('the investments’ histories', () => {
  let t: TestApp;
  let controller: Caller;
  let reporter: Caller;
  let reader: Caller;
  let project: ProjectDto;
  let budget: AmountDto;
  let plan: AmountDto;
  let otherAmount: AmountDto;
  let frame: FrameDto;
  let change: FrameChangeDto;

  beforeAll(async () => {
    t = await startTestApp();
    const f = await buildOrganisation(t);
    controller = await t.as('controller', f.vssId);
    reporter = await t.as('reporter', f.vssId);
    reader = await t.as('reader', null);
  });
  afterAll(async () => {
    await t?.close();
  });

  const history = (caller: Caller, kind: string, id: string) =>
    caller.request<Entry[]>('GET', `/api/v1/investments/history/${kind}/${id}`);
  const steps = (entries: readonly Entry[]) =>
    entries.map((entry) => [entry.entityType, entry.entityId, entry.action, entry.actorName]);

  it('records a project and its amounts as they are created, changed and removed', async () => {
    const created = await controller.request<ProjectDto>('POST', '/api/v1/investments/projects', {
      orgUnitId: 'VSS',
      name: 'LKDATA – IT-utrustning',
      startYear: 2022,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    project = created.body;
    const other = await controller.request<ProjectDto>('POST', '/api/v1/investments/projects', {
      orgUnitId: 'VSS',
      name: 'Ny simhall',
      startYear: 2022,
    });
    expect(other.status).toBe(201);

    const amount = (body: Record<string, unknown>) =>
      reporter.request<AmountDto>('POST', '/api/v1/investments/amounts', body);
    const first = await amount({
      projectId: project.id,
      year: 2022,
      kind: 'budget',
      round: 'budget',
      expenditure: '45 000 000',
    });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    budget = first.body;
    const second = await amount({
      projectId: project.id,
      year: 2023,
      kind: 'plan',
      round: 'budget',
      expenditure: '10000000',
    });
    expect(second.status, JSON.stringify(second.body)).toBe(201);
    plan = second.body;
    const elsewhere = await amount({
      projectId: other.body.id,
      year: 2022,
      kind: 'budget',
      round: 'budget',
      expenditure: '1000',
    });
    expect(elsewhere.status).toBe(201);
    otherAmount = elsewhere.body;

    const changed = await reporter.request('PUT', `/api/v1/investments/amounts/${budget.id}`, {
      expenditure: '46000000',
      version: budget.version,
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    const removed = await reporter.request(
      'DELETE',
      `/api/v1/investments/amounts/${plan.id}?version=${plan.version}`,
    );
    expect(removed.status).toBe(204);
    const renamed = await controller.request('PUT', `/api/v1/investments/projects/${project.id}`, {
      code: 'LK01',
      version: project.version,
    });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
  });

  it('lists the project with its amounts, oldest first, a removed amount included', async () => {
    const response = await history(reader, 'projects', project.id);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(steps(response.body)).toEqual([
      ['investment_project', project.id, 'create', 'Test controller'],
      ['investment_amount', budget.id, 'create', 'Test reporter'],
      ['investment_amount', plan.id, 'create', 'Test reporter'],
      ['investment_amount', budget.id, 'update', 'Test reporter'],
      ['investment_amount', plan.id, 'delete', 'Test reporter'],
      ['investment_project', project.id, 'update', 'Test controller'],
    ]);
    const [, , , update, deletion, recoded] = response.body;
    expect(update?.oldValue).toMatchObject({ expenditure: '45000000' });
    expect(update?.newValue).toMatchObject({ expenditure: '46000000' });
    expect(deletion?.oldValue).toMatchObject({ projectId: project.id, year: 2023, kind: 'plan' });
    expect(deletion?.newValue).toBeNull();
    expect(recoded?.oldValue).toMatchObject({ code: null });
    expect(recoded?.newValue).toMatchObject({ code: 'LK01' });
    expect(response.body.some((entry) => entry.entityId === otherAmount.id)).toBe(false);
  });

  it('lists a frame’s changes, and each frame change’s own', async () => {
    const created = await t.request<FrameDto>('POST', '/api/v1/investments/frames', {
      orgUnitId: 'VSS',
      year: 2022,
      amount: '46000000',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    frame = created.body;
    const decided = await t.request('PUT', `/api/v1/investments/frames/${frame.id}`, {
      decision: 'beslut i KF den 28 september 2021',
      version: frame.version,
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    const added = await t.request<FrameChangeDto>('POST', '/api/v1/investments/frame-changes', {
      orgUnitId: 'VSS',
      kind: 'rebudget',
      year: 2022,
      fromYear: 2021,
      amount: '13 400 000',
      reason: 'Ikapp efter komponentbristen',
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    change = added.body;
    const moved = await t.request('PUT', `/api/v1/investments/frame-changes/${change.id}`, {
      year: 2023,
      version: change.version,
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);

    const ofFrame = await history(reader, 'frames', frame.id);
    expect(ofFrame.status).toBe(200);
    expect(steps(ofFrame.body)).toEqual([
      ['investment_frame', frame.id, 'create', 'Testadministratör'],
      ['investment_frame', frame.id, 'update', 'Testadministratör'],
    ]);
    expect(ofFrame.body[1]?.newValue).toMatchObject({ decision: 'beslut i KF den 28 september 2021' });

    const ofChange = await history(reader, 'frame-changes', change.id);
    expect(ofChange.status).toBe(200);
    expect(steps(ofChange.body)).toEqual([
      ['investment_frame_change', change.id, 'create', 'Testadministratör'],
      ['investment_frame_change', change.id, 'update', 'Testadministratör'],
    ]);
    expect(ofChange.body[1]?.oldValue).toMatchObject({ year: 2022 });
    expect(ofChange.body[1]?.newValue).toMatchObject({ year: 2023 });

    const removed = await t.request(
      'DELETE',
      `/api/v1/investments/frame-changes/${change.id}?version=${change.version + 1}`,
    );
    expect(removed.status).toBe(204);
    const afterRemoval = await history(reader, 'frame-changes', change.id);
    expect(afterRemoval.body.map((entry) => entry.action)).toEqual(['create', 'update', 'delete']);
  });

  it('answers an empty history for an unknown record and refuses an unknown kind', async () => {
    const unknown = await history(reader, 'projects', '00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(200);
    expect(unknown.body).toEqual([]);
    const wrongKind = await history(reader, 'amounts', budget.id);
    expect(wrongKind.status).toBe(400);
  });

  it('is shown to no one who is not signed in', async () => {
    const response = await history(t.anonymous, 'projects', project.id);
    expect(response.status).toBe(401);
  });
});
