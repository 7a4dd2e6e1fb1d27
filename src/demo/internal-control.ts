/**
 * Internal control of VSS 2019 as the seed documents report it (docs/adr/0025-internal-control.md): each
 * unit's kontrollmoment and their results in the August round (VSS delårsrapport 31 augusti 2019,
 * 004:426-471) and at the closing (VSS verksamhetsberättelse 2019, 002:325-341), the findings in the
 * documents' words, and the common controls of the personnel area set on VSS for every unit under it.
 *
 * The seeds give no internkontrollplan table, no risk scores, owners or deadlines (domain.md §2.6): the
 * result levels follow the documents' words ("fungerar bra", "delvis tillfredsställande",
 * "otillfredsställande"); where a document names no level, or an action's owner and deadline, they are
 * design data, and `source` says so. Ekonomiservice's small risk analysis is design data throughout: the
 * seeds name only "riskvärden". The seed lines are in `source`, never in what readers see.
 */
import type { DataPackageInput } from '#modules/data-package/contract.ts';
import { roundId } from './builders.ts';
import { demoId } from './demo-id.ts';

type Records<K extends keyof DataPackageInput> = NonNullable<DataPackageInput[K]>;
type AnalysisRecord = Records<'riskAnalyses'>[number];
type RiskRecord = Records<'risks'>[number];
type ControlRecord = Records<'controls'>[number];
type ResultRecord = Records<'controlResults'>[number];
type ActionRecord = Records<'controlActions'>[number];
type Level = 'noDeficiencies' | 'satisfactory' | 'partlySatisfactory' | 'unsatisfactory';
type Frequency = 'monthly' | 'quarterly' | 'twiceAYear' | 'yearly' | 'continuous';

const YEAR = 2019;
const DESIGN = 'designdata, ej i underlagen';

interface DemoAction {
  readonly what: string;
  readonly owner: string;
  readonly deadline: string;
  readonly status: 'open' | 'inProgress' | 'done';
  readonly closedDate?: string;
}

interface DemoResult {
  readonly level: Level;
  /** The findings as the documents write them. */
  readonly findings: string;
  readonly source: { readonly august: string; readonly closing: string };
  readonly actions?: readonly DemoAction[];
}

interface DemoControl {
  readonly key: string;
  readonly org: string;
  readonly title: string;
  readonly checked?: string;
  readonly frequency?: Frequency;
  readonly responsible?: string;
  readonly common?: boolean;
  readonly carryForward?: boolean;
  readonly risk?: string;
  readonly source: string;
  readonly result: DemoResult;
}

const both = (august: string, closing: string) => ({ august, closing });

