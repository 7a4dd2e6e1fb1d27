/**
 * VSS 2019 (Budget 2019): the eleven förvaltningsmål (002:55, 71-82) with their indicators and verdicts,
 * from the verksamhetsberättelse 2019 (seed 002, the closing round of 2019) and the delårsrapport per
 * 31 augusti 2019 (seed 004, the august round of 2019). The goals and indicators are defined by 002's
 * tables (002:362-432); 004's table (004:498-565) adds its own outcomes and targets to the same
 * indicators. Where 004 prints another target than 002, 002's stands and 004's is kept in the note.
 *
 * Goal descriptions are the italic lines of 002's tables; the three medarbetare goals have none there
 * and take theirs from 004's headings (004:332-333, 345-346, 352-353), typos included ("sam har").
 */
import { type AssessmentRow, type GoalDocument, type GoalSet, goal, ind, men, women } from './builders.ts';

export const VSS_2019: GoalSet = {
  org: 'VSS',
  key: 2019,
  validFromYear: 2019,
  validToYear: 2019,
  municipalGoalSet: 2019,
};

/** "2017\*", "2018\*" (002:400, 418, footnote 002:432). */
const PRE_VSS =
  'Verksamhetsstöd och service inrättades som förvaltning från och med 1 januari 2019 varpå jämförbara siffror föregående år bygger på verksamheternas tidigare personalstatistik.';

const GODA_ARBETSPLATSER = 'Goda arbetsplatser';
const CHEF_OCH_LEDARSKAP = 'Framgångsrikt chef- och ledarskap';
const NYA_VAGAR = 'Nya vägar för (tryggad) kompetensförsörjning';

