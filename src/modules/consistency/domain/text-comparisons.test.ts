import { describe, expect, it } from 'vitest';
import type { RoundKind } from '#core/period.ts';
import type { Place } from './finding.ts';
import { plain, testPlace } from './test-places.ts';
import {
  type ComparedIndicator,
  type ComparedText,
  checkTextComparisons,
  readComparisonClaims,
} from './text-comparisons.ts';

const indicator = (
  name: string,
  figures: Partial<ComparedIndicator> & Pick<ComparedIndicator, 'outcome' | 'previous' | 'target'>,
): ComparedIndicator => ({ name, unit: '%', direction: 'decrease', ...figures });

/** VSS's indicators of the goal area Medarbetare 2019 as the annual report prints them (002:400-431). */
const VSS_2019: readonly ComparedIndicator[] = [
  indicator('Total sjukfrånvaro', { outcome: '3.82', previous: '3.94', target: '3,5' }),
  indicator('Andel heltidsanställningar', {
    direction: 'increase',
    outcome: '99.0',
    previous: '98.8',
    target: '97,5',
  }),
  indicator('Attraktiv arbetsgivarindex (AVI)', {
    unit: null,
    direction: 'increase',
    outcome: null,
    previous: null,
    target: '80',
  }),
  indicator('Chefsomsättning (andel tillsvidare chefer som har börjat eller slutat, %)', {
    outcome: null,
    previous: '8.3',
    target: '8,0',
  }),
  indicator('Chefers sjukfrånvaro', { outcome: '2.15', previous: '0.39', target: '1,3' }),
  indicator('Extern personalomsättning', { outcome: '8.4', previous: '7.3', target: '6,0' }),
  indicator('Mertid övertid', { unit: null, outcome: '0.2', previous: '0.3', target: '0,15' }),
  indicator('Balanstal chefer', {
    unit: null,
    direction: 'increase',
    outcome: '1.08',
    previous: '1.01',
    target: '0,96',
  }),
  indicator('Chefer med utomnordisk bakgrund', {
    unit: null,
    direction: 'increase',
    outcome: null,
    previous: null,
    target: null,
  }),
];

const place: Place = testPlace('Texten ”Samlad bedömning”', {
  record: {
    kind: 'narrative',
    narrativeId: '00000000-0000-4000-8000-000000000002',
    key: 'overallAssessment',
  },
});

const text = (body: string, overrides: Partial<ComparedText> = {}): ComparedText => ({
  round: { kind: 'closing', year: 2019 },
  place,
  provenance: [],
  name: 'Samlad bedömning',
  plain: body,
  indicators: VSS_2019,
  ...overrides,
});

/** What a sentence is read as: "Total sjukfrånvaro better target", "… lower lastYear (change)". */
const read = (sentence: string, kind: RoundKind = 'closing') =>
  readComparisonClaims(sentence, { kind, year: 2019 }, VSS_2019).map(
    (claim) =>
      `${claim.indicator.name} ${claim.comparison} ${claim.reference}${claim.change ? ' (change)' : ''}`,
  );

const messages = (texts: ComparedText[]) =>
  checkTextComparisons(texts).map((finding) => plain(finding.message));

