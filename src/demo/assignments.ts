/**
 * The council's strategic assignments (strategiska utvecklingsuppdrag) of the seed documents, transcribed
 * as printed (docs/adr/0021-strategic-assignments.md):
 *
 * - 2019, to the boards, with VSS's status and comment in the closing round (VSS verksamhetsberättelse
 *   2019, 002:290-303) and the August round (VSS delårsrapport 31 augusti 2019, 004:360-413);
 * - 2020, Kommunstyrelsen's (KS internbudget 2020, 001:772-788), with VSS's response to the common ones
 *   and the goal area it names (001:1665-1682);
 * - 2023, the common and board-specific ones of VSS förvaltningsbudget 2023 (000:469-490).
 *
 * The seed lines are in `source`, never in what readers see. Where a document words an assignment
 * differently from another, the text is the one the status table prints and the other wording is noted in
 * `source`.
 */
import type { RoundKind } from '#core/period.ts';
import type { DataPackageInput } from '#modules/data-package/contract.ts';
import { type GoalAreaName, goalAreaId, roundId } from './builders.ts';
import { demoId } from './demo-id.ts';

type Records<K extends keyof DataPackageInput> = NonNullable<DataPackageInput[K]>;
type AssignmentRecord = Records<'strategicAssignments'>[number];
type RecipientRecord = Records<'assignmentRecipients'>[number];
type StatusRecord = Records<'assignmentStatuses'>[number];
type Kind = 'common' | 'board' | 'administration' | 'additional';
type Status = 'notStarted' | 'inProgress' | 'done' | 'notApplicable';

interface DemoStatus {
  readonly round: RoundKind;
  readonly status: Status;
  readonly comment?: string;
  readonly source: string;
}

interface DemoRecipient {
  readonly org: string;
  readonly response?: string;
  readonly area?: GoalAreaName;
  readonly responseSource?: string;
  readonly statuses?: readonly DemoStatus[];
}

interface DemoAssignment {
  readonly key: string;
  readonly kind: Kind;
  readonly number?: string;
  readonly text: string;
  readonly decision?: string;
  readonly reportBackText?: string;
  readonly source: string;
  readonly recipients: readonly DemoRecipient[];
}

// 2019 ---------------------------------------------------------------------------------------------------

const BUDGET_2019 = 'Budget 2019 med plan för 2020-2022';

/** VSS's status in the closing round (002) and the August round (004); "Åtgärder vidtagna" is "pågår". */
const vss2019 = (...statuses: DemoStatus[]): DemoRecipient[] => [{ org: 'VSS', statuses }];

