import { describe, expect, it } from 'vitest';
import { DEFAULT_RESULT_SCALE, summariseControls } from '../../internal-control/domain/index.ts';
import type { Place } from './finding.ts';
import { plain, testPlace } from './test-places.ts';
import { SEED_002_327_341 } from './test-seed-texts.ts';
import {
  type AssignmentCounts,
  type ControlCounts,
  type CountedText,
  checkTextCounts,
  type GoalCounts,
  namesAUnit,
  readCountClaims,
} from './text-counts.ts';

/** VSS 2019 as the demo holds it: 11 goals, 6 met and 5 partly met at year end; 6 assignments, all done. */
const GOALS: GoalCounts = { total: 11, met: 6, partlyMet: 5, notMet: 0 };
const ASSIGNMENTS: AssignmentCounts = { total: 6, done: 6, inProgress: 0, notStarted: 0, notApplicable: 0 };
/**
 * VSS's internal control at the closing 2019, shaped as the demo's (002:325-341): 24 checks planned for VSS
 * and its units, 18 with a result, 7 of them partly satisfactory or unsatisfactory.
 */
const CONTROLS: ControlCounts = { planned: 24, done: 18, needingAction: 7, units: 6 };
/** The units under VSS as the seed names them, and their codes. */
const OTHER_UNITS = [
  'Ekonomiservice',
  'VSS-EKS',
  'HR Service',
  'VSS-HRS',
  'Kontakt Linköping',
  'VSS-KL',
  'LK-data',
  'VSS-LKD',
  'Stadsarkivet',
  'VSS-ARKIV',
];

const place: Place = testPlace('Texten ”Samlad bedömning”', {
  record: {
    kind: 'narrative',
    narrativeId: '00000000-0000-4000-8000-000000000002',
    key: 'overallAssessment',
  },
});

const text = (body: string, overrides: Partial<CountedText> = {}): CountedText => ({
  round: { kind: 'closing', year: 2019 },
  place,
  provenance: [],
  name: 'Samlad bedömning',
  plain: body,
  roundName: 'Bokslut 2019',
  goals: GOALS,
  assignments: ASSIGNMENTS,
  controls: CONTROLS,
  otherUnits: OTHER_UNITS,
  ...overrides,
});

const messages = (texts: CountedText[]) => checkTextCounts(texts).map((finding) => plain(finding.message));

/** What a sentence is read as: "6/11 goals met", "all/6 assignments done", "5/- goals partlyMet". */
const read = (sentence: string) =>
  readCountClaims(sentence).map(
    (claim) => `${claim.count}/${claim.total ?? '-'} ${claim.subject} ${claim.status}`,
  );

