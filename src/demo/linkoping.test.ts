import { describe, expect, it } from 'vitest';
import { isDecimal } from '#core/decimal.ts';
import { type DataPackage, dataPackageSchema } from '#modules/data-package/contract.ts';
import { parseTarget } from '#modules/goals/domain/target.ts';
import {
  canContain,
  isValidInYear,
  liesWithin,
  ORG_CODE_PATTERN,
} from '#modules/organisation/domain/org-unit.ts';
import { parseIndicatorName, parseTargetCell, parseValueCell } from './builders.ts';
import { demoId } from './demo-id.ts';
import { buildDemoPackage } from './linkoping.ts';

const input = buildDemoPackage();
const demo: DataPackage = dataPackageSchema.parse(input);

function one<T>(items: readonly T[], what: string): T {
  expect(items, what).toHaveLength(1);
  return items[0] as T;
}

function goalNamed(org: string, fromYear: number, name: string): DataPackage['goals'][number] {
  return one(
    demo.goals.filter((g) => g.orgUnit === org && g.validFromYear === fromYear && g.name === name),
    `goal ${org} ${fromYear} ${name}`,
  );
}

function indicatorNamed(
  goalId: string,
  name: string,
  parentName?: string,
): DataPackage['indicators'][number] {
  const parentId =
    parentName === undefined
      ? null
      : one(
          demo.indicators.filter(
            (i) => i.goalId === goalId && i.name === parentName && i.parentIndicatorId === null,
          ),
          parentName,
        ).id;
  return one(
    demo.indicators.filter((i) => i.goalId === goalId && i.name === name && i.parentIndicatorId === parentId),
    `indicator ${name}`,
  );
}

function roundOf(year: number, kind: string): string {
  return one(
    demo.reportingRounds.filter((r) => r.year === year && r.kind === kind),
    `round ${year} ${kind}`,
  ).id;
}

function outcome(indicatorId: string, round: string, year: number): DataPackage['outcomes'][number] {
  return one(
    demo.outcomes.filter(
      (o) => o.indicatorId === indicatorId && o.reportingRoundId === round && o.year === year,
    ),
    `outcome ${year}`,
  );
}

function target(indicatorId: string, year: number, part = 'total'): DataPackage['targets'][number] {
  return one(
    demo.targets.filter((t) => t.indicatorId === indicatorId && t.year === year && t.part === part),
    `target ${year} ${part}`,
  );
}