const YEAR_2019: readonly DemoAssignment[] = [
  {
    key: 'digitaliseringens-mojligheter',
    kind: 'common',
    text: 'Samtliga nämnder ska vidta åtgärder för att tillvarata digitaliseringens möjligheter.',
    decision: BUDGET_2019,
    source:
      '002:297; 004:371-372 words it "Samtliga nämnder ges i uppdrag att vidta åtgärder för att tillvarata ' +
      'digitaliseringens möjligheter"',
    recipients: vss2019(
      {
        round: 'august',
        status: 'inProgress',
        comment:
          'Samtliga verksamheter jobbar med att utveckla tjänsteprocesser med olika typer av IT- stöd. ' +
          'Förvaltningen behöver hela tiden utvecklas i denna fråga',
        source: '004:374-381, printed "Åtgärder vidtagna"',
      },
      {
        round: 'closing',
        status: 'done',
        comment:
          'Förvaltningen har i grunden vidtagit de åtgärder som kan. Anpassning och deltagande inom pm3 ' +
          'organisationen, deltar i de övergripande forum som finns. Digitalisering finns hela tiden som en ' +
          'möjlighet i vår tjänsteutveckling.',
        source: '002:297',
      },
    ),
  },
  {
    key: 'kompetensforsorjning-analys',
    kind: 'common',
    text:
      'Samtliga nämnder ska redovisa en fördjupad analys av vilket stöd som behövs för att klara nya vägar ' +
      'till kompetensförsörjning.',
    decision: BUDGET_2019,
    source:
      '002:298; 004:383-386 words it "Uppdrag till samtliga nämnder att redovisa en fördjupad analys av ' +
      'vilket stöd som behövs för att klara nya vägar till kompetensförsörjning med fokus på digitalisering, ' +
      'och nya sätt att organisera arbetet."',
    recipients: vss2019(
      { round: 'august', status: 'done', source: '004:388' },
      {
        round: 'closing',
        status: 'done',
        comment: 'En återsrapport har gjorts till kommunstyrelsen, KS 2018-11-13, dnr 2018-666.',
        source: '002:298',
      },
    ),
  },
  {
    key: 'digitalisering-takt',
    kind: 'additional',
    text: 'Uppdrag till samtliga nämnder att öka takten i digitaliseringsarbetet.',
    source: '002:300; 004:391-392',
    recipients: vss2019(
      {
        round: 'august',
        status: 'inProgress',
        comment: 'Förvaltningen driver utvecklingsarbete med digitalisering som grund.',
        source: '004:394-399, printed "Åtgärder vidtagna"',
      },
      {
        round: 'closing',
        status: 'done',
        comment: 'Förvaltningen driver digitalisering som en central arbets- och utvecklings möjlighet.',
        source: '002:300',
      },
    ),
  },
  {
    key: 'avgifter',
    kind: 'additional',
    text:
      'Uppdrag till samtliga nämnder att se över sina avgifter i relation till privatpersoner och företag ' +
      'för ökad transparens, likställighet och koppling mellan avgift och utfört arbete.',
    source: '002:301; 004:401-404',
    recipients: vss2019(
      { round: 'august', status: 'notApplicable', source: '004:406' },
      {
        round: 'closing',
        status: 'done',
        comment: 'Uppdraget hanterades i samband med budgetarbetet 2020.',
        source: '002:301',
      },
    ),
  },
  {
    key: 'engangsartiklar-plast',
    kind: 'additional',
    text:
      'Uppdrag till samtliga nämnder att fasa ut engångsartiklar i plast i kommunens verksamhet till år ' +
      '2020, genom att inte förlänga eller teckna nya inköpsavtal för sådana artiklar och ersätta med ' +
      'alternativ av biomassa',
    source: '002:302; 004:408-412 ends it with a full stop',
    recipients: vss2019(
      { round: 'august', status: 'notApplicable', source: '004:414' },
      {
        round: 'closing',
        status: 'done',
        comment:
          'Hanteras enligt Kommunledningsförvaltningens hanteringsordning för utfasning av engångsartiklar i plast.',
        source: '002:302',
      },
    ),
  },
  // Not in the August table (004): given later in the year.
  {
    key: 'centrala-forvaltningar',
    kind: 'additional',
    text:
      'Samtliga nämnder ska i samråd med kommunstyrelsen specificera kostnaderna för sina centrala ' +
      'förvaltningar och ta fram en åtgärdsplan för att minska dessa från och med år 2020.',
    source: '002:303',
    recipients: vss2019({
      round: 'closing',
      status: 'done',
      comment: 'Uppdraget hanterades i samband med budgetarbetet 2020.',
      source: '002:303',
    }),
  },
];

// 2020 ---------------------------------------------------------------------------------------------------

const BUDGET_2020 = 'Budget 2020 med plan för 2021-2023, kommunfullmäktige 28 maj';

/** Given to every board (KS's list); VSS says how it takes care of it, in its own wording of 001:1665-1682. */
const ksAndVss = (response: string, area: GoalAreaName | undefined, source: string): DemoRecipient[] => [
  { org: 'KS' },
  { org: 'VSS', response, area, responseSource: source },
];