describe('reading counts of goals and assignments in Swedish sentences', () => {
  it('reads the seeds’ sentences, with their numbers in words and figures (002:55)', () => {
    expect(
      read(
        'Verksamhets stöd och service har 11 förvaltningsmål inom områdena ekonomi, verksamhet och medarbetare ' +
          'för budgetåret, av dessa har sex (6) förvaltningsmål uppnåtts vid årets slut, fem (5) visar på en ' +
          'positiv utveckling och att förvaltningsmålen delvis har uppnåtts.',
      ),
    ).toEqual(['6/11 goals met', '5/11 goals partlyMet']);
    expect(
      read('Samtliga sex (6) strategiska utvecklingsuppdrag har genomförts per den sista december.'),
    ).toEqual(['all/6 assignments done']);
    expect(
      read(
        'Av förvaltningens 11 förvaltningsmål har sex uppnåtts vid årets slut och fem visar en positiv ' +
          'utveckling och har delvis uppnåtts.',
      ),
    ).toEqual(['6/11 goals met', '5/11 goals partlyMet']);
  });

  it('reads "x av y", "x av de y …målen", "av de y målen är x", "samtliga", "alla", "inget av", "inga"', () => {
    expect(read('8 av 11 mål är uppfyllda.')).toEqual(['8/11 goals met']);
    expect(read('Åtta av de elva förvaltningsmålen bedöms som uppfyllda.')).toEqual(['8/11 goals met']);
    expect(read('Tre av målen är delvis uppfyllda.')).toEqual(['3/- goals partlyMet']);
    expect(read('Två av de 11 nämndmålen är inte uppfyllda.')).toEqual(['2/11 goals notMet']);
    expect(read('Av de 11 målen är 9 helt eller delvis uppfyllda.')).toEqual(['9/11 goals metOrPartlyMet']);
    expect(read('Samtliga mål är uppfyllda.')).toEqual(['all/- goals met']);
    expect(read('Alla uppdrag är genomförda.')).toEqual(['all/- assignments done']);
    expect(read('Inget av målen är uppfyllt.')).toEqual(['0/- goals met']);
    expect(read('Inga mål har uppnåtts.')).toEqual(['0/- goals met']);
    expect(read('2 av 6 uppdrag pågår, medan 4 har genomförts.')).toEqual([
      '2/6 assignments inProgress',
      '4/6 assignments done',
    ]);
    expect(read('Ett av de sex uppdragen har inte påbörjats.')).toEqual(['1/6 assignments notStarted']);
    // A list item of the rich text is a sentence of its own.
    expect(read('Måluppfyllelse:\n• 6 av 11 mål är uppfyllda\n• 5 av 11 mål är delvis uppfyllda')).toEqual([
      '6/11 goals met',
      '5/11 goals partlyMet',
    ]);
  });

  it('reads nothing it cannot read with confidence', () => {
    for (const sentence of [
      // Other goals, goal areas, indicators, or no verdict at all (000:168; 002:51).
      'Förvaltningens budget innehåller tio förvaltningsmål knutna till sju av de kommunövergripande målen.',
      'En samlad bedömning av dom tre målområdena är god och måluppfyllelsen pendlar mellan helt uppfyllt och delvis uppfyllt.',
      'Två av tre indikatorer har uppnått målvärdet.',
      '8 av 11 indikatorer är uppfyllda.',
      'Förvaltningen har 11 förvaltningsmål.',
      'Verksamhets stöd och service har 11 förvaltningsmål inom områdena ekonomi, verksamhet och medarbetare.',
      // Hedges, estimates and the future.
      'Nästan alla mål är uppfyllda.',
      'Minst 8 av 11 mål är uppfyllda.',
      '8 av 11 mål är i huvudsak uppfyllda.',
      '8 av 11 mål kommer att uppfyllas.',
      '8 av 11 mål väntas bli uppfyllda.',
      'Cirka 8 av 11 mål är uppfyllda.',
      // A subset, a relative clause, or words between the goals and the verdict.
      'Alla mål som rör ekonomi är uppfyllda.',
      'Alla mål inom ekonomi är uppfyllda.',
      '8 av 11 mål har med god marginal uppfyllts.',
      // Two verdicts at once, a negated claim, "all … not" (= not all), a count above its total.
      '8 av 11 mål är uppfyllda eller delvis uppfyllda.',
      'Det är inte samtliga mål som är uppfyllda.',
      'Inte alla mål är uppfyllda.',
      'Alla mål är inte uppfyllda.',
      'Samtliga uppdrag har inte påbörjats.',
      'Inget av målen är inte uppfyllt.',
      '12 av 11 mål är uppfyllda.',
      'Samtliga mål utom ett är uppfyllda.',
      // A number word whose figure disagrees.
      'Sex (7) av elva mål är uppfyllda.',
      // Assignments given, not done; other things counted.
      'Samtliga nämnder ges i uppdrag att vidta åtgärder för att tillvarata digitaliseringens möjligheter.',
      'Leanlinks samtliga fem affärsområden har fått uppdrag att effektivisera verksamheten.',
      'Samtliga uppdrag är påbörjade.',
      '2 av 6 uppdrag är inte genomförda.',
    ]) {
      expect(read(sentence), sentence).toEqual([]);
    }
  });

  it('does not carry a count into a part of the sentence about something else', () => {
    expect(read('6 av 11 mål är uppfyllda och 3 indikatorer saknar utfall.')).toEqual(['6/11 goals met']);
    expect(read('6 av 11 mål är uppfyllda och 5 av dem delvis uppfyllda.')).toEqual(['6/11 goals met']);
    expect(read('6 av 11 mål är uppfyllda och 5 visar att indikatorerna är uppfyllda.')).toEqual([
      '6/11 goals met',
    ]);
  });
});