export const VSS_CLOSING_2019: GoalDocument = {
  goalSet: VSS_2019,
  round: { year: 2019, kind: 'closing' },
  mode: 'define',
  columns: [{ year: 2017 }, { year: 2018 }, { year: 2019 }],
  targetYears: [2019],
  tables: [
    {
      // 002:362-370, Målområde: Ekonomi
      municipalGoal: 'Kostnadseffektiv verksamhet',
      rows: [
        // "Inga förvaltningsindikatorer för 2019." (002:369-370)
        goal(
          'Kostnadseffektiv verksamhet',
          '002:369',
          'Optimera verksamhetens nytta i relation till kostnaderna.',
        ),
        goal('Effektiva inköp', '002:370', 'Effektiva inköpsprocesser med IT som stöd.'),
      ],
    },
    {
      // 002:372-376
      municipalGoal: 'Hållbar ekonomi',
      rows: [
        goal('God ekonomisk kontroll', '002:375', 'Goda resultat och stabil ekonomi.'),
        goal(
          'God finansiell ställning',
          '002:376',
          'Finansieringen av välfärden skjuts inte till kommande generationer.',
        ),
      ],
    },
    {
      // 002:378-383, Målområde: Verksamhet
      municipalGoal: 'Hög servicenivå med ett gott bemötande',
      rows: [
        goal(
          'God tillgänglighet',
          '002:383',
          'Professionell och tillgänglig service. Tydlig och väl använd digital information.',
        ),
      ],
    },
    {
      // 002:385-388
      municipalGoal: 'Effektiva och hållbara arbetsmetoder',
      rows: [
        goal(
          'Kostnadseffektivt och ändamålsenligt IT-stöd',
          '002:388',
          'IT systemen stödjer verksamheterna och upplevs prisvärt.',
        ),
      ],
    },
    {
      // 002:390-394
      municipalGoal: 'Verksamhet med god utvecklingsförmåga',
      rows: [
        goal('Hög digitaliseringsgrad', '002:393', 'Verksamhetsutveckling enligt principen digitalt först.'),
        goal(
          'Goda verksamhetsresultat',
          '002:394',
          'Systematisk uppföljning och analys av verksamhetens resultat.',
        ),
      ],
    },
    {
      // 002:396-414, Målområde: Medarbetare
      municipalGoal: 'Attraktiv arbetsgivare',
      columns: [{ year: 2017, note: PRE_VSS }, { year: 2018, note: PRE_VSS }, { year: 2019 }],
      rows: [
        goal(
          GODA_ARBETSPLATSER,
          '002:401, 004:332-333',
          'Varje medarbetare känner arbetsglädje och stolthet sam har inflytande och möjlighet att utvecklas.',
        ),
        ind('Total sjukfrånvaro', '002:401', ['4,16', '3,94', '3,82'], ['3,5'], {
          unit: '%',
          dir: 'decrease',
        }),
        men('002:402', ['3,51', '3,63', '2,94'], ['3,0']),
        women('002:403', ['4,77', '4,23', '4,48'], ['3,5']),
        ind('Andel heltidsanställningar', '002:404', ['98,0', '98,8', '99,0'], ['97,5'], {
          unit: '%',
          dir: 'increase',
        }),
        men('002:405', ['100,0', '100,0', '100,0'], ['100,0']),
        women('002:406', ['96,2', '97,7', '98,3'], ['96,0']),
        ind('Attraktiv arbetsgivarindex (AVI)', '002:407', ['', '', ''], ['80'], { dir: 'increase' }),
        goal(
          CHEF_OCH_LEDARSKAP,
          '002:408, 004:345-346',
          'Varje chef leder och utvecklar sina verksamheter mot uppsatta mål med mod, engagemang och mänsklighet.',
        ),
        ind('Hållbart medarbetarengagemang (HME)', '002:408', ['', '', ''], [''], { dir: 'increase' }),
        ind(
          'Chefsomsättning (andel tillsvidare chefer som har börjat eller slutat, %)',
          '002:409',
          ['I.U', '8,3', 'I.U'],
          ['8,0'],
          { unit: '%', dir: 'decrease' },
        ),
        men('002:410', ['I.U', '16,7', 'I.U']),
        women('002:411', ['I.U', '1,0', 'I.U']),
        ind('Chefers sjukfrånvaro', '002:412', ['0,47', '0,39', '2,15'], ['1,3'], {
          unit: '%',
          dir: 'decrease',
        }),
        men('002:413', ['0,12', '0,26', '2,40']),
        women('002:414', ['0,79', '0,54', '1,99']),
      ],
    },
    {
      // 002:416-432
      municipalGoal: 'God och hållbar kompetensförsörjning',
      columns: [{ year: 2017, note: PRE_VSS }, { year: 2018, note: PRE_VSS }, { year: 2019 }],
      rows: [
        goal(
          NYA_VAGAR,
          '002:419, 004:352-353',
          'Utveckling av den digitala medarbetaren, ett ansvarstagande för ett livslångt lärande.',
        ),
        ind('Extern personalomsättning', '002:419', ['5,9', '7,3', '8,4'], ['6,0'], {
          unit: '%',
          dir: 'decrease',
        }),
        men('002:420', ['4,1', '7,7', '9,3']),
        women('002:421', ['7,6', '4,6', '7,7']),
        ind('Mertid övertid', '002:422', ['0,2', '0,3', '0,2'], ['0,15'], { dir: 'decrease' }),
        men('002:423', ['0,3', '0,5', '0,3']),
        women('002:424', ['0,1', '0,1', '0,1']),
        ind('Balanstal chefer', '002:425', ['0,89', '1,01', '1,08'], ['0,96'], { dir: 'increase' }),
        men('002:426', ['1', '1', '1']),
        women('002:427', ['1', '1', '1']),
        ind('Chefer med utomnordisk bakgrund', '002:429', ['I.U.', 'I.U.', 'I.U.'], [''], {
          dir: 'increase',
        }),
      ],
    },
  ],
};

/**
 * 004:498-565 ("Bilaga 2 – Uppföljning av nämndindikatorer"), a space-separated table whose wrapped
 * names and goal labels are scattered over several lines; the goal labels sit vertically centred beside
 * their rows (004:518, 535, 553-554) and are read with the same indicators as 002.
 */
