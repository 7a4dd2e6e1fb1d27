/**
 * `text-comparison-denied`: a text that says an indicator's outcome is higher, lower, better or worse than
 * its target or than last year, or that it has risen or fallen since last year, when the stored figures say
 * the opposite ("Den totala sjukfrånvaron på förvaltningen var 3,82 % som är bättre än målvärdet", 002:274,
 * where the target is 3,5 and lower is better). Read with explicit patterns only:
 *
 * - the sentence names exactly one of the unit's indicators: every word of its name (without a bracketed
 *   part) within a few words, inflected at most by an ending ("Den totala sjukfrånvaron" names "Total
 *   sjukfrånvaro", "sjukfrånvaron bland chefer" names "Chefers sjukfrånvaro"), and not after a preposition
 *   ("kostnaden för sjukfrånvaron", but "utfallet för …"), which makes it not the subject;
 * - then, with nothing between but auxiliaries, adverbs of degree, the figure and "som"/"vilket" ("var
 *   3,82 % som är"), a claim: "högre | lägre | bättre | sämre än" or "… jämfört med" a reference, "över |
 *   under målvärdet", or "har ökat | minskat | stigit | sjunkit | förbättrats | försämrats";
 * - the reference: the target ("(årets) målvärdet", "målet", "målnivån") or last year ("föregående år",
 *   "förra året", "i fjol", "fjolåret", "året innan", "2018", "2018 års nivå", "föregående års utfall"). A
 *   verb without a reference ("Sjukfrånvaron har minskat") is read as against last year only in an annual
 *   report and only when the sentence names no other time ("under hösten", "sedan", "från");
 * - a change may state its figures with both years ("har ökat från 50 % 2018 till 69 % 2019"): they are
 *   compared with last year's and this year's outcomes too, as far as their printing explains.
 *
 * A sentence that hedges or looks ahead ("nästan", "i stort sett", "ungefär", "kommer att", "prognos",
 * "om"), negates ("inte"), speaks of women or men (a part, not the total), or names a year other than the
 * round's and the one before is not read; nor one that names several indicators or none. Only whole-year
 * outcomes are compared – an interim round's figure for months so far or its forecast is not – and a tie is
 * no contradiction (the text may speak of unrounded figures). Better and worse follow the indicator's
 * desired direction; without one, only higher and lower are read. Severity `varning`: the text and the data
 * cannot both be right, but which one is wrong is the reader's call.
 */
import { compareDecimal, type DecimalString, parseSwedishDecimal } from '#core/decimal.ts';
import type { RoundKind } from '#core/period.ts';
import {
  convertQuantity,
  type DesiredDirection,
  parseMeasureUnit,
  parseTarget,
} from '#modules/goals/domain/index.ts';
import { formatFigure, samePrintedFigure } from './figures.ts';
import type { Finding, Place } from './finding.ts';
import { quoted, type Sentence, sentencesOf, tokensOf } from './swedish-prose.ts';

/** An indicator of the unit, as the round shows it. */
export interface ComparedIndicator {
  /** As the tables print it ("Kundnöjdhet: LKDATA (0-5)" for a sub-indicator). */
  readonly name: string;
  /** The unit the outcome is stated in. */
  readonly unit: string | null;
  readonly direction: DesiredDirection;
  /** The year's outcome (total) for the whole year; null when none, or for part of the year or a forecast. */
  readonly outcome: DecimalString | null;
  /** The year's target as written ("≥4,5"), if any. */
  readonly target: string | null;
  /** Last year's outcome for the whole year in the same unit; null otherwise. */
  readonly previous: DecimalString | null;
}

/** A text of a unit's round, as plain text, with the unit's indicators. */
export interface ComparedText {
  readonly round: { readonly kind: RoundKind; readonly year: number };
  readonly place: Place;
  readonly provenance: readonly string[];
  /** The text's name as the page shows it. */
  readonly name: string;
  readonly plain: string;
  readonly indicators: readonly ComparedIndicator[];
}