const YEAR_2020: readonly DemoAssignment[] = [
  {
    key: 'cirkular-ekonomi',
    kind: 'common',
    text:
      'Uppdrag till samtliga nämnder och bolag att verka för en omställning till cirkulär ekonomi och ' +
      'delningsekonomi som omfattar Linköpings kommun såväl som organisation som plats.',
    decision: BUDGET_2020,
    source: '001:776; 001:1669',
    recipients: ksAndVss(
      'Inom Kontakt Linköpings ram, stödjer vi andra förvaltningars och organisationers initiativ genom aktiv ' +
        'informationsspridning',
      'Medborgare',
      '001:1670',
    ),
  },
  {
    key: 'obs-rapporten',
    kind: 'common',
    text:
      'Uppdrag till samtliga nämnder att beakta kommunens Nuläges- och trendrapport - Linköpings utmaningar ' +
      '(OBS-rapporten) och resultatjämförelser (Kommunens Kvalitet i Korthet och Resultatrapporten R9) i sitt ' +
      'budgetarbete.',
    decision: BUDGET_2020,
    source: '001:777; 001:1671 words it "Samtliga nämnder ska beakta …"',
    recipients: ksAndVss(
      'Förvaltningen har inte hanterat denna informationskälla i årets arbete',
      undefined,
      '001:1672',
    ),
  },
  {
    key: 'engangsartiklar-plast',
    kind: 'common',
    text:
      'Uppdrag till samtliga nämnder att minska användning och inköp av engångsartiklar i plast, samt inte ' +
      'förlänga eller teckna nya avtal för sådana produkter. I de fall engångsartiklar i plast inte kan ' +
      'undvikas ska inköpt plast bestå av förnybar eller återvunnen råvara i möjligaste mån.',
    decision: BUDGET_2020,
    source: '001:778; 001:1675',
    recipients: ksAndVss(
      'I samband med olika möte, aktiviteter försöker VSS hela tiden minska användandet av plast, men också ' +
        'användandet av andra engångsartiklar',
      'Verksamhet',
      '001:1676',
    ),
  },
  {
    key: 'koldioxidneutralt',
    kind: 'common',
    text:
      'Samtliga nämnder ska inarbeta och genomföra åtgärder i enlighet med handlingsplan för koldioxid-neutralt ' +
      'Linköping 2025 och enligt nämndernas handlingsplan utifrån kemikalieprogrammet.',
    decision: BUDGET_2020,
    source: '001:779; 001:1673 prints "koldioxidneutralt"',
    recipients: ksAndVss(
      'VSS driver mot digitala arbetssätt där digitala möten och dokumenthantering minskar behovet av resande. ' +
        'Vilket bidrar till minskad koldioxidutsläpp',
      'Medarbetare',
      '001:1674',
    ),
  },
  {
    key: 'uppfoljningsplan-avtal',
    kind: 'common',
    text:
      'Samtliga nämnder ska, i samarbete med upphandlingsfunktion, säkerställa att det inom upphandlade avtal ' +
      'finns en uppföljningsplan i enlighet med Rutiner för inköp och upphandling i Linköpings kommun och att ' +
      'uppföljningsplanen efterlevs.',
    decision: BUDGET_2020,
    source: '001:780; 001:1677',
    recipients: ksAndVss(
      'VSS driver inom förvaltningen att det ska finnas upphandlade leverantörer där det behövs, förvaltningen ' +
        'ska använda sig av upphandlade leverantörer för sina inköp och att det ska inköpas de produkter/tjänster ' +
        'som är upphandlade. Genom Ekonomiservice så driver vi också information/ utveckling för övriga delar ' +
        'inom kommunen',
      'Ekonomi',
      '001:1678',
    ),
  },
  {
    key: 'digitaliseringsinsatser',
    kind: 'common',
    text:
      'Samtliga nämnder ska ta fram handlingsplaner som anger prioriterade områden med konkreta ' +
      'digitaliseringsinsatser och dess effekter.',
    decision: BUDGET_2020,
    source: '001:781; 001:1679',
    recipients: ksAndVss(
      'VSS efterstavar hela tiden att digitalisera egna tjänsteprocesser och medverka i att digitalisera ' +
        'förvaltningarnas medborgartjänster. Goda exempel finns inom rekrytering, förvaltningens olika ' +
        'kundtjänster där det digitala mötet utvecklas och växer. Ledningsarbetet drivs med en digital ' +
        'dokumenthantering i gemensamma samarbetsrum och Skype erbjuds som alternativ för effektiva möten och ' +
        'minskade resor',
      'Verksamhet',
      '001:1680',
    ),
  },
  {
    key: 'kompetensforsorjning',
    kind: 'common',
    text:
      'Samtliga nämnder ska skapa nya vägar till kompetensförsörjning - förändra arbetssätt, organisation och ' +
      'bemanning - och vidta ytterligare åtgärder för att minska sjukfrånvaro och personalomsättning.',
    decision: BUDGET_2020,
    source: '001:782; 001:1681',
    recipients: ksAndVss(
      'Kontakt Linköping jobbar med att jobba med bemanningslösningar för att skapa både en god service och en ' +
        'hållbar arbetsmiljö där arbetstrycket är fördelat jämnt över tiden. I regelbunden uppföljning med ' +
        'samtliga verksamheter efterfrågas belastning på organisation och medarbetare. Det pågår ett aktivt ' +
        'arbete med att ta bort personberoenden, individuell och kollektiv kompetensutveckling',
      'Medarbetare',
      '001:1682',
    ),
  },
  {
    key: 'naringslivsutveckling',
    kind: 'board',
    text:
      'Uppdrag till kommunstyrelsen att revidera Strategisk inriktning för ökad näringslivsutveckling i ' +
      'Linköping. Uppdraget omfattar att fastställa principer för kommunens arbete med näringslivsutveckling ' +
      'och tillväxtfrågor.',
    decision: BUDGET_2020,
    source: '001:786',
    recipients: [{ org: 'KS' }],
  },
  {
    key: 'upphandlingsgrans',
    kind: 'board',
    text:
      'Uppdrag till kommunstyrelsen att utreda konsekvenserna av införandet av en lägre gräns för offentliga ' +
      'upphandlingar, samt hur lokala producenter kan ges större utrymme i den kommunala verksamheten. ' +
      'Uppdraget ska återrapporteras till kommunstyrelsen under 2020.',
    decision: BUDGET_2020,
    reportBackText: 'till kommunstyrelsen under 2020',
    source: '001:787',
    recipients: [{ org: 'KS' }],
  },
  {
    key: 'jamstalld-sponsring',
    kind: 'board',
    text:
      'Uppdrag till kommunstyrelsen att säkerställa att kommunkoncernen bedriver jämställd sponsring. ' +
      'Uppdraget ska återrapporteras till kommunstyrelsen under 2020.',
    decision: BUDGET_2020,
    reportBackText: 'till kommunstyrelsen under 2020',
    source: '001:788',
    recipients: [{ org: 'KS' }],
  },
];