export const VSS_AUGUST_2019: GoalDocument = {
  goalSet: VSS_2019,
  round: { year: 2019, kind: 'august' },
  mode: 'followUp',
  label: 'Delårsrapporten per 31 augusti 2019',
  columns: [{ year: 2017 }, { year: 2018 }, { year: 2019, fromMonth: 1, toMonth: 8 }],
  targetYears: [2019],
  tables: [
    {
      rows: [
        goal(GODA_ARBETSPLATSER, '004:518'),
        ind('Total sjukfrånvaro', '004:510', ['4,3', '4,0', '2,5'], ['3,5']),
        men('004:511', ['3,6', '3,7', '1,5'], ['3,0']),
        women('004:512', ['4,9', '4,3', '3,3'], ['3,5']),
        ind('Andel heltidsanställningar', '004:513-514', ['97,9', '98,8', '98,9'], ['97,5']),
        men('004:515', ['100', '100', '100'], ['100']),
        women('004:516', ['96,0', '97,6', '98,1'], ['96']),
        ind('Attraktiv arbetsgivarindex (AVI)', '004:520-522', ['I.U.', 'I.U.', 'I.U.'], ['I.U.']),
        goal(CHEF_OCH_LEDARSKAP, '004:535'),
        ind('Hållbart medarbetarengagemang (HME)', '004:523-525', ['I.U.', '73', '78'], ['80']),
        ind(
          'Chefsomsättning (andel tillsvidare chefer som har börjat eller slutat, %)',
          '004:526-529',
          ['I.U.', '7', '-'],
          ['8,0'],
        ),
        // 004:530-531 print only two cells ("- -") for Män and Kvinnor; read as 2018 and aug. 2019, the
        // 2017 cell being blank.
        men('004:530', ['', '-', '-']),
        women('004:531', ['', '-', '-']),
        ind('Chefers sjukfrånvaro', '004:532', ['0,35', '0,39', '1,8'], ['1,3']),
        men('004:533', ['0,16', '0,19', '3,9']),
        women('004:537', ['0,6', '0,59', '0,4']),
        goal(NYA_VAGAR, '004:553-554'),
        ind('Extern personalomsättning', '004:550-551', ['6,2', '6,9', '1,7'], ['5,5']),
        men('004:556', ['4,2', '8,0', '1,3']),
        women('004:557', ['8', '4,7', '1,9']),
        ind('Mertid övertid', '004:558', ['0,2', '0,3', '0,1'], ['0,15']),
        men('004:559', ['0,4', '0,5', '0,3']),
        women('004:560', ['0,1', '0,1', '-']),
        ind('Balanstal chefer', '004:561', ['0,73', '1,03', '1,04'], ['0,96']),
        // 004 prints no Män row for this indicator.
        women('004:562', ['1', '1', '1,04']),
        ind('Chefer med utomnordisk bakgrund', '004:563-565', ['-', '-', '-']),
      ],
    },
  ],
};

/**
 * The verdicts of the delårsrapport, "Målet anses (vara) (delvis) uppfyllt" (004:265-359): 3 met and
 * 8 partly met. The basis is the paragraph under each heading, without the verdict line; results are the
 * bullet items (their glyphs were lost in the conversion; 004:309-314).
 */