export type Comparison = 'higher' | 'lower' | 'better' | 'worse';
export type Reference = 'target' | 'lastYear';

/** What a sentence says: the indicator's outcome compared with its target or last year's. */
export interface ComparisonClaim {
  readonly indicator: ComparedIndicator;
  readonly comparison: Comparison;
  readonly reference: Reference;
  /** Said with a verb of change ("har ökat") rather than a comparative ("är högre än"). */
  readonly change: boolean;
  /** The figures a change states with their years ("från 50 % 2018 till 69 % 2019"): last year's, this year's. */
  readonly stated: { readonly from: DecimalString; readonly to: DecimalString } | null;
  readonly sentence: string;
}

// The words --------------------------------------------------------------------------------------------

const COMPARATIVES: Readonly<Record<string, Comparison>> = {
  högre: 'higher',
  lägre: 'lower',
  bättre: 'better',
  sämre: 'worse',
};
const CHANGES: Readonly<Record<string, Comparison>> = {
  ökat: 'higher',
  ökade: 'higher',
  stigit: 'higher',
  steg: 'higher',
  minskat: 'lower',
  minskade: 'lower',
  sjunkit: 'lower',
  sjönk: 'lower',
  förbättrats: 'better',
  förbättrades: 'better',
  försämrats: 'worse',
  försämrades: 'worse',
};
/** "över målvärdet", "under målet": of the target only ("under 2019" is a time). */
const ABOVE_BELOW: Readonly<Record<string, Comparison>> = { över: 'higher', under: 'lower' };

/** How much better or worse: "betydligt lägre", "något högre". */
const DEGREE = [
  'något',
  'betydligt',
  'klart',
  'väsentligt',
  'markant',
  'tydligt',
  'marginellt',
  'avsevärt',
  'kraftigt',
  'ytterligare',
  'rejält',
];
const DEGREE_WORDS = new Set(DEGREE);

/** What may stand between the indicator and its claim: auxiliaries, degree, where, the figure, "som". */
const BRIDGE = new Set([
  'är',
  'var',
  'blev',
  'blivit',
  'varit',
  'har',
  'hade',
  'ligger',
  'låg',
  'legat',
  'hamnade',
  'hamnat',
  'landade',
  'landat',
  'uppgick',
  'uppgår',
  'uppgått',
  'dock',
  'fortsatt',
  'fortfarande',
  'också',
  'även',
  'nu',
  'därmed',
  'alltså',
  'således',
  'totalt',
  'sammantaget',
  ...DEGREE,
  'hög',
  'god',
  'på',
  'inom',
  'i',
  'för',
  'hela',
  'under',
  'år',
  'året',
  'förvaltningen',
  'förvaltningens',
  'nämnden',
  'nämndens',
  'kommunen',
  'enheten',
  'verksamheten',
  'som',
  'vilket',
  'den',
  'det',
  'detta',
  'procent',
  'procentenheter',
]);
/** Auxiliaries that continue a claim on the same subject after "och" ("har minskat och är lägre än …"). */
const CONTINUING = new Set(['är', 'var', 'blev', 'har', 'hade', 'ligger', 'låg']);
/** Before a name, these make it not the subject: "kostnaden för sjukfrånvaron är högre …". */
const PREPOSITIONS = new Set([
  'för',
  'av',
  'om',
  'kring',
  'med',
  'mot',
  'till',
  'från',
  'hos',
  'vid',
  'utan',
  'trots',
  'efter',
  'inför',
  'genom',
]);
const NEGATIONS = new Set(['inte', 'ej', 'aldrig', 'knappast']);

