/**
 * Resolving or acknowledging a "fel" (issue 9 item 3) through HTTP on both engines: a unit's part of a round
 * is not approved while its checks hold an open error; a controller (not a reporter) acknowledges it with a
 * reason, recorded in the change log; the approval then goes through; withdrawing the acknowledgement opens
 * the error again and brings the refusal back.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import type { ImportReportDto } from '../../data-package/contract.ts';
import type { PartDto } from '../../reporting/contract.ts';
import type { ConsistencyReportDto, FindingDto } from '../contract.ts';

interface ErrorBody {
  error?: { code: string; message: string; fields?: { path: string; message: string }[] };
}

let t: TestApp;
let roundId: string;
let outcomeId: string;
let reporter: Caller;
let controller: Caller;
let approver: Caller;
let reader: Caller;

async function created<T>(url: string, body: unknown): Promise<T> {
  const response = await t.request<T>('POST', url, body);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

/** VSS with a goal whose indicator reports 70 men and 60 women of 120 in August 2023: parts above their total. */
beforeAll(async () => {
  t = await startTestApp();
  const unit = (code: string, name: string, parentId: string | null, kind: string) =>
    created<{ id: string }>('/api/v1/organisation/units', {
      code,
      name,
      kind,
      parentId,
      validFrom: '2023-01-01',
    });
  const city = await unit('STAD', 'Staden', null, 'municipality');
  const ks = await unit('KS', 'Kommunstyrelsen', city.id, 'executiveBoard');
  const vss = await unit('VSS', 'Verksamhetsstöd och service', ks.id, 'administration');
  const goal = await created<{ id: string }>('/api/v1/goals/goals', {
    orgUnitId: vss.id,
    name: 'God service',
    validFromYear: 2023,
  });
  const indicator = await created<{ id: string }>('/api/v1/goals/indicators', {
    goalId: goal.id,
    name: 'Ärenden',
    unit: 'antal',
    isGenderSplit: true,
  });
  roundId = (
    await created<{ id: string }>('/api/v1/planning/rounds', {
      year: 2023,
      kind: 'august',
      name: 'Delår 31 augusti 2023',
      deadline: '2023-09-15',
    })
  ).id;
  outcomeId = (
    await created<{ id: string }>('/api/v1/goals/outcomes', {
      indicatorId: indicator.id,
      reportingRoundId: roundId,
      year: 2023,
      toMonth: 8,
      total: '120',
      men: '70',
      women: '60',
    })
  ).id;
  reporter = await t.as('reporter', vss.id);
  controller = await t.as('controller', vss.id);
  approver = await t.as('approver', vss.id);
  reader = await t.as('reader');
});

afterAll(async () => {
  await t?.close();
});

const FINDINGS = '/api/v1/consistency/findings?org=VSS&year=2023&round=august';
const partUrl = `/api/v1/reporting/rounds/${'{round}'}/units/VSS`;
const act = (caller: Caller, action: string, version: number | null, comment?: string) =>
  caller.request<PartDto & ErrorBody>('POST', `${partUrl.replace('{round}', roundId)}/actions`, {
    action,
    version,
    ...(comment ? { comment } : {}),
  });
const acknowledge = (caller: Caller, body: object, headers: Record<string, string> = {}) =>
  caller.inject({
    method: 'POST',
    url: '/api/v1/consistency/acknowledgements',
    payload: { org: 'VSS', year: 2023, round: 'august', ...body },
    headers,
  });

async function theError(caller: Caller = t): Promise<{ report: ConsistencyReportDto; finding: FindingDto }> {
  const response = await caller.request<ConsistencyReportDto>('GET', FINDINGS);
  expect(response.status).toBe(200);
  const finding = response.body.findings.find((one) => one.severity === 'fel');
  if (!finding) {
    throw new Error(`no fel in ${JSON.stringify(response.body.findings)}`);
  }
  return { report: response.body, finding };
}

const REFUSAL =
  'Delen kan inte godkännas: 1 fel i kontrollerna är varken rättat eller kvitterat. Se Kontroller för ' +
  'Verksamhetsstöd och service, delår 31 augusti 2023.';

