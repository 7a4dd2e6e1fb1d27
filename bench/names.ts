/**
 * Swedish-looking names for the synthetic municipality: boards, administrations, divisions, units, goals,
 * indicators and assessment texts. Lists are cycled (with a number added) when the scale asks for more.
 */
import type { DesiredDirection } from './verksam.ts';

export const MUNICIPALITY = { code: 'STORKOPING', name: 'Storköpings kommun' };

export interface BoardName {
  readonly code: string;
  readonly name: string;
  /** The board's own administration (förvaltning). */
  readonly administration: string;
}

export const BOARDS: readonly BoardName[] = [
  { code: 'KS', name: 'Kommunstyrelsen', administration: 'Stadsledningskontoret' },
  { code: 'UTN', name: 'Utbildningsnämnden', administration: 'Utbildningsförvaltningen' },
  { code: 'SN', name: 'Socialnämnden', administration: 'Socialförvaltningen' },
  { code: 'ALN', name: 'Äldrenämnden', administration: 'Äldreförvaltningen' },
  { code: 'KUN', name: 'Kulturnämnden', administration: 'Kulturförvaltningen' },
  { code: 'IDN', name: 'Idrottsnämnden', administration: 'Idrottsförvaltningen' },
  { code: 'TN', name: 'Trafiknämnden', administration: 'Trafikkontoret' },
  { code: 'EXN', name: 'Exploateringsnämnden', administration: 'Exploateringskontoret' },
  { code: 'SBN', name: 'Stadsbyggnadsnämnden', administration: 'Stadsbyggnadskontoret' },
  { code: 'MHN', name: 'Miljö- och hälsoskyddsnämnden', administration: 'Miljöförvaltningen' },
  { code: 'AMN', name: 'Arbetsmarknadsnämnden', administration: 'Arbetsmarknadsförvaltningen' },
  { code: 'FN', name: 'Fastighetsnämnden', administration: 'Fastighetskontoret' },
  { code: 'SEN', name: 'Servicenämnden', administration: 'Serviceförvaltningen' },
  { code: 'OFN', name: 'Överförmyndarnämnden', administration: 'Överförmyndarförvaltningen' },
  { code: 'KGN', name: 'Kyrkogårdsnämnden', administration: 'Kyrkogårdsförvaltningen' },
];

/** Further administrations after each board's own: the districts' administrations. */
export const DISTRICTS: readonly string[] = [
  'Rinkeby-Kista',
  'Spånga-Tensta',
  'Hässelby-Vällingby',
  'Bromma',
  'Kungsholmen',
  'Norrmalm',
  'Östermalm',
  'Södermalm',
  'Enskede-Årsta-Vantör',
  'Skarpnäck',
  'Farsta',
  'Älvsjö',
  'Hägersten-Liljeholmen',
  'Skärholmen',
];

export const DIVISION_TOPICS: readonly string[] = [
  'förskola',
  'grundskola',
  'gymnasieskola',
  'vuxenutbildning',
  'individ- och familjeomsorg',
  'äldreomsorg',
  'funktionsnedsättning',
  'stadsmiljö',
  'kultur och fritid',
  'ekonomi och styrning',
  'HR och kompetensförsörjning',
  'kommunikation',
  'IT och digitalisering',
  'lokaler och fastigheter',
  'trafik och gator',
  'miljö och klimat',
  'bygglov',
  'näringsliv',
  'arbetsmarknad',
  'stöd och service',
];

export const UNIT_KINDS: readonly string[] = [
  'Förskolan',
  'Skolan',
  'Hemtjänst',
  'Vård- och omsorgsboendet',
  'Fritidsgården',
  'Biblioteket',
  'Mottagningen',
  'Gruppbostaden',
  'Daglig verksamhet',
  'Parkenheten',
];

export const PLACES: readonly string[] = [
  'Solrosen',
  'Ekbacken',
  'Björkhagen',
  'Tallkrogen',
  'Vällingby',
  'Farsta',
  'Rinkeby',
  'Skärholmen',
  'Bagarmossen',
  'Hökarängen',
  'Västertorp',
  'Fruängen',
  'Midsommarkransen',
  'Aspudden',
  'Hornstull',
  'Gärdet',
  'Hjorthagen',
  'Kista',
  'Husby',
  'Akalla',
  'Tensta',
  'Spånga',
  'Alvik',
  'Enskede',
  'Årsta',
  'Liljeholmen',
  'Hammarby',
  'Sofia',
  'Vasastan',
  'Rågsved',
];