/** Hedges, estimates, forecasts, the future and conditions: the sentence is not a statement of fact. */
const HEDGES = new Set([
  'nästan',
  'ungefär',
  'cirka',
  'ca',
  'omkring',
  'drygt',
  'knappt',
  'huvudsak',
  'princip',
  'troligen',
  'troligtvis',
  'sannolikt',
  'möjligen',
  'eventuellt',
  'förhoppningsvis',
  'kommer',
  'ska',
  'skall',
  'skulle',
  'kan',
  'kunde',
  'bör',
  'borde',
  'torde',
  'väntas',
  'förväntas',
  'beräknas',
  'bedöms',
  'bedömdes',
  'bli',
  'blir',
  'ifall',
  'såvida',
  'nästa',
  'kommande',
]);
const isHedge = (token: string, before: string | undefined) =>
  HEDGES.has(token) ||
  /^(prognos|helårsprognos|helårsbedömning)/.test(token) ||
  // "i stort sett"; "om" is a condition, "även om" a concession.
  (token === 'sett' && before === 'stort') ||
  (token === 'om' && before !== 'även');

/** Women and men: a claim about a part, not the total the indicator's outcome is. */
const PARTS = /^(kvinn|män$|männ|man$|flick|pojk|manliga|kvinnliga)/;

/** Words of another time, which make a verb without a reference not a change from last year. */
const OTHER_TIME =
  /^(under|sedan|från|jämfört|jämförelse\w*|förhållande|period\w*|höst\w*|våren|vårens|sommar\w*|vinter\w*|månad\w*|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|tertial\w*|kvartal\w*|halvår\w*|senaste|åren|tidigare|successivt|trend\w*)$/;

const TARGET_NOUNS = new Set(['målvärdet', 'målvärde', 'målet', 'målnivån']);
const TARGET_DETERMINERS = new Set(['årets', 'det', 'uppsatta', 'satta', 'beslutade', 'fastställda']);
const YEAR_NOUNS = new Set(['utfall', 'utfallet', 'nivå', 'nivån', 'värde', 'värdet', 'resultat', 'siffra']);

const isNumber = (token: string) => /^\d+(?:[.,]\d+)*$/.test(token);
const isYear = (token: string) => /^(19|20)\d{2}$/.test(token);

// Naming an indicator ------------------------------------------------------------------------------------

/** The words of a name, its bracketed part dropped: "Chefsomsättning (andel …, %)" is "chefsomsättning". */
function nameWords(name: string): string[] {
  return tokensOf(name.replace(/\([^)]*\)/g, ' ')).filter((token) => /^[a-zåäöéüø-]+$/.test(token));
}

/**
 * A word of a name as a sentence may inflect it: the word or its genitive stem ("chefers" → "chefer") and
 * an ending of up to three letters ("total" → "totala", "sjukfrånvaro" → "sjukfrånvaron"); short words exactly.
 */
function inflects(word: string, token: string): boolean {
  if (word.length <= 3) {
    return token === word;
  }
  const stem = word.length > 5 && word.endsWith('s') ? word.slice(0, -1) : word;
  return token.startsWith(stem) && token.length - stem.length <= 3;
}

/** Where a sentence names the indicator: every word within its length and three more. */
interface Mention {
  readonly start: number;
  readonly end: number;
}

/** The figure of an indicator may be named before it: "utfallet för total sjukfrånvaro". */
const FIGURE_NOUNS = new Set(['utfallet', 'resultatet', 'värdet', 'nivån', 'siffran']);

/** Not after a preposition ("kostnaden för sjukfrånvaron"), unless that names its figure ("utfallet för …"). */
const isSubjectAt = (tokens: readonly string[], start: number) =>
  !PREPOSITIONS.has(tokens[start - 1] ?? '') || FIGURE_NOUNS.has(tokens[start - 2] ?? '');

function mentionsOf(tokens: readonly string[], name: string): Mention[] {
  const words = nameWords(name);
  if (words.length === 0) {
    return [];
  }
  const mentions: Mention[] = [];
  for (let start = 0; start < tokens.length; start++) {
    if (!words.some((word) => inflects(word, tokens[start] ?? ''))) {
      continue;
    }
    const window = tokens.slice(start, start + words.length + 3);
    const found = words.map((word) => window.findIndex((token) => inflects(word, token)));
    if (found.includes(-1) || !isSubjectAt(tokens, start)) {
      continue;
    }
    mentions.push({ start, end: start + Math.max(...found) });
    start += Math.max(...found);
  }
  return mentions;
}