describe('reading comparisons of an outcome in Swedish sentences', () => {
  it('reads the seed’s sentences that compare one indicator with its target (002:274, 002:281)', () => {
    expect(read('Den totala sjukfrånvaron på förvaltningen var 3,82 % som är bättre än målvärdet.')).toEqual([
      'Total sjukfrånvaro better target',
    ]);
    expect(
      read('Sjukfrånvaron bland chefer är dock fortsatt låg även om den 2019 är högre än målvärdet.'),
    ).toEqual(['Chefers sjukfrånvaro higher target']);
  });

  it('leaves alone the seed’s sentences that speak of parts, abbreviate a name or name no indicator', () => {
    for (const sentence of [
      // 002:274 and 002:288: women and men, not the total.
      'Sjukfrånvaron hade dock ökat något för kvinnor, men minskat för män.',
      'Personalomsättningen på förvaltningen har ökat både för kvinnor och män.',
      'Den totala sjukfrånvaron har ökat för kvinnor.',
      // 002:281: "tidigare år" is not last year, and the parts again.
      'Avseende sjukfrånvaron bland chefer ses en ökning i jämförelse med tidigare år, både för kvinnor och män.',
      // 002:288: "personalomsättningen" alone is not "Extern personalomsättning".
      'Under 2019 var personalomsättningen 8,4%, vilket är högre än målvärdet.',
      // 002:223: no indicator of the unit's.
      'Resultatet för helhetsintryck, bra och mycket bra har ökat från 50 % 2018 till 69 % 2019, efter ' +
        'införandet av Kontakt Linköping.',
      // 002:163: a forecast and an estimate.
      'HR service har förbättrat sitt resultat jämfört med den prognos som lämnades i oktober och ' +
        'underskottet har minskat från beräknade 0,5 mnkr till cirka 0,2 mnkr.',
    ]) {
      expect(read(sentence), sentence).toEqual([]);
    }
  });

  it('reads the comparatives, the target and last year in their written forms', () => {
    for (const [sentence, claim] of [
      ['Andelen heltidsanställningar är högre än föregående år.', 'higher lastYear'],
      ['Andel heltidsanställningar är något lägre än förra året.', 'lower lastYear'],
      ['Andelen heltidsanställningar var 99,0 %, vilket är bättre än i fjol.', 'better lastYear'],
      ['Andelen heltidsanställningar är sämre än fjolåret.', 'worse lastYear'],
      ['Andelen heltidsanställningar är högre än 2018.', 'higher lastYear'],
      ['Andelen heltidsanställningar är högre än år 2018.', 'higher lastYear'],
      ['Andelen heltidsanställningar är högre än 2018 års nivå.', 'higher lastYear'],
      ['Andelen heltidsanställningar är högre än föregående års utfall.', 'higher lastYear'],
      ['Andelen heltidsanställningar är högre jämfört med året innan.', 'higher lastYear'],
      ['Andelen heltidsanställningar är lägre än årets målvärde.', 'lower target'],
      ['Andelen heltidsanställningar är lägre än målet.', 'lower target'],
      ['Andelen heltidsanställningar ligger över målvärdet.', 'higher target'],
      ['Andelen heltidsanställningar ligger under målnivån.', 'lower target'],
      ['Utfallet för andel heltidsanställningar är lägre än målvärdet.', 'lower target'],
    ] as const) {
      expect(read(sentence), sentence).toEqual([`Andel heltidsanställningar ${claim}`]);
    }
  });

  it('reads a change from last year with its reference, and without one only in an annual report', () => {
    expect(read('Andelen heltidsanställningar har ökat jämfört med föregående år.')).toEqual([
      'Andel heltidsanställningar higher lastYear (change)',
    ]);
    expect(read('Andelen heltidsanställningar har minskat något sedan 2018.')).toEqual([
      'Andel heltidsanställningar lower lastYear (change)',
    ]);
    expect(read('Den totala sjukfrånvaron har minskat.')).toEqual([
      'Total sjukfrånvaro lower lastYear (change)',
    ]);
    expect(read('Den totala sjukfrånvaron har förbättrats och är lägre än målvärdet.')).toEqual([
      'Total sjukfrånvaro better lastYear (change)',
      'Total sjukfrånvaro lower target',
    ]);
    // In an interim report "har minskat" may be since the spring; another time named is another change.
    expect(read('Den totala sjukfrånvaron har minskat.', 'august')).toEqual([]);
    expect(read('Den totala sjukfrånvaron har minskat under hösten.')).toEqual([]);
    // Figures without their years may be of any two times.
    expect(read('Den totala sjukfrånvaron har minskat från 4,0 till 3,8.')).toEqual([]);
    expect(read('Den totala sjukfrånvaron har minskat från 3,94 % 2018 till 3,82 % år 2019.')).toEqual([
      'Total sjukfrånvaro lower lastYear (change)',
    ]);
  });

  it('reads nothing that hedges, looks ahead, negates, or is about another year', () => {
    for (const sentence of [
      'Den totala sjukfrånvaron är nästan lägre än målvärdet.',
      'Den totala sjukfrånvaron är i stort sett lägre än målvärdet.',
      'I stort sett är den totala sjukfrånvaron lägre än målvärdet.',
      'Den totala sjukfrånvaron är ungefär lägre än målvärdet.',
      'Den totala sjukfrånvaron kommer att vara lägre än målvärdet.',
      'Den totala sjukfrånvaron bedöms bli lägre än målvärdet.',
      'Om den totala sjukfrånvaron är lägre än målvärdet får enheten en bonus.',
      'Enligt prognosen är den totala sjukfrånvaron lägre än målvärdet.',
      'Den totala sjukfrånvaron är inte lägre än målvärdet.',
      'Det är inte så att den totala sjukfrånvaron är högre än målvärdet.',
      'Den totala sjukfrånvaron är lägre än 2017.',
      // About last year's outcome, not this year's.
      'Under 2018 var den totala sjukfrånvaron högre än målvärdet.',
      'Förra året var den totala sjukfrånvaron högre än målvärdet.',
      'Den totala sjukfrånvaron var 2018 högre än målvärdet.',
      'Den totala sjukfrånvaron var tidigare högre än målvärdet.',
      'Den totala sjukfrånvaron är lägre än målvärdet för 2020.',
      'Den totala sjukfrånvaron är lägre än nästa års målvärde.',
    ]) {
      expect(read(sentence), sentence).toEqual([]);
    }
  });

  it('reads nothing unless exactly one indicator is named as the subject of the comparison', () => {
    for (const sentence of [
      // None, or two.
      'Sjukfrånvaron är lägre än målvärdet.',
      'Total sjukfrånvaro och chefers sjukfrånvaro är båda högre än målvärdet.',
      // Not the subject: after a preposition, in the genitive, or another noun between.
      'Kostnaden för total sjukfrånvaro är högre än föregående år.',
      'Den totala sjukfrånvarons kostnader har ökat jämfört med föregående år.',
      'Den totala sjukfrånvaron påverkar kostnaderna, som är högre än föregående år.',
      'Den totala sjukfrånvaron är låg men kostnaderna har ökat jämfört med föregående år.',
      // Other references.
      'Den totala sjukfrånvaron är lägre än i riket.',
      'Den totala sjukfrånvaron är lägre än budgeterat.',
      'Den totala sjukfrånvaron är lägre än för tidigare år.',
    ]) {
      expect(read(sentence), sentence).toEqual([]);
    }
  });
});

