/**
 * The consistency checks through the API, on both engines: a small fixture built through the other modules'
 * routes that breaks every rule once (and a year that breaks none), refusals in Swedish, and the demo – the
 * seeds as printed – with every finding pinned by rule, place and seed line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { richTextToPlain } from '#core/rich-text.ts';
import { startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { buildOrganisation, type Fixture } from '../../../../test/factories.ts';
import { roundId } from '../../../demo/builders.ts';
import { loadDemoIfEmpty } from '../../../demo/load-demo.ts';
import type { FollowUpDto } from '../../internal-control/index.ts';
import type { UnitNarrativesDto } from '../../narratives/index.ts';
import type { ConsistencyReportDto, FindingDto } from '../contract.ts';
import { readCountClaims } from '../domain/index.ts';
import { SEED_002_327_341 } from '../domain/test-seed-texts.ts';

interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; message: string }[] };
}

const plain = (text: string) => text.replace(/\u00a0/g, ' ');

/** A finding in one line: severity, rule, round, what, seed lines. */
const line = (finding: FindingDto) =>
  [
    finding.severity,
    finding.ruleId,
    finding.place.round?.name ?? '–',
    finding.place.label,
    finding.provenance.join('; '),
  ].join(' | ');

async function findings(t: TestApp, query: string): Promise<ConsistencyReportDto> {
  const response = await t.request<ConsistencyReportDto>('GET', `/api/v1/consistency/findings?${query}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

const messageOf = (report: ConsistencyReportDto, ruleId: string, label?: string) =>
  plain(
    report.findings.find((finding) => finding.ruleId === ruleId && (!label || finding.place.label === label))
      ?.message ?? '',
  );

describe('consistency checks on a small fixture', () => {
  let t: TestApp;
  let f: Fixture;
  const ids: Record<string, string> = {};

  async function created(url: string, body: unknown): Promise<string> {
    const response = await t.request<{ id: string } & ErrorBody>('POST', url, body);
    expect(response.status, `${url}: ${JSON.stringify(response.body)}`).toBe(201);
    return response.body.id;
  }

  const goal = (name: string) =>
    created('/api/v1/goals/goals', {
      orgUnitId: 'VSS',
      municipalGoalId: f.municipalGoalId,
      name,
      validFromYear: 2023,
    });
  const outcome = (indicatorId: string, round: string, year: number, figures: object) =>
    created('/api/v1/goals/outcomes', { indicatorId, reportingRoundId: round, year, ...figures });
  const assess = async (goalId: string, verdict: string) => {
    const saved = await t.request(
      'PUT',
      `/api/v1/assessments/goals/${goalId}/rounds/${f.rounds.closing2023}`,
      {
        verdict,
        // A verdict against the indicators needs its basis (the contradiction is what is checked here).
        basis: 'Motivering.',
        source: 'test:1',
      },
    );
    expect(saved.status).toBe(200);
  };

  /** "God service": judged met, one indicator met and one not; 70 men and 60 women of 120 cases; 2022 restated. */
  async function goals(): Promise<void> {
    ids.goal = await goal('God service');
    ids.cases = await created('/api/v1/goals/indicators', {
      goalId: ids.goal,
      name: 'Ärenden',
      unit: 'antal',
      desiredDirection: 'increase',
      isGenderSplit: true,
    });
    ids.days = await created('/api/v1/goals/indicators', {
      goalId: ids.goal,
      name: 'Handläggningstid',
      unit: 'dagar',
      desiredDirection: 'decrease',
    });
    await created('/api/v1/goals/targets', { indicatorId: ids.cases, year: 2023, notation: '≥100' });
    await created('/api/v1/goals/targets', { indicatorId: ids.days, year: 2023, notation: '≤10' });
    await outcome(ids.cases, f.rounds.closing2023, 2023, { total: '120', men: '70', women: '60' });
    await outcome(ids.days, f.rounds.closing2023, 2023, { total: '12' });
    await outcome(ids.cases, f.rounds.august2023, 2022, { total: '110' });
    await outcome(ids.cases, f.rounds.closing2023, 2022, { total: '115' });
    await assess(ids.goal, 'met');
    // Judged met with no indicator at all.
    ids.kind = await goal('Gott bemötande');
    await assess(ids.kind, 'met');
    // An economy indicator typed as 5,0 % in August, when the August forecasts give 100 / 1 100 = 9,1 %.
    ids.variance = await created('/api/v1/goals/indicators', {
      goalId: await goal('God ekonomisk kontroll'),
      name: 'Budgetavvikelse (%)',
      unit: '%',
      computation: 'economy.budgetVariance',
    });
    await outcome(ids.variance, f.rounds.august2023, 2023, { toMonth: 8, isForecast: true, total: '5,0' });
  }

  /** A volume whose parts add up in 2022 (100 + 200 of 300) and fall short in 2023 (200 + 250 of 500). */
  async function volumes(): Promise<void> {
    const measureId = await created('/api/v1/volumes/measures', {
      orgUnitId: 'VSS',
      kind: 'volume',
      name: 'Ärenden HR',
      unit: 'antal',
      validFromYear: 2020,
    });
    for (const [year, total, men, women] of [
      [2022, '300', '100', '200'],
      [2023, '500', '200', '250'],
    ] as const) {
      await created('/api/v1/volumes/values', {
        measureId,
        year,
        period: 'closing',
        kind: 'outcome',
        total,
        men,
        women,
        source: year === 2023 ? 'test:2' : null,
      });
    }
  }

  /**
   * KS's frame: 1 000 tkr in 2022, kept; 1 000 tkr in 2023 against a net cost of 1 400 tkr, all of it
   * LKDATA's, a self-cost unit; changes that explain 300 tkr of the 400 tkr between the years.
   */
  async function budget(): Promise<void> {
    await created('/api/v1/economy/frames', { orgUnitId: 'KS', year: 2022, amount: '1 000 000' });
    await created('/api/v1/economy/frames', {
      orgUnitId: 'KS',
      year: 2023,
      amount: '1 000 000',
      decision: 'KF',
    });
    await created('/api/v1/economy/frames', { orgUnitId: 'LKDATA', year: 2023, kind: 'selfCost' });
    for (const [year, account, amount] of [
      [2022, '4', '1000000'],
      [2023, '4', '1500000'],
      [2023, '3', '-100000'],
    ] as const) {
      await created('/api/v1/economy/budget-lines', { orgUnitId: 'LKDATA', year, account, amount });
    }
    await created('/api/v1/economy/budget-changes', {
      orgUnitId: 'LKDATA',
      year: 2023,
      category: 'priceAndWage',
      amount: '300000',
      description: 'Pris och lön',
    });
    await created('/api/v1/economy/forecasts', {
      orgUnitId: 'LKDATA',
      year: 2023,
      round: 'august',
      costs: '1000000',
      revenues: '1100000',
    });
  }

  beforeAll(async () => {
    t = await startTestApp();
    f = await buildOrganisation(t);
    await created('/api/v1/organisation/units', {
      code: 'LKDATA',
      name: 'LKDATA',
      kind: 'division',
      parentId: 'VSS',
      validFrom: '2019-01-01',
      validTo: null,
    });
    await goals();
    await volumes();
    await budget();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('is silent for a year whose data contradicts nothing, listing every rule with none found', async () => {
    expect((await findings(t, 'org=KS&year=2022&round=budget')).findings).toEqual([]);
    const report = await findings(t, 'org=VSS&year=2022&round=closing');
    expect(report.findings).toEqual([]);
    expect(report.severities).toEqual({ fel: 0, varning: 0, notering: 0 });
    expect(report.counts).toHaveLength(11);
    expect(report.counts.every((count) => count.count === 0)).toBe(true);
  });

  it('finds every kind of contradiction in a unit’s year, sorted by severity and then place', async () => {
    const report = await findings(t, 'org=vss&year=2023');
    expect(report.orgUnit.code).toBe('VSS');
    expect(report.round).toBeNull();
    expect(report.findings.map(line)).toEqual([
      'fel | bridge-unreconciled | – | Budgetbryggan för LKDATA 2023 | ',
      'fel | self-cost-not-zero | – | Ramen för LKDATA 2023 | ',
      'fel | bridge-unreconciled | – | Budgetbryggan för Verksamhetsstöd och service 2023 | ',
      'fel | gender-parts-sum | Bokslut 2023 | Ärenden, utfall 2023 | ',
      'varning | economy-indicator-not-reproduced | Delår 31 augusti 2023 | Budgetavvikelse (%), utfall 2023 | ',
      'varning | verdict-contradicts-indicators | Bokslut 2023 | Bedömningen av målet ”God service” | test:1',
      'varning | gender-parts-sum | Bokslut 2023 | Ärenden HR, utfall 2023 | test:2',
      'notering | figure-differs-between-rounds | Bokslut 2023 | Ärenden, utfall 2022 | ',
      'notering | verdict-unsupported | Bokslut 2023 | Bedömningen av målet ”Gott bemötande” | test:1',
    ]);
    expect(report.severities).toEqual({ fel: 4, varning: 3, notering: 2 });
    expect(report.counts.map((count) => [count.ruleId, count.count])).toEqual([
      ['verdict-contradicts-indicators', 1],
      ['verdict-unsupported', 1],
      ['gender-parts-sum', 2],
      ['budget-over-frame', 0],
      ['self-cost-not-zero', 1],
      ['bridge-unreconciled', 2],
      ['economy-indicator-not-reproduced', 1],
      ['figure-differs-between-rounds', 1],
      ['text-count-denied', 0],
      ['text-period-mismatch', 0],
      ['text-comparison-denied', 0],
    ]);
    expect(messageOf(report, 'gender-parts-sum', 'Ärenden, utfall 2023')).toBe(
      'Män och kvinnor summerar till 70 + 60 = 130 men totalt anges 120, skillnad 10. Delarna kan inte ' +
        'tillsammans vara fler än totalen.',
    );
    expect(messageOf(report, 'figure-differs-between-rounds')).toBe(
      'Uppgiften är 115 enligt Bokslut 2023 men 110 enligt Delår 31 augusti 2023, skillnad 5. Båda sparas ' +
        'som de angavs; förklara skillnaden i dokumentet om den är avsiktlig.',
    );
    expect(messageOf(report, 'self-cost-not-zero')).toBe(
      'Enheten finansieras till självkostnad och ska budgeteras med nollresultat, men budgetens ' +
        'nettokostnad (kostnader − intäkter) är 1 400 tkr.',
    );
    expect(messageOf(report, 'bridge-unreconciled', 'Budgetbryggan för LKDATA 2023')).toBe(
      'Förra årets budget 1 000 tkr plus årets förändringar 300 tkr ger 1 300 tkr, men årets budget är ' +
        '1 400 tkr: skillnad 100 tkr som förändringarna inte förklarar.',
    );
    expect(messageOf(report, 'economy-indicator-not-reproduced')).toBe(
      'Delår 31 augusti 2023 anger 5,0 % men ekonomin ger 9,1 %, beräknat som resultatet (intäkter − ' +
        'kostnader) i procent av intäkterna. Ur helårsprognos augusti 2023: intäkter 1 100 tkr, kostnader ' +
        '1 000 tkr, resultat 100 tkr.',
    );
    const verdict = report.findings.find((finding) => finding.ruleId === 'verdict-contradicts-indicators');
    expect(verdict?.place).toEqual({
      unit: 'VSS',
      year: 2023,
      round: { kind: 'closing', year: 2023, name: 'Bokslut 2023' },
      record: { kind: 'assessment', goalId: ids.goal, roundId: f.rounds.closing2023 },
      label: 'Bedömningen av målet ”God service”',
      path: `/bedomning/${ids.goal}/${f.rounds.closing2023}`,
    });
    expect(plain(verdict?.message ?? '')).toBe(
      'Bedömningen ”uppfyllt” avviker från indikatorerna: 1 av 2 indikatorer med beräkningsbar status når ' +
        'målvärdet, vilket talar för ”delvis uppfyllt”. Når målvärdet: Ärenden (120, målvärde ≥100). Når inte ' +
        'målvärdet: Handläggningstid (12 dagar, målvärde ≤10).',
    );
  });

  it('checks a board’s frame from the board, and only the budget when a round other than the budget is asked for', async () => {
    const board = await findings(t, 'org=KS&year=2023&round=budget');
    expect(board.round).toBe('budget');
    expect(board.findings.filter((finding) => finding.ruleId === 'budget-over-frame').map(line)).toEqual([
      'fel | budget-over-frame | – | Ramen för Kommunstyrelsen 2023 | KF',
    ]);
    expect(messageOf(board, 'budget-over-frame')).toBe(
      'Budgetens nettokostnad 1 400 tkr överskrider den justerade ramen 1 000 tkr med 400 tkr (ram 1 000 tkr, ' +
        'ramjusteringar 0 tkr).',
    );
    const closing = await findings(t, 'org=VSS&year=2023&round=closing');
    expect(closing.findings.map((finding) => finding.ruleId)).not.toContain('bridge-unreconciled');
    expect(closing.findings.map((finding) => finding.ruleId)).toContain('verdict-contradicts-indicators');
    // The August round's figure for 2022 is what the closing restated; checked alone, it is the place.
    const august = await findings(t, 'org=VSS&year=2023&round=august');
    expect(august.findings.map(line)).toEqual([
      'varning | economy-indicator-not-reproduced | Delår 31 augusti 2023 | Budgetavvikelse (%), utfall 2023 | ',
      'notering | figure-differs-between-rounds | Delår 31 augusti 2023 | Ärenden, utfall 2022 | ',
    ]);
  });

  it('reads the counts and periods in a round’s texts: a wrong count is one finding at the text, a right one none', async () => {
    const save = async (key: string, body: string, version?: number) => {
      const saved = await t.request<{ text: { id: string; version: number } }>(
        'PUT',
        `/api/v1/narratives/units/VSS/rounds/${f.rounds.closing2023}/texts/${key}`,
        { body, ...(version === undefined ? {} : { version }) },
      );
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
      return saved.body.text;
    };
    const prose = async () =>
      (await findings(t, 'org=VSS&year=2023&round=closing')).findings.filter((finding) =>
        finding.ruleId.startsWith('text-'),
      );
    // Three goals in 2023, two judged met at the closing and one not judged.
    const text = await save(
      'overallAssessment',
      '<p>Av förvaltningens 3 förvaltningsmål har två uppnåtts.</p>',
    );
    const ownPeriod = await save(
      'mission',
      '<p>Förvaltningen redovisar per 31 december 2023 ett överskott.</p>',
    );
    expect(await prose()).toEqual([]);

    await save(
      'overallAssessment',
      '<p>Samtliga tre (3) förvaltningsmål har uppnåtts vid årets slut.</p>',
      text.version,
    );
    const [count, ...others] = await prose();
    expect(others).toEqual([]);
    expect(count && line(count)).toBe(
      'varning | text-count-denied | Bokslut 2023 | Texten ”Förvaltningschefens bedömning och analys › Samlad ' +
        'bedömning och analys av ekonomi, verksamhet och personal” | ',
    );
    expect(count?.place.record).toEqual({
      kind: 'narrative',
      narrativeId: text.id,
      key: 'overallAssessment',
    });
    expect(count?.place.path).toBe(`/texter?enhet=VSS&ar=2023&tillfalle=${f.rounds.closing2023}`);
    expect(plain(count?.message ?? '')).toBe(
      'Texten ”Förvaltningschefens bedömning och analys › Samlad bedömning och analys av ekonomi, verksamhet ' +
        'och personal” säger samtliga 3 mål ' +
        'uppfyllda; bedömningarna i Bokslut 2023 ger 2 av 3 (1 av målen saknar bedömning). Meningen: ' +
        '”Samtliga tre (3) förvaltningsmål har uppnåtts vid årets slut.”',
    );

    // The August report's date left in the annual report's text.
    const mission = await save(
      'mission',
      '<p>Förvaltningen redovisar per 31 augusti 2023 ett överskott.</p>',
      ownPeriod.version,
    );
    const period = (await prose()).find((finding) => finding.ruleId === 'text-period-mismatch');
    expect(period?.place.record).toEqual({ kind: 'narrative', narrativeId: mission.id, key: 'mission' });
    expect(plain(period?.message ?? '')).toBe(
      'Texten ”Förvaltningens uppdrag” nämner ”per 31 augusti 2023” (perioden till 31 augusti 2023), men den ' +
        'hör till Bokslut 2023, som avser perioden till 31 december 2023. Är meningen kvar från en tidigare ' +
        'rapport? Meningen: ”Förvaltningen redovisar per 31 augusti 2023 ett överskott.”',
    );

    // An assessment's basis is a text of the round too; its finding points at the assessment.
    const assessmentUrl = `/api/v1/assessments/goals/${ids.goal}/rounds/${f.rounds.closing2023}`;
    const current = await t.request<{ assessment: { version: number } }>('GET', assessmentUrl);
    const basis = await t.request('PUT', assessmentUrl, {
      version: current.body.assessment.version,
      verdict: 'met',
      basis: '<p>Uppföljningen per den 31 augusti visar på en positiv utveckling.</p>',
      source: 'test:3',
    });
    expect(basis.status, JSON.stringify(basis.body)).toBe(200);
    expect((await prose()).map(line)).toEqual([
      'varning | text-period-mismatch | Bokslut 2023 | Bedömningen av målet ”God service” | test:3',
      'varning | text-period-mismatch | Bokslut 2023 | Texten ”Förvaltningens uppdrag” | ',
      'varning | text-count-denied | Bokslut 2023 | Texten ”Förvaltningschefens bedömning och analys › Samlad ' +
        'bedömning och analys av ekonomi, verksamhet och personal” | ',
    ]);
  });

  it('reads the counts of kontrollmoment in a text against the internal control of the unit and those under it', async () => {
    const control = (orgUnitId: string, title: string, common = false) =>
      created('/api/v1/internal-control/controls', {
        orgUnitId,
        year: 2023,
        title,
        reportingRoundIds: [f.rounds.closing2023],
        ...(common ? { common: true } : {}),
      });
    const result = (controlId: string, orgUnitId: string, level: string, actions: object[] = []) =>
      created('/api/v1/internal-control/results', {
        controlId,
        reportingRoundId: f.rounds.closing2023,
        orgUnitId,
        result: level,
        ...(actions.length > 0 ? { actions } : {}),
      });
    // VSS's own control and a common one that LKDATA inherits, and LKDATA's own: four checks planned at the
    // closing, three with a result, one of them needing action; LKDATA's check of the common one is missing.
    const own = await control('VSS', 'Beslutsattester');
    const common = await control('VSS', 'Flextidsstämplingar', true);
    const lkdata = await control('LKDATA', 'Leverantörsförändringar');
    await result(own, 'VSS', 'satisfactory');
    await result(common, 'VSS', 'partlySatisfactory', [
      { what: 'Inför signering av enhetschef', owner: 'HR-strateg', deadline: '2024-04-30' },
    ]);
    await result(lkdata, 'LKDATA', 'noDeficiencies');
    const followUp = await t.request<FollowUpDto>(
      'GET',
      `/api/v1/internal-control/follow-up?org=VSS&year=2023&round=${f.rounds.closing2023}`,
    );
    const paragraph = followUp.body.summary?.text ?? '';
    expect(paragraph).toBe(
      'Av de fyra (4) kontrollmoment som var planerade har tre (3) genomförts; ett (1) kräver åtgärd.',
    );
    const url = `/api/v1/narratives/units/VSS/rounds/${f.rounds.closing2023}/texts/plansAndProgrammes`;
    const about = async () =>
      (await findings(t, 'org=VSS&year=2023&round=closing')).findings.filter((finding) =>
        finding.message.includes('kontrollmoment'),
      );

    // The internal control's own paragraph, and the seed's sentences around it (002:327), agree.
    const saved = await t.request<{ text: { id: string; version: number } }>('PUT', url, {
      body:
        '<p>Enheterna inom VSS har samtliga egna unika kontrollmoment som följs upp i internkontrollen. ' +
        `${paragraph}</p><p>LKDATA har två kontrollmoment, av dessa har ett genomförts.</p>`,
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(await about()).toEqual([]);

    // A count the data denies: one finding, at the text.
    const wrong = await t.request('PUT', url, {
      body: '<p>Av de fyra (4) kontrollmoment som var planerade har fyra (4) genomförts; ett (1) kräver åtgärd.</p>',
      version: saved.body.text.version,
    });
    expect(wrong.status, JSON.stringify(wrong.body)).toBe(200);
    const [finding, ...others] = await about();
    expect(others).toEqual([]);
    expect(finding && line(finding)).toBe(
      'varning | text-count-denied | Bokslut 2023 | Texten ”Uppföljning av förvaltningens verksamhet › ' +
        'Uppföljning av planer och program” | ',
    );
    expect(finding?.place.record).toEqual({
      kind: 'narrative',
      narrativeId: saved.body.text.id,
      key: 'plansAndProgrammes',
    });
    expect(plain(finding?.message ?? '')).toBe(
      'Texten ”Uppföljning av förvaltningens verksamhet › Uppföljning av planer och program” säger 4 av 4 ' +
        'kontrollmoment genomförda; internkontrollen i Bokslut 2023 ger 3 av 4 (4 planerade för enheten och ' +
        'enheterna under den, 3 genomförda, 1 kräver åtgärd). Meningen: ”Av de fyra (4) kontrollmoment som ' +
        'var planerade har fyra (4) genomförts; ett (1) kräver åtgärd.”',
    );
    // LKDATA's own text counts LKDATA's checks only: its own and the common one, one of two done.
    const lkdataUrl = `/api/v1/narratives/units/LKDATA/rounds/${f.rounds.closing2023}/texts/plansAndProgrammes`;
    const lkdataText = await t.request('PUT', lkdataUrl, {
      body: '<p>Av de två (2) kontrollmoment som var planerade har ett (1) genomförts; inget kräver åtgärd.</p>',
    });
    expect(lkdataText.status, JSON.stringify(lkdataText.body)).toBe(200);
    expect(
      (await findings(t, 'org=LKDATA&year=2023&round=closing')).findings.filter(
        (item) => item.ruleId === 'text-count-denied',
      ),
    ).toEqual([]);
  });

  it('refuses an unknown unit or round in Swedish', async () => {
    const unknown = await t.request<ErrorBody>('GET', '/api/v1/consistency/findings?org=FINNSINTE&year=2023');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toBe('Organisationsenheten ”FINNSINTE” finns inte.');
    const round = await t.request<ErrorBody>(
      'GET',
      '/api/v1/consistency/findings?org=VSS&year=2023&round=juli',
    );
    expect(round.status).toBe(400);
    expect(round.body.error.fields?.[0]?.path).toBe('round');
    const year = await t.request<ErrorBody>('GET', '/api/v1/consistency/findings?org=VSS');
    expect(year.status).toBe(400);
  });
});

describe('consistency checks on the demo, the seeds as printed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await loadDemoIfEmpty(t.database.db);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('finds in VSS 2019 the verdicts its indicators contradict and the figures 002 and 004 print differently', async () => {
    const report = await findings(t, 'org=VSS&year=2019');
    expect(report.findings.map(line)).toEqual(DEMO_VSS_2019);
    expect(report.severities).toEqual({ fel: 0, varning: 3, notering: 36 });
    expect(
      messageOf(report, 'verdict-contradicts-indicators', 'Bedömningen av målet ”Goda arbetsplatser”'),
    ).toBe(
      'Bedömningen ”uppfyllt” avviker från indikatorerna: 1 av 2 indikatorer med beräkningsbar status når ' +
        'målvärdet, vilket talar för ”delvis uppfyllt”. Når målvärdet: Andel heltidsanställningar (99,0 %, ' +
        'målvärde 97,5). Når inte målvärdet: Total sjukfrånvaro (3,82 %, målvärde 3,5).',
    );
    // The seed's own contradiction, in the third result under the goal (002:274).
    expect(messageOf(report, 'text-comparison-denied')).toBe(
      'Texten ”Resultat 3 under bedömningen av Goda arbetsplatser” säger att utfallet för ”Total ' +
        'sjukfrånvaro” är bättre än målvärdet, men utfallet 3,82 % är sämre än målvärdet 3,5 % (lägre är ' +
        'bättre). Meningen: ”Den totala sjukfrånvaron på förvaltningen var 3,82 % som är bättre än målvärdet.”',
    );
    expect(messageOf(report, 'figure-differs-between-rounds', 'Total sjukfrånvaro, utfall 2017')).toBe(
      'Uppgiften är 4,16 % enligt Bokslut 2019 men 4,3 % enligt Delår 31 augusti 2019, skillnad −0,14. Båda ' +
        'sparas som de angavs; förklara skillnaden i dokumentet om den är avsiktlig.',
    );
    expect(messageOf(report, 'figure-differs-between-rounds', 'Antal årsarbetare, utfall 2018')).toBe(
      'Uppgiften är 161 årsarbetare enligt bokslutet men 151,8 årsarbetare enligt helårsuppgiften, skillnad ' +
        '9,2. Båda sparas som de angavs; förklara skillnaden i dokumentet om den är avsiktlig.',
    );
  });

  it('reads VSS’s counts in its text of 2019 (002:55) and finds them as the verdicts and statuses say, and 002:274 denied', async () => {
    const closing = roundId({ year: 2019, kind: 'closing' });
    const texts = await t.request<UnitNarrativesDto>(
      'GET',
      `/api/v1/narratives?orgUnit=VSS&year=2019&round=${closing}`,
    );
    const overall = texts.body.texts.find((text) => text.key === 'overallAssessment')?.text?.body;
    expect(
      readCountClaims(richTextToPlain(overall)).map(
        (claim) => `${claim.count}/${claim.total ?? '-'} ${claim.subject} ${claim.status}`,
      ),
    ).toEqual(['6/11 goals met', '5/11 goals partlyMet', 'all/6 assignments done']);
    const report = await findings(t, 'org=VSS&year=2019&round=closing');
    expect(report.counts.filter((count) => count.ruleId.startsWith('text-'))).toEqual([
      { ruleId: 'text-count-denied', name: 'Antal i texten stämmer inte med uppgifterna', count: 0 },
      { ruleId: 'text-period-mismatch', name: 'Texten nämner en annan period än tillfällets', count: 0 },
      // 002:274, a result under Goda arbetsplatser: "3,82 % som är bättre än målvärdet" 3,5.
      { ruleId: 'text-comparison-denied', name: 'Jämförelsen i texten stämmer inte med utfallet', count: 1 },
    ]);
  });

  it('finds in every other unit and year the FTEs of 001:1435 and 002:88 and the gender parts of 000:218-220, and no budget faults', async () => {
    const units = (await t.request<{ code: string }[]>('GET', '/api/v1/organisation/units')).body;
    const pinned: string[] = [];
    for (const { code } of units) {
      for (const year of [2019, 2020, 2021, 2022, 2023, 2024]) {
        const report = await findings(t, `org=${code}&year=${year}`);
        if (!(code === 'VSS' && year === 2019)) {
          pinned.push(...report.findings.map((finding) => `${code} ${year} | ${line(finding)}`));
        }
      }
    }
    expect(units.length).toBeGreaterThan(40);
    expect(pinned).toEqual([
      'VSS 2020 | notering | figure-differs-between-rounds | Budget 2020 | Antal årsarbetare, utfall 2018 | 001:1435; 002:88',
      'VSS 2021 | varning | gender-parts-sum | Bokslut 2021 | Ärenden Kontakt Linköping, utfall 2021 | 000:218, 000:219, 000:220',
      'VSS 2022 | varning | gender-parts-sum | Bokslut 2022 | Ärenden Kontakt Linköping, utfall 2021 | 000:218, 000:219, 000:220',
      'VSS 2023 | varning | gender-parts-sum | Budget 2023 | Ärenden Kontakt Linköping, utfall 2021 | 000:218, 000:219, 000:220',
    ]);
    const vss = await findings(t, 'org=VSS&year=2023&round=budget');
    expect(messageOf(vss, 'gender-parts-sum')).toBe(
      'Män och kvinnor summerar till 90 928 + 111 102 = 202 030 men totalt anges 283 648, skillnad −81 618. ' +
        'Om skillnaden är uppgifter utan känt kön bör dokumentet säga det, t.ex. i en fotnot.',
    );
  });

  // Last: it writes VSS's text of 2019, which the pinned findings above do not hold.
  it('reads the internal control’s paragraph of VSS 2019 beside the seed’s section (002:325-341) as the results say', async () => {
    const closing = roundId({ year: 2019, kind: 'closing' });
    const followUp = await t.request<FollowUpDto>(
      'GET',
      `/api/v1/internal-control/follow-up?org=VSS&year=2019&round=${closing}`,
    );
    // 18 results of 002:327-341; 36 planned, as the three common controls set on VSS are planned for each
    // of the six units under it too (its ledning among them), but reported by VSS alone.
    const paragraph = followUp.body.summary?.text ?? '';
    expect(paragraph).toBe(
      'Av de 36 kontrollmoment som var planerade har 18 genomförts; sju (7) kräver åtgärd.',
    );
    const url = `/api/v1/narratives/units/VSS/rounds/${closing}/texts/plansAndProgrammes`;
    const counted = async () =>
      (await findings(t, 'org=VSS&year=2019&round=closing')).findings.filter(
        (finding) => finding.ruleId === 'text-count-denied',
      );
    const body = (lead: string) =>
      [lead, ...SEED_002_327_341].map((paragraph) => `<p>${paragraph}</p>`).join('');
    const saved = await t.request<{ text: { id: string; version: number } }>('PUT', url, {
      body: body(paragraph),
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(await counted()).toEqual([]);

    // Written by hand, counting the 18 controls that have results as the ones planned: one finding.
    const wrong = await t.request('PUT', url, {
      body: body('Av de 18 kontrollmoment som var planerade har samtliga genomförts; sju kräver åtgärd.'),
      version: saved.body.text.version,
    });
    expect(wrong.status, JSON.stringify(wrong.body)).toBe(200);
    const [finding, ...others] = await counted();
    expect(others).toEqual([]);
    expect(finding?.place.record).toEqual({
      kind: 'narrative',
      narrativeId: saved.body.text.id,
      key: 'plansAndProgrammes',
    });
    expect(plain(finding?.message ?? '')).toBe(
      'Texten ”Uppföljning av förvaltningens verksamhet › Uppföljning av planer och program” säger samtliga ' +
        '18 kontrollmoment genomförda; internkontrollen i Bokslut 2019 ger 18 av 36 (36 planerade för enheten ' +
        'och enheterna under den, 18 genomförda, 7 kräver åtgärd). Meningen: ”Av de 18 kontrollmoment som var ' +
        'planerade har samtliga genomförts; sju kräver åtgärd.”',
    );
  });
});

/** VSS 2019, every round: 002 (Bokslut 2019) and 004 (Delår 31 augusti 2019) as printed. */
const DEMO_VSS_2019 = [
  'varning | verdict-contradicts-indicators | Bokslut 2019 | Bedömningen av målet ”Framgångsrikt chef- och ledarskap” | 002:276-281',
  'varning | verdict-contradicts-indicators | Bokslut 2019 | Bedömningen av målet ”Goda arbetsplatser” | 002:262-274',
  'varning | text-comparison-denied | Bokslut 2019 | Bedömningen av målet ”Goda arbetsplatser” | 002:262-274',
  'notering | verdict-contradicts-indicators | Delår 31 augusti 2019 | Bedömningen av målet ”Framgångsrikt chef- och ledarskap” | 004:345-350',
  'notering | verdict-unsupported | Delår 31 augusti 2019 | Bedömningen av målet ”God ekonomisk kontroll” | 004:283-288',
  'notering | verdict-unsupported | Delår 31 augusti 2019 | Bedömningen av målet ”God finansiell ställning” | 004:290-295',
  'notering | verdict-unsupported | Delår 31 augusti 2019 | Bedömningen av målet ”God tillgänglighet” | 004:297-301',
  'notering | verdict-contradicts-indicators | Delår 31 augusti 2019 | Bedömningen av målet ”Goda arbetsplatser” | 004:332-343',
  'notering | verdict-contradicts-indicators | Delår 31 augusti 2019 | Bedömningen av målet ”Nya vägar för (tryggad) kompetensförsörjning” | 004:352-359',
  'notering | figure-differs-between-rounds | Bokslut 2019 | Andel heltidsanställningar, utfall 2017 | 002:404-406; 004:513-516',
  'notering | figure-differs-between-rounds | Bokslut 2019 | Andel heltidsanställningar, utfall 2017 (kvinnor) | 002:404-406; 004:513-516',
  'notering | figure-differs-between-rounds | Bokslut 2019 | Balanstal chefer, utfall 2017 | 002:425-427; 004:561-562',
  'notering | figure-differs-between-rounds | Bokslut 2019 | Chefers sjukfrånvaro, utfall 2017 | 002:412-414; 004:532-537',
  'notering | figure-differs-between-rounds | Bokslut 2019 | Chefers sjukfrånvaro, utfall 2017 (kvinnor) | 002:412-414; 004:532-537',
  'notering | figure-differs-between-rounds | Bokslut 2019 | Chefers sjukfrånvaro, utfall 2017 (män) | 002:412-414; 004:532-537',
  'notering | figure-differs-between-rounds | Bokslut 2019 | Extern personalomsättning, utfall 2017 | 002:419-421; 004:550-557',
  'notering | figure-differs-between-rounds | Bokslut 2019 | Extern personalomsättning, utfall 2017 (män) | 002:419-421; 004:550-557',
  'notering | figure-differs-between-rounds | Bokslut 2019 | Mertid övertid, utfall 2017 (män) | 002:422-424; 004:558-560',
  'notering | figure-differs-between-rounds | Bokslut 2019 | Total sjukfrånvaro, utfall 2017 | 002:401-403; 004:510-512',
  'notering | figure-differs-between-rounds | Bokslut 2019 | Total sjukfrånvaro, utfall 2017 (kvinnor) | 002:401-403; 004:510-512',
  'notering | figure-differs-between-rounds | Bokslut 2019 | Total sjukfrånvaro, utfall 2017 (män) | 002:401-403; 004:510-512',
  'notering | figure-differs-between-rounds | Bokslut 2019 | Andel heltidsanställningar, utfall 2018 (kvinnor) | 002:404-406; 004:513-516',
  'notering | figure-differs-between-rounds | Bokslut 2019 | Antal årsarbetare, utfall 2018 | 002:88; 001:1435',
  'notering | figure-differs-between-rounds | Bokslut 2019 | Balanstal chefer, utfall 2018 | 002:425-427; 004:561-562',
  'notering | figure-differs-between-rounds | Bokslut 2019 | Chefers sjukfrånvaro, utfall 2018 (kvinnor) | 002:412-414; 004:532-537',
  'notering | figure-differs-between-rounds | Bokslut 2019 | Chefers sjukfrånvaro, utfall 2018 (män) | 002:412-414; 004:532-537',
  'notering | figure-differs-between-rounds | Bokslut 2019 | Chefsomsättning (andel tillsvidare chefer som har börjat eller slutat, %), utfall 2018 | 002:409-411; 004:526-531',
  'notering | figure-differs-between-rounds | Bokslut 2019 | Extern personalomsättning, utfall 2018 | 002:419-421; 004:550-557',
  'notering | figure-differs-between-rounds | Bokslut 2019 | Extern personalomsättning, utfall 2018 (kvinnor) | 002:419-421; 004:550-557',
  'notering | figure-differs-between-rounds | Bokslut 2019 | Extern personalomsättning, utfall 2018 (män) | 002:419-421; 004:550-557',
  'notering | figure-differs-between-rounds | Bokslut 2019 | Total sjukfrånvaro, utfall 2018 | 002:401-403; 004:510-512',
  'notering | figure-differs-between-rounds | Bokslut 2019 | Total sjukfrånvaro, utfall 2018 (kvinnor) | 002:401-403; 004:510-512',
  'notering | figure-differs-between-rounds | Bokslut 2019 | Total sjukfrånvaro, utfall 2018 (män) | 002:401-403; 004:510-512',
  'notering | verdict-unsupported | Bokslut 2019 | Bedömningen av målet ”God ekonomisk kontroll” | 002:207-211',
  'notering | verdict-unsupported | Bokslut 2019 | Bedömningen av målet ”God finansiell ställning” | 002:213-217',
  'notering | verdict-unsupported | Bokslut 2019 | Bedömningen av målet ”God tillgänglighet” | 002:219-223',
  'notering | verdict-unsupported | Bokslut 2019 | Bedömningen av målet ”Goda verksamhetsresultat” | 002:249-260',
  'notering | verdict-unsupported | Bokslut 2019 | Bedömningen av målet ”Kostnadseffektiv verksamhet” | 002:195-199',
  'notering | figure-differs-between-rounds | Bokslut 2019 | Extern personalomsättning, målvärde 2019 | 002:90; 004:111',
];