const CONTROLS: readonly DemoControl[] = [
  // Ekonomiservice (002:327; 004:427-433).
  {
    key: 'eks-leverantor',
    org: 'VSS-EKS',
    title: 'Leverantörsförändringar i Agresso',
    checked: 'Att ändringar av leverantörers betalinformation i Agresso är korrekta',
    frequency: 'twiceAYear',
    responsible: 'Enhetschef Ekonomiservice',
    risk: 'eks-betalinfo',
    source: '002:327; 004:427-429',
    result: {
      level: 'noDeficiencies',
      findings:
        'Kontrollen av leverantörsförändringar i Agresso visar att rutinerna fungerar bra och att betalinfon till leverantörerna är korrekt.',
      source: both('004:427-429', '002:327'),
    },
  },
  {
    key: 'eks-sakerhet',
    org: 'VSS-EKS',
    title: 'Säkerhetsparametrar i Agresso',
    checked: 'Ändringar av säkerhetsparametrar i ekonomisystemet',
    frequency: 'twiceAYear',
    responsible: 'Enhetschef Ekonomiservice',
    risk: 'eks-behorighet',
    source: '002:327; 004:429-430',
    result: {
      level: 'noDeficiencies',
      findings:
        'Inga ändringar av säkerhetsparametrarna har gjorts under 2019, utan förändringar har endast varit kopplade till uppgradering av ekonomisystemet.',
      source: both('004:429-430', '002:327'),
    },
  },
  {
    key: 'eks-beslutsattest',
    org: 'VSS-EKS',
    title: 'Beslutsattester',
    checked:
      'Att beslutsattestansökningar har delegatens namnteckning och att delegationsbesluten är registrerade',
    frequency: 'twiceAYear',
    responsible: 'Enhetschef Ekonomiservice',
    risk: 'eks-attest',
    source: '002:327; 004:430-433',
    result: {
      level: 'partlySatisfactory',
      findings:
        'Resultatet bedöms som delvis tillfredsställande beroende på att i vissa fall saknas delegaters namnteckning på beslutsattestansökan, samt att kontroller försvåras då behörighet saknas till andra nämnders diarier där delegationsbeslut kring beslutsattester ska registreras.',
      source: both('004:430-433', '002:327'),
      actions: [
        {
          what: 'Påminna delegaterna om att underteckna beslutsattestansökan och begära läsbehörighet till nämndernas diarier',
          owner: 'Enhetschef Ekonomiservice',
          deadline: '2020-03-31',
          status: 'inProgress',
        },
      ],
    },
  },
  // HR service (002:329; 004:435-439): "får vara kvar oförändrade till 2020".
  {
    key: 'hrs-inkopskort',
    org: 'VSS-HRS',
    title: 'Hantering av inköpskort',
    checked: 'Kvitton och inköp från ramavtalsleverantörer',
    frequency: 'twiceAYear',
    responsible: 'Enhetschef HR service',
    carryForward: true,
    source: '002:329; 004:435-436',
    result: {
      level: 'partlySatisfactory',
      findings:
        'Kontrollen av HR service hantering av inköpskort visar att vissa brister finns beträffande förekomsten av kvitton samt inköp från icke ramavtalsleverantörer där sådana finns.',
      source: both('004:435-436', '002:329'),
      actions: [
        {
          what: 'Påminna kortinnehavarna om kvitton och om att handla från ramavtalsleverantörer',
          owner: 'Enhetschef HR service',
          deadline: '2020-02-28',
          status: 'done',
          closedDate: '2020-02-20',
        },
      ],
    },
  },
  {
    key: 'hrs-heroma',
    org: 'VSS-HRS',
    title: 'Signering i Heroma',
    frequency: 'monthly',
    responsible: 'Enhetschef HR service',
    carryForward: true,
    source: '002:329; 004:437-438',
    result: {
      level: 'noDeficiencies',
      findings: 'Rutinen för signering i Heroma fungerar bra.',
      source: both('004:437-438', '002:329'),
    },
  },
  {
    key: 'hrs-flextid',
    org: 'VSS-HRS',
    title: 'Underlag för flextidsstämplingar',
    frequency: 'monthly',
    responsible: 'Enhetschef HR service',
    carryForward: true,
    source: '002:329; 004:438-439',
    result: {
      level: 'partlySatisfactory',
      findings:
        'Kontroll av underlag för flextidsstämplingar kräver en ny rutin som införs där enhetschef signerar. Slutsatsen av kontrollerna är delvis tillfredsställande och att kontrollmomenten får vara kvar oförändrade till 2020.',
      source: both('004:438-439', '002:329'),
      actions: [
        {
          what: 'Införa en rutin där enhetschef signerar underlagen för flextidsstämplingar',
          owner: 'Enhetschef HR service',
          deadline: '2019-12-31',
          status: 'done',
          closedDate: '2019-12-16',
        },
      ],
    },
  },
  // Kontakt Linköping (002:331; 004:441-444).
  {
    key: 'kl-matningar',
    org: 'VSS-KL',
    title: 'Mätningar av belastningsmönster och kundnöjdhet',
    frequency: 'continuous',
    responsible: 'Enhetschef Kontakt Linköping',
    source: '002:331; 004:441-444',
    result: {
      level: 'satisfactory',
      findings:
        'Kontakt Linköping har utfört planerade mätningar beträffande belastningsmönster och kundnöjdhet. För mätperioden april till augusti har 105 068 ärenden registrerats, varav merparten, 77 % är via telefon. Kundnöjdhet har mätts genom 2 350 enkäter och högst resultat erhålls för engagemang (82 %) och generell nöjdhet (77 %). Lägst procent har uppklarning (66 %).',
      source: both('004:441-444', '002:331'),
    },
  },
  // LKDATA (002:333; 004:446-457): "får kvarstå till kommande års internkontroll".
  {
    key: 'lkd-change',
    org: 'VSS-LKD',
    title: 'Change- och releaseprocessen',
    frequency: 'continuous',
    responsible: 'Enhetschef LKDATA',
    carryForward: true,
    source: '002:333; 004:446-447, 451-453',
    result: {
      level: 'partlySatisfactory',
      findings:
        'Rutiner för change- och releaseprocesserna kommer att ses över hösten 2019. Rutin mellan PM3 och Change är under framtagande. Vissa förändringsarbeten sker utanför Changeprocessen då den upplevs som administrativt tung och inte ger det stöd som önskas.',
      source: both('004:446-447, 451-453', '002:333'),
      actions: [
        {
          what: 'Se över rutinerna för change- och releaseprocesserna',
          owner: 'Enhetschef LKDATA',
          deadline: '2019-12-31',
          status: 'done',
          closedDate: '2019-12-10',
        },
      ],
    },
  },
  {
    key: 'lkd-pm3',
    org: 'VSS-LKD',
    title: 'Ekonomirutiner kopplade till PM3',
    frequency: 'twiceAYear',
    responsible: 'Enhetschef LKDATA',
    carryForward: true,
    source: '002:333; 004:447-448',
    result: {
      level: 'partlySatisfactory',
      findings:
        'Enhetens interna rutiner beträffande ekonomi kopplat till PM3 behöver revideras och anpassas till den kommungemensamma lösningen som är under framtagande.',
      source: both('004:447-448', '002:333'),
      actions: [
        {
          what: 'Revidera rutinerna för ekonomi kopplat till PM3 och anpassa dem till den kommungemensamma lösningen',
          owner: 'Enhetschef LKDATA',
          deadline: '2020-06-30',
          status: 'open',
        },
      ],
    },
  },
  {
    key: 'lkd-leverantor',
    org: 'VSS-LKD',
    title: 'Leverantörshantering',
    frequency: 'twiceAYear',
    responsible: 'Enhetschef LKDATA',
    carryForward: true,
    source: '002:333; 004:448-450',
    result: {
      level: 'satisfactory',
      findings:
        'När det gäller leverantörshantering sker en löpande bevakning under året. Uppföljning görs två gånger per år och visar att processen fungerar. Volymen avtal inom PM3 är dock fortfarande begränsad.',
      source: both('004:448-450', '002:333'),
    },
  },
  {
    key: 'lkd-resurs',
    org: 'VSS-LKD',
    title: 'Resursförsörjning',
    frequency: 'twiceAYear',
    responsible: 'Enhetschef LKDATA',
    carryForward: true,
    source: '002:333; 004:454-457',
    result: {
      level: 'partlySatisfactory',
      findings:
        'Kontroll av resursförsörjningen visar ett stort rekryteringsbehov och det är svårt att rekrytera rätt personer kopplat till det rådande marknadsläget. Fördelning av uppdrag via PULS möten och planering i Antura fungerar relativt bra, men ibland sker fördelning utanför systemet och gruppchefer uppger att de saknar översikt. Slutsats av kontrollerna är att momenten fortfarande är aktuella och får kvarstå till kommande års internkontroll.',
      source: both('004:454-457', '002:333'),
      actions: [
        {
          what: 'Fördela uppdrag i Antura så att gruppcheferna får översikt',
          owner: 'Enhetschef LKDATA',
          deadline: '2020-03-31',
          status: 'open',
        },
      ],
    },
  },
  // Stadsarkivet (002:335; 004:459-460): "visar inga brister".
  ...(
    [
      ['arkiv-inkopskort', 'Rutiner kring inköpskort'],
      ['arkiv-lokaler', 'Säkerhet i verksamhetslokaler'],
      ['arkiv-komga', 'Personalens stämplingar i Kom & Gå'],
      ['arkiv-lon', 'Underlag till löneutbetalning'],
    ] as const
  ).map(
    ([key, title]): DemoControl => ({
      key,
      org: 'VSS-ARKIV',
      title,
      frequency: 'twiceAYear',
      responsible: 'Stadsarkivarie',
      source: '002:335; 004:459-460',
      result: {
        level: 'noDeficiencies',
        findings:
          'Stadsarkivets kontroller beträffande rutiner kring inköpskort, säkerhet i verksamhetslokaler, kontroll kring personalens stämplingar i Kom & Gå och kontroll av underlag till löneutbetalning visar inga brister.',
        source: both('004:459-460', '002:335'),
      },
    }),
  ),
  // Common controls of the personnel area, set on VSS for every unit (002:337-341; 004:462-471); VSS reports them.
  {
    key: 'gem-introduktion',
    org: 'VSS',
    title: 'God introduktion och professionella avslut',
    checked: 'Introduktionsprogram med uppföljning för nya medarbetare; avgångssamtal och tjänstgöringsbetyg',
    frequency: 'yearly',
    responsible: 'Förvaltningens HR-strateg',
    common: true,
    source: '002:337-339; 004:462-466',
    result: {
      level: 'satisfactory',
      findings:
        'Kontrollen visar att nya medarbetare får ett introduktionsprogram av chef samt har uppföljning av introduktionen. I enstaka fall verkar dock introduktionen ha vissa brister. Medarbetare som avslutar sin anställning har avgångssamtal med sin chef och erhåller tjänstgöringsbetyg. Resultatet bedöms som tillfredsställande men att viss förbättring bör kunna ske beträffande medarbetarnas introduktion i vissa fall.',
      source: both('004:462-466', '002:337-339'),
    },
  },
  {
    key: 'gem-utanordning',
    org: 'VSS',
    title: 'Chefers signering av utanordningslistor',
    frequency: 'monthly',
    responsible: 'Förvaltningens controller',
    common: true,
    source: '002:341; 004:468',
    result: {
      level: 'satisfactory',
      findings:
        'Den månadsvisa kontrollen av chefers signering av utanordningslistor fungerar tillfredsställande.',
      source: both('004:468', '002:341'),
    },
  },
  {
    key: 'gem-flextid',
    org: 'VSS',
    title: 'Underlag för flextidsstämplingar',
    frequency: 'monthly',
    responsible: 'Förvaltningens HR-strateg',
    common: true,
    carryForward: true,
    source: '002:341; 004:469-471',
    result: {
      level: 'unsatisfactory',
      findings:
        'Kontroll av underlag av flextidsstämplingar visar ett otillfredsställande resultat både vad gäller att anställda med flextidsavtal erhåller tjänstgöringsrapporten samt att tjänstgöringsrapporten signeras. Rutinen behöver ses över och förbättras.',
      source: both('004:469-471', '002:341'),
      actions: [
        {
          what: 'Se över och förbättra rutinen för tjänstgöringsrapporter för anställda med flextidsavtal',
          owner: 'Förvaltningens HR-strateg',
          deadline: '2020-04-30',
          status: 'open',
        },
      ],
    },
  },
];