export const GOAL_AREAS: readonly { name: string; description: string }[] = [
  {
    name: 'Samhälle',
    description: 'Vad kommunen ska uppnå för att utveckla närmiljön och staden som plats.',
  },
  { name: 'Medborgare', description: 'Vad kommunen ska uppnå i tjänster och service till invånarna.' },
  { name: 'Ekonomi', description: 'Vad kommunen ska uppnå för en stabil och god ekonomi.' },
  { name: 'Verksamhet', description: 'Hur arbetssätt och organisation ska utvecklas för goda resultat.' },
  { name: 'Medarbetare', description: 'Hur medarbetarnas kompetens ska tillvaratas och utvecklas.' },
];

/** The thirteen kommunövergripande mål, by goal area (index into GOAL_AREAS). */
export const MUNICIPAL_GOALS: readonly { area: number; name: string }[] = [
  { area: 0, name: 'En hållbar och växande stad' },
  { area: 0, name: 'En trygg stad med levande stadsdelar' },
  { area: 0, name: 'En klimatsmart stad' },
  { area: 1, name: 'Alla barn och elever får en god utbildning' },
  { area: 1, name: 'Äldre får en god omsorg och ett gott liv' },
  { area: 1, name: 'Alla har möjlighet till arbete och egen försörjning' },
  { area: 2, name: 'En ekonomi i balans' },
  { area: 2, name: 'Kostnadseffektiv verksamhet' },
  { area: 3, name: 'Hög servicenivå med ett gott bemötande' },
  { area: 3, name: 'Effektiva och digitala arbetssätt' },
  { area: 3, name: 'En verksamhet i ständig utveckling' },
  { area: 4, name: 'En attraktiv arbetsgivare' },
  { area: 4, name: 'God och hållbar kompetensförsörjning' },
];

export const GOAL_NAMES: readonly string[] = [
  'Fler elever når kunskapsmålen',
  'Ökad trygghet i offentliga miljöer',
  'En ekonomi i balans',
  'Hög tillgänglighet och gott bemötande',
  'Minskad klimatpåverkan från verksamheten',
  'Friska medarbetare med hållbart engagemang',
  'Snabbare och mer rättssäker handläggning',
  'Ökad digitalisering av tjänster',
  'Fler i arbete och egen försörjning',
  'En jämlik och tillgänglig kultur',
  'God och säker vård och omsorg',
  'Attraktiva och trygga bostadsområden',
  'Effektiv resursanvändning',
  'Barn och unga har en meningsfull fritid',
  'Stärkt brukarinflytande',
  'Minskad energianvändning i lokaler',
  'God kompetensförsörjning',
  'Ökad delaktighet för invånarna',
  'Säker och framkomlig trafikmiljö',
  'Ett starkt och växande näringsliv',
  'Hållbart byggande och förvaltning',
  'En likvärdig förskola av hög kvalitet',
  'Tryggt och värdigt åldrande',
  'Jämställd service till invånarna',
];

export interface IndicatorTemplate {
  readonly name: string;
  readonly unit: string;
  readonly direction: DesiredDirection;
  readonly decimals: number;
  /** Outcomes are drawn around base ± spread. */
  readonly base: number;
  readonly spread: number;
  /** Target notations for the two target years, as a board would write them. */
  readonly targets: readonly [string, string];
  /** Measured once a year (surveys, statistics): reported in the budget and closing rounds only. */
  readonly annual: boolean;
  readonly genderSplit: boolean;
  readonly obligatory: boolean;
  /** Statistics that lag: the closing round reports the previous year's figure (referenceYear). */
  readonly lagging: boolean;
  /** The name of its sub-indicator, when the goal has one. */
  readonly sub: string;
}

function template(
  name: string,
  unit: string,
  direction: DesiredDirection,
  decimals: number,
  base: number,
  spread: number,
  targets: readonly [string, string],
  sub: string,
  flags: { annual?: boolean; genderSplit?: boolean; obligatory?: boolean; lagging?: boolean } = {},
): IndicatorTemplate {
  return {
    name,
    unit,
    direction,
    decimals,
    base,
    spread,
    targets,
    sub,
    annual: flags.annual ?? false,
    genderSplit: flags.genderSplit ?? false,
    obligatory: flags.obligatory ?? false,
    lagging: flags.lagging ?? false,
  };
}