describe('a count in a text that the data denies', () => {
  it('is silent when the text agrees with the verdicts and statuses (the demo’s text of 002:55)', () => {
    expect(
      checkTextCounts([
        text(
          'Av förvaltningens 11 förvaltningsmål har sex uppnåtts vid årets slut och fem visar en positiv ' +
            'utveckling och har delvis uppnåtts. Samtliga sex strategiska utvecklingsuppdrag har genomförts ' +
            'per den sista december.',
        ),
        text('Av de 11 målen är 11 helt eller delvis uppfyllda. Inget av målen är delvis uppfyllt.', {
          goals: { total: 11, met: 11, partlyMet: 0, notMet: 0 },
        }),
      ]),
    ).toEqual([]);
  });

  it('is silent on a sentence about another round, year, forecast or comparison', () => {
    expect(
      checkTextCounts([
        text('I delårsrapporten per 31 augusti bedömdes 3 av 11 mål som uppfyllda.'),
        text('År 2018 var 8 av 11 mål uppfyllda.'),
        text('Föregående år var 8 av 11 mål uppfyllda.'),
        text('Jämfört med 8 av 11 mål uppfyllda förra året är det sämre.'),
        text('I bokslutet var samtliga mål uppfyllda.', { round: { kind: 'august', year: 2019 } }),
        text('Enligt prognosen är 8 av 11 mål uppfyllda.'),
      ]),
    ).toEqual([]);
    // The year and the month of its own round are the round's.
    expect(
      messages([text('Samtliga mål var uppfyllda per den 31 december 2019.')]).map((message) =>
        message.slice(0, 60),
      ),
    ).toEqual(['Texten ”Samlad bedömning” säger samtliga mål uppfyllda; bedö']);
  });

  it('is silent when the round has no verdicts or statuses to compare with', () => {
    expect(
      checkTextCounts([
        text('8 av 11 mål är uppfyllda. Alla uppdrag pågår.', { goals: null, assignments: null }),
        text('8 av 11 mål är uppfyllda.', { goals: { total: 11, met: 0, partlyMet: 0, notMet: 0 } }),
        text('Alla uppdrag pågår.', {
          assignments: { total: 0, done: 0, inProgress: 0, notStarted: 0, notApplicable: 0 },
        }),
      ]),
    ).toEqual([]);
  });

  it('warns when the count differs, stating both, pointing at the text', () => {
    const [finding, ...rest] = checkTextCounts([text('Åtta av de elva förvaltningsmålen är uppfyllda.')]);
    expect(rest).toEqual([]);
    expect({ ...finding, message: plain(finding?.message ?? '') }).toEqual({
      ruleId: 'text-count-denied',
      severity: 'varning',
      message:
        'Texten ”Samlad bedömning” säger 8 av 11 mål uppfyllda; bedömningarna i Bokslut 2019 ger 6 av 11. ' +
        'Meningen: ”Åtta av de elva förvaltningsmålen är uppfyllda.”',
      place,
      provenance: [],
    });
  });

  it('warns when the total differs, when "samtliga" is not all, and when "inget" is some', () => {
    expect(
      messages([
        text('6 av 12 mål är uppfyllda.'),
        text('Samtliga mål är uppfyllda.'),
        text('Inget av målen är delvis uppfyllt.'),
        text('Samtliga sju (7) strategiska utvecklingsuppdrag har genomförts.'),
        text('Samtliga uppdrag har genomförts.', {
          assignments: { total: 6, done: 5, inProgress: 0, notStarted: 0, notApplicable: 1 },
        }),
      ]),
    ).toEqual([
      'Texten ”Samlad bedömning” säger 6 av 12 mål uppfyllda; bedömningarna i Bokslut 2019 ger 6 av 11. ' +
        'Meningen: ”6 av 12 mål är uppfyllda.”',
      'Texten ”Samlad bedömning” säger samtliga mål uppfyllda; bedömningarna i Bokslut 2019 ger 6 av 11. ' +
        'Meningen: ”Samtliga mål är uppfyllda.”',
      'Texten ”Samlad bedömning” säger 0 mål delvis uppfyllda; bedömningarna i Bokslut 2019 ger 5 av 11. ' +
        'Meningen: ”Inget av målen är delvis uppfyllt.”',
      'Texten ”Samlad bedömning” säger samtliga 7 uppdrag genomförda; uppdragens status i Bokslut 2019 ger ' +
        '6 av 6. Meningen: ”Samtliga sju (7) strategiska utvecklingsuppdrag har genomförts.”',
      'Texten ”Samlad bedömning” säger samtliga uppdrag genomförda; uppdragens status i Bokslut 2019 ger ' +
        '5 av 6. Meningen: ”Samtliga uppdrag har genomförts.”',
    ]);
  });

  it('says when goals lack a verdict or assignments a status, since the data may be what is incomplete', () => {
    expect(
      messages([
        text('8 av 11 mål är uppfyllda.', {
          roundName: 'Delår 31 augusti 2019',
          goals: { total: 11, met: 3, partlyMet: 6, notMet: 0 },
        }),
        text('4 av 6 uppdrag pågår.', {
          assignments: { total: 6, done: 1, inProgress: 2, notStarted: 0, notApplicable: 0 },
        }),
      ]),
    ).toEqual([
      'Texten ”Samlad bedömning” säger 8 av 11 mål uppfyllda; bedömningarna i Delår 31 augusti 2019 ger 3 ' +
        'av 11 (2 av målen saknar bedömning). Meningen: ”8 av 11 mål är uppfyllda.”',
      'Texten ”Samlad bedömning” säger 4 av 6 uppdrag pågående; uppdragens status i Bokslut 2019 ger 2 av 6 ' +
        '(3 av uppdragen saknar status). Meningen: ”4 av 6 uppdrag pågår.”',
    ]);
  });
});