describe('the Linköping demo package', () => {
  it('is a valid data package', () => {
    expect(() => dataPackageSchema.parse(input)).not.toThrow();
    expect(demo.format).toBe('verksam-data-package');
    expect(demo.formatVersion).toBe(1);
    expect(demo.scope).toBeNull();
  });

  it('is the same on every build', () => {
    expect(buildDemoPackage()).toEqual(input);
  });

  it('gives every record a unique id', () => {
    const ids = [
      ...demo.orgUnits,
      ...demo.reportingRounds,
      ...demo.goalAreas,
      ...demo.municipalGoals,
      ...demo.goals,
      ...demo.indicators,
      ...demo.targets,
      ...demo.outcomes,
      ...demo.assessments,
    ].map((record) => record.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('resolves every reference inside the package', () => {
    const codes = new Set(demo.orgUnits.map((unit) => unit.code));
    const areas = new Set(demo.goalAreas.map((area) => area.id));
    const municipalGoals = new Set(demo.municipalGoals.map((g) => g.id));
    const goals = new Set(demo.goals.map((g) => g.id));
    const indicators = new Set(demo.indicators.map((i) => i.id));
    const rounds = new Set(demo.reportingRounds.map((r) => r.id));
    for (const unit of demo.orgUnits) {
      expect(unit.parent === null || codes.has(unit.parent), unit.code).toBe(true);
    }
    for (const g of demo.municipalGoals) {
      expect(areas.has(g.goalAreaId), g.name).toBe(true);
    }
    for (const g of demo.goals) {
      expect(codes.has(g.orgUnit), g.name).toBe(true);
      expect(g.municipalGoalId !== null && municipalGoals.has(g.municipalGoalId), g.name).toBe(true);
      expect(g.parentGoalId === null || goals.has(g.parentGoalId), g.name).toBe(true);
    }
    for (const i of demo.indicators) {
      expect(goals.has(i.goalId), i.name).toBe(true);
      expect(i.parentIndicatorId === null || indicators.has(i.parentIndicatorId), i.name).toBe(true);
    }
    for (const t of demo.targets) {
      expect(indicators.has(t.indicatorId), t.id).toBe(true);
    }
    for (const o of demo.outcomes) {
      expect(indicators.has(o.indicatorId), o.id).toBe(true);
      expect(rounds.has(o.reportingRoundId), o.id).toBe(true);
    }
    for (const a of demo.assessments) {
      expect(goals.has(a.goalId), a.id).toBe(true);
      expect(rounds.has(a.reportingRoundId), a.id).toBe(true);
    }
  });

  it('keeps sub-indicators one level deep and under their parent’s goal', () => {
    const byId = new Map(demo.indicators.map((i) => [i.id, i]));
    for (const i of demo.indicators) {
      if (i.parentIndicatorId !== null) {
        const parent = byId.get(i.parentIndicatorId);
        expect(parent?.goalId, i.name).toBe(i.goalId);
        expect(parent?.parentIndicatorId, i.name).toBeNull();
        expect(i.name.startsWith('-'), i.name).toBe(false);
      }
    }
  });

  it('has one outcome per indicator, round and year, one target per indicator, year and part', () => {
    const outcomes = demo.outcomes.map((o) => `${o.indicatorId}|${o.reportingRoundId}|${o.year}`);
    expect(new Set(outcomes).size).toBe(outcomes.length);
    const targets = demo.targets.map((t) => `${t.indicatorId}|${t.year}|${t.part}`);
    expect(new Set(targets).size).toBe(targets.length);
    const assessments = demo.assessments.map((a) => `${a.goalId}|${a.reportingRoundId}`);
    expect(new Set(assessments).size).toBe(assessments.length);
  });

  it('writes every figure as a canonical decimal string and leaves no-data parts empty', () => {
    for (const o of input.outcomes ?? []) {
      for (const value of [o.total, o.women, o.men]) {
        expect(value === null || value === undefined || isDecimal(value), `${o.source}: ${value}`).toBe(true);
      }
    }
    for (const o of demo.outcomes) {
      for (const part of o.noData) {
        expect(o[part], `${o.source} ${part}`).toBeNull();
      }
      expect(o.total !== null || o.women !== null || o.men !== null || o.noData.length > 0, o.id).toBe(true);
      expect(o.fromMonth <= o.toMonth, o.id).toBe(true);
    }
  });

  it('stores only targets the target rules can read (none, value, comparison or direction)', () => {
    for (const t of demo.targets) {
      expect(parseTarget(t.notation).kind, `${t.source}: ${t.notation}`).not.toBe('text');
    }
  });

  it('names a seed line for every goal, indicator, target, outcome and assessment', () => {
    const sourced = [
      ...demo.municipalGoals,
      ...demo.goals,
      ...demo.indicators,
      ...demo.targets,
      ...demo.outcomes,
      ...demo.assessments,
    ];
    for (const record of sourced) {
      expect(record.source ?? '', record.id).toMatch(/^00[0-4]:\d+(-\d+)?(, 00[0-4]:\d+(-\d+)?)*$/);
    }
  });

  it('has a consistent organisation tree', () => {
    const byCode = new Map(demo.orgUnits.map((unit) => [unit.code, unit]));
    expect(byCode.size).toBe(demo.orgUnits.length);
    for (const unit of demo.orgUnits) {
      expect(unit.code, unit.code).toMatch(ORG_CODE_PATTERN);
      expect(unit.validTo === null || unit.validTo >= unit.validFrom, unit.code).toBe(true);
      if (unit.parent !== null) {
        const parent = byCode.get(unit.parent);
        expect(parent, unit.code).toBeDefined();
        if (parent) {
          expect(canContain(parent.kind, unit.kind), unit.code).toBe(true);
          expect(liesWithin(unit, parent), unit.code).toBe(true);
        }
      }
    }
    expect(demo.orgUnits.filter((unit) => unit.parent === null).map((unit) => unit.code)).toEqual([
      'LINKOPING',
    ]);
  });

  it('lets goals live within their org unit and their kommunövergripande mål', () => {
    const units = new Map(demo.orgUnits.map((unit) => [unit.code, unit]));
    const municipalGoals = new Map(demo.municipalGoals.map((g) => [g.id, g]));
    for (const g of demo.goals) {
      const mg = g.municipalGoalId === null ? undefined : municipalGoals.get(g.municipalGoalId);
      expect(mg, g.name).toBeDefined();
      expect(g.validFromYear >= (mg?.validFromYear ?? Number.POSITIVE_INFINITY), g.name).toBe(true);
      if (mg?.validToYear !== null && mg?.validToYear !== undefined) {
        expect(g.validToYear !== null && g.validToYear <= mg.validToYear, g.name).toBe(true);
      }
      const unit = units.get(g.orgUnit);
      expect(unit && isValidInYear(unit, g.validFromYear), g.name).toBe(true);
    }
  });

  it('has every round kind for 2019-2024', () => {
    expect(demo.reportingRounds).toHaveLength(30);
    expect(demo.reportingRounds.find((r) => r.year === 2019 && r.kind === 'closing')).toMatchObject({
      id: demoId('round:2019:closing'),
      name: 'Bokslut 2019',
      deadline: '2020-02-15',
    });
    expect(demo.reportingRounds.find((r) => r.year === 2023 && r.kind === 'budget')?.name).toBe(
      'Budget 2023',
    );
  });

  it('has the five målområden in order', () => {
    expect(demo.goalAreas.map((area) => [area.name, area.sortOrder])).toEqual([
      ['Samhälle', 0],
      ['Medborgare', 1],
      ['Ekonomi', 2],
      ['Verksamhet', 3],
      ['Medarbetare', 4],
    ]);
    expect(demo.goalAreas[0]?.description).toBe(
      'Målområde samhälle beskriver vad kommunen ska uppnå för att utveckla närmiljön och Linköping som plats.',
    );
  });

  it('has the counts the seeds state', () => {
    const municipal = (year: number) => demo.municipalGoals.filter((g) => g.validFromYear === year);
    expect(municipal(2019)).toHaveLength(7);
    expect(municipal(2020)).toHaveLength(13);
    expect(municipal(2023)).toHaveLength(13);
    expect(municipal(2020).every((g) => g.validToYear === 2022 && g.description !== null)).toBe(true);
    expect(municipal(2023).every((g) => g.validToYear === null && g.description !== null)).toBe(true);
    expect(municipal(2019).every((g) => g.validToYear === 2019 && g.description === null)).toBe(true);

    const goals = (org: string, year: number) =>
      demo.goals.filter((g) => g.orgUnit === org && g.validFromYear === year);
    expect(goals('KS', 2020)).toHaveLength(18); // 001:530
    expect(goals('VSS', 2023)).toHaveLength(10); // 000:168
    expect(goals('VSS', 2019)).toHaveLength(11); // 002:55
    // 000:168: "tio förvaltningsmål knutna till sju av de kommunövergripande målen"
    expect(new Set(goals('VSS', 2023).map((g) => g.municipalGoalId)).size).toBe(7);

    const vssChildren = (kind: string, year: number) =>
      demo.orgUnits.filter(
        (unit) => unit.parent === 'VSS' && unit.kind === kind && isValidInYear(unit, year),
      );
    expect(vssChildren('unit', 2019).map((unit) => unit.name)).toEqual([
      'LK-data',
      'Kontakt Linköping',
      'HR service',
      'Ekonomiservice',
      'Stadsarkivet',
    ]);
    expect(vssChildren('division', 2019).map((unit) => unit.name)).toEqual(['VSS ledning']);
    expect(vssChildren('division', 2023).map((unit) => unit.name)).toEqual([
      'Stab och ledning',
      'Verksamhetsområde ekonomi',
      'Verksamhetsområde HR',
      'Verksamhetsområde medborgare',
      'Kost och restaurang',
      'LKDATA',
    ]);
    expect(demo.orgUnits.filter((unit) => unit.parent === 'KLF')).toHaveLength(8);
    expect(demo.orgUnits.filter((unit) => unit.parent === 'LEANLINK')).toHaveLength(6);
  });

  it('transcribes VSS 2023 "-LKDATA (0-5)" under "Kundnöjdhet" (000:371)', () => {
    const goodService = goalNamed('VSS', 2023, 'God service');
    expect(goodService.id).toBe(demoId('goal:VSS:2023:God service'));
    const lkdata = indicatorNamed(goodService.id, 'LKDATA (0-5)', 'Kundnöjdhet');
    expect(lkdata).toMatchObject({
      unit: '0-5',
      desiredDirection: 'increase',
      sortOrder: 0,
      source: '000:371',
    });
    const budget2023 = roundOf(2023, 'budget');
    expect(outcome(lkdata.id, budget2023, 2021)).toMatchObject({ total: '4.3', fromMonth: 1, toMonth: 12 });
    expect(outcome(lkdata.id, budget2023, 2022)).toMatchObject({
      total: '4.4',
      fromMonth: 1,
      toMonth: 7,
      isForecast: false,
    });
    expect(target(lkdata.id, 2023).notation).toBe('≥4,0');
    expect(target(lkdata.id, 2024).notation).toBe('≥4,0');
  });

  it('transcribes the partial periods and forecasts of 000 per table', () => {
    const budget2023 = roundOf(2023, 'budget');
    const control = goalNamed('VSS', 2023, 'God ekonomisk kontroll');
    const deviation = indicatorNamed(control.id, 'Budgetavvikelse (årets resultat i % av omsättning)');
    expect(outcome(deviation.id, budget2023, 2021).total).toBe('1.0');
    expect(outcome(deviation.id, budget2023, 2022)).toMatchObject({
      total: '-0.9',
      isForecast: true,
      toMonth: 7,
    });
    expect(target(deviation.id, 2023).notation).toBe('≤±1');

    const purchasing = goalNamed('VSS', 2023, 'Korrekta och effektiva inköp');
    const bids = indicatorNamed(
      purchasing.id,
      'Avvikelse mellan lämnade och vunna anbud av kommunens samlade upphandlingar via VSS (%-enheter)',
    );
    expect(outcome(bids.id, budget2023, 2022)).toMatchObject({ total: '-3', fromMonth: 1, toMonth: 3 });
    const large = indicatorNamed(purchasing.id, 'Stor', bids.name);
    expect(demo.outcomes.filter((o) => o.indicatorId === large.id)).toHaveLength(0);
    expect(demo.targets.filter((t) => t.indicatorId === large.id)).toHaveLength(0);

    const waste = indicatorNamed(
      goalNamed('VSS', 2023, 'En hållbar förvaltning').id,
      'Matsvinn per portion (gram)',
    );
    expect(waste).toMatchObject({ unit: 'gram', desiredDirection: 'decrease' });
    expect(outcome(waste.id, budget2023, 2022)).toMatchObject({ total: '53', toMonth: 7 });
  });

  it('transcribes the obligatory gendered indicators of 000 (000:433-435, 445-447)', () => {
    const workplaces = goalNamed('VSS', 2023, 'Goda arbetsplatser');
    expect(workplaces.description).toBe(
      'Varje medarbetare känner arbetsglädje och stolthet samt har inflytande och möjlighet att utvecklas.',
    );
    const sickLeave = indicatorNamed(workplaces.id, 'Total sjukfrånvaro (%)');
    expect(sickLeave).toMatchObject({
      isObligatory: true,
      isGenderSplit: true,
      desiredDirection: 'decrease',
    });
    expect(outcome(sickLeave.id, roundOf(2023, 'budget'), 2022)).toMatchObject({
      total: '6.8',
      men: '6.2',
      women: '7.1',
      toMonth: 7,
    });
    expect(target(sickLeave.id, 2023).notation).toBe('≤6,0');
    expect(demo.targets.filter((t) => t.indicatorId === sickLeave.id && t.part !== 'total')).toHaveLength(0);
    const newHires = indicatorNamed(workplaces.id, 'Nyanställda kvar i organisationen (%)');
    expect(outcome(newHires.id, roundOf(2023, 'budget'), 2022)).toMatchObject({
      total: null,
      noData: ['total'],
    });
  });

  it('transcribes "Total sjukfrånvaro" of VSS 2019 in both rounds (002:401-403, 004:510-512)', () => {
    const workplaces = goalNamed('VSS', 2019, 'Goda arbetsplatser');
    const sickLeave = indicatorNamed(workplaces.id, 'Total sjukfrånvaro');
    const closing = roundOf(2019, 'closing');
    const august = roundOf(2019, 'august');
    expect(outcome(sickLeave.id, closing, 2019)).toMatchObject({
      total: '3.82',
      women: '4.48',
      men: '2.94',
      fromMonth: 1,
      toMonth: 12,
      note: null,
    });
    expect(target(sickLeave.id, 2019)).toMatchObject({ notation: '3,5', note: null });
    expect(target(sickLeave.id, 2019, 'men').notation).toBe('3,0');
    expect(target(sickLeave.id, 2019, 'women').notation).toBe('3,5');
    // The same year, printed differently in the two documents: both are kept, each in its round.
    expect(outcome(sickLeave.id, closing, 2017).total).toBe('4.16');
    expect(outcome(sickLeave.id, closing, 2017).note).toMatch(/^Verksamhetsstöd och service inrättades/);
    expect(outcome(sickLeave.id, august, 2017).total).toBe('4.3');
    expect(outcome(sickLeave.id, august, 2019)).toMatchObject({ total: '2.5', fromMonth: 1, toMonth: 8 });
  });

  it('keeps the closing-round target and notes the delårsrapport’s other target', () => {
    const newWays = goalNamed('VSS', 2019, 'Nya vägar för (tryggad) kompetensförsörjning');
    const turnover = indicatorNamed(newWays.id, 'Extern personalomsättning');
    expect(target(turnover.id, 2019)).toMatchObject({
      notation: '6,0',
      note: 'Delårsrapporten per 31 augusti 2019 anger målvärdet 5,5 (004:550-551).',
      source: '002:419',
    });
    const leadership = goalNamed('VSS', 2019, 'Framgångsrikt chef- och ledarskap');
    const hme = indicatorNamed(leadership.id, 'Hållbart medarbetarengagemang (HME)');
    expect(target(hme.id, 2019)).toMatchObject({ notation: '80', source: '004:523-525' });
  });

  it('transcribes the KS table with word targets and no-data cells (001:665)', () => {
    const safety = goalNamed('KS', 2020, 'God trygghet och säkerhet');
    const violence = indicatorNamed(safety.id, 'Anmälda våldsbrott i kommunen, antal/100 000 invånare.');
    const budget2020 = roundOf(2020, 'budget');
    expect(outcome(violence.id, budget2020, 2018)).toMatchObject({ total: '733', noData: [] });
    expect(outcome(violence.id, budget2020, 2019)).toMatchObject({ total: null, noData: ['total'] });
    expect(target(violence.id, 2020).notation).toBe('Färre än 700');
    expect(target(violence.id, 2021).notation).toBe('Färre än 650');
    const parks = indicatorNamed(
      safety.id,
      'Parker',
      'Andel (%) av medborgarna som upplever den offentliga miljön som trygg kvälls- och nattetid.',
    );
    expect(target(parks.id, 2020)).toMatchObject({
      notation: '50',
      note: expect.stringMatching(/^Målvärdet för/),
    });
  });

  it('transcribes the printed forms of KS outcomes and targets', () => {
    const budget2020 = roundOf(2020, 'budget');
    const cohesion = goalNamed('KS', 2020, 'God social sammanhållning och delaktighet');
    const lowIncome = indicatorNamed(cohesion.id, 'Låg ekonomisk standard.');
    expect(outcome(lowIncome.id, budget2020, 2018)).toMatchObject({ total: '15.2', referenceYear: 2016 });
    expect(outcome(lowIncome.id, budget2020, 2019)).toMatchObject({ total: '15.7', referenceYear: 2017 });
    expect(lowIncome.definition).toMatch(/^Statistiken \(resultatet\) publiceras med två års eftersläpning/);

    const business = goalNamed('KS', 2020, 'Ett starkt entreprenörskap och växande näringsliv');
    const wages = indicatorNamed(
      business.id,
      'Förändringen i lönesumma privat sektor (%). Avser bostadskommun.',
    );
    expect(outcome(wages.id, budget2020, 2018)).toMatchObject({
      total: '4.5',
      note: '18,5 Mdkr',
      isForecast: false,
    });
    expect(outcome(wages.id, budget2020, 2019)).toMatchObject({
      total: '3.8',
      note: '19,2 Mdkr',
      isForecast: true,
    });

    const finance = goalNamed('KS', 2020, 'God finansiell ställning');
    const debt = indicatorNamed(finance.id, 'Skuldsättning per invånare.');
    expect(debt).toMatchObject({ isObligatory: true, unit: 'kr' });
    expect(outcome(debt.id, budget2020, 2018).total).toBe('0');
    expect(target(debt.id, 2020).notation).toBe('Max 900 kr.');

    const control = goalNamed('KS', 2020, 'God ekonomisk kontroll');
    expect(control.description).toBe('Goda resultat och stabil ekonomi.');
    const result = indicatorNamed(control.id, 'Kommunens resultat.');
    expect(outcome(result.id, budget2020, 2018).total).toBe('237');
    expect(
      demo.indicators.filter((i) => i.goalId === control.id).map((i) => [i.name, i.isObligatory]),
    ).toEqual([
      ['Kommunens resultat.', true],
      ['Kommunens soliditet.', true],
      ['Procentuell avvikelse budget och utfall, nämnderna (%).', true],
      ['Procentuell avvikelse budget och utfall, avser Kommunledningsförvaltningen (%).', false],
    ]);

    const digital = goalNamed('KS', 2020, 'Hög digitaliseringsgrad');
    const automation = indicatorNamed(
      digital.id,
      'Effektivisering genom automatisering/digitalisering. Beräknat i antal årsarbetare.',
    );
    expect(target(automation.id, 2021)).toMatchObject({
      notation: '100',
      note: 'Målvärdet utgår från Sveriges Kommuner och Landstings Ekonomirapport.',
    });

    const planning = goalNamed('KS', 2020, 'God planberedskap i antagna översiktsplaner');
    const flats = indicatorNamed(planning.id, 'Antal lägenheter i gällande översiktsplan.');
    expect(outcome(flats.id, budget2020, 2019).total).toBe('40000');
    expect(target(flats.id, 2020).notation).toBe('40 000');
  });

  it('records the VSS 2019 verdicts as printed: 6 met and 5 partly met at year end (002:55)', () => {
    const closing = roundOf(2019, 'closing');
    const august = roundOf(2019, 'august');
    const verdicts = (round: string) => demo.assessments.filter((a) => a.reportingRoundId === round);
    expect(verdicts(closing)).toHaveLength(11);
    expect(verdicts(closing).filter((a) => a.verdict === 'met')).toHaveLength(6);
    expect(verdicts(closing).filter((a) => a.verdict === 'partlyMet')).toHaveLength(5);
    expect(verdicts(august)).toHaveLength(11);
    expect(verdicts(august).filter((a) => a.verdict === 'met')).toHaveLength(3);

    const itSupport = goalNamed('VSS', 2019, 'Kostnadseffektivt och ändamålsenligt IT-stöd');
    const closingIt = one(
      demo.assessments.filter((a) => a.goalId === itSupport.id && a.reportingRoundId === closing),
      'IT-stöd',
    );
    expect(closingIt.verdict).toBe('partlyMet');
    expect(closingIt.basis).toMatch(/^Uppföljningen per den 31 december visar/);
    expect(closingIt.results).toHaveLength(3);
    const financial = goalNamed('VSS', 2019, 'God finansiell ställning');
    const augustFinancial = one(
      demo.assessments.filter((a) => a.goalId === financial.id && a.reportingRoundId === august),
      'God finansiell ställning',
    );
    expect(augustFinancial).toMatchObject({ verdict: 'met', results: [], source: '004:290-295' });
  });
});

describe('cell parsing', () => {
  const footnotes = {
    '*': { kind: 'period', fromMonth: 1, toMonth: 7 },
    '**': { kind: 'obligatory' },
    '⁷': { kind: 'targetNote', text: 'Not.' },
  } as const;

  it('reads printed outcome cells', () => {
    expect(parseValueCell('4,4*', footnotes, 'x')).toMatchObject({ value: '4.4', period: { toMonth: 7 } });
    expect(parseValueCell('*53', footnotes, 'x')).toMatchObject({ value: '53', period: { toMonth: 7 } });
    expect(parseValueCell('I.U.', footnotes, 'x')).toMatchObject({ value: null, noData: true });
    expect(parseValueCell('', footnotes, 'x')).toBeNull();
    expect(parseValueCell('2016: 15,2%', footnotes, 'x')).toMatchObject({
      value: '15.2',
      referenceYear: 2016,
    });
    expect(parseValueCell('3,8 (19,2 Mdkr, prognos)', footnotes, 'x')).toMatchObject({
      value: '3.8',
      isForecast: true,
      notes: ['19,2 Mdkr'],
    });
    expect(parseValueCell('96,0', footnotes, 'x')?.value).toBe('96.0');
  });

  it('refuses what it cannot read', () => {
    expect(() => parseValueCell('4,4***', footnotes, 'x')).toThrow();
    expect(() => parseValueCell('4,4**', footnotes, 'x')).toThrow();
    expect(() => parseValueCell('ca 4', footnotes, 'x')).toThrow();
    expect(() => parseTargetCell('100 ⁸', footnotes, 'x')).toThrow();
  });

  it('reads targets and names with footnote markers', () => {
    expect(parseTargetCell('100 ⁷', footnotes, 'x')).toEqual({ notation: '100', note: 'Not.' });
    expect(parseTargetCell('Max 900 kr.', footnotes, 'x')).toEqual({ notation: 'Max 900 kr.', note: null });
    expect(parseIndicatorName('Kommunens resultat.**', footnotes, 'x')).toMatchObject({
      name: 'Kommunens resultat.',
      obligatory: true,
    });
  });
});
