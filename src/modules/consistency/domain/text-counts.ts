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
 *
 * The same rule reads the internal control's kontrollmoment (issue 10 item 4), as the annual report's
 * paragraph states them (002:325-341; `internalControl.summary`):
 *
 * - "Av de sex (6) kontrollmoment som var planerade har fem (5) genomförts; ett (1) kräver åtgärd." – the
 *   paragraph itself, with "som var planerade" ("som planerats", "som var planerade för året") after the
 *   noun, "inget" for none, and "varav" besides the other joins;
 * - "x av y (planerade) kontrollmoment har genomförts | har inte genomförts | kräver åtgärd(er)";
 * - "samtliga (planerade) kontrollmoment har genomförts", "inget av kontrollmomenten kräver åtgärd", "det
 *   enda planerade kontrollmomentet har genomförts";
 * - a further "N kräver åtgärd(er)" (or "N av dem …") in the same sentence, anchored by those.
 *
 * Controls are counted for the unit and the units under it, so a sentence that counts a part of them is not
 * read: one naming another unit ("Ekonomiservice har tre kontrollmoment, av dessa …"; the service passes
 * the names), or with "inom", "varje", "egna", "gemensamma", "enheten" ….
 */
import type { RoundKind } from '#core/period.ts';
import type { Finding, Place } from './finding.ts';
import { NUMBER_WORDS, numberAt, quoted, type Sentence, sentencesOf } from './swedish-prose.ts';

export type CountSubject = 'goals' | 'assignments' | 'controls';

export type CountStatus =
  | 'met'
  | 'partlyMet'
  | 'notMet'
  | 'metOrPartlyMet'
  | 'done'
  | 'inProgress'
  | 'notStarted'
  | 'notDone'
  | 'needsAction';

