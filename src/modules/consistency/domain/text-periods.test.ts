import { describe, expect, it } from 'vitest';
import type { RoundKind } from '#core/period.ts';
import type { Place } from './finding.ts';
import { plain, testPlace } from './test-places.ts';
import { checkTextPeriods, type PeriodText, readPeriodMismatches } from './text-periods.ts';

const AUGUST = { kind: 'august' as const, year: 2019, name: 'Delår 31 augusti 2019' };
const CLOSING = { kind: 'closing' as const, year: 2019, name: 'Bokslut 2019' };

const place: Place = testPlace('Texten ”Samlad bedömning”', {
  round: AUGUST,
  record: {
    kind: 'narrative',
    narrativeId: '00000000-0000-4000-8000-000000000003',
    key: 'overallAssessment',
  },
});

const text = (body: string, round: PeriodText['round'] = AUGUST): PeriodText => ({
  place,
  provenance: [],
  name: 'Samlad bedömning',
  plain: body,
  round,
});

/** The phrases a text of a round is read to name as another period. */
const mismatches = (body: string, kind: RoundKind = 'august', year = 2019) =>
  readPeriodMismatches(body, { kind, year }).map((mention) => mention.phrase);

describe('report periods named in a text', () => {
  it('reads an earlier round’s period left in an interim text: "per 30 april", "januari–april 2019", "tertial 1"', () => {
    expect(mismatches('Förvaltningen redovisar per 30 april ett överskott på 5 mnkr.')).toEqual([
      'per 30 april',
    ]);
    expect(mismatches('Resultatet för januari–april 2019 är ett överskott.')).toEqual(['januari–april 2019']);
    expect(mismatches('Resultatet för jan-apr 2019 är ett överskott.')).toEqual(['jan-apr 2019']);
    expect(mismatches('Delårsrapporten per den sista april 2019 visar ett överskott.')).toEqual([
      'per den sista april 2019',
    ]);
    expect(mismatches('Delårsrapporten för tertial 1 visar ett överskott.')).toEqual([
      'delårsrapporten för tertial 1',
    ]);
    expect(mismatches('Uppföljningen av första tertialet visar ett överskott.')).toEqual([
      'uppföljningen av första tertialet',
    ]);
    expect(mismatches('Sjukfrånvaron per 2019-04-30 är 4,1 %.')).toEqual(['per 2019-04-30']);
    expect(mismatches('Sjukfrånvaron per 30/4 är 4,1 %.')).toEqual(['per 30/4']);
  });

  it('reads another year’s report period in a text of the year', () => {
    expect(mismatches('Förvaltningen redovisar per 31 augusti 2018 ett överskott.')).toEqual([
      'per 31 augusti 2018',
    ]);
    expect(mismatches('Bokslutet per 31 december 2017 visar ett överskott.', 'closing')).toEqual([
      'per 31 december 2017',
    ]);
    expect(mismatches('Resultatet för januari–augusti 2018 är ett överskott.', 'closing')).toEqual([
      'januari–augusti 2018',
    ]);
  });

  it('reads a year to date in the annual report: 002:333 repeats the delårsrapport’s "januari-augusti 2019" (004:446)', () => {
    expect(mismatches('LK-datas internkontroll avser perioden januari-augusti 2019.', 'closing')).toEqual([
      'januari-augusti 2019',
    ]);
    // The same sentence is right in the delårsrapport per 31 augusti.
    expect(mismatches('LKDATAs internkontroll avser perioden januari-augusti 2019.')).toEqual([]);
  });

  it('leaves alone the round’s own period, the year’s end in an interim forecast, and what is not a report period', () => {
    for (const [body, kind] of [
      ['Förvaltningen redovisar per 31 augusti ett överskott på 12 mnkr.', 'august'],
      ['Resultatet för januari–augusti 2019 är ett överskott.', 'august'],
      ['Delårsrapporten för tertial 2 visar ett överskott.', 'august'],
      ['Samtliga sex strategiska utvecklingsuppdrag har genomförts per den sista december.', 'closing'],
      ['Resultatet per 31 december 2019 väntas bli ett överskott.', 'august'],
      ['Förvaltningen redovisar per 30 april ett överskott.', 'april'],
      // The October follow-up builds on the August report.
      ['Utfallet per 31 augusti visar ett överskott.', 'october'],
      // Dates that end no report period, bare years, tertials as planning.
      ['Förvaltningen bildades per 1 januari 2019.', 'august'],
      ['Verksamhetsstöd och service inrättades som förvaltning från och med 1 januari 2019.', 'closing'],
      ['Utifrån 2019 års erfarenheter kan vi konstatera följande utmaningar inför 2020.', 'closing'],
      ['Sjukfrånvaron var 3,94 % år 2018 och 3,82 % år 2019.', 'closing'],
      ['Aktiviteten genomförs under tertial 3.', 'august'],
      [
        'Ekonomistyrning upprättar budget, bokslut och årsredovisning samt delårsrapporter per tertial.',
        'august',
      ],
      ['Sjukfrånvaron för januari–april var hög.', 'august'],
      // The end of the year before: the baseline of the year.
      ['Antalet årsarbetare per 31 december 2018 var 161.', 'august'],
      ['Antalet årsarbetare per 31 december 2018 var 161.', 'closing'],
      ['Under perioden mars–maj 2019 genomfördes utbildningar.', 'august'],
    ] as const) {
      expect(mismatches(body, kind), body).toEqual([]);
    }
  });

  it('leaves alone a sentence that compares, forecasts, or names the round’s own period beside the other (001:798)', () => {
    for (const body of [
      'Jämfört med per 30 april har överskottet ökat.',
      'Överskottet har ökat sedan 30 april och sedan delårsrapporten per 30 april.',
      'Resultatet är bättre än motsvarande period januari–augusti 2018.',
      'Föregående års resultat per 31 augusti 2018 var ett underskott.',
      'Prognosen per 30 april visade ett underskott.',
      'Till följd av Leanlinks negativa helårsbedömning per den sista april 2019 fick förvaltningen i uppdrag ' +
        'att i delårsrapporten per 31 augusti 2019 redovisa en åtgärdsplan.',
      'Antalet anställda per 31 augusti 2019 är 186 mot 161 per 31 december 2018.',
      'Sjukfrånvaron har minskat från 4,3 % per 31 augusti 2018.',
    ]) {
      expect(mismatches(body), body).toEqual([]);
    }
  });

  it('reads no budget text: a budget reports on the follow-ups of the year before (001:798, 001:1901)', () => {
    expect(
      mismatches(
        'Förvaltningen kommer vid delårsrapporten per den 31 augusti 2019 presentera ett förslag.',
        'budget',
        2020,
      ),
    ).toEqual([]);
    expect(
      checkTextPeriods([
        text('Per 30 april 2019 visar förvaltningen ett överskott.', {
          ...CLOSING,
          kind: 'budget',
          year: 2020,
          name: 'Budget 2020',
        }),
      ]),
    ).toEqual([]);
  });
});

