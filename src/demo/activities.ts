/**
 * The verksamhetsplan activities of VSS's förvaltningsbudget 2020 (seed 001:1540-1663, the tables
 * "Förvaltningsindikator | Målvärde 2020 | Aktivitet | Slutfört"), transcribed row by row with their line as
 * `source`. Each activity is in VSS's plan for 2020, VSS responsible, under the goal it stands under in 001:
 *
 * - the seven förvaltningsmål that carry the name of a Kommunstyrelsen nämndmål of 2020 (ks-2020.ts) stand
 *   under that KS goal ("Kostnadseffektiv verksamhet", "Goda arbetsplatser" …);
 * - the six VSS förvaltningsmål that KS does not have ("Hög tillgänglighet i Kontakt Linköping" …) are
 *   added here as VSS goals of 2020, named and sourced as printed, without the förvaltningsindikatorer;
 * - the two activities under the förvaltningsmål printed without a name (001:1560-1564, under "Stark
 *   gemenskap och människor i arbete") are left out: there is no goal to put them under.
 *
 * "Slutfört" is read as printed: "Q1 2020" a quarter of 2020, "Q1" a quarter of the plan's year, "Jan 2020"
 * and "April 2020" months, "Tertial 2" a tertial, "Q4 2019." (001:1585-1586) the fourth quarter of 2019.
 * "Le-anLink" (001:1608) is a word the PDF conversion split and is joined ("LeanLink"). No statuses: the
 * seeds print none for these activities.
 */
import type { DataPackageInput } from '#modules/data-package/contract.ts';
import { goalId, municipalGoalId } from './builders.ts';
import { demoId } from './demo-id.ts';
import { KS_2020 } from './ks-2020.ts';
import { MUNICIPAL_GOALS_2020 } from './municipal-goals.ts';

type Records<K extends keyof DataPackageInput> = NonNullable<DataPackageInput[K]>;
type ActivityRecord = Records<'activities'>[number];
type GoalRecord = Records<'goals'>[number];

/** A goal the activities stand under: KS's of 2020, or VSS's own förvaltningsmål added here. */
type DemoGoal =
  | { readonly ks: string }
  | { readonly vss: string; readonly municipalGoal: string; readonly source: string };

interface DemoPlanGoal {
  readonly goal: DemoGoal;
  /** Line, activity and Slutfört as printed. */
  readonly rows: readonly (readonly [number, string, string])[];
}

const WELFARE = 'Välfärdstjänster med hög kvalitet, tillgänglighet och individen i centrum';
const ORGANISATION = 'Effektiv organisation med goda resultat';

