/**
 * Kommunstyrelsens internbudget 2020 (seed 001:377-1239): the 18 nämndmål (001:530) with their
 * nämndindikatorer, the outcomes for 2018 and 2019 reported in the budget round of 2020, and the
 * targets ("Målvärde") for 2020 and 2021 (tables 001:658-770). One table below per kommunövergripande mål;
 * the printed tables hold several (first column).
 *
 * Names are as printed, except that words the PDF conversion hyphenated at a line end are joined
 * ("Nämnd-indikator", "Företags-service", "växthusgas-er", "kärnverk-/samhet" over the page break at
 * 001:696/701) and "CO ₂ -ekv" is written "CO₂-ekv" (001:680). Printed typos are kept ("sole", "Gifrfri",
 * "tåten").
 */
import type { Footnotes, GoalDocument, GoalSet } from './builders.ts';
import { goal, ind, men, sub, women } from './builders.ts';

export const KS_2020: GoalSet = {
  org: 'KS',
  key: 2020,
  validFromYear: 2020,
  validToYear: 2020,
  municipalGoalSet: 2020,
};

/**
 * The footnotes of the KS goal tables (001:675-677, 698, 721, 736-742, 767). The "*" on the header
 * "Nämndindikator*" of the medarbetare tables (001:748, 769) has no footnote text and is not used.
 */
const KS_FOOTNOTES: Footnotes = {
  '*': { kind: 'obligatory' },
  '¹': {
    kind: 'definition',
    text: 'Statistiken (resultatet) publiceras med två års eftersläpning. År 2017 hade 15,7 procent av befolkningen låg ekonomisk standard. År 2016 var andelen 15,2 procent och 2015 var andelen 16,8 procent.',
  },
  '²': {
    kind: 'targetNote',
    text: 'Målvärdet för nämndindikator är samma som i samhällsbyggnadsnämndens internbudget 2020 med plan för 2021-2023.',
  },
  '³': {
    kind: 'definition',
    text: 'Viktandel av rengöringsmedel (ej desinfektionsprodukter) som köps från kommunens organisation (städ- och utförarverksamhet exkluderad) och som är miljömärkta med Svanen, Bra Miljöval eller EU Ecolabel.',
  },
  '⁴': {
    kind: 'definition',
    text: 'Genomsnittligt resultat av betyg för variablerna Enkelhet, Engagemang, Generell nöjdhet, Kunskap. Skala 1-5 där 1 är sämst och 5 är bäst.',
  },
  '⁵': { kind: 'definition', text: 'Avser kommunens samtliga objekt.' },
  '⁶': {
    kind: 'definition',
    text: 'Avser de två objekten Administration, kommunikation och näringsliv och HR/ekonomi.',
  },
  '⁷': { kind: 'targetNote', text: 'Målvärdet utgår från Sveriges Kommuner och Landstings Ekonomirapport.' },
  '⁸': { kind: 'definition', text: 'AVI avser kommunen totalt.' },
};

const INCREASE_PERCENT = { unit: '%', dir: 'increase' } as const;
const DECREASE_PERCENT = { unit: '%', dir: 'decrease' } as const;