describe('a comparison in a text that the figures deny', () => {
  it('warns at the seed’s own contradiction: 3,82 % sick leave is worse than the target 3,5 (002:274, 002:401)', () => {
    const findings = checkTextComparisons([
      text('Den totala sjukfrånvaron på förvaltningen var 3,82 % som är bättre än målvärdet.'),
    ]);
    expect(findings.map((finding) => ({ ...finding, message: plain(finding.message) }))).toEqual([
      {
        ruleId: 'text-comparison-denied',
        severity: 'varning',
        message:
          'Texten ”Samlad bedömning” säger att utfallet för ”Total sjukfrånvaro” är bättre än målvärdet, men ' +
          'utfallet 3,82 % är sämre än målvärdet 3,5 % (lägre är bättre). Meningen: ”Den totala ' +
          'sjukfrånvaron på förvaltningen var 3,82 % som är bättre än målvärdet.”',
        place,
        provenance: [],
      },
    ]);
  });

  it('is silent where the figures agree: the seed’s 2,15 % against 1,3 (002:281, 002:412), and the rest', () => {
    expect(
      messages([
        text(
          'Sjukfrånvaron bland chefer är dock fortsatt låg även om den 2019 är högre än målvärdet. ' +
            'Andelen heltidsanställningar har ökat jämfört med föregående år och är högre än målvärdet. ' +
            'Den totala sjukfrånvaron har minskat. Extern personalomsättning har försämrats. ' +
            'Balanstal chefer är bättre än målvärdet.',
        ),
      ]),
    ).toEqual([]);
  });

  it('warns at a change from last year that the outcomes deny, with both years’ figures', () => {
    expect(messages([text('Andelen heltidsanställningar har minskat jämfört med föregående år.')])).toEqual([
      'Texten ”Samlad bedömning” säger att utfallet för ”Andel heltidsanställningar” har minskat jämfört med ' +
        'föregående år, men utfallet 2019, 99,0 %, är högre än utfallet 2018, 98,8 %. Meningen: ' +
        '”Andelen heltidsanställningar har minskat jämfört med föregående år.”',
    ]);
    expect(messages([text('Den totala sjukfrånvaron är sämre än 2018.')])).toEqual([
      'Texten ”Samlad bedömning” säger att utfallet för ”Total sjukfrånvaro” är sämre än föregående år, men ' +
        'utfallet 2019, 3,82 %, är bättre än utfallet 2018, 3,94 % (lägre är bättre). Meningen: ”Den ' +
        'totala sjukfrånvaron är sämre än 2018.”',
    ]);
  });

  it('compares the figures a change states with both years’ outcomes, as far as their printing explains', () => {
    const said = (sentence: string) => messages([text(sentence)]);
    expect(said('Den totala sjukfrånvaron har minskat från 3,9 % 2018 till 3,8 % 2019.')).toEqual([]);
    expect(said('Den totala sjukfrånvaron har minskat från 4,16 % 2018 till 3,82 % 2019.')).toEqual([
      'Texten ”Samlad bedömning” säger att utfallet för ”Total sjukfrånvaro” har minskat från 4,16 % 2018 ' +
        'till 3,82 % 2019, men utfallet 2018 är 3,94 % och 2019 3,82 %. Meningen: ”Den totala ' +
        'sjukfrånvaron har minskat från 4,16 % 2018 till 3,82 % 2019.”',
    ]);
    // A percentage is not compared with an indicator in another unit.
    const days = indicator('Handläggningstid', {
      unit: 'dagar',
      outcome: '12',
      previous: '10',
      target: null,
    });
    expect(
      messages([text('Handläggningstiden har ökat från 8 % 2018 till 12 % 2019.', { indicators: [days] })]),
    ).toEqual([]);
  });

  it('compares with a one-sided target in the outcome’s unit, and says nothing of a target it cannot read', () => {
    const satisfaction = (target: string, unit: string | null = '%') =>
      indicator('Nöjda kunder', { unit, direction: 'increase', outcome: '72', previous: '70', target });
    const claim = 'Andelen nöjda kunder är högre än målvärdet.';
    expect(messages([text(claim, { indicators: [satisfaction('≥ 80 %')] })])).toEqual([
      'Texten ”Samlad bedömning” säger att utfallet för ”Nöjda kunder” är högre än målvärdet, men utfallet ' +
        '72 % är lägre än målvärdet 80 %. Meningen: ”Andelen nöjda kunder är högre än målvärdet.”',
    ]);
    for (const target of ['Öka', '90% inom 120 sekunder', '≤±5', '-']) {
      expect(messages([text(claim, { indicators: [satisfaction(target)] })]), target).toEqual([]);
    }
  });

  it('says nothing on a tie, without a direction for better or worse, or without whole-year figures', () => {
    const figures = (overrides: Partial<ComparedIndicator>) => [
      indicator('Handläggningstid', {
        unit: 'dagar',
        outcome: '12',
        previous: '10',
        target: '12',
        ...overrides,
      }),
    ];
    // 12 days against a target of 12: neither higher nor lower.
    expect(
      messages([text('Handläggningstiden är lägre än målvärdet.', { indicators: figures({}) })]),
    ).toEqual([]);
    // Without a desired direction, better or worse cannot be told; higher and lower still can.
    const none = figures({ direction: 'none', previous: '14' });
    expect(messages([text('Handläggningstiden är bättre än föregående år.', { indicators: none })])).toEqual(
      [],
    );
    expect(
      messages([text('Handläggningstiden är högre än föregående år.', { indicators: none })]),
    ).toHaveLength(1);
    // An interim outcome for months so far (the service passes none) or no last year's outcome.
    expect(
      messages([
        text('Handläggningstiden har minskat jämfört med föregående år.', { indicators: figures({}) }),
      ]),
    ).toHaveLength(1);
    for (const overrides of [{ outcome: null }, { previous: null }]) {
      expect(
        messages([
          text('Handläggningstiden har minskat jämfört med föregående år.', {
            indicators: figures(overrides),
          }),
        ]),
      ).toEqual([]);
    }
  });
});