// The claim -----------------------------------------------------------------------------------------------

interface ReadReference {
  readonly reference: Reference;
  readonly end: number;
}

/** "(årets) målvärdet", "målet", "målnivån" at a token. */
function targetAt(tokens: readonly string[], at: number): ReadReference | null {
  let next = at;
  while (TARGET_DETERMINERS.has(tokens[next] ?? '')) {
    next += 1;
  }
  return TARGET_NOUNS.has(tokens[next] ?? '') ? { reference: 'target', end: next + 1 } : null;
}

/** "föregående år", "förra året", "(i) fjol", "fjolåret", "året innan", "(år) 2018", "2018 års nivå" at a token. */
function lastYearAt(tokens: readonly string[], at: number, year: number): ReadReference | null {
  const [first, second, third] = [tokens[at] ?? '', tokens[at + 1] ?? '', tokens[at + 2] ?? ''];
  const last = String(year - 1);
  const found = (length: number): ReadReference => ({ reference: 'lastYear', end: at + length });
  const earlier = first === 'föregående' || first === 'förra';
  if (first === last) {
    return second === 'års' && YEAR_NOUNS.has(third) ? found(3) : found(1);
  }
  if ((first === 'år' || first === 'under') && second === last) {
    return found(2);
  }
  if (earlier && (second === 'år' || second === 'året')) {
    return found(2);
  }
  if (earlier && (second === 'års' || second === 'årets') && YEAR_NOUNS.has(third)) {
    return found(3);
  }
  if (first === 'fjolårets' && YEAR_NOUNS.has(second)) {
    return found(2);
  }
  if (first === 'fjolåret') {
    return found(1);
  }
  if (
    (first === 'i' && second === 'fjol') ||
    (first === 'året' && (second === 'innan' || second === 'före'))
  ) {
    return found(2);
  }
  return null;
}

const referenceAt = (tokens: readonly string[], at: number, year: number) =>
  targetAt(tokens, at) ?? lastYearAt(tokens, at, year);

/** "jämfört med", "i jämförelse med", "i förhållande till": how many tokens, or 0. */
function comparedWithAt(tokens: readonly string[], at: number): number {
  const [first, second, third] = [tokens[at], tokens[at + 1], tokens[at + 2]];
  if (first === 'jämfört' && second === 'med') {
    return 2;
  }
  const inRelation =
    (second === 'jämförelse' && third === 'med') || (second === 'förhållande' && third === 'till');
  return first === 'i' && inRelation ? 3 : 0;
}

/** After a verb of change also "från", "sedan", "mot" ("har minskat från föregående år"). */
const changedSinceAt = (tokens: readonly string[], at: number) =>
  comparedWithAt(tokens, at) || (['från', 'sedan', 'mot'].includes(tokens[at] ?? '') ? 1 : 0);

interface ReadClaim {
  /** Where the claim begins and ends in the sentence's tokens. */
  readonly start: number;
  readonly comparison: Comparison;
  readonly reference: Reference;
  readonly change: boolean;
  readonly stated?: ComparisonClaim['stated'];
  readonly end: number;
}

/** A figure, not a year, and "procent" after it: "50", "3,82 procent". */
function figureAt(tokens: readonly string[], at: number): { value: DecimalString; end: number } | null {
  const token = tokens[at] ?? '';
  const value = isNumber(token) && !isYear(token) ? parseSwedishDecimal(token) : null;
  if (value === null) {
    return null;
  }
  return { value, end: tokens[at + 1] === 'procent' ? at + 2 : at + 1 };
}

/** "(år) 2019" at a token: where it ends, or -1. */
function yearAt(tokens: readonly string[], at: number, year: number): number {
  const next = tokens[at] === 'år' ? at + 1 : at;
  return tokens[next] === String(year) ? next + 1 : -1;
}

/**
 * "från 50 % 2018 till 69 % 2019": last year's figure and this year's, each with its year – without the
 * years the figures may be of any two times, and are not read.
 */
