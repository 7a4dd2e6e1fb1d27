/**
 * Strategic assignments through HTTP on both engines: the council's governors give them, the recipients'
 * reporters say how they take care of them and report a status per round (and no one else may), a stale
 * save is refused, the unfinished ones are carried into the next year once, and the data package carries
 * them; the demo's 2019 statuses read in and counted as 002:55 counts them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { buildOrganisation, type Fixture } from '../../../../test/factories.ts';
import { buildDemoPackage } from '../../../demo/linkoping.ts';
import type { ImportReportDto } from '../../data-package/contract.ts';
import type {
  AssignmentDetail,
  AssignmentList,
  AssignmentView,
  CarryResult,
  RecipientDto,
  StatusDto,
} from '../contract.ts';

interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; message: string }[] };
}

let t: TestApp;
let fixture: Fixture;
let reporter: Caller;
let otherReporter: Caller;
let reader: Caller;
let central: Caller;

const base = {
  year: 2023,
  kind: 'common',
  text: 'Samtliga nämnder ska vidta åtgärder för att minska sjukfrånvaro.',
  source: '000:483',
};

beforeAll(async () => {
  t = await startTestApp();
  fixture = await buildOrganisation(t);
  const klf = await t.request<{ id: string }>('POST', '/api/v1/organisation/units', {
    code: 'KLF',
    name: 'Kommunledningsförvaltningen',
    kind: 'administration',
    parentId: 'KS',
    validFrom: '2019-01-01',
  });
  reporter = await t.as('reporter', fixture.vssId);
  otherReporter = await t.as('reporter', klf.body.id);
  reader = await t.as('reader');
  central = await t.as('centralController');
});

afterAll(async () => {
  await t?.close();
});

const post = <T>(caller: Caller, url: string, body: unknown) =>
  caller.request<T & ErrorBody>('POST', `/api/v1${url}`, body);
const put = <T>(caller: Caller, url: string, body: unknown) =>
  caller.request<T & ErrorBody>('PUT', `/api/v1${url}`, body);
const list = async (query: string) =>
  (await t.request<AssignmentList>('GET', `/api/v1/assignments?${query}`)).body;

function recipientOf(assignment: AssignmentView, code: string) {
  const recipient = assignment.recipients.find((item) => item.unit.code === code);
  expect(recipient, code).toBeDefined();
  return recipient as AssignmentView['recipients'][number];
}

describe('strategic assignments', () => {
  let sickLeave: AssignmentView;

  it('are given by the municipality’s governors, to one or many recipients', async () => {
    const created = await post<AssignmentView>(central, '/assignments', {
      ...base,
      number: '11',
      reportBackText: 'till kommunstyrelsen under 2023',
      decision: 'Budget 2023 med plan 2024–2025',
      recipients: ['KS', 'VSS'],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ number: '11', year: 2023, kind: 'common', carriedFromId: null });
    expect(created.body.recipients.map((item) => item.unit.code).sort()).toEqual(['KS', 'VSS']);
    sickLeave = created.body;
  });

  it('refuses bad input in Swedish, naming the field and the value', async () => {
    const empty = await post(central, '/assignments', { ...base, text: '  ', recipients: [] });
    expect(empty.status).toBe(400);
    expect(empty.body.error.fields?.map((field) => field.path)).toContain('text');
    const unknown = await post(central, '/assignments', { ...base, recipients: ['NOPE'] });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toContain('NOPE');
    const twice = await post(central, `/assignments/${sickLeave.id}/recipients`, { orgUnitId: 'VSS' });
    expect(twice.status).toBe(409);
    expect(twice.body.error.message).toBe('Verksamhetsstöd och service har redan fått uppdraget.');
  });

  it('may be given by no reporter and changed by no reader', async () => {
    expect((await post(reporter, '/assignments', { ...base, recipients: ['VSS'] })).status).toBe(403);
    expect(
      (await post(reporter, `/assignments/${sickLeave.id}/recipients`, { orgUnitId: 'KLF' })).status,
    ).toBe(403);
    expect(
      (await put(reader, `/assignments/${sickLeave.id}`, { text: 'Ändrat', version: sickLeave.version }))
        .status,
    ).toBe(403);
  });

  it('tell the page what each user may do there, as the saves decide it', async () => {
    const mayOf = async (caller: Caller, org: string) =>
      (
        await caller.request<AssignmentList>(
          'GET',
          `/api/v1/assignments?year=2023&org=${org}&round=${fixture.rounds.august2023}`,
        )
      ).body.may;
    expect(await mayOf(t, 'VSS')).toEqual({ give: true, respond: true, report: true });
    expect(await mayOf(central, 'VSS')).toEqual({ give: true, respond: true, report: true });
    expect(await mayOf(reporter, 'VSS')).toEqual({ give: false, respond: true, report: true });
    // A sibling's reporter reads VSS's assignments but may report on none of them.
    expect(await mayOf(otherReporter, 'VSS')).toEqual({ give: false, respond: false, report: false });
    expect(await mayOf(reader, 'VSS')).toEqual({ give: false, respond: false, report: false });
  });

  it('take a recipient’s response and a status per round from its reporters, and from no one else', async () => {
    const vss = recipientOf(sickLeave, 'VSS');
    const response = await put<RecipientDto>(reporter, `/assignments/recipients/${vss.id}/response`, {
      response: 'Förvaltningen följer upp sjukfrånvaron månadsvis.',
      goalAreaId: fixture.goalAreaId,
      version: vss.version,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.goalAreaId).toBe(fixture.goalAreaId);
    const status = { recipientId: vss.id, reportingRoundId: fixture.rounds.august2023, status: 'inProgress' };
    // A reporter of a sibling administration, and a reader, may not.
    expect((await post(otherReporter, '/assignments/statuses', status)).status).toBe(403);
    expect((await post(reader, '/assignments/statuses', status)).status).toBe(403);
    expect(
      (
        await put(otherReporter, `/assignments/recipients/${vss.id}/response`, {
          response: 'Nej',
          goalAreaId: null,
          version: response.body.version,
        })
      ).status,
    ).toBe(403);
    const august = await post<StatusDto>(reporter, '/assignments/statuses', {
      ...status,
      comment: 'Åtgärder vidtagna.',
    });
    expect(august.status, JSON.stringify(august.body)).toBe(201);
    const again = await post(reporter, '/assignments/statuses', status);
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe(
      'Mottagaren har redan en status i det här uppföljningstillfället. Ändra den i stället.',
    );
    const budget = await post(reporter, '/assignments/statuses', {
      ...status,
      reportingRoundId: fixture.rounds.budget2023,
    });
    expect(budget.status).toBe(422);
    expect(budget.body.error.message).toContain('är en budget');
    const closing = await post<StatusDto>(reporter, '/assignments/statuses', {
      ...status,
      reportingRoundId: fixture.rounds.closing2023,
      status: 'done',
      comment: 'Genomfört enligt plan.',
    });
    expect(closing.status).toBe(201);

    const shown = await list(`year=2023&org=VSS&round=${fixture.rounds.august2023}`);
    const entry = recipientOf(shown.assignments[0] as AssignmentView, 'VSS');
    expect(entry.goalArea).toBe('Medborgare');
    expect(entry.statuses.map((item) => item.status).sort()).toEqual(['done', 'inProgress']);
    expect(shown.summary?.text).toBe('Enhetens enda strategiska utvecklingsuppdrag pågår.');
  });

  it('refuses a save made on a stale version, naming who saved in between', async () => {
    const fresh = await put<AssignmentView>(central, `/assignments/${sickLeave.id}`, {
      reportBackDate: '2023-12-31',
      version: sickLeave.version,
    });
    expect(fresh.status, JSON.stringify(fresh.body)).toBe(200);
    const stale = await put(t, `/assignments/${sickLeave.id}`, {
      text: 'Ändrat',
      version: sickLeave.version,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toContain('Test centralController');

    const status = (await list('year=2023&org=VSS')).assignments[0]?.recipients
      .find((item) => item.unit.code === 'VSS')
      ?.statuses.find((item) => item.reportingRoundId === fixture.rounds.august2023) as StatusDto;
    const changed = await put<StatusDto>(reporter, `/assignments/statuses/${status.id}`, {
      comment: 'Åtgärder vidtagna; uppföljning månadsvis.',
      version: status.version,
    });
    expect(changed.status).toBe(200);
    expect(
      (await put(reporter, `/assignments/statuses/${status.id}`, { status: 'done', version: status.version }))
        .status,
    ).toBe(409);
  });

  it('carries the unfinished ones into the next year once, with the recipients that have not finished', async () => {
    const finished = await post<AssignmentView>(central, '/assignments', {
      ...base,
      kind: 'additional',
      text: 'Uppdrag till samtliga nämnder att öka takten i digitaliseringsarbetet.',
      recipients: ['VSS'],
    });
    await post(reporter, '/assignments/statuses', {
      recipientId: recipientOf(finished.body, 'VSS').id,
      reportingRoundId: fixture.rounds.closing2023,
      status: 'notApplicable',
    });
    expect((await post(reporter, '/assignments/carry', { fromYear: 2023, toYear: 2024 })).status).toBe(403);
    const reversed = await post(central, '/assignments/carry', { fromYear: 2023, toYear: 2023 });
    expect(reversed.status).toBe(422);
    expect(reversed.body.error.message).toBe('Till år: 2023 måste vara senare än från år (2023).');

    const carried = await post<CarryResult>(central, '/assignments/carry', { fromYear: 2023, toYear: 2024 });
    expect(carried.status, JSON.stringify(carried.body)).toBe(200);
    // The sick-leave assignment: VSS has done it, KS has said nothing; the digitalisation one is finished.
    expect(carried.body.created.map((row) => row.table)).toEqual([
      'strategic_assignment',
      'assignment_recipient',
    ]);
    const next = await list('year=2024');
    expect(next.assignments).toHaveLength(1);
    const copy = next.assignments[0] as AssignmentView;
    expect(copy).toMatchObject({
      text: base.text,
      number: '11',
      carriedFromId: sickLeave.id,
      carriedFromYear: 2023,
      reportBackDate: '2023-12-31',
    });
    expect(copy.recipients.map((item) => item.unit.code)).toEqual(['KS']);
    const detail = await t.request<AssignmentDetail>('GET', `/api/v1/assignments/${copy.id}`);
    expect(detail.body.history.map((item) => item.year)).toEqual([2023]);
    expect(detail.body.history[0]?.recipients.map((item) => item.statuses.length).sort()).toEqual([0, 2]);

    const twice = await post<CarryResult>(central, '/assignments/carry', { fromYear: 2023, toYear: 2024 });
    expect(twice.body.created).toEqual([]);
    expect((await list('year=2024')).assignments).toHaveLength(1);
  });

  it('keeps an assignment that has statuses, and deletes one that has none', async () => {
    const refused = await t.request<ErrorBody>(
      'DELETE',
      `/api/v1/assignments/${sickLeave.id}?version=${(await list('year=2023')).assignments[0]?.version}`,
    );
    expect(refused.status).toBe(409);
    const spare = await post<AssignmentView>(central, '/assignments', {
      ...base,
      kind: 'board',
      text: 'Ett uppdrag som ges av misstag.',
      recipients: ['VSS'],
    });
    expect((await reporter.request('DELETE', `/api/v1/assignments/${spare.body.id}?version=1`)).status).toBe(
      403,
    );
    expect((await central.request('DELETE', `/api/v1/assignments/${spare.body.id}?version=1`)).status).toBe(
      204,
    );
  });

  it('are exported in the unit’s data package and read back unchanged', async () => {
    const exported = await t.request<Record<string, unknown[]>>(
      'GET',
      '/api/v1/data-package/export?org=VSS&year=2023',
    );
    expect(exported.status).toBe(200);
    expect(exported.body.strategicAssignments).toHaveLength(2);
    expect(exported.body.assignmentRecipients).toHaveLength(2);
    expect(exported.body.assignmentStatuses).toHaveLength(3);
    const again = await t.request<ImportReportDto & ErrorBody>(
      'POST',
      '/api/v1/data-package/import',
      exported.body,
    );
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    expect(again.body.created).toMatchObject({
      strategicAssignments: 0,
      assignmentRecipients: 0,
      assignmentStatuses: 0,
    });
    expect(again.body.unchanged).toMatchObject({
      strategicAssignments: 2,
      assignmentRecipients: 2,
      assignmentStatuses: 3,
    });
  });
});

describe('an approved part or a closed round', () => {
  const act = (roundId: string, action: string, version: number | null, comment?: string) =>
    t.request<{ version: number } & ErrorBody>(
      'POST',
      `/api/v1/reporting/rounds/${roundId}/units/VSS/actions`,
      { action, version, ...(comment ? { comment } : {}) },
    );
  const sickLeaveOf = async () =>
    recipientOf(
      (await list('year=2023&org=VSS')).assignments.find((item) => item.text === base.text) as AssignmentView,
      'VSS',
    );
  const statusIn = (recipient: AssignmentView['recipients'][number], roundId: string) =>
    recipient.statuses.find((item) => item.reportingRoundId === roundId) as StatusDto;

  it('locks the recipient’s statuses of an approved part, as it locks its outcomes, until it is reopened', async () => {
    const ready = await act(fixture.rounds.august2023, 'markReady', null);
    expect(ready.status, JSON.stringify(ready.body)).toBe(200);
    const approved = await act(fixture.rounds.august2023, 'approve', ready.body.version);
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    // The page no longer offers the status form; the response (not locked by the round) stays open.
    const page = await reporter.request<AssignmentList>(
      'GET',
      `/api/v1/assignments?year=2023&org=VSS&round=${fixture.rounds.august2023}`,
    );
    expect(page.body.may).toEqual({ give: false, respond: true, report: false });
    const august = statusIn(await sickLeaveOf(), fixture.rounds.august2023);
    const refused = await put(reporter, `/assignments/statuses/${august.id}`, {
      status: 'done',
      version: august.version,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe(
      'Verksamhetsstöd och services del av Delår 31 augusti 2023 är godkänd och därför låst. ' +
        'Den som godkänner kan öppna den igen.',
    );
    const reopened = await act(fixture.rounds.august2023, 'reopen', approved.body.version, 'Status saknas.');
    expect(reopened.status, JSON.stringify(reopened.body)).toBe(200);
    const changed = await put(reporter, `/assignments/statuses/${august.id}`, {
      status: 'done',
      version: august.version,
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
  });

  it('takes no status of a closed round, new or changed', async () => {
    const rounds = await t.request<{ id: string; version: number }[]>(
      'GET',
      '/api/v1/planning/rounds?year=2023',
    );
    const closing = rounds.body.find((round) => round.id === fixture.rounds.closing2023);
    const closed = await t.request('PUT', `/api/v1/planning/rounds/${fixture.rounds.closing2023}`, {
      closed: true,
      version: closing?.version,
    });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    const message = 'Bokslut 2023 är stängt: utfall och bedömningar kan inte längre ändras.';
    const vss = await sickLeaveOf();
    const done = statusIn(vss, fixture.rounds.closing2023);
    const changed = await put(reporter, `/assignments/statuses/${done.id}`, {
      comment: 'Ändrat i efterhand.',
      version: done.version,
    });
    expect(changed.status).toBe(409);
    expect(changed.body.error.message).toBe(message);
    // KS has reported nothing in the round: a first status is refused as well.
    const assignment = (await list('year=2023')).assignments.find((item) => item.text === base.text);
    const created = await post(t, '/assignments/statuses', {
      recipientId: recipientOf(assignment as AssignmentView, 'KS').id,
      reportingRoundId: fixture.rounds.closing2023,
      status: 'done',
    });
    expect(created.status).toBe(409);
    expect(created.body.error.message).toBe(message);
  });
});

describe('the demo’s assignments, read in through the data package', () => {
  let demoApp: TestApp;
  const demo = buildDemoPackage();
  const pkg = {
    format: demo.format,
    formatVersion: demo.formatVersion,
    orgUnits: demo.orgUnits,
    reportingRounds: demo.reportingRounds,
    goalAreas: demo.goalAreas,
    strategicAssignments: demo.strategicAssignments,
    assignmentRecipients: demo.assignmentRecipients,
    assignmentStatuses: demo.assignmentStatuses,
  };
  const roundId = (year: number, kind: string) =>
    demo.reportingRounds?.find((round) => round.year === year && round.kind === kind)?.id ?? '';

  beforeAll(async () => {
    demoApp = await startTestApp();
    const report = await demoApp.request<ImportReportDto & ErrorBody>(
      'POST',
      '/api/v1/data-package/import',
      pkg,
    );
    expect(report.status, JSON.stringify(report.body)).toBe(200);
    expect(report.body.created).toMatchObject({
      strategicAssignments: demo.strategicAssignments?.length,
      assignmentRecipients: demo.assignmentRecipients?.length,
      assignmentStatuses: demo.assignmentStatuses?.length,
    });
  });
  afterAll(async () => {
    await demoApp?.close();
  });

  const listed = async (query: string) =>
    (await demoApp.request<AssignmentList>('GET', `/api/v1/assignments?${query}`)).body;

  it('counts VSS’s six assignments at the 2019 closing as 002:55 does', async () => {
    const closing = await listed(`year=2019&org=VSS&round=${roundId(2019, 'closing')}`);
    expect(closing.assignments).toHaveLength(6);
    expect(closing.summary?.text).toBe('Samtliga sex (6) strategiska utvecklingsuppdrag har genomförts.');
  });

  it('shows the August 2019 round as 004:367-417 prints it', async () => {
    const august = await listed(`year=2019&org=VSS&round=${roundId(2019, 'august')}`);
    expect(august.summary?.counts).toEqual({
      done: 1,
      inProgress: 2,
      notStarted: 0,
      notApplicable: 2,
      unreported: 1,
    });
  });

  it('holds the assignments of 000 and 001, with VSS’s responses of 2020 tagged with goal areas', async () => {
    const vss2023 = await listed('year=2023&org=VSS');
    expect(vss2023.assignments.map((item) => `${item.kind} ${item.number}`)).toEqual([
      ...Array.from({ length: 12 }, (_, index) => `common ${index + 1}`),
      'board 1',
      'board 2',
    ]);
    const ks2020 = await listed('year=2020&org=KS');
    expect(ks2020.assignments.map((item) => item.kind)).toEqual([
      ...Array.from({ length: 7 }, () => 'common'),
      'board',
      'board',
      'board',
    ]);
    const vss2020 = await listed('year=2020&org=VSS');
    const responses = vss2020.assignments.map((item) => recipientOf(item, 'VSS').goalArea);
    expect(responses).toEqual([
      'Medborgare',
      null,
      'Verksamhet',
      'Medarbetare',
      'Ekonomi',
      'Verksamhet',
      'Medarbetare',
    ]);
  });

  it('reads the same package again as unchanged', async () => {
    const again = await demoApp.request<ImportReportDto>('POST', '/api/v1/data-package/import', pkg);
    expect(again.body.unchanged).toMatchObject({
      strategicAssignments: demo.strategicAssignments?.length,
      assignmentStatuses: demo.assignmentStatuses?.length,
    });
  });
});