export const VSS_AUGUST_2019_ASSESSMENTS: readonly AssessmentRow[] = [
  {
    goal: 'Kostnadseffektiv verksamhet',
    verdict: 'partlyMet',
    source: '004:269-275',
    basis: [
      'VSS driver i dag en ändamålsenlig verksamhet i enlighet med förvaltningens uppdrag. I dagsläget optimeras de ingående verksamheterna individuellt. Nu skapas förutsättningar för att förvaltningen i framtiden ska kunna utveckla sin nytta också genom ett mer kollektivt och gemensamt agerande. Det sker bland annat i det gemensamma tjänsteutvecklingsprojektet som startas under hösten 2019.',
    ],
    results: [],
  },
  {
    goal: 'Effektiva inköp',
    verdict: 'partlyMet',
    source: '004:277-281',
    basis: [
      'Respektive enhet hanterar sina inköp enligt kommunens riktlinjer. I sitt uppdrag verkar Ekonomiservice för ett bredare användande inom Linköpings kommun. Nämndmålet förväntas uppnås vid årets slut.',
    ],
    results: [],
  },
  {
    goal: 'God ekonomisk kontroll',
    verdict: 'met',
    source: '004:283-288',
    basis: [
      'VSS har en välfungerade uppföljningsmetodik. Förvaltningen har redan skapat goda rutiner genom ett nära samarbete mellan verksamhetschefer och förvaltningens stabsfunktioner. Avvikelser i verksamhet såväl som inom ekonomi hanteras förebyggande och med tydliga handlingsplaner.',
    ],
    results: [],
  },
  {
    goal: 'God finansiell ställning',
    verdict: 'met',
    source: '004:290-295',
    basis: [
      'Förvaltningen har idag en god ekonomisk ställning och även en balans vad gäller löpande drift och möjligheter till framtida utveckling. Som tidigare nämnts i rapporten har verksamheten Ekonomiservice en mer problematisk bild som kommer kräva insatser så inte verksamhetsresultatet blir lidande.',
    ],
    results: [],
  },
  {
    goal: 'God tillgänglighet',
    verdict: 'met',
    source: '004:297-301',
    basis: [
      'VSS har flera olika kundingångar. Samtliga kundingångar har en tillgänglighet på eller över mål. Kundnöjdheten är god. I samtliga ingångar erbjuder vi digitala alternativ som kontakt via mail, webbformulär och chatt.',
    ],
    results: [],
  },
  {
    goal: 'Kostnadseffektivt och ändamålsenligt IT-stöd',
    verdict: 'partlyMet',
    source: '004:303-316',
    basis: [
      'VSS har IT stöd i mer eller mindre samtliga processer. I dagsläget har förvaltningen ingen systematisk utvärdering av sina IT- stöd. Det finns dock en stor medvetenhet om vikten av utveckling av nuvarande system. Det finns goda exempel på tjänsteprocessutveckling med IT – stöd, här nämns några:',
    ],
    results: [
      'Rekrytering av nya medarbetare sker med ett effektivt stöd med systemet ReachMee. Tjänsteprocessen är integrerat med systemet och där sker bland annat vakansprövning, alla handlingar finns tillgängliga och där sker även bedömning och kategoriseringar av kandidaterna',
      'Ärendehanteringssystemet, Flexite, som finns hos Kontakt Linköping och HR Direkt stödjer hantering av ärenden och ger bra uppföljning som sedan kan användas för verksamhetsuppföljning',
    ],
  },
  {
    goal: 'Hög digitaliseringsgrad',
    verdict: 'partlyMet',
    source: '004:318-324',
    basis: [
      'I samtlig verksamhetsutveckling finns övervägandet om digitalisering med. Goda exempel är blankettfritt och exempelvis Kontakt Linköping insatser i arbetet med ”blankettfri skolstart”. Viktigt att konstatera är dock att utveckling av medborgarservice inte bara behöver vara digital, utan kan vara av annan typ. Ett exempel är nu de förbättringar som görs tillsammans med Utbildningsförvaltning kring förbättrad bemanning under sommaren och möjlighet för medarbetare i Kontakt Linköping att att bistå vid fakturahantering gentemot medborgarna.',
    ],
    results: [],
  },
  {
    goal: 'Goda verksamhetsresultat',
    verdict: 'partlyMet',
    source: '004:326-330',
    basis: [
      'VSS verksamhets följs delvis upp systematiskt, här finns dock en förbättringspotential i vissa verksamheter och tjänsteprocesser. Frågan är prioriterad under 2020 och kommer förbättras över tid.',
    ],
    results: [],
  },
  {
    goal: 'Goda arbetsplatser',
    verdict: 'partlyMet',
    source: '004:332-343',
    basis: [
      'Arbetet med att implementera förvaltningens nya organisation med tydliga uppdrag för respektive enhet pågår. Information om förvaltningen på Linweb uppdateras. Ett arbete har även påbörjats med innebörden av att vara en inkluderande arbetsplats och vi ser över rutiner för det systematiska arbetsmiljöarbetet. Förvaltningens chefer har bland annat fått information om organisatorisk och social arbetsmiljö inklusive material gällande kränkande särbehandling att arbeta med i medarbetargrupper.',
      'Ett förvaltningsövergripande projekt kring tjänsteutveckling har påbörjats som kan ses vara en del av arbetet kring idé- och innovation som främjar ett processorienterat arbetssätt för effektiva arbetsrutiner.',
    ],
    results: [],
  },
  {
    goal: 'Framgångsrikt chef- och ledarskap',
    verdict: 'partlyMet',
    source: '004:345-350',
    basis: [
      'Inom förvaltningen pågår arbete med projektet Chefers förutsättningar, som bland annat resulterat i ett antal utvecklingsaktiviteter för ett fortsatt arbete inom förvaltningen.',
    ],
    results: [],
  },
  {
    goal: 'Nya vägar för (tryggad) kompetensförsörjning',
    verdict: 'partlyMet',
    source: '004:352-359',
    basis: [
      'En rutin för arbetsmarknadsanställningar har tagits fram som aktivitet för åtgärder i linje med kommunens arbetsmarknadsåtagande, bland annat för att öka förutsättningarna för en breddad rekrytering. För att utveckla insatser enligt ”employer branding livscykeln” har en digital förvaltningsövergripande introduktion implementerats samt en enkät för avgångssamtal för att säkerställa professionella avslut.',
    ],
    results: [],
  },
];