describe('reading counts of kontrollmoment (issue 10 item 4)', () => {
  it('reads the annual report’s paragraph in every form the internal control writes it', () => {
    expect(
      read('Av de sex (6) kontrollmoment som var planerade har fem (5) genomförts; ett (1) kräver åtgärd.'),
    ).toEqual(['5/6 controls done', '1/6 controls needsAction']);
    expect(
      read('Av de två (2) kontrollmoment som var planerade har inget genomförts; inget kräver åtgärd.'),
    ).toEqual(['0/2 controls done', '0/2 controls needsAction']);
    expect(read('Det enda planerade kontrollmomentet har genomförts; det kräver åtgärd.')).toEqual([
      'all/1 controls done',
    ]);
    // Nothing to compare: no verdict.
    expect(read('Inga kontrollmoment var planerade.')).toEqual([]);
  });

  it('reads "x av y kontrollmoment", "samtliga", "inget av", "varav" and "N av dem kräver åtgärd"', () => {
    expect(read('Av de sex (6) kontrollmoment som var planerade har fem genomförts.')).toEqual([
      '5/6 controls done',
    ]);
    expect(read('5 av 6 kontrollmoment har genomförts.')).toEqual(['5/6 controls done']);
    expect(
      read('Fem av de sex planerade kontrollmomenten har genomförts och två av dem kräver åtgärder.'),
    ).toEqual(['5/6 controls done', '2/6 controls needsAction']);
    expect(
      read('Av de 24 kontrollmoment som planerats för året har 18 genomförts, varav sju kräver åtgärder.'),
    ).toEqual(['18/24 controls done', '7/24 controls needsAction']);
    expect(read('Samtliga kontrollmoment har genomförts.')).toEqual(['all/- controls done']);
    expect(read('Samtliga planerade kontrollmoment har genomförts, varav två kräver åtgärd.')).toEqual([
      'all/- controls done',
      '2/- controls needsAction',
    ]);
    expect(read('Av de sex kontrollmoment som var planerade har samtliga genomförts.')).toEqual([
      'all/6 controls done',
    ]);
    expect(read('2 av 18 kontrollmoment har inte genomförts.')).toEqual(['2/18 controls notDone']);
    expect(read('Inget av kontrollmomenten kräver åtgärd.')).toEqual(['0/- controls needsAction']);
    expect(read('Tre av 18 kontrollmoment behöver åtgärdas.')).toEqual(['3/18 controls needsAction']);
  });

  it('reads nothing in the seeds’ internal control texts, which count no kontrollmoment (002:325-341; 004:426-471)', () => {
    for (const sentence of [
      'Enheterna inom VSS har samtliga egna unika kontrollmoment som följs upp i internkontrollen.',
      'Ekonomiservice har även ett kontrollmoment kopplat till hantering av beslutsattester.',
      'Slutsatsen av kontrollerna är delvis tillfredsställande och att kontrollmomenten får vara kvar oförändrade till 2020.',
      'Rutinen för signering i Heroma fungerar bra, medan kontroll av underlag för flexitidsstämplingar kräver en ny rutin som införs där enhetschef signerar.',
      'Kontakt Linköping har utfört planerade mätningar beträffande belastningsmönster och kundnöjdhet.',
      'Stadsarkivets kontroller beträffande rutiner kring inköpskort, säkerhet i verksamhetslokaler, kontroll kring personalens stämplingar i Kom & Gå och kontroll av underlag till löneutbetalning visar inga brister.',
      'Några gemensamma kontrollmoment finns inom personalområdet, bland annat avseende god introduktion och professionella avslut.',
      'Slutsats av kontrollerna är att momenten fortfarande är aktuella och får kvarstå till kommande års internkontroll.',
      'Kontroll av underlag av flextidsstämplingar visar ett otillfredsställande resultat både vad gäller att anställda med flextidsavtal erhåller tjänstgöringsrapporten samt att tjänstgöringsrapporten signeras.',
    ]) {
      expect(read(sentence), sentence).toEqual([]);
    }
    // The whole section as printed, paragraph by paragraph.
    expect(readCountClaims(SEED_002_327_341.join('\n'))).toEqual([]);
  });

  it('reads nothing it cannot read with confidence: hedges, a part of the controls, other verdicts', () => {
    for (const sentence of [
      'Nästan alla kontrollmoment har genomförts.',
      'Fem av sex kontrollmoment kommer att genomföras under hösten.',
      'Minst fem av sex kontrollmoment har genomförts.',
      // A part: an area, a unit's own, the common ones, each unit's.
      'Inom personalområdet har två av tre kontrollmoment genomförts.',
      'Av enhetens fyra kontrollmoment har tre genomförts.',
      'Av de tre gemensamma kontrollmomenten har två genomförts.',
      'Samtliga gemensamma kontrollmoment har genomförts.',
      'Varje enhet har genomfört samtliga kontrollmoment.',
      // Not "kräver åtgärd", a negated one, "all … not" (= not all), other things counted.
      'Två av sex kontrollmoment kräver ny rutin.',
      'Fem av sex kontrollmoment kräver inte åtgärd.',
      'Samtliga kontrollmoment har inte genomförts.',
      'Alla kontroller har genomförts.',
      'Två av tre kontrollmoment är delvis genomförda.',
      '7 av 6 kontrollmoment har genomförts.',
      'Sex (7) av elva kontrollmoment har genomförts.',
    ]) {
      expect(read(sentence), sentence).toEqual([]);
    }
  });

  it('keeps controls, goals and other things counted in one sentence apart', () => {
    expect(read('Fem av sex kontrollmoment har genomförts och 2 indikatorer saknar utfall.')).toEqual([
      '5/6 controls done',
    ]);
    expect(
      read('Av förvaltningens 11 förvaltningsmål har sex uppnåtts och fem kontrollmoment har genomförts.'),
    ).toEqual(['6/11 goals met']);
    expect(read('Sex av 11 mål är uppfyllda och två kräver åtgärder.')).toEqual(['6/11 goals met']);
    expect(read('Sex av 11 mål är uppfyllda och två av dem kräver åtgärder.')).toEqual(['6/11 goals met']);
  });

  it('tells a sentence that names another unit, by its name, genitive or code', () => {
    expect(namesAUnit('Stadsarkivets fyra kontrollmoment har genomförts.', OTHER_UNITS)).toBe(true);
    expect(namesAUnit('LK-datas kontrollmoment …', OTHER_UNITS)).toBe(true);
    expect(namesAUnit('Inom HR Service har två av tre kontrollmoment genomförts.', OTHER_UNITS)).toBe(true);
    expect(namesAUnit('Av de sex kontrollmoment som var planerade har fem genomförts.', OTHER_UNITS)).toBe(
      false,
    );
    // Not inside another word.
    expect(namesAUnit('Ekonomiserviceavtalet', ['Ekonomiservice'])).toBe(false);
  });
});

