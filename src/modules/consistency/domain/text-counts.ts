/**
 * `text-count-denied`: a text that states how many of the unit's goals were met, or how many of its
 * strategic assignments were carried out, when the round's data says otherwise ("Av förvaltningens 11
 * förvaltningsmål har sex uppnåtts …", 002:55). The sentence is read with explicit patterns only:
 *
 * - "x av y mål …", "x av de y förvaltningsmålen …", "x av målen …";
 * - "av (förvaltningens | de | samtliga) y mål har/är x …", and "… y förvaltningsmål …, av dessa har x …";
 * - "samtliga/alla (N) mål …", "inget av målen …", "inga mål …";
 * - then a verdict or status, with nothing between but auxiliaries ("är", "har", "bedöms som"):
 *   "uppfyllda", "uppnåtts", "delvis uppfyllda", "inte uppfyllda", "helt eller delvis uppfyllda";
 *   "genomförda", "har genomförts", "pågår", "inte påbörjade";
 * - and, in the same sentence, further counts of the same goals ("… och fem visar en positiv utveckling och
 *   har delvis uppnåtts"), each with a verdict of its own.
 *
 * A number may be a figure or a word ("sex (6)"); a sentence that hedges ("nästan", "i huvudsak", "minst",
 * "kommer att"), names other goals ("de kommunövergripande målen", "målområdena"), or whose word and figure
 * disagree gives no finding. Severity `varning`: the text may be right and the data incomplete.
 */
import type { RoundKind } from '#core/period.ts';
import type { Finding, Place } from './finding.ts';
import { NUMBER_WORDS, numberAt, quoted, type Sentence, sentencesOf } from './swedish-prose.ts';

export type CountSubject = 'goals' | 'assignments';

export type CountStatus =
  | 'met'
  | 'partlyMet'
  | 'notMet'
  | 'metOrPartlyMet'
  | 'done'
  | 'inProgress'
  | 'notStarted';

/** What a sentence says: so many (or all) of the goals or assignments have a verdict or status. */
export interface CountClaim {
  readonly subject: CountSubject;
  readonly status: CountStatus;
  readonly count: number | 'all';
  /** The total the sentence names ("av 11"), if any. */
  readonly total: number | null;
  readonly sentence: string;
}

// The words --------------------------------------------------------------------------------------------

const GOAL_NOUNS = new Set([
  'mål',
  'målen',
  'förvaltningsmål',
  'förvaltningsmålen',
  'nämndmål',
  'nämndmålen',
]);
const ASSIGNMENT_NOUNS = new Set(['uppdrag', 'uppdragen', 'utvecklingsuppdrag', 'utvecklingsuppdragen']);
const DEFINITE_NOUNS = new Set([
  'målen',
  'förvaltningsmålen',
  'nämndmålen',
  'uppdragen',
  'utvecklingsuppdragen',
]);
/** Between "av" and the number or noun: whose goals, or which. */
const DETERMINERS = new Set(['de', 'dessa', 'förvaltningens', 'nämndens', 'enhetens', 'våra', 'årets']);
/** Between the goals and their verdict: auxiliaries only. */
const AUXILIARIES = new Set([
  'är',
  'har',
  'hade',
  'blev',
  'blivit',
  'var',
  'varit',
  'bedöms',
  'bedömdes',
  'anses',
  'ansågs',
  'som',
  'vara',
  'nu',
  'också',
  'även',
  'därmed',
  'alltså',
]);
const MODIFIERS = new Set(['inte', 'ej', 'delvis', 'helt', 'eller']);

const MET = new Set([
  'uppfyllda',
  'uppfyllt',
  'uppfylld',
  'uppfyllts',
  'uppfylls',
  'uppfyllas',
  'uppnådda',
  'uppnått',
  'uppnådd',
  'uppnåtts',
  'uppnås',
]);
const DONE = new Set([
  'genomförda',
  'genomfört',
  'genomförd',
  'genomförts',
  'slutförda',
  'slutförts',
  'slutfört',
]);
const IN_PROGRESS = new Set(['pågår', 'pågående']);
const STARTED = new Set(['påbörjade', 'påbörjat', 'påbörjats', 'påbörjad']);

