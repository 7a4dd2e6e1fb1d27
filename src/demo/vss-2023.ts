/**
 * VSS förvaltningsbudget 2023 (seed 000): the ten förvaltningsmål under seven kommunövergripande mål
 * (000:168, 357-466), with the outcomes for 2021 and 2022 it reports in the budget round of 2023 and its
 * targets ("Önskvärd riktning /värde") for 2023 and 2024. Each table below is one printed table; its
 * footnote markers mean what the lines under that table say.
 */
import { type Footnotes, type GoalDocument, type GoalSet, goal, ind, men, sub, women } from './builders.ts';

export const VSS_2023: GoalSet = {
  org: 'VSS',
  key: 2023,
  validFromYear: 2023,
  validToYear: null,
  municipalGoalSet: 2023,
};

/** "\*utfall januari till juli" (000:382, 397, 419, 426). */
const JAN_JUL: Footnotes = { '*': { kind: 'period', fromMonth: 1, toMonth: 7 } };

/** 000:445-447 and 464-466: "\*obligatorisk", "\*\*utfall januari till juli". */
const MEDARBETARE: Footnotes = {
  '*': { kind: 'obligatory' },
  '**': { kind: 'period', fromMonth: 1, toMonth: 7 },
};

export const VSS_BUDGET_2023: GoalDocument = {
  goalSet: VSS_2023,
  round: { year: 2023, kind: 'budget' },
  mode: 'define',
  columns: [{ year: 2021 }, { year: 2022 }],
  targetYears: [2023, 2024],
  tables: [
    {
      // 000:365-382, Målområde: Medborgare/Kund
      municipalGoal: 'Välfärdstjänster med hög kvalitet, tillgänglighet och individen i centrum',
      footnotes: JAN_JUL,
      rows: [
        goal('God service', '000:370'),
        ind('Kundnöjdhet', '000:370', [], [], { dir: 'increase' }),
        sub('-LKDATA (0-5)', '000:371', ['4,3', '4,4*'], ['≥4,0', '≥4,0'], { unit: '0-5' }),
        sub('-Kontakt Linköping (0-5)', '000:372', ['4,4', '4,3*'], ['≥4,5', '≥4,5'], { unit: '0-5' }),
        sub('-HR-service (0-10)', '000:373', ['9,6', '9,7*'], ['≥9,5', '≥9,5'], { unit: '0-10' }),
        ind('Svarsservice', '000:374', [], [], { dir: 'increase' }),
        sub('-LKDATA (%)', '000:375', ['83', '87*'], ['≥82', '≥82'], { unit: '%' }),
        // 000:376 is shifted one column to the left by the PDF conversion; it is the second sub-row of
        // "Svarsservice", like "-LKDATA (%)" above it.
        sub('-Kontakt Linköping (%)', '000:376', ['96', '96*'], ['≥92', '≥92'], { unit: '%' }),
        goal('God kundsamverkan', '000:377'),
        ind(
          'Verksamhetsområden där samtliga enheter presenterar tjänster i tjänsteportalen (%)',
          '000:377',
          ['25', '20*'],
          ['≥75', '≥75'],
          { unit: '%', dir: 'increase' },
        ),
        ind('Strategiska dialoger med förvaltningarna (%)', '000:378', ['100', '86'], ['100', '100'], {
          unit: '%',
          dir: 'increase',
        }),
        ind(
          'Strategiska dialoger med funktionsansvariga direktörer (%)',
          '000:379',
          ['100', '100'],
          ['100', '100'],
          { unit: '%', dir: 'increase' },
        ),
        ind(
          'Utförare i tjänsteportalen som tillhör andra förvaltningar än VSS (antal)',
          '000:380',
          ['0', '0'],
          ['≥2', '≥4'],
          { unit: 'antal', dir: 'increase' },
        ),
      ],
    },
    {
      // 000:384-399, Målområde: Ekonomi
      municipalGoal: 'Kostnadseffektiv verksamhet',
      footnotes: {
        '*': { kind: 'period', fromMonth: 1, toMonth: 7 },
        '**': { kind: 'period', fromMonth: 1, toMonth: 3 },
      },
      rows: [
        goal('Korrekta och effektiva inköp', '000:389'),
        ind('Leverantörstrohet (%)', '000:389', ['80', '93*'], ['≥95', '≥95'], {
          unit: '%',
          dir: 'increase',
        }),
        ind('E-handelstrohet (%)', '000:390', ['45', '85*'], ['≥95', '≥95'], { unit: '%', dir: 'increase' }),
        ind(
          'Avvikelse mellan lämnade och vunna anbud av kommunens samlade upphandlingar via VSS (%-enheter)',
          '000:391',
          ['-4', '-3**'],
          ['≤±5', '≤±5'],
          { unit: '%-enheter', dir: 'none' },
        ),
        sub('-Mikro', '000:392', ['0', '0**'], ['≤±5', '≤±5']),
        sub('-Små', '000:393', ['0', '0**'], ['≤±5', '≤±5']),
        sub('-Medel', '000:394', ['3', '3**'], ['≤±5', '≤±5']),
        sub('-Stor', '000:395'),
      ],
    },
    {
      // 000:401-409
      municipalGoal: 'Hållbar ekonomi för att värna kärnverksamheten',
      footnotes: { '*': { kind: 'period', fromMonth: 1, toMonth: 7, isForecast: true } },
      rows: [
        goal('God ekonomisk kontroll', '000:404'),
        ind(
          'Budgetavvikelse (årets resultat i % av omsättning)',
          '000:404',
          ['1,0', '-0,9*'],
          ['≤±1', '≤±1'],
          // Printed 2021 and 2022 as typed; from the ledger and the forecasts on, computed (issue 6, point 9).
          { unit: '%', dir: 'none', computation: 'economy.budgetVariance' },
        ),
        ind(
          'Investeringsavvikelse (kvarvarande investeringsutrymme i % av investeringsbudget)',
          '000:406',
          ['25', '0*'],
          ['≤10', '≤10'],
          { unit: '%', dir: 'decrease', computation: 'investments.room' },
        ),
        ind('Verksamhetsområden i balans (%)', '000:407', ['100', '40*'], ['≥80', '≥80'], {
          unit: '%',
          dir: 'increase',
          computation: 'economy.unitsInBalance',
        }),
      ],
    },
    {
      // 000:411-419, Målområde: Verksamhet
      municipalGoal: 'Effektiv organisation med goda resultat',
      footnotes: JAN_JUL,
      rows: [
        goal('God styrning av tjänsteproduktion', '000:416'),
        ind(
          'Verksamhetsområden där samtliga enheter använder förvaltningens gemensamma ärendehanteringssystem (%)',
          '000:416',
          ['25', '20*'],
          ['≥75', '≥75'],
          { unit: '%', dir: 'increase' },
        ),
        goal('Hög digitaliseringsgrad', '000:417'),
        ind('Digital mognad (0-6)', '000:417', ['3,8', '4,0'], ['≥4,0', '≥4,0'], {
          unit: '0-6',
          dir: 'increase',
        }),
      ],
    },
    {
      // 000:421-426
      municipalGoal: 'Hållbar verksamhetsutveckling',
      footnotes: JAN_JUL,
      rows: [
        goal('En hållbar förvaltning', '000:424'),
        ind('Matsvinn per portion (gram)', '000:424', ['50', '*53'], ['≤45', '≤45'], {
          unit: 'gram',
          dir: 'decrease',
        }),
      ],
    },
    {
      // 000:428-447, Målområde: Medarbetare
      municipalGoal: 'Attraktiv arbetsgivare',
      footnotes: MEDARBETARE,
      rows: [
        goal(
          'Goda arbetsplatser',
          '000:433',
          'Varje medarbetare känner arbetsglädje och stolthet samt har inflytande och möjlighet att utvecklas.',
        ),
        ind('*Total sjukfrånvaro (%)', '000:433', ['5,9', '6,8**'], ['≤6,0', '≤6,0'], {
          unit: '%',
          dir: 'decrease',
        }),
        men('000:434', ['4,2', '6,2']),
        women('000:435', ['6,6', '7,1']),
        ind('*Hållbart medarbetarengagemang (HME)', '000:436', ['75', '76'], ['≥77', '≥78'], {
          dir: 'increase',
        }),
        ind('*Nyanställda kvar i organisationen (%)', '000:437', ['84,4', 'IU'], ['≥90', '≥90'], {
          unit: '%',
          dir: 'increase',
        }),
        // 000:438-439: the conversion put this indicator's name in the goal column and both of its
        // statements ("- …") on the first line; the two value rows are read as one sub-row per statement,
        // in printed order. The quotation marks are kept as printed.
        ind('Internkommunikation (medarbetarundersökning)', '000:438', [], [], { dir: 'increase' }),
        sub(
          '- "framgångar och "bästa praxis" delas inom organisationen"',
          '000:438',
          ['56', '64'],
          ['≥67', '≥70'],
        ),
        sub('- "jag är insatt i min arbetsplats mål"', '000:439', ['81', '84'], ['≥85', '≥85']),
        goal(
          'Hållbart chef- och ledarskap',
          '000:440',
          'Varje chef leder och utvecklar sina verksamheter mot uppsatta mål med mod, engagemang och mänsklighet.',
        ),
        ind('*Medarbetare per 1:a linjens chef (antal)', '000:440', ['23,1', '23,4**'], ['≤25', '≤25'], {
          unit: 'antal',
          dir: 'decrease',
        }),
        men('000:441', ['21,2', '23,1']),
        women('000:442', ['23,9', '23,5']),
        ind('*Chefindex', '000:443', ['79,5', 'IU'], ['≥75', '≥75'], { dir: 'increase' }),
      ],
    },
    {
      // 000:449-466
      municipalGoal: 'Hållbar kompetensförsörjning',
      footnotes: MEDARBETARE,
      rows: [
        goal(
          'Nya vägar för kompetensförsörjning',
          '000:452',
          'Utveckling av den digitala medarbetaren, ett ansvarstagande för ett livslångt lärande och ett aktivt arbete med professionsanalyser för rätt använd kompetens skapar nya vägar för kompetensförsörjningen.',
        ),
        ind('*Avgångsålder pension (år)', '000:452', ['64,8', '64,3**'], ['≥64,5', '≥65'], {
          unit: 'år',
          dir: 'increase',
        }),
        men('000:453', ['65', '64,5']),
        women('000:454', ['64,8', '64,2']),
        ind('*Heltidsanställningar (%)', '000:455', ['72,2', '74,0**'], ['≥76', '≥78'], {
          unit: '%',
          dir: 'increase',
        }),
        men('000:456', ['90,4', '90,9']),
        women('000:457', ['64,6', '67,0']),
        // 000:458-461 are shifted one column to the left (and the Kvinnor row split off by a blank line);
        // they are the last indicator of this goal with its Män and Kvinnor rows.
        ind('*Personalavgångar externt (%)', '000:458', ['9,7', '3**'], ['≤10', '≤10'], {
          unit: '%',
          dir: 'decrease',
        }),
        men('000:459', ['12,9', '2,7']),
        women('000:461', ['8,4', '3,1']),
      ],
    },
  ],
};