/** Ekonomiservice's risk analysis 2019: design data (the seeds have no scores), tied to its three controls. */
const ANALYSIS = {
  key: 'eks-2019',
  org: 'VSS-EKS',
  date: '2019-01-24',
  participants: 'Enhetschef och medarbetare på Ekonomiservice, förvaltningens internkontrollsamordnare',
  considered: ['goals', 'laws', 'steeringDocuments', 'processes'] as const,
  consideredOther: 'Kommunens attestreglemente',
};

const RISKS: readonly (Omit<RiskRecord, 'id' | 'analysisId' | 'source'> & { key: string })[] = [
  {
    key: 'eks-attest',
    process: 'Beslutsattester',
    description:
      'Beslutsattester registreras utan delegatens namnteckning eller utan registrerat delegationsbeslut',
    probability: 3,
    consequence: 3,
    response: 'control',
    escalatedTo: null,
  },
  {
    key: 'eks-betalinfo',
    process: 'Leverantörsregister',
    description: 'Felaktig betalinformation leder till utbetalning till fel mottagare',
    probability: 2,
    consequence: 4,
    response: 'control',
    escalatedTo: null,
  },
  {
    key: 'eks-behorighet',
    process: 'Ekonomisystemet',
    description: 'Obehöriga ändringar av behörigheter och säkerhetsparametrar i Agresso',
    probability: 1,
    consequence: 4,
    response: 'control',
    escalatedTo: null,
  },
  {
    key: 'eks-diarier',
    process: 'Delegationsbeslut',
    description:
      'Kontroller av beslutsattester försvåras då behörighet saknas till andra nämnders diarier där delegationsbesluten registreras',
    probability: 3,
    consequence: 2,
    response: 'escalate',
    escalatedTo: 'VSS',
  },
];