/** What a sentence says: so many (or all) of the goals, assignments or controls have a verdict or status. */
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
const CONTROL_NOUNS = new Set(['kontrollmoment', 'kontrollmomenten', 'kontrollmomentet']);
const OWN_NOUNS: Readonly<Record<CountSubject, ReadonlySet<string>>> = {
  goals: GOAL_NOUNS,
  assignments: ASSIGNMENT_NOUNS,
  controls: CONTROL_NOUNS,
};
const DEFINITE_NOUNS = new Set([
  'målen',
  'förvaltningsmålen',
  'nämndmålen',
  'uppdragen',
  'utvecklingsuppdragen',
  'kontrollmomenten',
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
/** A control is done when it has a result: "genomförts", also "utförts", "genomfördes". */
const CONTROL_DONE = new Set([...DONE, 'genomfördes', 'utförda', 'utfört', 'utförts', 'utfördes']);
/** "kräver åtgärd", "kräver åtgärder", "behöver åtgärdas": two words, the first of which is here. */
const NEEDS = new Set(['kräver', 'behöver']);
const ACTION = new Set(['åtgärd', 'åtgärder', 'åtgärdas']);
/** "som var planerade (för året)" after the controls counted: which they are, not a verdict. */
const PLANNED = new Set(['planerade', 'planerats', 'planerades', 'planerat']);
/** None, in a count of controls: "har inget genomförts; inget kräver åtgärd" (the paragraph's own words). */
const NONE = new Set(['inget', 'inga', 'ingen']);
/**
 * Words that make a count of controls a count of some of them: a unit's own or the common ones, those of
 * a unit or an area ("inom personalområdet"), each unit's.
 */
const PART_OF_CONTROLS = new Set([
  'inom',
  'varje',
  'respektive',
  'vardera',
  'egen',
  'eget',
  'egna',
  'gemensamma',
  'kommungemensamma',
]);
const PART_PREFIXES = ['enhet', 'avdelning'];

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

const countsPartOfControls = (tokens: readonly string[]) =>
  tokens.some(
    (token) => PART_OF_CONTROLS.has(token) || PART_PREFIXES.some((prefix) => token.startsWith(prefix)),
  );

/**
 * The goals, assignments or controls a noun names, and how many tokens it takes ("strategiska
 * utvecklingsuppdrag", "planerade kontrollmoment").
 */
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
  if (CONTROL_NOUNS.has(token)) {
    return { subject: 'controls', end: index + 1 };
  }
  if ((token === 'strategiska' || token === 'strategiskt') && ASSIGNMENT_NOUNS.has(tokens[index + 1] ?? '')) {
    return { subject: 'assignments', end: index + 2 };
  }
  if (token === 'planerade' && CONTROL_NOUNS.has(tokens[index + 1] ?? '')) {
    return { subject: 'controls', end: index + 2 };
  }
  return null;
}

/**
 * Past "som var planerade (för året | under 2019)" after the controls counted ("Av de sex (6)
 * kontrollmoment som var planerade har …"), and a comma after it; where it was when there is none.
 */
function afterPlannedClause(tokens: readonly string[], at: number, subject: CountSubject): number {
  if (subject !== 'controls' || tokens[at] !== 'som') {
    return at;
  }
  let next = at + 1;
  if (['var', 'är', 'har', 'hade', 'blev', 'blivit', 'varit'].includes(tokens[next] ?? '')) {
    next += 1;
  }
  if (!PLANNED.has(tokens[next] ?? '')) {
    return at;
  }
  next += 1;
  const when = tokens[next + 1] ?? '';
  if (
    (tokens[next] === 'för' || tokens[next] === 'under') &&
    (when === 'året' || /^(19|20)\d{2}$/.test(when))
  ) {
    next += 2;
  }
  return tokens[next] === ',' ? next + 1 : next;
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
  if (subject === 'controls') {
    if (CONTROL_DONE.has(word)) {
      return negated ? 'notDone' : 'done';
    }
    return NEEDS.has(word) && !negated ? 'needsAction' : null;
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
  if (OWN_NOUNS[subject].has(token)) {
    return false;
  }
  if (FOREIGN_PREFIXES.some((prefix) => token.startsWith(prefix))) {
    return true;
  }
  return token.includes('mål') || token.includes('uppdrag') || token.includes('kontrollmoment');
}

/** A figure or a number word; "en" and "ett" are articles unless a rule expects a number there. */
const isCount = (token: string) =>
  /^\d+$/.test(token) || (token in NUMBER_WORDS && token !== 'en' && token !== 'ett');

const isVerdictWord = (word: string, subject: CountSubject) =>
  subject === 'controls'
    ? CONTROL_DONE.has(word) || NEEDS.has(word)
    : MET.has(word) || DONE.has(word) || IN_PROGRESS.has(word) || STARTED.has(word);

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
    if (isVerdictWord(token, subject)) {
      const after = tokens[at + 1];
      // "uppfyllda eller delvis uppfyllda", "uppfyllda till viss del": not one verdict.
      if (after === 'eller' || after === 'delvis') {
        return null;
      }
      // "kräver åtgärd(er)", "behöver åtgärdas": nothing between ("kräver inte åtgärd", "kräver ny rutin").
      if (NEEDS.has(token) && !ACTION.has(after ?? '')) {
        return null;
      }
      const status = statusOf(subject, token, modifiers);
      return status === null ? null : { status, end: at + (NEEDS.has(token) ? 2 : 1) };
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

/** A count, and for controls also "inget" (none): "har inget genomförts; inget kräver åtgärd". */
function countAt(tokens: readonly string[], index: number, subject: CountSubject) {
  if (subject === 'controls' && NONE.has(tokens[index] ?? '')) {
    return { value: 0, length: 1 };
  }
  return plainNumberAt(tokens, index);
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
  return {
    subject: noun.subject,
    count: count.value,
    total: total?.value ?? null,
    verdictAt: afterPlannedClause(tokens, noun.end, noun.subject),
  };
}

/**
 * The count after its verb, and the noun again if repeated: "har sex (6) förvaltningsmål uppnåtts"; for
 * controls also "har inget genomförts" and "har samtliga genomförts".
 */
function countAfterVerb(
  tokens: readonly string[],
  at: number,
  subject: CountSubject,
  total: number | null,
): Anchor | null {
  const verb = tokens[at];
  if (verb !== 'har' && verb !== 'är' && verb !== 'bedöms' && verb !== 'anses') {
    return null;
  }
  const word = tokens[at + 1] ?? '';
  if (subject === 'controls' && (word === 'samtliga' || word === 'alla')) {
    return { subject, count: 'all', total, verdictAt: at + 2 };
  }
  const count = countAt(tokens, at + 1, subject);
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
  return noun === null
    ? null
    : countAfterVerb(tokens, afterPlannedClause(tokens, noun.end, noun.subject), noun.subject, total.value);
}

/**
 * "samtliga (sex (6)) strategiska utvecklingsuppdrag", "alla mål", "inget av målen", "inga mål", and "det
 * enda (planerade) kontrollmomentet", the paragraph's words for a single control.
 */
function allOrNone(tokens: readonly string[], at: number): Anchor | null {
  const word = tokens[at] ?? '';
  const before = tokens[at - 1];
  if (before === 'av' || before === 'inte' || before === 'ej') {
    return null;
  }
  if (word === 'enda' && before === 'det') {
    const noun = nounAt(tokens, at + 1);
    return noun?.subject === 'controls' && tokens[noun.end - 1] === 'kontrollmomentet'
      ? { subject: 'controls', count: 'all', total: 1, verdictAt: noun.end }
      : null;
  }
  if (word === 'samtliga' || word === 'alla') {
    const stated = numberAt(tokens, at + 1);
    const noun = nounAt(tokens, at + 1 + (stated?.length ?? 0));
    return noun === null
      ? null
      : {
          subject: noun.subject,
          count: 'all',
          total: stated?.value ?? null,
          verdictAt: afterPlannedClause(tokens, noun.end, noun.subject),
        };
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
/** Of controls also "varav": "fem har genomförts, varav ett kräver åtgärd". */
const CONTROL_SEPARATORS = new Set([...SEPARATORS, 'varav']);

/**
 * Further counts of the same goals after a read one, in the same sentence: a part that begins with a
 * number after a comma, "och", "medan" or "samt", and holds a verdict of its own. Of controls also after
 * "varav", "inget" for none, and "N av dem | dessa kräver åtgärd" – of those done, so that verdict only.
 */
function continuations(tokens: readonly string[], from: number, first: CountClaim): CountClaim[] {
  const { subject } = first;
  const separators = subject === 'controls' ? CONTROL_SEPARATORS : SEPARATORS;
  const claims: CountClaim[] = [];
  let at = from;
  while (at < tokens.length) {
    if (!separators.has(tokens[at] ?? '')) {
      at += 1;
      continue;
    }
    while (separators.has(tokens[at] ?? '')) {
      at += 1;
    }
    const count = countAt(tokens, at, subject);
    if (count === null) {
      continue;
    }
    let next = at + count.length;
    const ofThose =
      subject === 'controls' && tokens[next] === 'av' && ['dem', 'dessa'].includes(tokens[next + 1] ?? '');
    if (ofThose) {
      next += 2;
    }
    const noun = nounAt(tokens, next);
    if (noun !== null) {
      if (noun.subject !== subject) {
        return claims;
      }
      next = noun.end;
    } else if ((tokens[next] ?? '').match(/^[a-zåäö]+$/) && !isVerbLike(tokens[next] ?? '', subject)) {
      // "3 indikatorer …": another thing counted; stop reading.
      return claims;
    }
    const verdict = verdictFrom(tokens, next, subject, true);
    if (verdict === null || (ofThose && verdict.status !== 'needsAction')) {
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
const isVerbLike = (token: string, subject: CountSubject) =>
  VERB_LIKE.has(token) || isVerdictWord(token, subject);

const NEGATED: readonly CountStatus[] = ['notMet', 'notStarted', 'notDone'];

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

/** What a sentence says about counts of goals, assignments or controls, when it can be read with confidence. */
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
    if (anchor.subject === 'controls' && countsPartOfControls(tokens)) {
      return [];
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

/**
 * The internal control of the unit and the units under it in the round, as the annual report's paragraph
 * counts it: the checks planned for the round, those with a result, and the results that require action.
 */
export interface ControlCounts {
  readonly planned: number;
  readonly done: number;
  readonly needingAction: number;
  /** How many units' checks are counted: more than one when units under the unit have controls. */
  readonly units: number;
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
  /** Null when the round has no internal control to compare with (none planned, or not looked up). */
  readonly controls: ControlCounts | null;
  /**
   * The names (and codes) of the other units: a sentence that names one counts that unit's controls, not
   * the unit's and its subtree's ("Ekonomiservice har tre kontrollmoment, av dessa har två genomförts").
   */
  readonly otherUnits: readonly string[];
}

const STATUS_WORDS: Readonly<Record<CountStatus, string>> = {
  met: 'uppfyllda',
  partlyMet: 'delvis uppfyllda',
  notMet: 'inte uppfyllda',
  metOrPartlyMet: 'helt eller delvis uppfyllda',
  done: 'genomförda',
  inProgress: 'pågående',
  notStarted: 'inte påbörjade',
  notDone: 'inte genomförda',
  needsAction: 'som kräver åtgärd',
};

/** What the data gives for a claim: the count, of what total, from where, and a note on what is missing. */
interface Compared {
  readonly count: number;
  readonly total: number;
  /** The totals a sentence may give, when other than `total` alone. */
  readonly totals?: readonly number[];
  readonly source: string;
  readonly note: string;
}

function goalData(goals: GoalCounts | null, status: CountStatus): Compared | null {
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

function assignmentData(assignments: AssignmentCounts | null, status: CountStatus): Compared | null {
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

/**
 * The controls' counts for a claim: those done (or not) of the planned ones, and those requiring action –
 * of the planned or of the done ones, so the total a sentence gives may be either ("2 av 5 kontrollmoment
 * kräver åtgärd"). Null when none was planned, or none has a result yet: the data may be what is missing.
 */
function controlData(controls: ControlCounts | null, status: CountStatus): Compared | null {
  if (controls === null || controls.planned === 0 || controls.done === 0) {
    return null;
  }
  const { planned, done, needingAction, units } = controls;
  const counts: Partial<Record<CountStatus, number>> = {
    done,
    notDone: planned - done,
    needsAction: needingAction,
  };
  const count = counts[status];
  if (count === undefined) {
    return null;
  }
  const scope = units > 1 ? ' för enheten och enheterna under den' : '';
  return {
    count,
    total: planned,
    totals: status === 'needsAction' ? [planned, done] : [planned],
    source: 'internkontrollen',
    note: ` (${planned} planerade${scope}, ${done} genomförda, ${needingAction} kräver åtgärd)`,
  };
}

const NOUN_WORDS: Readonly<Record<CountSubject, string>> = {
  goals: 'mål',
  assignments: 'uppdrag',
  controls: 'kontrollmoment',
};
const nounWord = (subject: CountSubject) => NOUN_WORDS[subject];

function claimText(claim: CountClaim): string {
  const noun = nounWord(claim.subject);
  const status = STATUS_WORDS[claim.status];
  if (claim.count === 'all') {
    return `samtliga${claim.total === null ? '' : ` ${claim.total}`} ${noun} ${status}`;
  }
  return `${claim.count}${claim.total === null ? '' : ` av ${claim.total}`} ${noun} ${status}`;
}

function dataFor(text: CountedText, claim: CountClaim): Compared | null {
  switch (claim.subject) {
    case 'goals':
      return goalData(text.goals, claim.status);
    case 'assignments':
      return assignmentData(text.assignments, claim.status);
    case 'controls':
      return controlData(text.controls, claim.status);
  }
}

function checkClaim(text: CountedText, claim: CountClaim): Finding | null {
  const data = dataFor(text, claim);
  if (data === null) {
    return null;
  }
  const count = claim.count === 'all' ? data.total : claim.count;
  const totals = data.totals ?? [data.total];
  const totalDenied = claim.total !== null && !totals.includes(claim.total);
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

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether a sentence names one of the units (as a word, or its beginning: "Stadsarkivets", "LK-datas"):
 * then its count of controls is that unit's, not the whole subtree's.
 */
export function namesAUnit(sentence: string, units: readonly string[]): boolean {
  const text = sentence.toLowerCase();
  return units.some((name) => {
    const word = name.trim().toLowerCase();
    return (
      word.length > 1 &&
      new RegExp(`(^|[^a-zåäöéü0-9])${escaped(word)}[a-zåäöéü]{0,3}($|[^a-zåäöéü0-9])`).test(text)
    );
  });
}

export function checkTextCounts(texts: readonly CountedText[]): Finding[] {
  return texts.flatMap((text) =>
    readCountClaims(text.plain)
      .filter((claim) => aboutItsRound(claim.sentence, text.round))
      .filter((claim) => claim.subject !== 'controls' || !namesAUnit(claim.sentence, text.otherUnits))
      .flatMap((claim) => checkClaim(text, claim) ?? []),
  );
}