/**
 * Words that make a sentence uncertain or about something else: hedges, estimates, the future, and the
 * nouns of other things counted alongside goals (indicators, targets, activities).
 */
const HEDGES = new Set([
  'nästan',
  'huvudsak',
  'princip',
  'stort',
  'viss',
  'största',
  'minst',
  'högst',
  'drygt',
  'knappt',
  'cirka',
  'ca',
  'omkring',
  'ungefär',
  'väntas',
  'förväntas',
  'troligen',
  'sannolikt',
  'kommer',
  'ska',
  'skulle',
  'kan',
  'kunde',
  'planeras',
  'borde',
]);
const FOREIGN_PREFIXES = ['indikator', 'målvärde', 'aktivitet', 'kontroll', 'risk', 'mått', 'nyckeltal'];

const isHedged = (tokens: readonly string[]) => tokens.some((token) => HEDGES.has(token));

/** The goals or assignments a noun names, and how many tokens it takes ("strategiska utvecklingsuppdrag"). */
function nounAt(tokens: readonly string[], index: number): { subject: CountSubject; end: number } | null {
  const token = tokens[index];
  if (token === undefined) {
    return null;
  }
  if (GOAL_NOUNS.has(token)) {
    return { subject: 'goals', end: index + 1 };
  }
  if (ASSIGNMENT_NOUNS.has(token)) {
    return { subject: 'assignments', end: index + 1 };
  }
  if ((token === 'strategiska' || token === 'strategiskt') && ASSIGNMENT_NOUNS.has(tokens[index + 1] ?? '')) {
    return { subject: 'assignments', end: index + 2 };
  }
  return null;
}

const skipDeterminers = (tokens: readonly string[], index: number, extra: readonly string[] = []) => {
  let at = index;
  while (DETERMINERS.has(tokens[at] ?? '') || extra.includes(tokens[at] ?? '')) {
    at += 1;
  }
  return at;
};

interface ReadVerdict {
  readonly status: CountStatus;
  readonly end: number;
}

function statusOf(subject: CountSubject, word: string, modifiers: readonly string[]): CountStatus | null {
  const has = (modifier: string) => modifiers.includes(modifier);
  const negated = has('inte') || has('ej');
  if (subject === 'goals') {
    if (!MET.has(word)) {
      return null;
    }
    if (has('eller')) {
      return has('helt') && has('delvis') && !negated ? 'metOrPartlyMet' : null;
    }
    if (has('delvis')) {
      return negated || has('helt') ? null : 'partlyMet';
    }
    return negated ? (has('helt') ? null : 'notMet') : 'met';
  }
  if (has('eller') || has('delvis') || has('helt')) {
    return null;
  }
  if (DONE.has(word)) {
    return negated ? null : 'done';
  }
  if (IN_PROGRESS.has(word)) {
    return negated ? null : 'inProgress';
  }
  if (STARTED.has(word)) {
    return negated ? 'notStarted' : null;
  }
  return null;
}

/**
 * A word that names something else than the goals or assignments counted: indicators, targets, activities,
 * goal areas ("målområdena"), the other kind of thing counted.
 */
function isForeign(token: string, subject: CountSubject): boolean {
  if (FOREIGN_PREFIXES.some((prefix) => token.startsWith(prefix))) {
    return true;
  }
  const own = subject === 'goals' ? GOAL_NOUNS : ASSIGNMENT_NOUNS;
  return (token.includes('mål') || token.includes('uppdrag')) && !own.has(token);
}

/** A figure or a number word; "en" and "ett" are articles unless a rule expects a number there. */
const isCount = (token: string) =>
  /^\d+$/.test(token) || (token in NUMBER_WORDS && token !== 'en' && token !== 'ett');

