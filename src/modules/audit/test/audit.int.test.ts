/**
 * Ändringslogg through the API, on both engines: two controllers change goals, indicators, targets and
 * outcomes in two units; an auditor lists their changes by person, by unit (with the units under it) and by
 * period (calendar days in Swedish time), a page at a time, and exports them as CSV and Excel; a reporter
 * and a reader are refused. And a save that meets a stale version names who changed the record and when.
 */
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { buildOrganisation, type Fixture } from '../../../../test/factories.ts';
import { systemContext } from '../../../app.ts';
import { DomainError } from '../../../core/errors.ts';
import { ENTITY_TYPE_LABELS, hasFieldLabel } from '../../../core/history.ts';
import { loadDemoIfEmpty } from '../../../demo/load-demo.ts';
import { write } from '../../../platform/context.ts';
import { indicatorEntity } from '../../goals/model.ts';
import type { AuditChange, AuditChoices, ChangePage } from '../contract.ts';

interface ErrorBody {
  error: { code: string; message: string };
}

interface Record {
  id: string;
  version: number;
  name: string;
}

const plain = (text: string) => text.replace(/\u00a0/g, ' ');

/** Today in Swedish time, and the days around it (YYYY-MM-DD). */
function swedishDay(offsetDays = 0): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );
}