export const KS_BUDGET_2020: GoalDocument = {
  goalSet: KS_2020,
  round: { year: 2020, kind: 'budget' },
  mode: 'define',
  columns: [{ year: 2018 }, { year: 2019 }],
  targetYears: [2020, 2021],
  footnotes: KS_FOOTNOTES,
  tables: [
    {
      // 001:662-673, Målområde Samhälle
      municipalGoal: 'Ett attraktivt och tryggt Linköping',
      rows: [
        goal(
          'God social sammanhållning och delaktighet',
          '001:663-664',
          'Goda förutsättningar för delaktighet i att utforma ett attraktivt och tryggt Linköping.',
        ),
        ind(
          'Delaktighetsindex, andel (%) av maxpoäng.',
          '001:663',
          ['I.U.', 'I.U.'],
          ['-', '-'],
          INCREASE_PERCENT,
        ),
        ind('Låg ekonomisk standard. ¹', '001:664', ['2016: 15,2%', '2017: 15,7%'], ['Minska', 'Minska'], {
          unit: '%',
          dir: 'decrease',
        }),
        goal(
          'God trygghet och säkerhet',
          '001:665-666',
          'Trygghetsskapande åtgärder på allmänna platser och ett aktivt samhällsansvar inom Linköpings geografiska område.',
        ),
        ind(
          'Anmälda våldsbrott i kommunen, antal/100 000 invånare.',
          '001:665',
          ['733', 'I.U.'],
          ['Färre än 700', 'Färre än 650'],
          { unit: 'antal/100 000 invånare', dir: 'decrease' },
        ),
        ind(
          'Andel (%) av medborgarna som upplever den offentliga miljön som trygg kvälls- och nattetid. ²',
          '001:666',
          [],
          [],
          INCREASE_PERCENT,
        ),
        sub('Gator/torg', '001:667', ['64', 'I.U.'], ['70', '70']),
        sub('Parker', '001:668', ['49', 'I.U.'], ['50', '50']),
        sub('Egna bostadsområdet', '001:669', ['82', 'I.U.'], ['90', '90']),
        goal(
          'God planberedskap i antagna översiktsplaner',
          '001:670-671',
          'Den översiktliga planeringen är framåtsyftande och säkerställer långsiktig utveckling.',
        ),
        ind(
          'Antal lägenheter i gällande översiktsplan.',
          '001:670',
          ['40 000', '40 000'],
          ['40 000', '40 000'],
          {
            unit: 'antal',
            dir: 'increase',
          },
        ),
        goal(
          'Starkt varumärke',
          '001:672-673',
          'Linköping är en plats där det är attraktivt att bo, driva företag samt komma på besök.',
        ),
        ind(
          'Andel (%) kommuninvånare som uppfattar Linköping som en attraktiv plats att bo i.',
          '001:672',
          ['83%', 'I.U.'],
          ['-', '-'],
          INCREASE_PERCENT,
        ),
        ind(
          'Andel (%) besökare som uppfattar Linköping som en attraktiv plats att besöka.',
          '001:673',
          ['I.U.', 'I.U.'],
          ['-', '-'],
          INCREASE_PERCENT,
        ),
      ],
    },
    {
      // 001:679-685
      municipalGoal: 'Ett klimatsmart Linköping',
      rows: [
        goal(
          'Linköping är koldioxidneutralt år 2025',
          '001:680',
          'Linköpings kommun tar tåten i miljö- och klimatarbetet.',
        ),
        ind(
          'Utsläpp till luft av växthusgaser, ton CO₂-ekv/invånare.',
          '001:680',
          ['I.U.', 'I.U.'],
          ['Minska', 'Minska'],
          { unit: 'ton CO₂-ekv/invånare', dir: 'decrease' },
        ),
        ind(
          'Andel (%) producerad sole i förhållande till total elanvändning. Avser kommunen som geografisk yta.',
          '001:681',
          ['0,80', 'I.U.'],
          ['1,35', '1,75'],
          INCREASE_PERCENT,
        ),
        ind('Självförsörjningsgrad av el.', '001:682', ['I.U.', 'I.U.'], ['Öka', 'Öka'], { dir: 'increase' }),
        goal('Klimatsäkert Linköping', '001:683', 'Linköpings kommun arbetar med klimatanpassning.'),
        ind(
          'Andel genomförda aktiviteter/handlingsplaner i kommunens klimatanpassningsplan.',
          '001:683',
          ['I.U.', 'I.U.'],
          ['-', '-'],
          INCREASE_PERCENT,
        ),
        goal(
          'Gifrfri miljö',
          '001:684',
          'Linköpings kommun skyddar miljön genom att fasa ut farliga kemikalier i verksamheten.',
        ),
        ind('Antal inköpta plastbägare (ej bioplast).', '001:684', ['157 000', 'I.U.'], ['0', '0'], {
          unit: 'antal',
          dir: 'decrease',
        }),
        ind(
          'Andel (%) utvalda kemiska produkter som är miljömärkta. ³',
          '001:685',
          ['11', 'I.U.'],
          ['Öka', 'Öka'],
          INCREASE_PERCENT,
        ),
      ],
    },
    {
      // 001:686-688. 001:687-688 are shifted two columns to the left; their cells are read in order.
      municipalGoal: 'Ett företagsamt Linköping',
      rows: [
        goal(
          'Ett starkt entreprenörskap och växande näringsliv',
          '001:686',
          'Välmående företag i många branscher, ett starkt innovationssystem och företagsamma människor rätt rustade för att starta, driva och utveckla företag.',
        ),
        // 001:686 prints only three cells: 2018, 2019 and Målvärde 2020; Målvärde 2021 is missing.
        ind(
          'Andel (%) nyföretagsamma människor per 1000 invånare, 16-74 år.',
          '001:686',
          ['8,66', '9,04'],
          ['9,1'],
          INCREASE_PERCENT,
        ),
        ind(
          'Andel (%) branscher av totala antalet branscher (branschbredd).',
          '001:687',
          ['61,60', '61,90'],
          ['61,90', '62,10'],
          INCREASE_PERCENT,
        ),
        ind(
          'Förändringen i lönesumma privat sektor (%). Avser bostadskommun.',
          '001:688',
          ['4,5 (18,5 Mdkr)', '3,8 (19,2 Mdkr, prognos)'],
          ['3,8', '3,8'],
          INCREASE_PERCENT,
        ),
      ],
    },
    {
      // 001:690-707, Målområde Ekonomi; "*" = fixed in Budget 2020, the financial goals (001:721).
      municipalGoal: 'Kostnadseffektiv verksamhet',
      rows: [
        goal(
          'Kostnadseffektiv verksamhet',
          '001:695',
          'Optimera verksamhetens nytta i relation till kostnaderna.',
        ),
        ind(
          'Verksamhetens nettokostnad/skatt och finansnetto (%).*',
          '001:695',
          ['97,3', 'I.U.'],
          ['Mindre än 100', 'Mindre än 100'],
          DECREASE_PERCENT,
        ),
        // The name is split over a page break: "… för kärnverk-" (001:696) and "samhet/…" (001:701).
        ind(
          'Personalkostnader + externt köpta tjänster för kärnverksamhet/verksamhetens nettokostnad (%).*',
          '001:696-701',
          ['71,7', 'I.U.'],
          ['Mindre än 70', 'Mindre än 70'],
          DECREASE_PERCENT,
        ),
        ind(
          'Personalkostnader/verksamhetens nettokostnad, avser Kommunledningsförvaltningen (%).',
          '001:702',
          ['I.U.', '23'],
          ['Mindre än 23', 'Mindre än 23'],
          DECREASE_PERCENT,
        ),
        ind(
          'Lokalkostnader och kapitalkostnader/verksamhetens nettokostnad (%).*',
          '001:703',
          ['13,5', 'I.U.'],
          ['Mindre än 12', 'Mindre än 12'],
          DECREASE_PERCENT,
        ),
        goal('Korrekta och effektiva inköp', '001:704', 'Effektiva inköpsprocesser med it som stöd.'),
        ind(
          'E-handelstrohet (%), årsgenomsnitt.*',
          '001:704',
          ['35,6', 'I.U.'],
          ['90', '95'],
          INCREASE_PERCENT,
        ),
        ind(
          'E-handelstrohet (%), avser Kommunledningsförvaltningen.',
          '001:705',
          ['I.U.', 'I.U.'],
          ['-', '-'],
          INCREASE_PERCENT,
        ),
        ind(
          'Andel mikro, små och medelstora företag som lämnar anbud i upphandlingar (%).',
          '001:706',
          ['55', 'I.U.'],
          ['-', '-'],
          INCREASE_PERCENT,
        ),
        ind(
          'Andel mikro, små och medelstora företag som vunnit upphandlingar (%).',
          '001:707',
          ['I.U.', 'I.U.'],
          ['-', '-'],
          INCREASE_PERCENT,
        ),
      ],
    },
    {
      // 001:708-719 are garbled by the PDF conversion: the four rows of "God ekonomisk kontroll" are
      // printed twice (708-711 under "Korrekta och effektiva inköp", again 714-717 under "Hållbar
      // ekonomi | God ekonomisk kontroll"), and the two rows of "God finansiell ställning" (712-713) are
      // repeated as 718-719 under "God ekonomisk kontroll". Read as intended: under the kommunövergripande
      // mål "Hållbar ekonomi" the nämndmål "God ekonomisk kontroll" (714-717) and "God finansiell ställning"
      // (712-713), in that order as in every other goal list of the seeds (002:74-75, 375-376). The
      // repeated rows 708-711 and 718-719 are identical to the ones used and are not transcribed twice.
      municipalGoal: 'Hållbar ekonomi',
      rows: [
        goal('God ekonomisk kontroll', '001:714', 'Goda resultat och stabil ekonomi.'),
        ind('Kommunens resultat.*', '001:714', ['237 mnkr.', 'I.U.'], ['Större än 0', 'Större än 0'], {
          unit: 'mnkr',
          dir: 'increase',
        }),
        ind(
          'Kommunens soliditet.*',
          '001:715',
          ['62,3', 'I.U.'],
          ['Större än 50', 'Större än 50'],
          INCREASE_PERCENT,
        ),
        ind(
          'Procentuell avvikelse budget och utfall, nämnderna (%).*',
          '001:716',
          ['2,5', 'I.U.'],
          ['Mindre än 1', 'Mindre än 1'],
          DECREASE_PERCENT,
        ),
        ind(
          'Procentuell avvikelse budget och utfall, avser Kommunledningsförvaltningen (%).',
          '001:717',
          ['3,8', 'I.U.'],
          ['Mindre än 2', 'Mindre än 2'],
          DECREASE_PERCENT,
        ),
        goal(
          'God finansiell ställning',
          '001:712',
          'Finansieringen av välfärden skjuts inte till kommande generationer.',
        ),
        ind('Skuldsättning per invånare.*', '001:712', ['0 kr.', 'I.U.'], ['Max 900 kr.', 'Max 900 kr.'], {
          unit: 'kr',
          dir: 'decrease',
        }),
        ind(
          'Kommunens betalningsberedskap, antal månads löneutbetalningar.*',
          '001:713',
          ['1', 'I.U.'],
          ['1', '1'],
          { unit: 'antal', dir: 'increase' },
        ),
      ],
    },
    {
      // 001:723-742, Målområde Verksamhet
      municipalGoal: 'Effektiv organisation med goda resultat',
      rows: [
        goal(
          'Effektiv organisation med goda resultat',
          '001:728',
          'Kommunstyrelsen ger förutsättningar för effektiva verksamheter med goda resultat.',
        ),
        ind(
          'NKI Företagsservice (%), avser området Service och bemötande. ⁴',
          '001:728',
          ['I.U.', '80'],
          ['82', '83'],
          INCREASE_PERCENT,
        ),
        goal('Hög digitaliseringsgrad', '001:729', 'Verksamhetsutveckling enligt principen digitalt först.'),
        ind(
          'Antal pappersblanketter i kommunens serviceutbud som kan överföras till e-formulär. ⁵',
          '001:729',
          ['I.U.', '558'],
          ['0', '0'],
          { unit: 'antal', dir: 'decrease' },
        ),
        ind(
          'Antal pappersblanketter i Kommunledningsförvaltningens serviceutbud som kan överföras till e-formulär. ⁶',
          '001:730',
          ['I.U.', '183'],
          ['0', '0'],
          { unit: 'antal', dir: 'decrease' },
        ),
        ind(
          'Effektivisering genom automatisering/digitalisering. Beräknat i antal årsarbetare.',
          '001:731',
          ['I.U.', 'I.U.'],
          ['50', '100 ⁷'],
          { unit: 'årsarbetare', dir: 'increase' },
        ),
        ind(
          'Effektivisering genom automatisering/digitalisering. Beräknat i antal årsarbetare. Avser Kommunledningsförvaltningen.',
          '001:732',
          ['I.U.', 'I.U.'],
          ['1', '2'],
          { unit: 'årsarbetare', dir: 'increase' },
        ),
      ],
    },
    {
      // 001:733-734
      municipalGoal: 'Hållbar verksamhetsutveckling',
      rows: [
        goal('Klimat effektiv verksamhet', '001:733', 'Minimal miljöpåverkan av bland annat transporter.'),
        ind(
          'Andel gröna lån av kommunens totala andel finansiella placeringar.',
          '001:733',
          ['I.U.', 'I.U.'],
          ['Öka', 'Öka'],
          INCREASE_PERCENT,
        ),
        ind(
          'Andel el-, laddningshybrid och gasfordon i kommunens fordonsflotta (personbilar).',
          '001:734',
          ['I.U.', '90'],
          ['95', '-'],
          INCREASE_PERCENT,
        ),
      ],
    },
    {
      // 001:744-762, Målområde Medarbetare
      municipalGoal: 'Attraktiv arbetsgivare',
      rows: [
        goal(
          'Goda arbetsplatser',
          '001:749',
          'Varje medarbetare känner arbetsglädje och stolthet samt har inflytande och möjlighet att utvecklas',
        ),
        ind(
          'Total sjukfrånvaro (%), avser Kommunledningsförvaltningen.',
          '001:749',
          ['4,6', 'I.U.'],
          ['3,5', '3,2'],
          {
            unit: '%',
            dir: 'decrease',
          },
        ),
        men('001:750', ['4,2', 'I.U.'], ['3,1', '3']),
        women('001:751', ['4,8', 'I.U.'], ['3,6', '3,4']),
        ind(
          'Andel (%) heltidsanställningar, avser Kommunledningsförvaltningen.',
          '001:752',
          ['96,5', '96,8'],
          ['97', '97,5'],
          INCREASE_PERCENT,
        ),
        men('001:753', ['100', '100'], ['100', '100']),
        women('001:754', ['95', '95,3'], ['96,5', '97']),
        goal(
          'Framgångsrikt chef- och ledarskap',
          '001:755',
          'Varje chef leder och utvecklar sina verksamheter mot uppsatta mål med mod, engagemang och mänsklighet.',
        ),
        ind('Attraktiv arbetsgivarindex (AVI) ⁸', '001:755', ['97', 'I.U.'], ['105', ''], {
          dir: 'increase',
        }),
        ind(
          'Hållbart medarbetarengagemang (HME), avser Kommunledningsförvaltningen.',
          '001:756',
          ['73', 'I.U.'],
          ['78', '79'],
          { dir: 'increase' },
        ),
        ind(
          'Chefsomsättning (andel %), gäller tillsvidare chefer som har börjat eller slutat, avser Kommunledningsförvaltningen.',
          '001:757',
          ['28,6', 'I.U.'],
          ['8', '7'],
          DECREASE_PERCENT,
        ),
        men('001:758', ['0,0', 'I.U.']),
        women('001:759', ['66,7', 'I.U.']),
        // 2019 is printed "2,0" for the total but "I.U." for Män and Kvinnor; transcribed as printed.
        ind(
          'Chefers sjukfrånvaro, avser Kommunledningsförvaltningen.',
          '001:760',
          ['0,8', '2,0'],
          ['2,0', '2,0'],
          {
            unit: '%',
            dir: 'decrease',
          },
        ),
        // 001:761-762 are shifted one column to the left; their cells are read in order.
        men('001:761', ['0,8', 'I.U.'], ['2,0', '2,0']),
        women('001:762', ['0,8', 'I.U.'], ['2,0', '2,0']),
      ],
    },
    {
      // 001:763-770
      municipalGoal: 'Hållbar kompetensförsörjning',
      rows: [
        goal(
          'Nya vägar för (tryggad) kompetensförsörjning',
          '001:763',
          'Utveckling av den digitala medarbetaren, ett ansvarstagande för ett livslångt lärande och ett aktivt arbete med professionsanalyser för rätt använd kompetens skapar nya vägar för kompetensförsörjningen',
        ),
        ind(
          'Total personalomsättning, avser Kommunledningsförvaltningen.',
          '001:763',
          ['9,3', 'I.U.'],
          ['5,0', '5,0'],
          {
            unit: '%',
            dir: 'decrease',
          },
        ),
        ind(
          'Mertid övertid, avser Kommunledningsförvaltningen.',
          '001:764',
          ['0,11', 'I.U.'],
          ['0,15', '0,15'],
          {
            dir: 'decrease',
          },
        ),
        // Printed as one row with "Kvinnor" at the end of the name (001:765); kept as printed, not read
        // as a gender row, since no total row is printed for it.
        ind(
          'Balanstal chefer, avser Kommunledningsförvaltningen. Kvinnor',
          '001:765',
          ['0,93', 'I.U.'],
          ['0,96', '0,97'],
          { dir: 'increase' },
        ),
        // After the page break, with no cells (001:770).
        ind('Chefer med utomnordisk bakgrund', '001:770', [], [], { dir: 'increase' }),
      ],
    },
  ],
};
