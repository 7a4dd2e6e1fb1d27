/**
 * `text-comparison-denied` through the API, on both engines: a text of the round that calls the outcome
 * better than its target, or says it rose since last year, against the stored figures – found at the text,
 * gone once the text says what the figures say; an interim figure for months so far is not compared.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { buildOrganisation, type Fixture } from '../../../../test/factories.ts';
import type { ConsistencyReportDto } from '../contract.ts';

const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('a text that compares an outcome against its figures', () => {
  let t: TestApp;
  let f: Fixture;
  let goalId = '';

  async function created(url: string, body: unknown): Promise<string> {
    const response = await t.request<{ id: string }>('POST', url, body);
    expect(response.status, `${url}: ${JSON.stringify(response.body)}`).toBe(201);
    return response.body.id;
  }

  const comparisons = async (round: string) => {
    const response = await t.request<ConsistencyReportDto>(
      'GET',
      `/api/v1/consistency/findings?org=VSS&year=2023&round=${round}`,
    );
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body.findings.filter((finding) => finding.ruleId === 'text-comparison-denied');
  };

  const assessmentUrl = () => `/api/v1/assessments/goals/${goalId}/rounds/${f.rounds.closing2023}`;
  async function writeBasis(basis: string, results: string[] = []): Promise<void> {
    const current = await t.request<{ assessment: { version: number } | null }>('GET', assessmentUrl());
    const version = current.body.assessment?.version;
    const saved = await t.request('PUT', assessmentUrl(), {
      ...(version === undefined ? {} : { version }),
      verdict: 'notMet',
      basis,
      results,
      source: 'test:1',
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  }

  /** The version each round's text was last saved with, for the next save. */
  const versions = new Map<string, number>();
  const writeText = async (round: string, body: string) => {
    const version = versions.get(round);
    const saved = await t.request<{ text: { id: string; version: number } }>(
      'PUT',
      `/api/v1/narratives/units/VSS/rounds/${round}/texts/overallAssessment`,
      { body, ...(version === undefined ? {} : { version }) },
    );
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    versions.set(round, saved.body.text.version);
    return saved.body.text.id;
  };

  /** VSS's sick leave as 002:401 prints it, moved to 2023: 3,82 % against a target of 3,5; 3,94 % the year before. */
  beforeAll(async () => {
    t = await startTestApp();
    f = await buildOrganisation(t);
    goalId = await created('/api/v1/goals/goals', {
      orgUnitId: 'VSS',
      municipalGoalId: f.municipalGoalId,
      name: 'Goda arbetsplatser',
      validFromYear: 2023,
    });
    const indicatorId = await created('/api/v1/goals/indicators', {
      goalId,
      name: 'Total sjukfrånvaro',
      unit: '%',
      desiredDirection: 'decrease',
    });
    await created('/api/v1/goals/targets', { indicatorId, year: 2023, notation: '3,5' });
    const outcome = (round: string, year: number, figures: object) =>
      created('/api/v1/goals/outcomes', { indicatorId, reportingRoundId: round, year, ...figures });
    await outcome(f.rounds.closing2023, 2023, { total: '3,82' });
    await outcome(f.rounds.closing2023, 2022, { total: '3,94' });
    // January–August: 2,5 % (004:510), below the target but for months so far.
    await outcome(f.rounds.august2023, 2023, { toMonth: 8, total: '2,5' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('finds a basis that calls the outcome better than its target (002:274) at the assessment, and a text’s false rise at the text', async () => {
    await writeBasis(
      '<p>Den totala sjukfrånvaron på förvaltningen var 3,82 % som är bättre än målvärdet.</p>',
    );
    const narrativeId = await writeText(
      f.rounds.closing2023,
      '<p>Den totala sjukfrånvaron har ökat jämfört med föregående år.</p>',
    );
    const findings = await comparisons('closing');
    expect(findings.map((finding) => [finding.severity, finding.place.label, finding.provenance])).toEqual([
      ['varning', 'Bedömningen av målet ”Goda arbetsplatser”', ['test:1']],
      [
        'varning',
        'Texten ”Förvaltningschefens bedömning och analys › Samlad bedömning och analys av ekonomi, verksamhet ' +
          'och personal”',
        [],
      ],
    ]);
    expect(findings[0]?.place.record).toEqual({
      kind: 'assessment',
      goalId,
      roundId: f.rounds.closing2023,
    });
    expect(findings[1]?.place.record).toEqual({ kind: 'narrative', narrativeId, key: 'overallAssessment' });
    expect(findings.map((finding) => plain(finding.message))).toEqual([
      'Texten ”Motiveringen till bedömningen av Goda arbetsplatser” säger att utfallet för ”Total ' +
        'sjukfrånvaro” är bättre än målvärdet, men utfallet 3,82 % är sämre än målvärdet 3,5 % (lägre är ' +
        'bättre). Meningen: ”Den totala sjukfrånvaron på förvaltningen var 3,82 % som är bättre än målvärdet.”',
      'Texten ”Förvaltningschefens bedömning och analys › Samlad bedömning och analys av ekonomi, verksamhet ' +
        'och personal” säger att utfallet för ”Total sjukfrånvaro” har ökat jämfört med föregående år, men ' +
        'utfallet 2023, 3,82 %, är lägre än utfallet 2022, 3,94 %. Meningen: ”Den totala sjukfrånvaron har ' +
        'ökat jämfört med föregående år.”',
    ]);
  });

  it('is silent once the texts say what the figures say, and on an interim figure for months so far', async () => {
    await writeBasis(
      '<p>Den totala sjukfrånvaron på förvaltningen var 3,82 % som är sämre än målvärdet.</p>',
    );
    await writeText(
      f.rounds.closing2023,
      '<p>Den totala sjukfrånvaron har minskat jämfört med föregående år.</p>',
    );
    expect(await comparisons('closing')).toEqual([]);
    // 2,5 % for January–August is lower than the target; "högre" would be false, but a year to date is not
    // the year's outcome, so the August text is not compared.
    await writeText(f.rounds.august2023, '<p>Den totala sjukfrånvaron är högre än målvärdet.</p>');
    expect(await comparisons('august')).toEqual([]);
  });

  it('reads each of an assessment’s results as a text of its own, at the assessment (002:274)', async () => {
    const seed = 'Den totala sjukfrånvaron på förvaltningen var 3,82 % som är bättre än målvärdet.';
    await writeBasis('<p>Uppföljningen per den 31 december visar på en positiv utveckling.</p>', [
      'Ett arbete har påbörjats med innebörden av att vara en inkluderande arbetsplats.',
      seed,
    ]);
    const [finding, ...others] = await comparisons('closing');
    expect(others).toEqual([]);
    expect(finding?.place.record).toEqual({ kind: 'assessment', goalId, roundId: f.rounds.closing2023 });
    expect(finding?.provenance).toEqual(['test:1']);
    expect(plain(finding?.message ?? '')).toBe(
      'Texten ”Resultat 2 under bedömningen av Goda arbetsplatser” säger att utfallet för ”Total ' +
        'sjukfrånvaro” är bättre än målvärdet, men utfallet 3,82 % är sämre än målvärdet 3,5 % (lägre är ' +
        `bättre). Meningen: ”${seed}”`,
    );
    // Two results are two bullets: the claim of one is not read as about the indicator the other names.
    await writeBasis('<p>Motivering.</p>', [
      'Den totala sjukfrånvaron på förvaltningen',
      'var 3,82 % som är bättre än målvärdet',
    ]);
    expect(await comparisons('closing')).toEqual([]);
  });
});