function statedChangeAt(tokens: readonly string[], at: number, year: number) {
  const from = tokens[at] === 'från' ? figureAt(tokens, at + 1) : null;
  const fromEnd = from ? yearAt(tokens, from.end, year - 1) : -1;
  const to = fromEnd >= 0 && tokens[fromEnd] === 'till' ? figureAt(tokens, fromEnd + 1) : null;
  const end = to ? yearAt(tokens, to.end, year) : -1;
  return from && to && end >= 0 ? { stated: { from: from.value, to: to.value }, end } : null;
}

interface ReadContext {
  readonly year: number;
  /** A verb without a reference may be read as a change from last year. */
  readonly bareChange: boolean;
}

/** A claim beginning at a token: a comparative with its reference, "över målvärdet", or a verb of change. */
function claimAt(
  tokens: readonly string[],
  at: number,
  context: ReadContext,
): Omit<ReadClaim, 'start'> | null {
  const token = tokens[at] ?? '';
  const aboveBelow = ABOVE_BELOW[token];
  if (aboveBelow) {
    const target = targetAt(tokens, at + 1);
    return target ? { comparison: aboveBelow, reference: 'target', change: false, end: target.end } : null;
  }
  const comparative = COMPARATIVES[token];
  if (comparative) {
    const than = tokens[at + 1] === 'än' ? 1 : comparedWithAt(tokens, at + 1);
    const reference = than > 0 ? referenceAt(tokens, at + 1 + than, context.year) : null;
    return reference ? { comparison: comparative, change: false, ...reference } : null;
  }
  const change = CHANGES[token];
  if (!change) {
    return null;
  }
  let next = at + 1;
  while (DEGREE_WORDS.has(tokens[next] ?? '')) {
    next += 1;
  }
  const stated = statedChangeAt(tokens, next, context.year);
  if (stated) {
    return { comparison: change, reference: 'lastYear', change: true, ...stated };
  }
  const compared = changedSinceAt(tokens, next);
  if (compared > 0) {
    const reference = lastYearAt(tokens, next + compared, context.year);
    return reference ? { comparison: change, change: true, ...reference } : null;
  }
  return context.bareChange ? { comparison: change, reference: 'lastYear', change: true, end: next } : null;
}

/**
 * The claims after a mention: past bridging words to a claim, and after "och" and an auxiliary to the next
 * ("har minskat och är lägre än målvärdet"). Anything else – another noun, a clause's end, a negation –
 * ends the reading.
 */
function claimsAfter(tokens: readonly string[], from: number, context: ReadContext): ReadClaim[] {
  const claims: ReadClaim[] = [];
  let at = from;
  while (at < tokens.length && at < from + 40) {
    const token = tokens[at] ?? '';
    const read = claimAt(tokens, at, context);
    if (read) {
      const claim = { ...read, start: at };
      claims.push(claim);
      if (tokens[claim.end] !== 'och' || !CONTINUING.has(tokens[claim.end + 1] ?? '')) {
        return claims;
      }
      at = claim.end + 1;
      continue;
    }
    const bridges =
      BRIDGE.has(token) ||
      isNumber(token) ||
      (token === 'om' && tokens[at - 1] === 'även') ||
      (token === ',' && ['vilket', 'som'].includes(tokens[at + 1] ?? ''));
    if (!bridges || NEGATIONS.has(token)) {
      return claims;
    }
    at += 1;
  }
  return claims;
}

/** Words of last year, or earlier, which must belong to a claim's reference: else the sentence is about then. */
const isEarlierTime = (token: string, year: number) =>
  token === String(year - 1) ||
  ['föregående', 'förra', 'fjol', 'fjolåret', 'fjolårets', 'tidigare', 'innan'].includes(token);

/**
 * Whether every word of an earlier time lies in the reference of a claim against last year: "Under 2018
 * var sjukfrånvaron högre än målvärdet" speaks of 2018's outcome, which is not the one compared.
 */
