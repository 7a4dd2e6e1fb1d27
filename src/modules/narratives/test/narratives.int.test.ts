/**
 * A unit's texts through HTTP on both engines: the list shows what the round's document asks for, written or
 * not; a text is written in sanitised rich text with a responsible person, changed with the version read and
 * kept in history; a reader, a reporter of another unit and a closed round are refused in Swedish; the texts
 * travel in the data package; and a generated document holds the written text instead of "Text saknas".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { buildOrganisation, type Fixture } from '../../../../test/factories.ts';
import type { ImportReportDto } from '../../data-package/contract.ts';
import type { NarrativeSlotDto, UnitNarrativesDto } from '../contract.ts';

interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; message: string }[] };
}

let t: TestApp;
let f: Fixture;
let reporter: Caller;
let reporterId: string;

beforeAll(async () => {
  t = await startTestApp();
  f = await buildOrganisation(t);
  reporter = await t.as('reporter', f.vssId);
  const users = await t.request<{ id: string; name: string }[]>('GET', '/api/v1/access/users');
  reporterId = users.body.find((user) => user.name === 'Test reporter')?.id ?? '';
});
afterAll(async () => {
  await t?.close();
});

const textUrl = (round: string, key: string, unit = 'VSS') =>
  `/api/v1/narratives/units/${unit}/rounds/${round}/texts/${key}`;
const list = (caller: Caller, round: string, year = 2023) =>
  caller.request<UnitNarrativesDto & ErrorBody>(
    'GET',
    `/api/v1/narratives?orgUnit=VSS&year=${year}&round=${round}`,
  );

describe('a unit’s texts for a round', () => {
  it('lists every text the round’s document asks for, none written yet', async () => {
    const closing = await list(reporter, f.rounds.closing2023);
    expect(closing.status, JSON.stringify(closing.body)).toBe(200);
    expect(closing.body.documentType).toBe('annual');
    expect(closing.body.editable).toBe(true);
    expect(closing.body.texts.map((text) => text.key)).toEqual([
      'mission',
      'overallAssessment',
      'decisionsAndEvents',
      'outlook',
      'economyAnalysis',
      'statementAnalysis',
      'investmentAnalysis',
      'coreActivities',
      'plansAndProgrammes',
    ]);
    expect(closing.body.texts.every((text) => text.state === 'missing' && text.text === null)).toBe(true);
    expect(closing.body.texts.find((text) => text.key === 'statementAnalysis')).toMatchObject({
      heading: 'Analys och kommentar',
      chapter: 'Ekonomi › Driftsammandrag',
    });
    expect(closing.body.people.map((person) => person.id)).toContain(reporterId);
    const budget = await list(reporter, f.rounds.budget2023);
    expect(budget.body.documentType).toBe('budget');
    expect(budget.body.texts.find((text) => text.key === 'mission')?.heading).toBe(
      'Verksamhetsstöd och service uppdrag',
    );
    const interim = await list(reporter, f.rounds.august2023);
    expect(interim.body.texts.find((text) => text.key === 'outlook')?.heading).toBe('Förväntad utveckling');
  });

  it('writes a text in sanitised rich text with a responsible person, and changes it with the version', async () => {
    const saved = await reporter.request<NarrativeSlotDto & ErrorBody>(
      'PUT',
      textUrl(f.rounds.closing2023, 'decisionsAndEvents'),
      {
        body: '<p>Kontakt Linköping <strong>startade</strong>.</p><script>alert(1)</script>',
        responsibleUserId: reporterId,
      },
    );
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.state).toBe('written');
    expect(saved.body.text?.body).toBe('<p>Kontakt Linköping <strong>startade</strong>.</p>');
    expect(saved.body.responsibleName).toBe('Test reporter');
    const version = saved.body.text?.version ?? 0;

    const missing = await reporter.request<ErrorBody>(
      'PUT',
      textUrl(f.rounds.closing2023, 'decisionsAndEvents'),
      {
        body: '<p>Ny text</p>',
      },
    );
    expect(missing.status).toBe(409);
    expect(missing.body.error.code).toBe('narratives.version_required');
    expect(missing.body.error.message).toContain('Viktiga beslut och händelser');

    const changed = await reporter.request<NarrativeSlotDto>(
      'PUT',
      textUrl(f.rounds.closing2023, 'decisionsAndEvents'),
      {
        body: '<p>Kontakt Linköping startade i januari.</p>',
        version,
      },
    );
    expect(changed.status).toBe(200);
    expect(changed.body.responsibleName).toBe('Test reporter');
    const stale = await reporter.request<ErrorBody>(
      'PUT',
      textUrl(f.rounds.closing2023, 'decisionsAndEvents'),
      {
        body: '<p>För sent</p>',
        version,
      },
    );
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('core.stale_version');

    const history = await t.request<{ action: string }[]>(
      'GET',
      `/api/v1/narratives/${saved.body.text?.id}/history`,
    );
    expect(history.body.map((entry) => entry.action)).toEqual(['create', 'update']);
  });

  it('refuses, in Swedish, a key the document does not ask for and a responsible without a role', async () => {
    const unknown = await reporter.request<ErrorBody>(
      'PUT',
      textUrl(f.rounds.closing2023, 'managerIntroduction'),
      {
        body: '<p>Inledning</p>',
      },
    );
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.message).toContain('Dokumentet Verksamhetsberättelse för');
    expect(unknown.body.error.message).toContain('”managerIntroduction”');
    const stranger = '00000000-0000-4000-8000-000000000001';
    const nobody = await reporter.request<ErrorBody>('PUT', textUrl(f.rounds.closing2023, 'outlook'), {
      body: '<p>Framåt</p>',
      responsibleUserId: stranger,
    });
    expect(nobody.status).toBe(422);
    expect(nobody.body.error.code).toBe('narratives.responsible_unknown');
    expect(nobody.body.error.message).toContain(stranger);
  });

  it('refuses a reader and a reporter of another unit', async () => {
    const reader = await t.as('reader', f.vssId);
    const read = await list(reader, f.rounds.closing2023);
    expect(read.status).toBe(200);
    expect(read.body.editable).toBe(false);
    expect(read.body.texts.find((text) => text.key === 'decisionsAndEvents')?.state).toBe('written');
    const refused = await reader.request<ErrorBody>('PUT', textUrl(f.rounds.closing2023, 'mission'), {
      body: '<p>Uppdraget</p>',
    });
    expect(refused.status).toBe(403);
    const other = await t.request<{ id: string }>('POST', '/api/v1/organisation/units', {
      code: 'KLF',
      name: 'Kommunledningsförvaltningen',
      kind: 'administration',
      parentId: 'KS',
      validFrom: '2019-01-01',
    });
    expect(other.status, JSON.stringify(other.body)).toBe(201);
    const elsewhere = await t.as('reporter', other.body.id);
    expect((await list(elsewhere, f.rounds.closing2023)).body.editable).toBe(false);
    const foreign = await elsewhere.request<ErrorBody>('PUT', textUrl(f.rounds.closing2023, 'mission'), {
      body: '<p>x</p>',
    });
    expect(foreign.status).toBe(403);
  });

  it('puts the written text in the generated document instead of "Text saknas"', async () => {
    const response = await t.inject({
      method: 'GET',
      url: `/api/v1/documents/render?unitId=VSS&year=2023&type=annual&format=html`,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.body).toContain('Kontakt Linköping startade i januari.');
    expect(response.body).not.toContain('Text saknas: Viktiga beslut och händelser');
    expect(response.body).toContain('Text saknas: Framåtblick');
  });

  it('travels in the data package: read back unchanged, a changed body updated, the responsible kept', async () => {
    const exported = await t.request<Record<string, Record<string, unknown>[]>>(
      'GET',
      '/api/v1/data-package/export?org=VSS&year=2023',
    );
    expect(exported.status).toBe(200);
    expect(exported.body.narrativeTexts).toHaveLength(1);
    expect(exported.body.narrativeTexts?.[0]).toMatchObject({ orgUnit: 'VSS', key: 'decisionsAndEvents' });
    expect(exported.body.narrativeTexts?.[0]).not.toHaveProperty('responsibleUserId');
    const again = await t.request<ImportReportDto>('POST', '/api/v1/data-package/import', exported.body);
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    expect(again.body.unchanged).toMatchObject({ narrativeTexts: 1 });
    const changed = {
      ...exported.body,
      narrativeTexts: exported.body.narrativeTexts?.map((text) => ({ ...text, body: '<p>Ur paketet.</p>' })),
    };
    const updated = await t.request<ImportReportDto>('POST', '/api/v1/data-package/import', changed);
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    expect(updated.body.updated).toMatchObject({ narrativeTexts: 1 });
    const text = (await list(t, f.rounds.closing2023)).body.texts.find(
      (slot) => slot.key === 'decisionsAndEvents',
    );
    expect(text?.text?.body).toBe('<p>Ur paketet.</p>');
    expect(text?.responsibleName).toBe('Test reporter');
    const wrongKey = {
      ...exported.body,
      narrativeTexts: exported.body.narrativeTexts?.map((item) => ({ ...item, key: 'budgetSummary' })),
    };
    const refused = await t.request<ErrorBody>('POST', '/api/v1/data-package/import', wrongKey);
    expect(refused.status).toBe(422);
    expect(JSON.stringify(refused.body)).toContain('”budgetSummary”');
  });

  it('locks the texts of an approved part until it is reopened', async () => {
    const written = await reporter.request<NarrativeSlotDto>('PUT', textUrl(f.rounds.august2023, 'outlook'), {
      body: '<p>Förväntad utveckling.</p>',
    });
    expect(written.status).toBe(200);
    const partActions = `/api/v1/reporting/rounds/${f.rounds.august2023}/units/VSS/actions`;
    const ready = await reporter.request<{ version: number }>('POST', partActions, {
      action: 'markReady',
      version: null,
    });
    expect(ready.status, JSON.stringify(ready.body)).toBe(200);
    const approver = await t.as('approver', f.vssId);
    const approved = await approver.request<{ version: number }>('POST', partActions, {
      action: 'approve',
      version: ready.body.version,
    });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect((await list(reporter, f.rounds.august2023)).body.editable).toBe(false);
    const refused = await reporter.request<ErrorBody>('PUT', textUrl(f.rounds.august2023, 'outlook'), {
      body: '<p>Ändrad efteråt.</p>',
      version: written.body.text?.version,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('reporting.part_approved');
    expect(refused.body.error.message).toContain('är godkänd och därför låst');
    const reopened = await approver.request('POST', partActions, {
      action: 'reopen',
      version: approved.body.version,
      comment: 'Texten behöver kompletteras.',
    });
    expect(reopened.status, JSON.stringify(reopened.body)).toBe(200);
    expect((await list(reporter, f.rounds.august2023)).body.editable).toBe(true);
  });

  it('deletes a text with the version, and refuses every change once the round is closed', async () => {
    const written = await reporter.request<NarrativeSlotDto>('PUT', textUrl(f.rounds.august2023, 'mission'), {
      body: 'Förvaltningen samlar kommuninterna tjänster.',
    });
    expect(written.status).toBe(200);
    expect(written.body.text?.body).toBe('<p>Förvaltningen samlar kommuninterna tjänster.</p>');
    const removed = await reporter.request(
      'DELETE',
      `${textUrl(f.rounds.august2023, 'mission')}?version=${written.body.text?.version}`,
    );
    expect(removed.status).toBe(204);
    const gone = await reporter.request<ErrorBody>(
      'DELETE',
      `${textUrl(f.rounds.august2023, 'mission')}?version=1`,
    );
    expect(gone.status).toBe(404);

    const rounds = await t.request<{ id: string; version: number }[]>(
      'GET',
      '/api/v1/planning/rounds?year=2023',
    );
    const round = rounds.body.find((candidate) => candidate.id === f.rounds.closing2023);
    const closed = await t.request('PUT', `/api/v1/planning/rounds/${f.rounds.closing2023}`, {
      closed: true,
      version: round?.version,
    });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    const current = (await list(reporter, f.rounds.closing2023)).body;
    expect(current.editable).toBe(false);
    const text = current.texts.find((slot) => slot.key === 'decisionsAndEvents');
    const refused = await reporter.request<ErrorBody>(
      'PUT',
      textUrl(f.rounds.closing2023, 'decisionsAndEvents'),
      {
        body: '<p>Efteråt</p>',
        version: text?.text?.version,
      },
    );
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('reporting.round_closed');
    expect(refused.body.error.message).toContain('är stängt');
    const newText = await reporter.request<ErrorBody>('PUT', textUrl(f.rounds.closing2023, 'outlook'), {
      body: '<p>Framåt</p>',
    });
    expect(newText.body.error.code).toBe('reporting.round_closed');
  });
});