describe('approval gated on the errors of the checks', () => {
  let partVersion: number;

  it('refuses to approve a part while an error is neither resolved nor acknowledged', async () => {
    const { report, finding } = await theError();
    expect(finding).toMatchObject({ ruleId: 'gender-parts-sum', acknowledgement: null });
    expect(finding.key).toBe(
      `gender-parts-sum|august-2023|2023|outcome:indicatorId=${finding.place.record.kind === 'outcome' ? finding.place.record.indicatorId : ''}:outcomeId=${outcomeId}|70;60;130;120;10`,
    );
    expect(report.acknowledged).toBe(0);
    const ready = await act(reporter, 'markReady', null);
    expect(ready.status).toBe(200);
    // The approver's panel says so before the click; the reporter, who cannot approve, is not asked.
    const part = partUrl.replace('{round}', roundId);
    expect((await approver.request<PartDto>('GET', part)).body.approvalBlocked).toBe(REFUSAL);
    expect((await reporter.request<PartDto>('GET', part)).body.approvalBlocked).toBeNull();
    const refused = await act(approver, 'approve', ready.body.version);
    expect(refused.status).toBe(422);
    expect(refused.body.error?.code).toBe('reporting.approval_blocked');
    expect(refused.body.error?.message).toBe(REFUSAL);
    partVersion = ready.body.version as number;
  });

  it('lets neither a reporter nor a reader acknowledge, and asks for a reason naming the field', async () => {
    const { finding } = await theError(reader);
    const reason = 'Dubbelräknade ärenden i augusti; rättas i bokslutet.';
    expect((await acknowledge(reporter, { key: finding.key, reason })).statusCode).toBe(403);
    expect((await acknowledge(reader, { key: finding.key, reason })).statusCode).toBe(403);
    const empty = await acknowledge(controller, { key: finding.key, reason: '  ' });
    expect(empty.statusCode).toBe(400);
    const body = empty.json() as ErrorBody;
    expect(body.error?.fields?.[0]?.path).toBe('reason');
    expect(body.error?.fields?.[0]?.message).toMatch(/^Skäl: /);
    expect(body.error?.message).toContain('Skäl: ');
    const unknown = await acknowledge(controller, { key: `${finding.key}9`, reason });
    expect(unknown.statusCode).toBe(422);
    expect((unknown.json() as ErrorBody).error?.message).toBe(
      'Fyndet finns inte bland kontrollerna för Verksamhetsstöd och service 2023: det kan vara rättat, eller ' +
        'siffrorna ändrade sedan du läste listan. Läs in Kontroller igen.',
    );
  });

  it('lets a controller acknowledge it with a reason, once, recorded in the change log', async () => {
    const { finding } = await theError();
    const reason = 'Dubbelräknade ärenden i augusti; rättas i bokslutet.';
    const key = { 'idempotency-key': 'kvittera-1' };
    const first = await acknowledge(controller, { key: finding.key, reason }, key);
    expect(first.statusCode, first.body).toBe(201);
    // Sent again with the same key: the same answer, nothing new.
    const replay = await acknowledge(controller, { key: finding.key, reason }, key);
    expect(replay.statusCode).toBe(201);
    expect(replay.json()).toEqual(first.json());
    const again = await acknowledge(controller, { key: finding.key, reason });
    expect(again.statusCode).toBe(409);
    expect((again.json() as ErrorBody).error?.message).toBe(
      'Fyndet är redan kvitterat. Läs in Kontroller igen.',
    );

    const { report, finding: acknowledged } = await theError(reader);
    expect(report.acknowledged).toBe(1);
    expect(acknowledged.acknowledgement).toMatchObject({ reason, byName: 'Test controller' });
    const log = await sql<{ actor_name: string; action: string; new_value: { reason: string } }>`
      select actor_name, action, new_value from change_log where entity_type = 'finding_acknowledgement'`.execute(
      t.database.db,
    );
    expect(log.rows).toEqual([
      expect.objectContaining({
        actor_name: 'Test controller',
        action: 'create',
        new_value: expect.objectContaining({ reason }),
      }),
    ]);
  });

  it('approves once the error is acknowledged; a withdrawn acknowledgement brings the refusal back', async () => {
    expect(
      (await approver.request<PartDto>('GET', partUrl.replace('{round}', roundId))).body.approvalBlocked,
    ).toBeNull();
    const approved = await act(approver, 'approve', partVersion);
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.state).toBe('approved');
    const reopened = await act(approver, 'reopen', approved.body.version, 'Ett fel till att se över.');
    expect(reopened.body.state).toBe('inProgress');

    const { finding } = await theError();
    const id = finding.acknowledgement?.id;
    const stale = await controller.request<ErrorBody>(
      'DELETE',
      `/api/v1/consistency/acknowledgements/${id}?version=7`,
    );
    expect(stale.status).toBe(409);
    expect(
      (await reporter.request('DELETE', `/api/v1/consistency/acknowledgements/${id}?version=1`)).status,
    ).toBe(403);
    const withdrawn = await controller.request(
      'DELETE',
      `/api/v1/consistency/acknowledgements/${id}?version=${finding.acknowledgement?.version}`,
    );
    expect(withdrawn.status).toBe(204);
    expect((await theError()).finding.acknowledgement).toBeNull();

    const ready = await act(reporter, 'markReady', reopened.body.version);
    const refused = await act(approver, 'approve', ready.body.version);
    expect(refused.status).toBe(422);
    expect(refused.body.error?.message).toBe(REFUSAL);
    const log = await sql<{ action: string }>`
      select action from change_log where entity_type = 'finding_acknowledgement' order by id`.execute(
      t.database.db,
    );
    expect(log.rows.map((row) => row.action)).toEqual(['create', 'delete']);
  });

  it('lets an approver acknowledge too; resolving the figure leaves nothing to acknowledge', async () => {
    const { finding } = await theError();
    const byApprover = await acknowledge(approver, { key: finding.key, reason: 'Godtas för delåret.' });
    expect(byApprover.statusCode).toBe(201);
    // A figure changed: the acknowledgement covered exactly what was seen, so the new error is open.
    const fixed = await t.request('PUT', `/api/v1/goals/outcomes/${outcomeId}`, { men: '71', version: 1 });
    expect(fixed.status, JSON.stringify(fixed.body)).toBe(200);
    const after = await theError();
    expect(after.finding.acknowledgement).toBeNull();
    expect(after.report.acknowledged).toBe(0);
  });
});