const isVerdictWord = (word: string) =>
  MET.has(word) || DONE.has(word) || IN_PROGRESS.has(word) || STARTED.has(word);

/**
 * The verdict after the counted goals. Strictly, only auxiliaries and "inte", "delvis", "helt", "eller" may
 * come before it; loosely (a further count in the same sentence), any words but a number, a clause's end,
 * "som" or another thing counted, up to twelve.
 */
function verdictFrom(
  tokens: readonly string[],
  start: number,
  subject: CountSubject,
  loose: boolean,
): ReadVerdict | null {
  const modifiers: string[] = [];
  for (let at = start; at < tokens.length && at < start + 12; at++) {
    const token = tokens[at] ?? '';
    if (isVerdictWord(token)) {
      const after = tokens[at + 1];
      // "uppfyllda eller delvis uppfyllda", "uppfyllda till viss del": not one verdict.
      if (after === 'eller' || after === 'delvis') {
        return null;
      }
      const status = statusOf(subject, token, modifiers);
      return status === null ? null : { status, end: at + 1 };
    }
    if (MODIFIERS.has(token)) {
      modifiers.push(token);
      continue;
    }
    if (AUXILIARIES.has(token) && !(loose && token === 'som')) {
      continue;
    }
    if (!loose || isForeign(token, subject) || isCount(token) || [',', ';', ':', 'som'].includes(token)) {
      return null;
    }
  }
  return null;
}

/** A number not qualified by a hedge or a negation just before it ("minst 8", "inte 8"). */
function plainNumberAt(tokens: readonly string[], index: number) {
  const before = tokens[index - 1];
  if (before !== undefined && (HEDGES.has(before) || before === 'inte' || before === 'ej')) {
    return null;
  }
  return numberAt(tokens, index);
}

interface Anchor {
  readonly subject: CountSubject;
  readonly count: number | 'all';
  readonly total: number | null;
  /** Where the verdict may begin. */
  readonly verdictAt: number;
}

/** "x av (de) (y) mål": the count first. */
function countFirst(tokens: readonly string[], at: number): Anchor | null {
  const count = plainNumberAt(tokens, at);
  if (count === null || tokens[at + count.length] !== 'av') {
    return null;
  }
  let next = skipDeterminers(tokens, at + count.length + 1);
  const total = numberAt(tokens, next);
  if (total !== null) {
    next += total.length;
  }
  const noun = nounAt(tokens, next);
  if (noun === null || (total === null && !DEFINITE_NOUNS.has(tokens[noun.end - 1] ?? ''))) {
    return null;
  }
  return { subject: noun.subject, count: count.value, total: total?.value ?? null, verdictAt: noun.end };
}

/** The count after its verb, and the noun again if repeated: "har sex (6) förvaltningsmål uppnåtts". */
function countAfterVerb(tokens: readonly string[], at: number, subject: CountSubject, total: number | null) {
  const verb = tokens[at];
  if (verb !== 'har' && verb !== 'är' && verb !== 'bedöms' && verb !== 'anses') {
    return null;
  }
  const count = plainNumberAt(tokens, at + 1);
  if (count === null) {
    return null;
  }
  let next = at + 1 + count.length;
  const noun = nounAt(tokens, next);
  if (noun !== null) {
    if (noun.subject !== subject) {
      return null;
    }
    next = noun.end;
  }
  return { subject, count: count.value, total, verdictAt: next };
}