function earlierOnlyAsReference(tokens: readonly string[], year: number, claims: readonly ReadClaim[]) {
  return tokens.every(
    (token, index) =>
      !isEarlierTime(token, year) ||
      claims.some((claim) => claim.reference === 'lastYear' && claim.start <= index && index < claim.end),
  );
}

/** Whether a sentence can be read at all: no hedge, no part, no year but the round's and the one before. */
function isReadable(tokens: readonly string[], year: number): boolean {
  return tokens.every(
    (token, index) =>
      !isHedge(token, tokens[index - 1]) &&
      !NEGATIONS.has(token) &&
      !PARTS.test(token) &&
      (!isYear(token) || token === String(year) || token === String(year - 1)),
  );
}

/** What a sentence claims about one of the indicators, when it names exactly one and can be read. */
export function readSentenceComparisons(
  sentence: Sentence,
  round: { readonly kind: RoundKind; readonly year: number },
  indicators: readonly ComparedIndicator[],
): ComparisonClaim[] {
  const { tokens } = sentence;
  if (!isReadable(tokens, round.year)) {
    return [];
  }
  const named = indicators
    .map((indicator) => ({ indicator, mentions: mentionsOf(tokens, indicator.name) }))
    .filter((candidate) => candidate.mentions.length > 0);
  const only = named.length === 1 ? named[0] : undefined;
  if (only === undefined) {
    return [];
  }
  const context: ReadContext = {
    year: round.year,
    bareChange: round.kind === 'closing' && !tokens.some((token) => OTHER_TIME.test(token)),
  };
  const claims = only.mentions.flatMap((mention) => claimsAfter(tokens, mention.end + 1, context));
  if (!earlierOnlyAsReference(tokens, round.year, claims)) {
    return [];
  }
  const seen = new Set<string>();
  return claims
    .filter((claim) => {
      const key = `${claim.comparison}|${claim.reference}|${claim.change}`;
      if (seen.has(key)) {
        return false;
      }
      seen.add(key);
      return true;
    })
    .map(({ comparison, reference, change, stated }) => ({
      indicator: only.indicator,
      comparison,
      reference,
      change,
      stated: stated ?? null,
      sentence: sentence.text,
    }));
}

/** Every claim of a plain text, sentence by sentence. */
export function readComparisonClaims(
  plain: string,
  round: { readonly kind: RoundKind; readonly year: number },
  indicators: readonly ComparedIndicator[],
): ComparisonClaim[] {
  if (indicators.length === 0) {
    return [];
  }
  return sentencesOf(plain).flatMap((sentence) => readSentenceComparisons(sentence, round, indicators));
}

// The check --------------------------------------------------------------------------------------------

/** The target as one figure in the outcome's unit: a bare value or a one-sided comparison ("≥80 %"). */
function targetFigure(indicator: ComparedIndicator): DecimalString | null {
  if (indicator.target === null) {
    return null;
  }
  const rule = parseTarget(indicator.target);
  if (rule.kind !== 'value' && !(rule.kind === 'comparison' && rule.operator !== '±')) {
    return null;
  }
  if (rule.unit === null) {
    return rule.value;
  }
  const from = parseMeasureUnit(rule.unit);
  const to = parseMeasureUnit(indicator.unit ?? rule.unit);
  return from && to ? convertQuantity(rule.value, from, to) : null;
}

const WORDS: Readonly<Record<Comparison, string>> = {
  higher: 'högre',
  lower: 'lägre',
  better: 'bättre',
  worse: 'sämre',
};
const CHANGE_WORDS: Readonly<Record<Comparison, string>> = {
  higher: 'ökat',
  lower: 'minskat',
  better: 'förbättrats',
  worse: 'försämrats',
};
const OPPOSITE: Readonly<Record<Comparison, Comparison>> = {
  higher: 'lower',
  lower: 'higher',
  better: 'worse',
  worse: 'better',
};

