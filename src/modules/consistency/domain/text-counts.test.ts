import { describe, expect, it } from 'vitest';
import type { Place } from './finding.ts';
import { plain, testPlace } from './test-places.ts';
import {
  type AssignmentCounts,
  type CountedText,
  checkTextCounts,
  type GoalCounts,
  readCountClaims,
} from './text-counts.ts';

/** VSS 2019 as the demo holds it: 11 goals, 6 met and 5 partly met at year end; 6 assignments, all done. */
const GOALS: GoalCounts = { total: 11, met: 6, partlyMet: 5, notMet: 0 };
const ASSIGNMENTS: AssignmentCounts = { total: 6, done: 6, inProgress: 0, notStarted: 0, notApplicable: 0 };

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
      'Av de sex (6) kontrollmoment som var planerade har fem genomförts.',
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