/** "av förvaltningens 11 förvaltningsmål har sex …", and "…, av dessa har sex …" after "11 förvaltningsmål". */
function totalFirst(tokens: readonly string[], at: number): Anchor | null {
  if (tokens[at] !== 'av' || numberAt(tokens, at - 1) !== null) {
    return null;
  }
  if (tokens[at + 1] === 'dessa' || tokens[at + 1] === 'dem') {
    // The total and the goals are the last "y mål" before, in the same sentence.
    for (let back = at - 1; back >= 0; back--) {
      const noun = nounAt(tokens, back);
      const total = noun ? plainNumberAt(tokens, back - 1) : null;
      if (noun && total && total.length === 1) {
        return countAfterVerb(tokens, at + 2, noun.subject, total.value);
      }
    }
    return null;
  }
  let next = skipDeterminers(tokens, at + 1, ['samtliga', 'alla']);
  const total = numberAt(tokens, next);
  if (total === null) {
    return null;
  }
  next += total.length;
  const noun = nounAt(tokens, next);
  return noun === null ? null : countAfterVerb(tokens, noun.end, noun.subject, total.value);
}

/** "samtliga (sex (6)) strategiska utvecklingsuppdrag", "alla mål", "inget av målen", "inga mål". */
function allOrNone(tokens: readonly string[], at: number): Anchor | null {
  const word = tokens[at] ?? '';
  const before = tokens[at - 1];
  if (before === 'av' || before === 'inte' || before === 'ej') {
    return null;
  }
  if (word === 'samtliga' || word === 'alla') {
    const stated = numberAt(tokens, at + 1);
    const noun = nounAt(tokens, at + 1 + (stated?.length ?? 0));
    return noun === null
      ? null
      : { subject: noun.subject, count: 'all', total: stated?.value ?? null, verdictAt: noun.end };
  }
  if (word === 'inget' || word === 'inga' || word === 'ingen') {
    if (tokens[at + 1] === 'av') {
      const next = skipDeterminers(tokens, at + 2);
      const total = numberAt(tokens, next);
      const noun = nounAt(tokens, next + (total?.length ?? 0));
      if (noun === null || (total === null && !DEFINITE_NOUNS.has(tokens[noun.end - 1] ?? ''))) {
        return null;
      }
      return { subject: noun.subject, count: 0, total: total?.value ?? null, verdictAt: noun.end };
    }
    const noun = nounAt(tokens, at + 1);
    return noun === null ? null : { subject: noun.subject, count: 0, total: null, verdictAt: noun.end };
  }
  return null;
}

const SEPARATORS = new Set([',', ';', 'och', 'medan', 'samt']);

/**
 * Further counts of the same goals after a read one, in the same sentence: a part that begins with a
 * number after a comma, "och", "medan" or "samt", and holds a verdict of its own.
 */
function continuations(tokens: readonly string[], from: number, first: CountClaim): CountClaim[] {
  const claims: CountClaim[] = [];
  let at = from;
  while (at < tokens.length) {
    if (!SEPARATORS.has(tokens[at] ?? '')) {
      at += 1;
      continue;
    }
    while (SEPARATORS.has(tokens[at] ?? '')) {
      at += 1;
    }
    const count = plainNumberAt(tokens, at);
    if (count === null) {
      continue;
    }
    let next = at + count.length;
    const noun = nounAt(tokens, next);
    if (noun !== null) {
      if (noun.subject !== first.subject) {
        return claims;
      }
      next = noun.end;
    } else if ((tokens[next] ?? '').match(/^[a-zåäö]+$/) && !isVerbLike(tokens[next] ?? '')) {
      // "3 indikatorer …": another thing counted; stop reading.
      return claims;
    }
    const verdict = verdictFrom(tokens, next, first.subject, true);
    if (verdict === null) {
      at = next;
      continue;
    }
    claims.push({ ...first, count: count.value, status: verdict.status });
    at = verdict.end;
  }
  return claims;
}

const VERB_LIKE = new Set([
  'har',
  'är',
  'visar',
  'bedöms',
  'anses',
  'blev',
  'var',
  'inte',
  'ej',
  'delvis',
  'helt',
  'pågår',
]);
const isVerbLike = (token: string) => VERB_LIKE.has(token) || isVerdictWord(token);