const PLAN: readonly DemoPlanGoal[] = [
  {
    goal: { vss: 'Hög tillgänglighet i Kontakt Linköping', municipalGoal: WELFARE, source: '001:1540' },
    rows: [
      [1543, 'Ökad kompetens hos samhällsvägledarna, som ger kortare och effektivare kundmöten', 'Q1 2020'],
      [1544, 'Förbättrad information på webbar och diskar som minskar antalet ärenden', 'Q3 2020'],
      [
        1545,
        'Gemensam digitalisering av olika ärenden som minskar ärendeflödet och ökar möjligheten till stabil svarsservice',
        'Q4 2020',
      ],
      [1546, 'Förbättrad användning av användande av TRIO', 'Q2 2020'],
      [1547, 'Fördjupat samarbete med förvaltningarna', 'Q2 2020'],
    ],
  },
  {
    goal: {
      vss: 'Utvecklad kanalstrategi för medborgartjänster',
      municipalGoal: WELFARE,
      source: '001:1551',
    },
    rows: [
      [1554, 'Kanalstrategi 1.0 förankrad i kommunledningsgruppen', 'Q1 2020'],
      [1555, 'Ökat antal studebesök – genom marknadsföringsinsatser', 'Q4 2020'],
      [1556, 'Ökat antal forskarbesök – genom förbättrad samverkan med akademien', 'Q4 2020'],
    ],
  },
  {
    goal: { ks: 'Kostnadseffektiv verksamhet' },
    rows: [
      [1575, 'Framtagen modell', 'Jan 2020'],
      [1577, 'Förankrad modell', 'Q1 2020'],
      [1578, 'Budgetunderlag till samtliga förvaltningar inför budgetarbete 2021', 'Q2 2020'],
      [1579, 'Framtagen modell', 'Q1 2020'],
      [1580, 'Förankrad modell', 'Q1 2020'],
    ],
  },
  {
    goal: { ks: 'Korrekta och effektiva inköp' },
    rows: [
      [1585, 'Utbildning av medarbetare samt aktiv uppföljning', 'Q4 2019.'],
      [1586, 'Utbildning av medarbetare samt aktiv uppföljning', 'Q4 2019.'],
    ],
  },
  {
    goal: { ks: 'God ekonomisk kontroll' },
    rows: [[1593, 'Löpande uppföljningar på verksamhetsnivå', 'Löpande under året']],
  },
  {
    goal: {
      vss: 'Framtagande av en tjänstekatalog och tjänsteportal',
      municipalGoal: ORGANISATION,
      source: '001:1601',
    },
    rows: [
      [1604, 'Enhetlig modell framtagen för att beskriva interna servicetjänster', 'Q1 2020'],
      [1605, 'Samtliga tjänster presenterade på ett enhetligt sätt', 'Q1 2020'],
      [1606, 'Samtliga tjänster har frågor och svar och de är skrivna på ett kundanpassat sätt', 'Q2 2020'],
      [
        1607,
        'Samtliga tjänster visualiseras i en enhetlig tjänsteportal, FAQ kopplade till respektive tjänst',
        'Q3 2020',
      ],
      [
        1608,
        'Föra dialog med andra tjänstleverantörer inom Linköpings kommun som LeanLink/ Lejonfastigheter',
        'Q4 2020',
      ],
    ],
  },
  {
    goal: {
      vss: 'Kundsamverkan genom dialoger, enkäter och fokusgrupper',
      municipalGoal: ORGANISATION,
      source: '001:1610',
    },
    rows: [
      [1613, 'Dialoger med förvaltningar', 'April 2020'],
      [1614, 'Dialoger med samtliga funktionsansvariga direktörer', 'April 2020'],
      [1615, 'Enhetliga enkäter framtagna, enhetliga frågor, bedömningsskala', 'Q1 2020'],
      [1616, 'Regelbundna mätningar startade', 'Q2 2020'],
    ],
  },
  {
    goal: { vss: 'Tjänsteutveckling', municipalGoal: ORGANISATION, source: '001:1618' },
    rows: [
      [1621, 'Uppföljning av strategiska dialoger med kunder och uppdragsgivare', 'Q1 2020'],
      [1622, 'Uppföljning av kundenkäter och användargrupper', 'Q2 2020'],
      [1623, 'Process framtagen för ta fram nya tjänster', 'Q3 2020'],
      [1624, 'Nya tjänster framtagna utifrån ett systematiskt förbättringsarbete', 'Q4 2020'],
    ],
  },
  {
    goal: { vss: 'Styrning av tjänsteproduktion', municipalGoal: ORGANISATION, source: '001:1626' },
    rows: [
      [1629, 'Etablera en visuell produktionsplanerings översikt', 'Q1 2020'],
      [1630, 'Infördigital Leantavla på VSS nivå', 'Q2 2020'],
      [1631, 'Uppföljning kopplat till tjänster', 'Q2 2020'],
    ],
  },
  {
    goal: { ks: 'Hög digitaliseringsgrad' },
    rows: [
      [1636, 'Utbildade servicevägledare', 'Q1'],
      [1637, 'Etablerad chattfunktion', 'Q1'],
      [1638, 'Marknadsföring av chattfunktion', 'Q4'],
      [1639, 'Utvecklingsarbete av AI funktionalitet i nära samverkan med chattfunktionen', 'Q2'],
      [1640, 'Första tester med dialogbaserad AI med "mänsklig övervakning"', 'Q3'],
      [1641, 'Succesiv driftsättning av dialogbaserad AI', 'Q4'],
    ],
  },
  {
    goal: { ks: 'Goda arbetsplatser' },
    rows: [
      [
        1650,
        'Gemensam aktivitet kring kommunens kärnvärden för att skapa en starkare känsla inom förvaltningen.',
        'Tertial 2',
      ],
      [
        1651,
        'Förbättra internkommunikationen för att främja gemensamma arbetssätt och nå en utökad samverkan inom förvaltningen.',
        'Tertial 3',
      ],
      [
        1652,
        'Arbeta med framtida lokalutformning för förvaltningen med ett aktivitets- och funktionsbaserat arbetssätt.',
        'Tertial 3',
      ],
      [
        1653,
        'Införa gemensamma metoder och systematik för utveckling och uppföljning av arbetsmiljöarbetet.',
        'Tertial 2',
      ],
    ],
  },
  {
    goal: { ks: 'Framgångsrikt chef- och ledarskap' },
    rows: [[1658, 'Fortsatt arbete med chefers förutsättningar utifrån framtagna rapporter.', 'Tertial 3']],
  },
  {
    goal: { ks: 'Nya vägar för (tryggad) kompetensförsörjning' },
    rows: [
      [
        1663,
        'Arbeta med nya vägar till kompetensförsörjning genom bland annat breddad rekrytering, förbättrad introduktion, gemensam kompetensutveckling och nya sätt att organisera arbetet.',
        'Tertial 3',
      ],
    ],
  },
];