describe('Ändringslogg', () => {
  let t: TestApp;
  let f: Fixture;
  let cecilia: Caller;
  let bo: Caller;
  let auditor: Caller;
  const ids: { [name: string]: string } = {};

  async function created(caller: Caller, url: string, body: unknown): Promise<Record> {
    const response = await caller.request<Record & ErrorBody>('POST', url, body);
    expect(response.status, `${url}: ${JSON.stringify(response.body)}`).toBe(201);
    return response.body;
  }

  async function changes(query: string, caller: Caller = auditor): Promise<ChangePage> {
    const response = await caller.request<ChangePage>('GET', `/api/v1/audit/changes?${query}`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body;
  }

  /** "Mål: Nöjda kunder" per change, newest first. */
  const what = (page: ChangePage) =>
    page.changes.map((change) => `${change.entityLabel}: ${change.title ?? '–'}`);

  beforeAll(async () => {
    t = await startTestApp();
    f = await buildOrganisation(t);
    // KS → VSS → VSS-IT, and KLF beside VSS.
    await created(t, '/api/v1/organisation/units', {
      code: 'VSS-IT',
      name: 'IT-avdelningen',
      kind: 'division',
      parentId: 'VSS',
      validFrom: '2019-01-01',
      validTo: null,
    });
    await created(t, '/api/v1/organisation/units', {
      code: 'KLF',
      name: 'Kommunledningsförvaltningen',
      kind: 'administration',
      parentId: 'KS',
      validFrom: '2019-01-01',
      validTo: null,
    });
    const controller = { role: 'controller' as const, orgUnitId: 'KS', fromYear: null, toYear: null };
    cecilia = await t.asUser('Cecilia Ek', [controller]);
    bo = await t.asUser('Bo Ek', [controller]);
    auditor = await t.as('auditor');

    const goal = await created(cecilia, '/api/v1/goals/goals', {
      orgUnitId: 'VSS-IT',
      municipalGoalId: f.municipalGoalId,
      name: 'Stabil IT-drift',
      validFromYear: 2023,
    });
    const indicator = await created(cecilia, '/api/v1/goals/indicators', {
      goalId: goal.id,
      name: 'Tillgänglighet',
      unit: '%',
    });
    await created(cecilia, '/api/v1/goals/targets', {
      indicatorId: indicator.id,
      year: 2023,
      notation: '≥99',
    });
    await created(cecilia, '/api/v1/goals/outcomes', {
      indicatorId: indicator.id,
      reportingRoundId: f.rounds.closing2023,
      year: 2023,
      total: '99,5',
    });
    const klfGoal = await created(bo, '/api/v1/goals/goals', {
      orgUnitId: 'KLF',
      municipalGoalId: f.municipalGoalId,
      name: 'Effektiv ledning',
      validFromYear: 2023,
    });
    const renamed = await bo.request<Record>('PUT', `/api/v1/goals/indicators/${indicator.id}`, {
      name: 'Tillgänglighet i IT-tjänsterna',
      version: indicator.version,
    });
    expect(renamed.status).toBe(200);
    Object.assign(ids, { goal: goal.id, indicator: indicator.id, klfGoal: klfGoal.id });
    const choices = await auditor.request<AuditChoices>('GET', '/api/v1/audit/choices');
    expect(choices.status).toBe(200);
    for (const person of choices.body.people) {
      ids[person.name] = person.id;
    }
  });

  afterAll(async () => {
    await t?.close();
  });

  it('lists the people who changed something and the kinds of record, in Swedish', async () => {
    const choices = await auditor.request<AuditChoices>('GET', '/api/v1/audit/choices');
    expect(choices.body.people.map((person) => person.name)).toEqual(
      expect.arrayContaining(['Bo Ek', 'Cecilia Ek', 'Testadministratör']),
    );
    expect(choices.body.entityTypes).toEqual(
      expect.arrayContaining([
        { type: 'indicator', label: 'Indikator' },
        { type: 'indicator_outcome', label: 'Utfall' },
        { type: 'org_unit', label: 'Organisationsenhet' },
      ]),
    );
  });

  it('filters by person, newest first', async () => {
    const page = await changes(`person=${ids['Cecilia Ek']}`);
    expect(page.changes.every((change) => change.actorName === 'Cecilia Ek')).toBe(true);
    expect(what(page)).toEqual([
      'Utfall: –',
      'Målvärde: ≥99',
      'Indikator: Tillgänglighet',
      'Mål: Stabil IT-drift',
    ]);
    expect(page.nextBefore).toBeNull();
    const boPage = await changes(`person=${ids['Bo Ek']}`);
    expect(what(boPage)).toEqual(['Indikator: Tillgänglighet i IT-tjänsterna', 'Mål: Effektiv ledning']);
    const [rename] = boPage.changes as [AuditChange];
    expect(rename.action).toBe('update');
    expect(rename.unit).toEqual({ id: expect.any(String), code: 'VSS-IT', name: 'IT-avdelningen' });
  });

  it('filters by unit with the units under it, from each table’s rule (an outcome by its goal’s unit)', async () => {
    const vss = await changes('unit=VSS');
    expect(what(vss)).toEqual([
      'Indikator: Tillgänglighet i IT-tjänsterna',
      'Utfall: –',
      'Målvärde: ≥99',
      'Indikator: Tillgänglighet',
      'Mål: Stabil IT-drift',
      'Organisationsenhet: IT-avdelningen',
      'Organisationsenhet: Verksamhetsstöd och service',
    ]);
    expect(vss.changes.find((change) => change.entityType === 'indicator_outcome')?.unit?.code).toBe(
      'VSS-IT',
    );
    // By id as well as by code; a sibling's changes are not a unit's.
    const klf = await changes(
      `unit=${(await t.request<Record>('GET', '/api/v1/organisation/units/KLF')).body.id}`,
    );
    expect(what(klf)).toEqual(['Mål: Effektiv ledning', 'Organisationsenhet: Kommunledningsförvaltningen']);
    // KS holds both; a person and a unit together.
    expect(what(await changes(`unit=KS&person=${ids['Bo Ek']}`))).toEqual([
      'Indikator: Tillgänglighet i IT-tjänsterna',
      'Mål: Effektiv ledning',
    ]);
    expect(what(await changes('unit=KS&entityType=goal'))).toEqual([
      'Mål: Effektiv ledning',
      'Mål: Stabil IT-drift',
    ]);
  });

  it('pages through a unit’s changes: the pages together are the whole list, without overlap', async () => {
    const whole = await changes('unit=VSS');
    const seen: string[] = [];
    let before: string | null = null;
    let pages = 0;
    do {
      const page: ChangePage = await changes(`unit=VSS&limit=2${before ? `&before=${before}` : ''}`);
      expect(page.changes.length).toBeLessThanOrEqual(2);
      seen.push(...page.changes.map((change) => change.id));
      before = page.nextBefore;
      pages += 1;
    } while (before !== null);
    expect(pages).toBe(4);
    expect(seen).toEqual(whole.changes.map((change) => change.id));
  });

  it('exports the same selection as CSV in Swedish Excel’s dialect', async () => {
    const response = await auditor.inject({
      method: 'GET',
      url: `/api/v1/audit/changes/export?format=csv&unit=VSS&person=${ids['Bo Ek']}`,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="andringslogg-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const text = response.body;
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('Ändringslogg: Bo Ek, Verksamhetsstöd och service (VSS) med underenheter');
    expect(lines[1]).toBe('När;Vem;Vad;Post;Enhet;Åtgärd;Ändringar;Postens id');
    expect(lines[2]).toMatch(
      new RegExp(
        `^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2};Bo Ek;Indikator;Tillgänglighet i IT-tjänsterna;IT-avdelningen \\(VSS-IT\\);Ändrade;Namn: Tillgänglighet → Tillgänglighet i IT-tjänsterna;${ids.indicator}$`,
      ),
    );
    expect(lines.slice(3)).toEqual(['']);
  });

  it('exports the same selection as an Excel workbook', async () => {
    const response = await auditor.inject({
      method: 'GET',
      url: '/api/v1/audit/changes/export?format=xlsx&unit=VSS',
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const [sheet] = workbook.worksheets;
    if (!sheet) {
      throw new Error('the workbook has no sheet');
    }
    const row = (index: number) => (sheet.getRow(index).values as unknown[]).slice(1);
    expect(row(1)).toEqual(['Ändringslogg: Verksamhetsstöd och service (VSS) med underenheter']);
    expect(row(2)).toEqual(['När', 'Vem', 'Vad', 'Post', 'Enhet', 'Åtgärd', 'Ändringar', 'Postens id']);
    const rows = Array.from({ length: 7 }, (_, index) => row(index + 3));
    const text = (values: unknown[] | undefined, index: number) => String(values?.[index] ?? '');
    expect(rows.map((values) => [1, 2, 3, 5].map((index) => text(values, index)).join(' | '))).toEqual([
      'Bo Ek | Indikator | Tillgänglighet i IT-tjänsterna | Ändrade',
      'Cecilia Ek | Utfall |  | Skapade',
      'Cecilia Ek | Målvärde | ≥99 | Skapade',
      'Cecilia Ek | Indikator | Tillgänglighet | Skapade',
      'Cecilia Ek | Mål | Stabil IT-drift | Skapade',
      'Testadministratör | Organisationsenhet | IT-avdelningen | Skapade',
      'Testadministratör | Organisationsenhet | Verksamhetsstöd och service | Skapade',
    ]);
    // A created record's values, a line each, with the unit's name for its id.
    expect(text(rows[4], 6)).toContain('Organisationsenhet: – → IT-avdelningen (VSS-IT)');
    expect(text(rows[4], 6)).toContain('Namn: – → Stabil IT-drift');
    expect(plain(text(rows[1], 6))).toContain('Totalt: – → 99,5');
  });

  it('filters by period: calendar days in Swedish time, from and to inclusive', async () => {
    const actor = ids['Cecilia Ek'] as string;
    // Ten past midnight on 15 June 2020 in Stockholm is 22.10 on the 14th in UTC.
    const goal = (await t.request<Record>('GET', `/api/v1/goals/goals/${ids.goal}`)).body;
    await sql`
      insert into change_log (created_at, actor_id, actor_name, action, entity_type, entity_id, old_value, new_value)
      values ('2020-06-14T22:10:00Z', ${actor}, 'Cecilia Ek', 'update', 'goal', ${ids.goal},
        ${JSON.stringify({ ...goal, name: 'Gammalt' })}::json, ${JSON.stringify(goal)}::json)`.execute(
      t.database.db,
    );
    const june15 = await changes(`person=${actor}&from=2020-06-15&to=2020-06-15`);
    expect(june15.changes.map((change) => change.createdAt)).toEqual(['2020-06-14T22:10:00.000Z']);
    expect(june15.changes[0]?.unit?.code).toBe('VSS-IT');
    expect((await changes(`person=${actor}&to=2020-06-14`)).changes).toEqual([]);
    expect((await changes(`person=${actor}&from=2020-06-16&to=${swedishDay(-1)}`)).changes).toEqual([]);
    expect(what(await changes(`person=${actor}&from=${swedishDay()}`))).toHaveLength(4);
    expect(what(await changes(`person=${actor}&to=${swedishDay()}`))).toHaveLength(5);
    const reversed = await auditor.request<ErrorBody>(
      'GET',
      '/api/v1/audit/changes?from=2024-02-01&to=2024-01-31',
    );
    expect(reversed.status).toBe(422);
    expect(reversed.body.error.message).toBe('Perioden slutar (2024-01-31) innan den börjar (2024-02-01).');
    const unknown = await auditor.request<ErrorBody>('GET', '/api/v1/audit/changes?unit=FINNS-EJ');
    expect(unknown.status).toBe(404);
  });

  it('is the auditors’, central controllers’ and administrators’ alone: a reporter and a reader are refused', async () => {
    const reporter = await t.as('reporter', 'VSS');
    const reader = await t.as('reader');
    const centralController = await t.as('centralController');
    const controllerOfVss = await t.as('controller', 'VSS');
    for (const url of [
      '/api/v1/audit/changes',
      '/api/v1/audit/changes?unit=VSS',
      '/api/v1/audit/changes/export?format=csv',
      '/api/v1/audit/changes/export?format=xlsx',
      '/api/v1/audit/choices',
    ]) {
      for (const [who, caller] of [
        ['reporter', reporter],
        ['reader', reader],
        ['controller of VSS', controllerOfVss],
      ] as const) {
        const refused = await caller.request<ErrorBody>('GET', url);
        expect(refused.status, `${who} ${url}`).toBe(403);
        expect(refused.body.error.message).toBe('Du har inte behörighet att göra detta.');
      }
      for (const caller of [auditor, centralController, t]) {
        expect((await caller.inject({ method: 'GET', url })).statusCode, url).toBe(200);
      }
      expect((await t.anonymous.inject({ method: 'GET', url })).statusCode).toBe(401);
    }
  });
});

describe('a save that meets a stale version', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await buildOrganisation(t);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('names the other person and when they saved, and keeps their edit', async () => {
    const controller = { role: 'controller' as const, orgUnitId: 'VSS', fromYear: null, toYear: null };
    const cecilia = await t.asUser('Cecilia Ek', [controller]);
    const david = await t.asUser('David Lind', [controller]);
    const goal = await cecilia.request<Record>('POST', '/api/v1/goals/goals', {
      orgUnitId: 'VSS',
      name: 'Nöjda kunder',
      validFromYear: 2023,
    });
    const indicator = await cecilia.request<Record>('POST', '/api/v1/goals/indicators', {
      goalId: goal.body.id,
      name: 'Nöjd kund-index',
    });
    // Both open the indicator at the same version; Cecilia saves first.
    const read = indicator.body.version;
    const first = await cecilia.request<Record>('PUT', `/api/v1/goals/indicators/${indicator.body.id}`, {
      name: 'Nöjd kund-index (NKI)',
      version: read,
    });
    expect(first.status).toBe(200);
    const second = await david.request<ErrorBody>('PUT', `/api/v1/goals/indicators/${indicator.body.id}`, {
      name: 'NKI',
      version: read,
    });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('core.stale_version');
    expect(second.body.error.message).toMatch(
      /^Indikatorn har ändrats av Cecilia Ek i dag kl\. \d{2}\.\d{2} sedan du öppnade den\. Ladda om sidan och gör din ändring igen\.$/,
    );
    const current = await t.request<Record>('GET', `/api/v1/goals/indicators/${indicator.body.id}`);
    expect((current.body as unknown as { indicator: Record }).indicator.name).toBe('Nöjd kund-index (NKI)');

    // A goal deleted? Retiring is a change too: the message names who retired it.
    const retired = await david.request<Record>('POST', `/api/v1/goals/goals/${goal.body.id}/retire`, {
      version: goal.body.version,
    });
    expect(retired.status).toBe(200);
    const late = await cecilia.request<ErrorBody>('PUT', `/api/v1/goals/goals/${goal.body.id}`, {
      name: 'Nöjdare kunder',
      version: goal.body.version,
    });
    expect(late.status).toBe(409);
    expect(late.body.error.message).toMatch(
      /^Målet har ändrats av David Lind i dag kl\. \d{2}\.\d{2} sedan du/,
    );
    // The same person in another window is told it was they.
    const own = await david.request<ErrorBody>('PUT', `/api/v1/goals/goals/${goal.body.id}`, {
      name: 'Nöjdare kunder',
      version: goal.body.version,
    });
    expect(own.body.error.message).toMatch(/^Målet har ändrats av dig i dag kl\. \d{2}\.\d{2} sedan du/);
  });

  it('carries who and when in the error’s details', async () => {
    const ctx = systemContext(t.database.db);
    const goal = await t.request<Record>('POST', '/api/v1/goals/goals', {
      orgUnitId: 'VSS',
      name: 'Korta handläggningstider',
      validFromYear: 2023,
    });
    const indicator = await t.request<Record>('POST', '/api/v1/goals/indicators', {
      goalId: goal.body.id,
      name: 'Handläggningstid',
    });
    const { rows } = await sql<{ created_at: Date }>`
      select created_at from change_log where entity_id = ${indicator.body.id} order by id desc limit 1`.execute(
      t.database.db,
    );
    const stored = (
      await t.request<{ indicator: Record }>('GET', `/api/v1/goals/indicators/${indicator.body.id}`)
    ).body.indicator;
    const caught = await write(ctx, (tx) =>
      tx.update(indicatorEntity, stored as never, stored.version + 1, { name: 'Ny' }),
    ).catch((error: unknown) => error);
    expect(caught).toBeInstanceOf(DomainError);
    expect((caught as DomainError).details).toEqual({
      changedBy: 'Testadministratör',
      changedAt: rows[0]?.created_at.toISOString(),
    });
    expect((caught as DomainError).message).toMatch(
      /^Indikatorn har ändrats av Testadministratör i dag kl\./,
    );
  });
});

describe('the change log in Swedish, for every kind of record the demo holds', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await loadDemoIfEmpty(t.database.db);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('names every kind of record and every field of the demo’s changes in Swedish', async () => {
    const { rows } = await sql<{ entity_type: string; field: string }>`
      select distinct entity_type, field from (
        select entity_type, json_object_keys(coalesce(new_value, old_value)) as field
        from change_log where json_typeof(coalesce(new_value, old_value)) = 'object'
      ) fields order by entity_type, field`.execute(t.database.db);
    expect(rows.length).toBeGreaterThan(100);
    const types = [...new Set(rows.map((row) => row.entity_type))];
    expect(types.filter((type) => ENTITY_TYPE_LABELS[type] === undefined)).toEqual([]);
    expect(rows.filter((row) => row.field !== 'id' && !hasFieldLabel(row.field))).toEqual([]);
    // The demo's changes of VSS's subtree, with their units.
    const page = await t.request<ChangePage>('GET', '/api/v1/audit/changes?unit=VSS&limit=500');
    expect(page.status).toBe(200);
    expect(page.body.changes.length).toBeGreaterThan(100);
    expect(page.body.changes.every((change) => change.unit !== null)).toBe(true);
  });
});