// 2023 ---------------------------------------------------------------------------------------------------

const UNDER_2023 = 'till kommunstyrelsen under 2023';
const KS_VSS: readonly DemoRecipient[] = [{ org: 'KS' }, { org: 'VSS' }];

const common2023 = (number: number, text: string, reportBackText?: string): DemoAssignment => ({
  key: `gemensamt-${number}`,
  kind: 'common',
  number: String(number),
  text,
  reportBackText,
  source: `000:${473 + number}`,
  recipients: KS_VSS,
});

const YEAR_2023: readonly DemoAssignment[] = [
  common2023(
    1,
    'Samtliga nämnder ska fortsätta arbetet med kommunens totalförsvarsplanering och kommunens krigsorganisation.',
  ),
  common2023(
    2,
    'Samtliga nämnder ska inom ramen för sitt basuppdrag vidta åtgärder och intensifiera arbetet för att minska ' +
      'och motverka segregation samt bidra till samordningen av kommunens insatser avseende segregation och ' +
      'trygghetsskapande åtgärder.',
  ),
  common2023(
    3,
    'Samtliga nämnder ska vidta och genomföra åtgärder i enlighet arbetsmarknadsprogrammet med handlingsplan.',
  ),
  common2023(
    4,
    'Samtliga nämnder ska i enlighet med de politiska styrdokumenten prioritera, avsätta resurser och ' +
      'genomföra åtgärder inom ekologisk hållbarhet.',
  ),
  common2023(
    5,
    'Samtliga nämnder ska vidta och genomföra åtgärder i enlighet med näringslivsprogrammets fokusområden.',
  ),
  common2023(
    6,
    'Samtliga nämnder ska prioritera avtalsuppföljning utifrån ett risk- och väsentlighetsperspektiv för att ' +
      'förebygga välfärdsbrottslighet samt fusk och oegentligheter.',
  ),
  common2023(
    7,
    'Samtliga nämnder ska i sin planering inarbeta åtgärder utifrån OBS-rapport och resultatjämförelser med ' +
      'andra kommuner.',
  ),
  common2023(
    8,
    'Samtliga nämnder ska öka användandet av digitaliseringens möjligheter för förbättrad service till ' +
      'medborgare samt fortsatt verksamhetsutveckling och effektivisering.',
  ),
  common2023(9, 'Samtliga nämnder ska vidta åtgärder för att stärka chefers förutsättningar.'),
  common2023(10, 'Samtliga nämnder ska vidta åtgärder för att minska personalomsättningen.'),
  common2023(11, 'Samtliga nämnder ska vidta åtgärder för att minska sjukfrånvaro.'),
  common2023(
    12,
    'Samtliga nämnder får uppdraget att inhämta medarbetarnas perspektiv på sina arbetsmiljöer, utifrån ' +
      'målsättningen att minska sjuktal och utveckla arbetsmiljöerna i kommunen och med detta som grund-komma ' +
      'med förslag på insatser som förbättrar arbetsmiljön. Uppdraget ska återrapporteras till kommunstyrelsen ' +
      'under 2023.',
    UNDER_2023,
  ),
  {
    key: 'genomlysning',
    kind: 'board',
    number: '1',
    text:
      'Barn- och ungdomsnämnden, bildningsnämnden, bygg- och miljönämnden, kommunstyrelsen (Verksamhetsstöd och ' +
      'service) och samhällsbyggnadsnämnden ska genomföra en genomlysning av den centrala ' +
      'förvaltningsorganisationen för att identifiera och föreslå kostnadsreducerande åtgärder. Inriktningen är ' +
      'att kärnverksamhet ska prioriteras framför central förvaltningsadministration. Uppdraget ska ' +
      'återrapporteras till kommunstyrelsen under 2023.',
    reportBackText: UNDER_2023,
    source: '000:489',
    recipients: [{ org: 'BUN' }, { org: 'BIN' }, { org: 'BMN' }, { org: 'VSS' }, { org: 'SBN' }],
  },
  // Given to KS (VSS), "i samverkan med" the other boards: VSS alone answers for it.
  {
    key: 'koksutredning',
    kind: 'board',
    number: '2',
    text:
      'Kommunstyrelsen (Verksamhetsstöd och service) ska i samverkan med barn- och ungdomsnämnden, ' +
      'bildningsnämnden och äldrenämnden samt berörda nämnder genomföra en köksutredning och bedömning av ' +
      'kökslokaler. I uppdraget ingår att utarbeta förslag till inriktning för en framtida köksstruktur för ' +
      'fortsatt kvalitet samt optimalt nyttjande av kapacitet och resurser i behovet av tillagnings- och ' +
      'mottagningskök. Uppdraget ska återrapporteras till kommunstyrelsen under 2023.',
    reportBackText: UNDER_2023,
    source: '000:490',
    recipients: [{ org: 'VSS' }],
  },
];