const NEGATED: readonly CountStatus[] = ['notMet', 'notStarted'];

/**
 * "Alla mål är inte uppfyllda" means that not all are: "all" or "none" with a negated verdict is not read.
 * Nor is a count above its total.
 */
function makesSense(anchor: Anchor, status: CountStatus): boolean {
  if ((anchor.count === 'all' || anchor.count === 0) && NEGATED.includes(status)) {
    return false;
  }
  return anchor.count === 'all' || anchor.total === null || anchor.count <= anchor.total;
}

/** What a sentence says about counts of goals or assignments, when it can be read with confidence. */
export function readSentenceCounts(sentence: Sentence): CountClaim[] {
  const { tokens } = sentence;
  if (isHedged(tokens)) {
    return [];
  }
  for (let at = 0; at < tokens.length; at++) {
    const anchor = countFirst(tokens, at) ?? totalFirst(tokens, at) ?? allOrNone(tokens, at);
    if (anchor === null) {
      continue;
    }
    const verdict = verdictFrom(tokens, anchor.verdictAt, anchor.subject, false);
    if (verdict === null || !makesSense(anchor, verdict.status)) {
      continue;
    }
    const claim: CountClaim = {
      subject: anchor.subject,
      status: verdict.status,
      count: anchor.count,
      total: anchor.total,
      sentence: sentence.text,
    };
    // One count of a sentence, with those that continue it: a second anchor is read as its own.
    return [claim, ...continuations(tokens, verdict.end, claim)];
  }
  return [];
}

/** Every count claim of a plain text, sentence by sentence. */
export function readCountClaims(plain: string): CountClaim[] {
  return sentencesOf(plain).flatMap(readSentenceCounts);
}

// The check --------------------------------------------------------------------------------------------

/** The unit's goals in current use in the year, and the round's verdicts on them. */
export interface GoalCounts {
  readonly total: number;
  readonly met: number;
  readonly partlyMet: number;
  readonly notMet: number;
}

/** The unit's strategic assignments of the year and their statuses in the round. */
export interface AssignmentCounts {
  readonly total: number;
  readonly done: number;
  readonly inProgress: number;
  readonly notStarted: number;
  readonly notApplicable: number;
}

/** A text of a unit's round, as plain text, with what the round's data says. */
export interface CountedText {
  readonly round: { readonly kind: RoundKind; readonly year: number };
  readonly place: Place;
  readonly provenance: readonly string[];
  /** The text's name as the page shows it: "Samlad bedömning och analys …". */
  readonly name: string;
  readonly plain: string;
  /** "Bokslut 2019". */
  readonly roundName: string;
  /** Null when the round has no verdicts to compare with (none recorded, or a budget). */
  readonly goals: GoalCounts | null;
  /** Null when the round has no statuses to compare with. */
  readonly assignments: AssignmentCounts | null;
}

const STATUS_WORDS: Readonly<Record<CountStatus, string>> = {
  met: 'uppfyllda',
  partlyMet: 'delvis uppfyllda',
  notMet: 'inte uppfyllda',
  metOrPartlyMet: 'helt eller delvis uppfyllda',
  done: 'genomförda',
  inProgress: 'pågående',
  notStarted: 'inte påbörjade',
};

function goalData(goals: GoalCounts | null, status: CountStatus) {
  if (goals === null || goals.total === 0 || goals.met + goals.partlyMet + goals.notMet === 0) {
    return null;
  }
  const counts: Partial<Record<CountStatus, number>> = {
    met: goals.met,
    partlyMet: goals.partlyMet,
    notMet: goals.notMet,
    metOrPartlyMet: goals.met + goals.partlyMet,
  };
  const count = counts[status];
  if (count === undefined) {
    return null;
  }
  const unassessed = goals.total - goals.met - goals.partlyMet - goals.notMet;
  return {
    count,
    total: goals.total,
    source: 'bedömningarna',
    note: unassessed > 0 ? ` (${unassessed} av målen saknar bedömning)` : '',
  };
}