/** What the figures say, in the claim's terms (higher/lower, or better/worse by the direction); null: cannot tell. */
function actual(claim: ComparisonClaim, order: -1 | 1): Comparison | null {
  const higher = order > 0;
  if (claim.comparison === 'higher' || claim.comparison === 'lower') {
    return higher ? 'higher' : 'lower';
  }
  switch (claim.indicator.direction) {
    case 'increase':
      return higher ? 'better' : 'worse';
    case 'decrease':
      return higher ? 'worse' : 'better';
    default:
      return null;
  }
}

const DIRECTION_NOTES: Readonly<Record<DesiredDirection, string>> = {
  increase: ' (högre är bättre)',
  decrease: ' (lägre är bättre)',
  none: '',
};

function claimText(claim: ComparisonClaim): string {
  const reference = claim.reference === 'target' ? 'målvärdet' : 'föregående år';
  return claim.change
    ? `har ${CHANGE_WORDS[claim.comparison]} jämfört med ${reference}`
    : `är ${WORDS[claim.comparison]} än ${reference}`;
}

/** A finding of the rule at the text, quoting the sentence. */
const finding = (text: ComparedText, claim: ComparisonClaim, said: string, figures: string): Finding => ({
  ruleId: 'text-comparison-denied',
  severity: 'varning',
  message:
    `Texten ”${text.name}” säger att utfallet för ”${claim.indicator.name}” ${said}, men ${figures}. ` +
    `Meningen: ”${quoted(claim.sentence)}”`,
  place: text.place,
  provenance: text.provenance,
});

/**
 * The figures a change states against last year's and this year's outcomes, as far as their printing
 * explains ("3,8" for 3,82). A percentage in the sentence is compared only with an indicator in per cent.
 */
function checkStatedFigures(text: ComparedText, claim: ComparisonClaim): Finding | null {
  const { indicator, stated } = claim;
  if (stated === null || indicator.outcome === null || indicator.previous === null) {
    return null;
  }
  const inPercent = /%|procent/.test(claim.sentence.toLowerCase());
  if (inPercent && parseMeasureUnit(indicator.unit)?.label !== '%') {
    return null;
  }
  if (samePrintedFigure(stated.from, indicator.previous) && samePrintedFigure(stated.to, indicator.outcome)) {
    return null;
  }
  const { year } = text.round;
  const figure = (value: DecimalString) => formatFigure(value, indicator.unit);
  return finding(
    text,
    claim,
    `har ${CHANGE_WORDS[claim.comparison]} från ${figure(stated.from)} ${year - 1} till ${figure(stated.to)} ${year}`,
    `utfallet ${year - 1} är ${figure(indicator.previous)} och ${year} ${figure(indicator.outcome)}`,
  );
}

function checkClaim(text: ComparedText, claim: ComparisonClaim): Finding | null {
  const figuresDenied = checkStatedFigures(text, claim);
  if (figuresDenied) {
    return figuresDenied;
  }
  const { indicator } = claim;
  const reference = claim.reference === 'target' ? targetFigure(indicator) : indicator.previous;
  if (indicator.outcome === null || reference === null) {
    return null;
  }
  const order = compareDecimal(indicator.outcome, reference);
  const found = order === 0 ? null : actual(claim, order);
  if (found === null || found !== OPPOSITE[claim.comparison]) {
    return null;
  }
  const { year } = text.round;
  const figure = (value: DecimalString) => formatFigure(value, indicator.unit);
  const figures =
    claim.reference === 'target'
      ? `utfallet ${figure(indicator.outcome)} är ${WORDS[found]} än målvärdet ${figure(reference)}`
      : `utfallet ${year}, ${figure(indicator.outcome)}, är ${WORDS[found]} än utfallet ${year - 1}, ${figure(reference)}`;
  const note = found === 'better' || found === 'worse' ? DIRECTION_NOTES[indicator.direction] : '';
  return finding(text, claim, claimText(claim), `${figures}${note}`);
}

export function checkTextComparisons(texts: readonly ComparedText[]): Finding[] {
  return texts.flatMap((text) =>
    readComparisonClaims(text.plain, text.round, text.indicators).flatMap(
      (claim) => checkClaim(text, claim) ?? [],
    ),
  );
}