/**
 * The verdicts of the verksamhetsberättelse, "förvaltningsmålet är (delvis) uppnått" (002:191-288): 6 met
 * and 5 partly met, as 002:55 says. The basis is the "Uppföljningen per den 31 december visar …"
 * paragraph plus any other non-bullet paragraphs; results are the bullet points.
 *
 * Interpretations: the nested bullets under "Kontakt Linköping" (002:253-255) are one result, written
 * "Kontakt Linköping: …; …"; the empty bullet at 002:267 is dropped and the bullet split by the page break
 * at 002:268/272 is joined; the stray " 0" after the last bullet at 002:281 (a conversion remnant) is
 * dropped.
 */
export const VSS_CLOSING_2019_ASSESSMENTS: readonly AssessmentRow[] = [
  {
    goal: 'Kostnadseffektiv verksamhet',
    verdict: 'met',
    source: '002:195-199',
    basis: [
      'Uppföljningen per den 31 december visar på en positiv utveckling inom området där förvaltningsmålet är uppnått. Resultat som bidragit till utveckling inom det kommunövergripande målet Kostnadseffektiv verksamhet är:',
    ],
    results: [
      'VSS driver i dag en ändamålsenlig verksamhet i enlighet med förvaltningens uppdrag. Enligt förvaltningens uppdrag styrs varje verksamhets individuellt ekonomiskt, det innebär att optimering ekonomiskt sker per verksamhet. När det gäller total nytta för Linköpings kommun sker nu samverkan inom förvaltningen för att nå en enhetlig och ändamålsenlig tjänsteproduktion.',
    ],
  },
  {
    goal: 'Effektiva inköp',
    verdict: 'partlyMet',
    source: '002:201-205',
    basis: [
      'Uppföljningen per den 31 december visar på en positiv utveckling inom området där förvaltningsmålet är delvis uppnått. Resultat som bidragit till utveckling inom det kommunövergripande målet Kostnadseffektiv verksamhet är:',
    ],
    results: [
      'Respektive verksamhet hanterar sina inköp enligt kommunens riktlinjer, under året har vissa avvikelser registrerats och ska åtgärdas under 2020. I och med att Upphandling och inköp tillförs VSS kommer den enheten i nära samverkan med Ekonomiservice verka för en utveckling inom inköpsområdet för hela Linköpings Kommun.',
    ],
  },
  {
    goal: 'God ekonomisk kontroll',
    verdict: 'met',
    source: '002:207-211',
    basis: [
      'Uppföljningen per den 31 december visar på en positiv utveckling inom området där förvaltningsmålet är uppnått. Resultat som bidragit till utveckling inom det kommunövergripande målet Hållbar ekonomi är:',
    ],
    results: [
      'VSS har en välfungerade uppföljningsmetodik. Förvaltningen har redan skapat goda rutiner genom ett nära samarbete mellan verksamhetschefer och förvaltningens stabsfunktioner. Avvikelser i verksamhet såväl som inom ekonomi hanteras förebyggande och med tydliga handlingsplaner.',
    ],
  },
  {
    goal: 'God finansiell ställning',
    verdict: 'met',
    source: '002:213-217',
    basis: [
      'Uppföljningen per den 31 december visar på en positiv utveckling inom området där förvaltningsmålet är uppnått. Resultat som bidragit till utveckling inom det kommunövergripande målet Hållbar ekonomi är:',
      'Förvaltningen har idag en god ekonomisk ställning och även en balans vad gäller löpande drift och möjligheter till framtida utveckling. I LK-data prismodell finns ett tydligt livscykelperspektiv som skapar en stabilitet inom IT området. Krav på hållbarhet finns med i upphandlingar och styr kommunens inköp åt rätt håll.',
    ],
    results: [],
  },
  {
    goal: 'God tillgänglighet',
    verdict: 'met',
    source: '002:219-223',
    basis: [
      'Uppföljningen per den 31 december visar på en positiv utveckling inom området där förvaltningsmålet är uppnått. Resultat som bidragit till utveckling inom det kommunövergripande målet Hög servicenivå med ett gott bemötande är:',
    ],
    results: [
      'VSS har flera olika kundgångar. Samtliga kundgångar har en tillgänglighet på eller över mål. Kundnöjdheten är god. KKIK, tillgänglighetsmålet för kommunen, har ökat på ett mycket positivt sätt. Resultatet för helhetsintryck, bra och mycket bra har ökat från 50 % 2018 till 69 % 2019, efter införandet av Kontakt Linköping. I samtliga ingångar erbjuder vi digitala alternativ som kontakt via mail, webbformulär och chatt.',
    ],
  },
  {
    goal: 'Kostnadseffektivt och ändamålsenligt IT-stöd',
    verdict: 'partlyMet',
    source: '002:225-236',
    basis: [
      'Uppföljningen per den 31 december visar på en positiv utveckling inom området där förvaltningsmålet är delvis uppnått. Resultat som bidragit till utveckling inom det kommunövergripande målet Effektiva och hållbara arbetsmetoder är:',
      'Här finns också tydlig utvecklingspotential runt exempelvis e-handel där IT stödet inte i dagsläget kan matcha gjorda e-handelsbeställningar med leverantörsfakturer (e-fakturer).',
      'I detta område finns stora möjligheter till både effektiviseringar och kvalitetshöjningar genom att säkerställa digitala flöden, antingen i grundapplikationen, eller genom integrationen/ automation.',
    ],
    results: [
      'VSS har IT stöd i mer eller mindre samtliga processer. Det finns dock en stor medvetenhet om vikten av utveckling av våra tjänsteprocesser där IT är en viktig möjliggörare. Det finns goda exempel på tjänsteprocessutveckling med IT – stöd, här nämns några:',
      'Rekrytering av nya medarbetare sker med ett effektivt stöd med systemet ReachMee. Tjänsteprocessen är integrerat med systemet och där sker bland annat vakansprövning, alla handlingar finns tillgängliga och där sker även bedömning och kategoriseringar av kandidaterna',
      'Ärendehanteringssystemet, Flexite, som finns hos Kontakt Linköping och HR Direkt stödjer hantering av ärenden och ger möjlighet till bra uppföljning som sedan kan användas för verksamhetsplanering och tjänsteutveckling.',
    ],
  },
  {
    goal: 'Hög digitaliseringsgrad',
    verdict: 'partlyMet',
    source: '002:238-247',
    basis: [
      'Uppföljningen per den 31 december visar på en positiv utveckling inom området där förvaltningsmålet är delvis uppnått. Resultat som bidragit till utveckling inom det kommunövergripande målet Verksamhet med god utvecklingsförmåga är:',
      'Viktigt att konstatera är dock att utveckling av medborgarservice inte bara behöver vara digital, utan kan vara av annan typ. Ett exempel är nu de förbättringar som görs tillsammans med Utbildningsförvaltning kring förbättrad bemanning under sommaren och möjlighet för medarbetare i Kontakt Linköping att bistå vid fakturahantering gentemot medborgarna. Indikatorn visar en hög aktivitetsnivå med många initiativ, bedömningen är dock delvis uppfyllt då förvaltningen har en tydlig utvecklingspotential i att tänka digitalt och driva verksamhetsutvecklings projekt med digital inriktning.',
    ],
    results: [
      'I samtlig verksamhetsutveckling finns övervägandet om digitalisering med både vad gäller det interna arbetet inom VSS, VSS tjänsteprocesser och i samverkan med kommunens förvaltningar. Exempel inom VSS är dokumenthantering i samarbetsrum och ökning av digitala möten över Skype.',
      'I VSS tjänsteprocesser är framtagande och användande av LMS (Learning Management System) som nu samlar samtliga utbildningar inom kommunen på ett ställe.',
      'I samverkan med förvaltningar Kontakt Linköping/LK-data insatser i arbetet med ”blankettfri skolstart”, arbetet med digitaliserad ansökan av AFI.',
    ],
  },
  {
    goal: 'Goda verksamhetsresultat',
    verdict: 'met',
    source: '002:249-260',
    basis: [
      'Uppföljningen per den 31 december visar på en positiv utveckling inom området där förvaltningsmålet är uppnått. Resultat som bidragit till utveckling inom det kommunövergripande målet Verksamhet med god utvecklingsförmåga är att VSS visat upp goda verksamhets- och ekonomiska resultat överlag. De viktiga kundingångarna visar på god tillgänglighet och hög kundnöjdhet',
      'VSS verksamhets följs upp systematiskt utifrån lagda verksamhetsplaner genom uppföljningsmöten med varje verksamhetschef minst sex gånger om året. Resultatet återkopplas i resultatdialoger (kommunledningen), strategiska diskussioner i VSS ledningsgrupp och ligger till grund för verksamhetsplanering och utveckling.',
    ],
    results: [
      'Kontakt Linköping: Svarsservice 92 % svar inom 120 sekunder (mål 80 %); Kundnöjdhet, rullande mätning, värdet för generell nöjdhet utvecklas från 4,0 i april till nästan 4,3 i november (årets toppnotering)',
      'LK-data, kan åter konstatera en effektiv hantering som ger en ekonomisk effekt på ca 1,3 mkr. Samtidigt visar upp en hög kundnöjdhet med 92 % nöjda eller mycket nöjda kunder i supportärenden.',
      'HR Direkt visar upp hög tillgänglighet och hög kundnöjdhet, där mer än 95 % av kunderna kan tänka sig att rekommendera verksamheten',
      'Stadsarkivet levererar ärenden utifrån gjorda servicelöften',
    ],
  },
  {
    goal: 'Goda arbetsplatser',
    verdict: 'met',
    source: '002:262-274',
    basis: [
      'Uppföljningen per den 31 december visar på en positiv utveckling inom området där förvaltningsmålet är uppnått. Resultat som bidragit till utveckling inom det kommunövergripande målet Attraktiv arbetsgivare är:',
    ],
    results: [
      'Arbetet med att implementera förvaltningens nya organisation med tydliga uppdrag för respektive verksamhet pågår. Information om förvaltningen på Linweb uppdateras och en kommunikatör har fått ett förvaltningsövergripande uppdrag som bland annat innebär en förbättrad internkommunikation via olika kanaler som exempelvis blogg och gemensamma presentationer.',
      'Ett arbete har påbörjats med innebörden av att vara en inkluderande arbetsplats och vi ser över rutiner för det systematiska arbetsmiljöarbetet. Förvaltningens chefer har bland annat fått information om organisatorisk och social arbetsmiljö inklusive material gällande kränkande särbehandling att arbeta med i sina medarbetargrupper.',
      'Den totala sjukfrånvaron på förvaltningen var 3,82 % som är bättre än målvärdet. Sjukfrånvaron hade dock ökat något för kvinnor, men minskat för män. Ett förvaltningsövergripande projekt kring tjänsteutveckling har påbörjats som kan ses vara en del av arbetet kring idé- och innovation som främjar ett processorienterat arbetssätt för effektiva arbetsrutiner.',
    ],
  },
  {
    goal: 'Framgångsrikt chef- och ledarskap',
    verdict: 'partlyMet',
    source: '002:276-281',
    basis: [
      'Uppföljningen per den 31 december visar på en positiv utveckling inom området där förvaltningsmålet är delvis uppnått. Resultat som bidragit till utveckling inom det kommunövergripande målet Attraktiv arbetsgivare är:',
    ],
    results: [
      'Inom förvaltningen pågår arbete utifrån resultatet av projektet Chefers förutsättningar, som bland annat resulterat i ett antal utvecklingsaktiviteter för ett fortsatt arbete inom förvaltningen.',
      'Avseende sjukfrånvaron bland chefer ses en ökning i jämförelse med tidigare år, både för kvinnor och män. Sjukfrånvaron bland chefer är dock fortsatt låg även om den 2019 är högre än målvärdet.',
    ],
  },
  {
    goal: 'Nya vägar för (tryggad) kompetensförsörjning',
    verdict: 'partlyMet',
    source: '002:283-288',
    basis: [
      'Uppföljningen per den 31 december visar på en positiv utveckling inom området där förvaltningsmålet är delvis uppnått. Resultat som bidragit till utveckling inom det kommunövergripande målet God och hållbar kompetensförsörjning är:',
    ],
    results: [
      'En rutin för arbetsmarknadsanställningar har tagits fram som aktivitet för åtgärder i linje med kommunens arbetsmarknadsåtagande, bland annat för att öka förutsättningarna för en breddad rekrytering. För att utveckla insatser enligt ”employer branding livscykeln” har en digital förvaltningsövergripande introduktion implementerats samt en enkät för avgångssamtal för att säkerställa professionella avslut.',
      'Personalomsättningen på förvaltningen har ökat både för kvinnor och män. Under 2019 var personalomsättningen 8,4%, vilket är högre än målvärdet.',
    ],
  },
];