// Records ------------------------------------------------------------------------------------------------

export function demoAssignmentLists(): Pick<
  DataPackageInput,
  'strategicAssignments' | 'assignmentRecipients' | 'assignmentStatuses'
> {
  const strategicAssignments: AssignmentRecord[] = [];
  const assignmentRecipients: RecipientRecord[] = [];
  const assignmentStatuses: StatusRecord[] = [];
  for (const [year, assignments] of [
    [2019, YEAR_2019],
    [2020, YEAR_2020],
    [2023, YEAR_2023],
  ] as const) {
    const sortOrders = new Map<Kind, number>();
    for (const assignment of assignments) {
      const sortOrder = sortOrders.get(assignment.kind) ?? 0;
      sortOrders.set(assignment.kind, sortOrder + 1);
      const id = demoId(`assignment:${year}:${assignment.key}`);
      strategicAssignments.push({
        id,
        year,
        kind: assignment.kind,
        number: assignment.number ?? null,
        text: assignment.text,
        decision: assignment.decision ?? null,
        reportBackText: assignment.reportBackText ?? null,
        sortOrder,
        source: assignment.source,
      });
      for (const recipient of assignment.recipients) {
        const recipientId = demoId(`assignment-recipient:${year}:${assignment.key}:${recipient.org}`);
        assignmentRecipients.push({
          id: recipientId,
          assignmentId: id,
          orgUnit: recipient.org,
          response: recipient.response ?? null,
          goalAreaId: recipient.area ? goalAreaId(recipient.area) : null,
          source: recipient.responseSource ?? null,
        });
        for (const status of recipient.statuses ?? []) {
          assignmentStatuses.push({
            id: demoId(`assignment-status:${year}:${assignment.key}:${recipient.org}:${status.round}`),
            recipientId,
            reportingRoundId: roundId({ year, kind: status.round }),
            status: status.status,
            comment: status.comment ?? null,
            source: status.source,
          });
        }
      }
    }
  }
  return { strategicAssignments, assignmentRecipients, assignmentStatuses };
}