export function demoInternalControlLists(): Pick<
  DataPackageInput,
  'riskAnalyses' | 'risks' | 'controls' | 'controlResults' | 'controlActions'
> {
  const analysisId = demoId(`risk-analysis:${YEAR}:${ANALYSIS.key}`);
  const riskAnalyses: AnalysisRecord[] = [
    {
      id: analysisId,
      orgUnit: ANALYSIS.org,
      year: YEAR,
      date: ANALYSIS.date,
      participants: ANALYSIS.participants,
      considered: [...ANALYSIS.considered],
      consideredOther: ANALYSIS.consideredOther,
      source: DESIGN,
    },
  ];
  const risks: RiskRecord[] = RISKS.map(({ key, ...risk }) => ({
    ...risk,
    id: demoId(`risk:${YEAR}:${key}`),
    analysisId,
    source: DESIGN,
  }));
  const rounds = {
    august: roundId({ year: YEAR, kind: 'august' }),
    closing: roundId({ year: YEAR, kind: 'closing' }),
  };
  const controls: ControlRecord[] = [];
  const controlResults: ResultRecord[] = [];
  const controlActions: ActionRecord[] = [];
  const sortOrders = new Map<string, number>();
  for (const control of CONTROLS) {
    const sortOrder = sortOrders.get(control.org) ?? 0;
    sortOrders.set(control.org, sortOrder + 1);
    const id = demoId(`control:${YEAR}:${control.key}`);
    controls.push({
      id,
      orgUnit: control.org,
      year: YEAR,
      title: control.title,
      checked: control.checked ?? null,
      method: null,
      sample: null,
      frequency: control.frequency ?? null,
      responsible: control.responsible ?? null,
      reportingRoundIds: [rounds.august, rounds.closing],
      riskId: control.risk ? demoId(`risk:${YEAR}:${control.risk}`) : null,
      common: control.common ?? false,
      carryForward: control.carryForward ?? false,
      previousControlId: null,
      sortOrder,
      source: `${control.source}; frekvens och ansvarig: ${DESIGN}`,
    });
    for (const kind of ['august', 'closing'] as const) {
      const resultId = demoId(`control-result:${YEAR}:${control.key}:${kind}`);
      controlResults.push({
        id: resultId,
        controlId: id,
        reportingRoundId: rounds[kind],
        orgUnit: control.org,
        result: control.result.level,
        findings: `<p>${control.result.findings}</p>`,
        sampleSize: null,
        deviations: null,
        source: control.result.source[kind],
      });
      // Each result that needs action has its own: both documents report the same deficiency.
      for (const [index, action] of (control.result.actions ?? []).entries()) {
        controlActions.push({
          id: demoId(`control-action:${YEAR}:${control.key}:${kind}:${index}`),
          resultId,
          what: action.what,
          owner: action.owner,
          deadline: action.deadline,
          status: action.status,
          closedDate: action.status === 'done' ? (action.closedDate ?? null) : null,
          source: `åtgärdens ansvarig, datum och status: ${DESIGN}`,
        });
      }
    }
  }
  return { riskAnalyses, risks, controls, controlResults, controlActions };
}