describe('a count of kontrollmoment that the internal control denies', () => {
  it('is silent when the text agrees, also for the paragraph the internal control generates', () => {
    expect(
      checkTextCounts([
        text(
          'Av de 24 kontrollmoment som var planerade har 18 genomförts; sju (7) kräver åtgärd. Sex kontrollmoment ' +
            'har inte genomförts.',
        ),
        text('Av de 24 kontrollmoment som var planerade har 18 genomförts, varav sju kräver åtgärder.'),
        text('6 av 24 kontrollmoment har inte genomförts.'),
        // Of the done ones: 7 of 18.
        text('7 av 18 kontrollmoment kräver åtgärd.'),
        text('Samtliga kontrollmoment har genomförts och inget kräver åtgärd.', {
          controls: { planned: 6, done: 6, needingAction: 0, units: 1 },
        }),
      ]),
    ).toEqual([]);
    // The internal control's own sentence, for every shape of the data, agrees with the data it came from.
    const levels = ['noDeficiencies', 'satisfactory', 'partlySatisfactory', 'unsatisfactory', null] as const;
    for (const results of [
      ['satisfactory', 'partlySatisfactory', 'satisfactory', 'noDeficiencies', null, 'unsatisfactory'],
      [null, null],
      ['unsatisfactory'],
      ['noDeficiencies'],
      levels,
      ['satisfactory', 'satisfactory', 'satisfactory'],
    ] as const) {
      const summary = summariseControls(
        DEFAULT_RESULT_SCALE,
        results.map((result) => ({ result })),
      );
      const controls = { ...summary, units: 1 };
      expect(checkTextCounts([text(summary.text, { controls })]), summary.text).toEqual([]);
      if (summary.done > 0 && summary.planned > 1) {
        expect(readCountClaims(summary.text).length, summary.text).toBe(2);
        // A control planned since: the paragraph of last week is wrong today, in its total of those done
        // (and of those needing action, unless that total is the done ones').
        const moved = { ...controls, planned: controls.planned + 1 };
        const [first, ...more] = checkTextCounts([text(summary.text, { controls: moved })]);
        expect(first?.message, summary.text).toContain(`av ${summary.planned} kontrollmoment genomförda`);
        expect(more).toHaveLength(summary.done === summary.planned ? 0 : 1);
        // A result recorded since: only the count of those done is wrong.
        if (summary.done < summary.planned) {
          const recorded = { ...controls, done: controls.done + 1 };
          expect(checkTextCounts([text(summary.text, { controls: recorded })]), summary.text).toHaveLength(1);
        }
      }
    }
  });

  it('warns when a count differs, stating both and the internal control’s counts, pointing at the text', () => {
    const [finding, needing, ...rest] = checkTextCounts([
      text('Av de sex (6) kontrollmoment som var planerade har fem (5) genomförts; ett (1) kräver åtgärd.'),
    ]);
    expect(rest).toEqual([]);
    // Each count of the sentence on its own: here both.
    expect(plain(needing?.message ?? '')).toBe(
      'Texten ”Samlad bedömning” säger 1 av 6 kontrollmoment som kräver åtgärd; internkontrollen i Bokslut ' +
        '2019 ger 7 av 24 (24 planerade för enheten och enheterna under den, 18 genomförda, 7 kräver åtgärd). ' +
        'Meningen: ”Av de sex (6) kontrollmoment som var planerade har fem (5) genomförts; ett (1) kräver åtgärd.”',
    );
    expect({ ...finding, message: plain(finding?.message ?? '') }).toEqual({
      ruleId: 'text-count-denied',
      severity: 'varning',
      message:
        'Texten ”Samlad bedömning” säger 5 av 6 kontrollmoment genomförda; internkontrollen i Bokslut 2019 ger ' +
        '18 av 24 (24 planerade för enheten och enheterna under den, 18 genomförda, 7 kräver åtgärd). Meningen: ' +
        '”Av de sex (6) kontrollmoment som var planerade har fem (5) genomförts; ett (1) kräver åtgärd.”',
      place,
      provenance: [],
    });
    expect(
      messages([
        text('Av de 24 kontrollmoment som var planerade har 18 genomförts; två kräver åtgärd.'),
        text('Samtliga kontrollmoment har genomförts.', {
          controls: { planned: 6, done: 5, needingAction: 1, units: 1 },
        }),
        text('Inget av kontrollmomenten kräver åtgärd.'),
        text('7 av 20 kontrollmoment kräver åtgärd.'),
      ]),
    ).toEqual([
      'Texten ”Samlad bedömning” säger 2 av 24 kontrollmoment som kräver åtgärd; internkontrollen i Bokslut ' +
        '2019 ger 7 av 24 (24 planerade för enheten och enheterna under den, 18 genomförda, 7 kräver åtgärd). ' +
        'Meningen: ”Av de 24 kontrollmoment som var planerade har 18 genomförts; två kräver åtgärd.”',
      'Texten ”Samlad bedömning” säger samtliga kontrollmoment genomförda; internkontrollen i Bokslut 2019 ger ' +
        '5 av 6 (6 planerade, 5 genomförda, 1 kräver åtgärd). Meningen: ”Samtliga kontrollmoment har genomförts.”',
      'Texten ”Samlad bedömning” säger 0 kontrollmoment som kräver åtgärd; internkontrollen i Bokslut 2019 ger ' +
        '7 av 24 (24 planerade för enheten och enheterna under den, 18 genomförda, 7 kräver åtgärd). Meningen: ' +
        '”Inget av kontrollmomenten kräver åtgärd.”',
      // 20 is neither the planned nor the done ones.
      'Texten ”Samlad bedömning” säger 7 av 20 kontrollmoment som kräver åtgärd; internkontrollen i Bokslut ' +
        '2019 ger 7 av 24 (24 planerade för enheten och enheterna under den, 18 genomförda, 7 kräver åtgärd). ' +
        'Meningen: ”7 av 20 kontrollmoment kräver åtgärd.”',
    ]);
  });

  it('is silent without internal control to compare with, about a part of the subtree, or about another round', () => {
    expect(
      checkTextCounts([
        text('Samtliga kontrollmoment har genomförts.', { controls: null }),
        text('Samtliga kontrollmoment har genomförts.', {
          controls: { planned: 0, done: 0, needingAction: 0, units: 0 },
        }),
        // Planned, but no result recorded yet: the data may be what is missing.
        text('Samtliga kontrollmoment har genomförts.', {
          controls: { planned: 6, done: 0, needingAction: 0, units: 1 },
        }),
        text('Ekonomiservice har tre kontrollmoment, av dessa har två genomförts.'),
        text('Stadsarkivets samtliga kontrollmoment har genomförts.'),
        text('Av VSS-LKD:s fyra kontrollmoment har tre genomförts.'),
        text('I delårsrapporten per 31 augusti hade 5 av 24 kontrollmoment genomförts.'),
        text('Samtliga kontrollmoment genomfördes 2018.'),
      ]),
    ).toEqual([]);
    // Without the unit's name the same sentence counts the whole subtree, and is read.
    expect(
      checkTextCounts([text('Förvaltningen har tre kontrollmoment, av dessa har två genomförts.')]),
    ).toHaveLength(1);
  });
});