describe('the data package', () => {
  it('carries acknowledgements: unchanged when read in again, and still covering their finding in a new installation', async () => {
    const { finding } = await theError();
    const reason = 'Godtas: männen räknades två gånger.';
    expect((await acknowledge(controller, { key: finding.key, reason })).statusCode).toBe(201);
    const exported = await t.request<Record<string, { orgUnit: string; reason: string }[]>>(
      'GET',
      '/api/v1/data-package/export?org=VSS&year=2023',
    );
    expect(exported.status).toBe(200);
    // The approver's acknowledgement of the figure before 71 men stays, and covers nothing now.
    expect(exported.body.findingAcknowledgements?.map((one) => [one.orgUnit, one.reason])).toEqual(
      expect.arrayContaining([
        ['VSS', reason],
        ['VSS', 'Godtas för delåret.'],
      ]),
    );
    const same = await t.request<ImportReportDto>('POST', '/api/v1/data-package/import', exported.body);
    expect(same.status, JSON.stringify(same.body)).toBe(200);
    expect(same.body.unchanged).toMatchObject({ findingAcknowledgements: 2 });

    const whole = await t.request<Record<string, unknown[]>>('GET', '/api/v1/data-package/export');
    const elsewhere = await startTestApp();
    try {
      const imported = await elsewhere.request<ImportReportDto>(
        'POST',
        '/api/v1/data-package/import',
        whole.body,
      );
      expect(imported.status, JSON.stringify(imported.body).slice(0, 2000)).toBe(200);
      expect(imported.body.created).toMatchObject({ findingAcknowledgements: 2 });
      const { report, finding: there } = await theError(elsewhere);
      expect(there.acknowledgement).toMatchObject({ reason, byName: 'Test controller' });
      expect(report.acknowledged).toBe(1);
    } finally {
      await elsewhere.close();
    }
  });
});
