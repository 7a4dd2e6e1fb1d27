/**
 * Rich text is sanitised on its way into the database, whatever way it comes (ADR 0023): the API's writes
 * of an assessment's basis, an outcome's comment and a round part's comment, and a data-package import.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataPackage, ImportReportDto } from '../src/modules/data-package/contract.ts';
import { startTestApp, type TestApp } from './app-harness.ts';
import { buildOrganisation, type Fixture } from './factories.ts';

const HOSTILE =
  '<p>ok <strong>fet</strong></p><script>alert(1)</script><a href="javascript:alert(1)">x</a>' +
  '<img src=x onerror="alert(2)"><a href="https://example.se" onclick="alert(3)" target="_blank">källa</a>';
const CLEAN =
  '<p>ok <strong>fet</strong></p><p>x<a href="https://example.se/" rel="noopener noreferrer">källa</a></p>';

let t: TestApp;
let f: Fixture;
let goalId: string;
let indicatorId: string;

beforeAll(async () => {
  t = await startTestApp();
  f = await buildOrganisation(t);
  const goal = await t.request<{ id: string }>('POST', '/api/v1/goals/goals', {
    orgUnitId: 'VSS',
    municipalGoalId: f.municipalGoalId,
    name: 'Goda arbetsplatser',
    validFromYear: 2023,
  });
  goalId = goal.body.id;
  const indicator = await t.request<{ id: string }>('POST', '/api/v1/goals/indicators', {
    goalId,
    name: 'Total sjukfrånvaro',
    desiredDirection: 'decrease',
  });
  indicatorId = indicator.body.id;
});
afterAll(async () => {
  await t?.close();
});

interface Assessment {
  id: string;
  basis: string | null;
  version: number;
}

const assessmentPath = (round: string) => `/api/v1/assessments/goals/${goalId}/rounds/${round}`;

describe('rich text through the API', () => {
  it('stores an assessment’s basis without script, handlers or javascript: links, and answers with it', async () => {
    const saved = await t.request<{ assessment: Assessment }>('PUT', assessmentPath(f.rounds.closing2023), {
      verdict: 'notAssessed',
      basis: HOSTILE,
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.assessment.basis).toBe(CLEAN);
    const read = await t.request<{ assessment: Assessment }>('GET', assessmentPath(f.rounds.closing2023));
    expect(read.body.assessment.basis).toBe(CLEAN);
    const history = await t.request<{ newValue: { basis: string } | null }[]>(
      'GET',
      `/api/v1/assessments/${saved.body.assessment.id}/history`,
    );
    expect(JSON.stringify(history.body)).not.toMatch(/script|onerror|javascript:/);
  });

  it('stores plain text as paragraphs, and saving the same text again changes nothing', async () => {
    const current = (await t.request<{ assessment: Assessment }>('GET', assessmentPath(f.rounds.closing2023)))
      .body.assessment;
    const plain = await t.request<{ assessment: Assessment }>('PUT', assessmentPath(f.rounds.closing2023), {
      verdict: 'notAssessed',
      basis: 'Första stycket, 3 < 4.\nNy rad.\n\nAndra stycket.',
      version: current.version,
    });
    expect(plain.body.assessment.basis).toBe(
      '<p>Första stycket, 3 &lt; 4.<br>Ny rad.</p><p>Andra stycket.</p>',
    );
    const again = await t.request<{ assessment: Assessment }>('PUT', assessmentPath(f.rounds.closing2023), {
      verdict: 'notAssessed',
      basis: plain.body.assessment.basis,
      version: plain.body.assessment.version,
    });
    expect(again.body.assessment.version).toBe(plain.body.assessment.version);
  });

  it('stores text with nothing to show as no text', async () => {
    const saved = await t.request<{ assessment: Assessment }>('PUT', assessmentPath(f.rounds.august2023), {
      verdict: 'notAssessed',
      basis: '<p><br></p><script>alert(1)</script>',
    });
    expect(saved.status).toBe(200);
    expect(saved.body.assessment.basis).toBeNull();
  });

  it('stores an outcome’s comment sanitised', async () => {
    const created = await t.request<{ note: string | null }>('POST', '/api/v1/goals/outcomes', {
      indicatorId,
      reportingRoundId: f.rounds.closing2023,
      year: 2023,
      total: '3,8',
      note: HOSTILE,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.note).toBe(CLEAN);
  });

  it('stores the comment that sends a unit’s part back sanitised', async () => {
    const url = `/api/v1/reporting/rounds/${f.rounds.closing2023}/units/VSS/actions`;
    let part = await t.request<{ version: number | null }>('POST', url, { action: 'start', version: null });
    part = await t.request('POST', url, { action: 'markReady', version: part.body.version });
    expect(part.status, JSON.stringify(part.body)).toBe(200);
    const empty = await t.request<{ error: { code: string } }>('POST', url, {
      action: 'sendBack',
      comment: '<p></p>',
      version: part.body.version,
    });
    expect(empty.body.error.code).toBe('reporting.comment_required');
    const sent = await t.request<{ comment: string | null }>('POST', url, {
      action: 'sendBack',
      comment: HOSTILE,
      version: part.body.version,
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    expect(sent.body.comment).toBe(CLEAN);
  });
});

describe('rich text through a data package', () => {
  it('sanitises what an import updates and what it creates', async () => {
    const exported = (await t.request<DataPackage>('GET', '/api/v1/data-package/export?org=VSS&year=2023'))
      .body;
    const pkg: DataPackage = {
      ...exported,
      assessments: exported.assessments.map((assessment) => ({ ...assessment, basis: HOSTILE })),
      outcomes: [
        ...exported.outcomes,
        {
          ...(exported.outcomes[0] as DataPackage['outcomes'][number]),
          id: crypto.randomUUID(),
          reportingRoundId: f.rounds.august2023,
          note: `Ny kommentar${HOSTILE}`,
        },
      ],
    };
    const report = await t.request<ImportReportDto>('POST', '/api/v1/data-package/import', pkg);
    expect(report.status, JSON.stringify(report.body)).toBe(200);
    expect(report.body.created.outcomes).toBe(1);
    const after = (await t.request<DataPackage>('GET', '/api/v1/data-package/export?org=VSS&year=2023')).body;
    expect(after.assessments.map((assessment) => assessment.basis)).toEqual(
      exported.assessments.map(() => CLEAN),
    );
    const created = after.outcomes.find((outcome) => outcome.reportingRoundId === f.rounds.august2023);
    expect(created?.note).toBe(`<p>Ny kommentar</p>${CLEAN}`);
  });
});