describe('a period in a text that is not its round’s', () => {
  it('is silent on a text that names only its own period', () => {
    expect(checkTextPeriods([text('Förvaltningen redovisar per 31 augusti 2019 ett överskott.')])).toEqual(
      [],
    );
  });

  it('warns, naming the phrase, both periods and the sentence, pointing at the text', () => {
    const findings = checkTextPeriods([
      text('Förvaltningen redovisar per 30 april ett överskott. Sjukfrånvaron är låg.'),
      text('Förvaltningen redovisar per 31 augusti 2018 ett överskott.', CLOSING),
    ]);
    expect(findings.map((finding) => ({ ...finding, message: plain(finding.message) }))).toEqual([
      {
        ruleId: 'text-period-mismatch',
        severity: 'varning',
        message:
          'Texten ”Samlad bedömning” nämner ”per 30 april” (perioden till 30 april 2019), men den hör till ' +
          'Delår 31 augusti 2019, som avser perioden till 31 augusti 2019. Är meningen kvar från en tidigare ' +
          'rapport? Meningen: ”Förvaltningen redovisar per 30 april ett överskott.”',
        place,
        provenance: [],
      },
      {
        ruleId: 'text-period-mismatch',
        severity: 'varning',
        message:
          'Texten ”Samlad bedömning” nämner ”per 31 augusti 2018” (perioden till 31 augusti 2018), men den hör ' +
          'till Bokslut 2019, som avser perioden till 31 december 2019. Är meningen kvar från en tidigare ' +
          'rapport? Meningen: ”Förvaltningen redovisar per 31 augusti 2018 ett överskott.”',
        place,
        provenance: [],
      },
    ]);
  });
});