function assignmentData(assignments: AssignmentCounts | null, status: CountStatus) {
  if (assignments === null || assignments.total === 0) {
    return null;
  }
  const { total, done, inProgress, notStarted, notApplicable } = assignments;
  const reported = done + inProgress + notStarted + notApplicable;
  if (reported === 0) {
    return null;
  }
  const counts: Partial<Record<CountStatus, number>> = { done, inProgress, notStarted };
  const count = counts[status];
  if (count === undefined) {
    return null;
  }
  return {
    count,
    total,
    source: 'uppdragens status',
    note: reported < total ? ` (${total - reported} av uppdragen saknar status)` : '',
  };
}

const nounWord = (subject: CountSubject) => (subject === 'goals' ? 'mål' : 'uppdrag');

function claimText(claim: CountClaim): string {
  const noun = nounWord(claim.subject);
  const status = STATUS_WORDS[claim.status];
  if (claim.count === 'all') {
    return `samtliga${claim.total === null ? '' : ` ${claim.total}`} ${noun} ${status}`;
  }
  return `${claim.count}${claim.total === null ? '' : ` av ${claim.total}`} ${noun} ${status}`;
}

function checkClaim(text: CountedText, claim: CountClaim): Finding | null {
  const data =
    claim.subject === 'goals'
      ? goalData(text.goals, claim.status)
      : assignmentData(text.assignments, claim.status);
  if (data === null) {
    return null;
  }
  const count = claim.count === 'all' ? data.total : claim.count;
  const totalDenied = claim.total !== null && claim.total !== data.total;
  if (count === data.count && !totalDenied) {
    return null;
  }
  return {
    ruleId: 'text-count-denied',
    severity: 'varning',
    message:
      `Texten ”${text.name}” säger ${claimText(claim)}; ${data.source} i ${text.roundName} ger ` +
      `${data.count} av ${data.total}${data.note}. Meningen: ”${quoted(claim.sentence)}”`,
    place: text.place,
    provenance: text.provenance,
  };
}

/** Words of a sentence about another time than the round's: an earlier report, a forecast, a comparison. */
const OTHER_TIME = /\b(föregående|förra|tidigare|fjol\w*|jämfört|jämförelse\w*|motsvarande|prognos\w*)\b/;
const OTHER_REPORT: Readonly<Record<RoundKind, RegExp>> = {
  budget: /./,
  april: /\b(bokslut\w*|verksamhetsberättelse\w*|augusti|oktober|tertial\w*)\b/,
  august: /\b(bokslut\w*|verksamhetsberättelse\w*|april|oktober|tertial\w*)\b/,
  october: /\b(bokslut\w*|verksamhetsberättelse\w*|april|tertial\w*)\b/,
  closing: /\b(delår\w*|april|augusti|oktober|tertial\w*)\b/,
};

/**
 * Whether a sentence speaks of its own round: not of another year ("2018"), an earlier report ("i
 * delårsrapporten per 31 augusti bedömdes 3 av 11 mål …" in the annual report), a forecast or a comparison
 * – those counts are not the round's, and the sentence is not read.
 */
export function aboutItsRound(sentence: string, round: CountedText['round']): boolean {
  const text = sentence.toLowerCase();
  const years = [...text.matchAll(/\b(19|20)\d{2}\b/g)].map((match) => Number(match[0]));
  return (
    years.every((year) => year === round.year) &&
    !OTHER_TIME.test(text) &&
    !OTHER_REPORT[round.kind].test(text)
  );
}

export function checkTextCounts(texts: readonly CountedText[]): Finding[] {
  return texts.flatMap((text) =>
    readCountClaims(text.plain)
      .filter((claim) => aboutItsRound(claim.sentence, text.round))
      .flatMap((claim) => checkClaim(text, claim) ?? []),
  );
}