const MONTHS: Readonly<Record<string, number>> = { Jan: 1, April: 4 };

/** "Slutfört" as printed, as the activity's completion fields; throws on anything it cannot read. */
export function readCompletion(
  printed: string,
): Pick<ActivityRecord, 'completionKind' | 'completionYear' | 'completionNumber'> {
  if (printed === 'Löpande under året') {
    return { completionKind: 'ongoing', completionYear: null, completionNumber: null };
  }
  const quarter = /^Q([1-4])(?: (\d{4})\.?)?$/.exec(printed);
  if (quarter) {
    return {
      completionKind: 'quarter',
      completionYear: quarter[2] ? Number(quarter[2]) : null,
      completionNumber: Number(quarter[1]),
    };
  }
  const tertial = /^Tertial ([1-3])$/.exec(printed);
  if (tertial) {
    return { completionKind: 'tertial', completionYear: null, completionNumber: Number(tertial[1]) };
  }
  const month = /^(\p{L}+) (\d{4})$/u.exec(printed);
  const number = month ? MONTHS[month[1] ?? ''] : undefined;
  if (month && number !== undefined) {
    return { completionKind: 'month', completionYear: Number(month[2]), completionNumber: number };
  }
  throw new Error(`Unreadable Slutfört: ${printed}`);
}

const vssGoalId = (name: string) => demoId(`goal:VSS:2020:${name}`);

/** VSS's 2020 verksamhetsplan: its own förvaltningsmål that KS lacks, and every activity. */
export function demoActivityLists(): Pick<DataPackageInput, 'goals' | 'activities'> {
  const goals: GoalRecord[] = [];
  const activities: ActivityRecord[] = [];
  for (const { goal, rows } of PLAN) {
    let id: string;
    if ('ks' in goal) {
      id = goalId(KS_2020, goal.ks);
    } else {
      id = vssGoalId(goal.vss);
      goals.push({
        id,
        orgUnit: 'VSS',
        municipalGoalId: municipalGoalId(MUNICIPAL_GOALS_2020.key, goal.municipalGoal),
        parentGoalId: null,
        name: goal.vss,
        validFromYear: 2020,
        validToYear: 2020,
        sortOrder: goals.length,
        source: goal.source,
      });
    }
    for (const [line, text, printed] of rows) {
      activities.push({
        id: demoId(`activity:VSS:2020:${line}`),
        orgUnit: 'VSS',
        responsibleUnit: 'VSS',
        year: 2020,
        goalId: id,
        text,
        ...readCompletion(printed),
        sortOrder: activities.length,
        source: `001:${line}`,
      });
    }
  }
  return { goals, activities };
}

/** The package with VSS's 2020 verksamhetsplan added: its goals after the others, and the activities. */
export function withDemoActivities(pkg: DataPackageInput): DataPackageInput {
  const { goals, activities } = demoActivityLists();
  return { ...pkg, goals: [...(pkg.goals ?? []), ...(goals ?? [])], activities };
}