export const INDICATORS: readonly IndicatorTemplate[] = [
  template('Nöjd-Kund-Index (NKI)', 'index', 'increase', 0, 74, 6, ['≥75', '≥76'], 'Bemötande', {
    annual: true,
    genderSplit: true,
    obligatory: true,
  }),
  template(
    'Andel elever med godkända betyg i alla ämnen',
    '%',
    'increase',
    1,
    78,
    8,
    ['≥80', '≥82'],
    'Varav elever med annat modersmål',
    { annual: true, genderSplit: true },
  ),
  template('Sjukfrånvaro', '%', 'decrease', 1, 7.2, 1.5, ['≤6,5', '≤6,0'], 'Korttidssjukfrånvaro dag 1–14', {
    genderSplit: true,
    obligatory: true,
  }),
  template('Budgetavvikelse', '%', 'none', 1, 0, 4, ['≤±5', '≤±5'], 'Varav personalkostnader'),
  template('Chefindex', '0-5', 'increase', 1, 4.3, 0.3, ['≥4,5', '≥4,5'], 'Ledarskap', { annual: true }),
  template(
    'Kostnad per brukare och månad',
    'kr',
    'decrease',
    0,
    880,
    60,
    ['Max 900 kr.', 'Max 900 kr.'],
    'Varav lokalkostnad',
  ),
  template(
    'Antal ärenden i kö',
    'antal',
    'decrease',
    0,
    720,
    90,
    ['Färre än 700', 'Färre än 650'],
    'Varav äldre än 30 dagar',
  ),
  template('Andel digitala ärenden', '%', 'increase', 1, 55, 12, ['Öka', 'Öka'], 'Varav via e-tjänst'),
  template(
    'Hållbart medarbetarengagemang (HME)',
    'index',
    'increase',
    0,
    78,
    4,
    ['≥80', '≥80'],
    'Motivation',
    { annual: true, genderSplit: true },
  ),
  template('Antal besökare', 'antal', 'increase', 0, 12000, 2500, ['12000', '12500'], 'Varav barn och unga'),
  template(
    'Andel ärenden besvarade inom en arbetsdag',
    '%',
    'increase',
    1,
    88,
    7,
    ['≥90', '≥92'],
    'Varav e-post',
  ),
  template(
    'Energianvändning per kvadratmeter',
    'kWh/m²',
    'decrease',
    1,
    140,
    15,
    ['Minska', 'Minska med 2%'],
    'Varav fastighetsel',
    { annual: true, lagging: true },
  ),
  template(
    'Andel brukare som känner sig trygga',
    '%',
    'increase',
    0,
    82,
    8,
    ['≥85', '≥85'],
    'Varav i ordinärt boende',
    { annual: true, genderSplit: true },
  ),
  template(
    'Andel förnybara drivmedel i fordonsflottan',
    '%',
    'increase',
    1,
    70,
    15,
    ['Öka', '≥80'],
    'Varav el',
    { annual: true, lagging: true },
  ),
  template('Personalomsättning', '%', 'decrease', 1, 11, 3, ['≤10', '≤10'], 'Varav chefer', {
    genderSplit: true,
  }),
  template(
    'Handläggningstid för bygglov (veckor)',
    'veckor',
    'decrease',
    1,
    6.5,
    2,
    ['≤6', '≤5'],
    'Varav ärenden med komplett ansökan',
  ),
];

export const ASSESSMENT_BASES: readonly string[] = [
  'Merparten av indikatorerna når sina målvärden och utvecklingen går åt rätt håll.',
  'Resultaten är blandade: flera indikatorer förbättras men når ännu inte målvärdet.',
  'Indikatorerna visar en negativ utveckling jämfört med föregående år.',
  'Underlaget är ännu inte komplett; bedömningen görs i nästa uppföljning.',
  'Verksamheten har genomfört de planerade aktiviteterna enligt plan.',
];

export const ASSESSMENT_RESULTS: readonly string[] = [
  'Nytt arbetssätt för uppföljning har införts i samtliga enheter.',
  'Kompetensutveckling har genomförts för alla chefer.',
  'En handlingsplan för minskad sjukfrånvaro har tagits fram.',
  'Fler tjänster erbjuds nu digitalt via e-tjänster.',
  'Samverkan med civilsamhället har fördjupats.',
  'Lokalanvändningen har effektiviserats.',
];
