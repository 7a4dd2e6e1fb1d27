/**
 * `text-period-mismatch`: a text of a round that names another report period than the round's – the
 * delårsrapport per 31 augusti that still says "per 30 april", "januari–april 2019" or "tertial 1", or a
 * 2019 text that reports "per 31 augusti 2018". Only explicit report-period phrases are read:
 *
 * - "per (den) 30 april | 31 augusti | 31 oktober | 31 december (2019)", "per (den) sista april", "per
 *   2019-08-31", "per 31/8": the end of a report period (other dates – "per 1 januari" – are not);
 * - "januari–april 2019" (also "jan-apr 2019"): a year to date ending where a round ends, with its year;
 * - "per tertial 1", "delårsrapporten för tertial 2", "uppföljningen av andra tertialet": a tertial named as
 *   what a report covers (a bare "tertial 3" is often when an activity is planned, 001:1650-1663).
 *
 * Never a bare year: texts speak of other years all the time. A sentence that compares ("jämfört med",
 * "föregående", "sedan", "från"), speaks of a forecast ("prognos", "helårsbedömning") or also names the
 * round's own period is about another period on purpose and is not read. An interim round's text may name
 * the year's end (its forecast is for the whole year); the October follow-up builds on the August report
 * and may name its period; and any text may name the end of the year before, the baseline of the year
 * ("antal anställda per 31 december 2018"). Budget texts are not read: the budget is written during the year before and
 * reports on that year's follow-ups ("helårsbedömning per den sista april 2019", 001:798). Severity
 * `varning`: the text may be right.
 */
import { MONTH_NAMES, type RoundKind } from '#core/period.ts';
import type { Finding, Place } from './finding.ts';
import { quoted, sentencesOf } from './swedish-prose.ts';

const MONTHS = MONTH_NAMES;

const SHORT_MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  apr: 4,
  aug: 8,
  okt: 10,
  dec: 12,
};

/** The months where a round's period ends: 30 april, 31 augusti, 31 oktober, 31 december. */
const ROUND_END_MONTHS: readonly number[] = [4, 8, 10, 12];
const LAST_DAY: Readonly<Record<number, number>> = { 4: 30, 8: 31, 10: 31, 12: 31 };

const ROUND_END: Readonly<Record<Exclude<RoundKind, 'budget'>, number>> = {
  april: 4,
  august: 8,
  october: 10,
  closing: 12,
};

/** A report period a sentence names: the month (and year) it ends with. */
export interface PeriodMention {
  /** As written: "per 30 april", "januari–april 2019", "tertial 1". */
  readonly phrase: string;
  readonly endMonth: number;
  /** The year written, or the round's when none is. */
  readonly year: number;
  readonly sentence: string;
}

const monthNumber = (name: string): number | null => {
  const full = MONTHS.indexOf(name as (typeof MONTHS)[number]);
  if (full >= 0) {
    return full + 1;
  }
  return SHORT_MONTHS[name.replace(/\.$/, '')] ?? null;
};

const MONTH_PATTERN = MONTHS.join('|');
const PER_DATE = new RegExp(
  `\\bper\\s+(?:den\\s+)?(\\d{1,2}|sista)\\s+(${MONTH_PATTERN})(?:\\s+(\\d{4}))?\\b`,
  'g',
);
const PER_ISO = /\bper\s+(?:den\s+)?(\d{4})-(\d{2})-(\d{2})\b/g;
const PER_SLASH = /\bper\s+(?:den\s+)?(\d{1,2})\/(\d{1,2})(?:\s+(\d{4}))?\b/g;
const RANGE = /\b(januari|jan\.?)\s*[–-]\s*(april|augusti|oktober|december|apr|aug|okt|dec)\.?\s+(\d{4})\b/g;
const TERTIAL =
  /\b(?:per|(?:delårsrapport|tertialrapport|rapport|uppföljning|redovisning)(?:en)?\s+(?:för|per|av))\s+(?:tertial\s+([123])|(första|andra|tredje)\s+tertialet)(?:\s+(\d{4}))?\b/g;
const ORDINALS: Readonly<Record<string, number>> = { första: 1, andra: 2, tredje: 3 };

/** Words that make a sentence speak of another period on purpose. */
const ON_PURPOSE =
  /\b(jämfört|jämförelse|jämförelsevis|förhållande|motsvarande|föregående|förra|fjol|fjolåret|tidigare|sedan|från|mellan|prognos\w*|helårsbedömning\w*|helårsprognos\w*)\b/;

function mentionsIn(sentence: string, roundYear: number): PeriodMention[] {
  const text = sentence
    .toLowerCase()
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/[‐‑‒—]/g, '–');
  const mentions: PeriodMention[] = [];
  const add = (phrase: string, endMonth: number, year: string | undefined) =>
    mentions.push({ phrase, endMonth, year: year ? Number(year) : roundYear, sentence });
  for (const match of text.matchAll(PER_DATE)) {
    const month = monthNumber(match[2] ?? '') ?? 0;
    const day = match[1] === 'sista' ? LAST_DAY[month] : Number(match[1]);
    if (ROUND_END_MONTHS.includes(month) && day === LAST_DAY[month]) {
      add(match[0], month, match[3]);
    }
  }
  for (const match of text.matchAll(PER_ISO)) {
    const month = Number(match[2]);
    if (ROUND_END_MONTHS.includes(month) && Number(match[3]) === LAST_DAY[month]) {
      add(match[0], month, match[1]);
    }
  }
  for (const match of text.matchAll(PER_SLASH)) {
    const month = Number(match[2]);
    if (ROUND_END_MONTHS.includes(month) && Number(match[1]) === LAST_DAY[month]) {
      add(match[0], month, match[3]);
    }
  }
  for (const match of text.matchAll(RANGE)) {
    const month = monthNumber(match[2] ?? '');
    if (month !== null) {
      add(match[0], month, match[3]);
    }
  }
  for (const match of text.matchAll(TERTIAL)) {
    const tertial = match[1] ? Number(match[1]) : (ORDINALS[match[2] ?? ''] ?? 0);
    add(match[0], tertial * 4, match[3]);
  }
  return mentions;
}

/** The periods a round's text may name: its own, and the year's end for an interim forecast. */
function ownPeriods(kind: Exclude<RoundKind, 'budget'>): number[] {
  switch (kind) {
    case 'closing':
      return [12];
    case 'october':
      return [8, 10, 12];
    default:
      return [ROUND_END[kind], 12];
  }
}

/**
 * The report periods a text names that are not its round's, sentence by sentence, leaving out sentences
 * that compare, forecast or also name the round's own period.
 */
export function readPeriodMismatches(
  plain: string,
  round: { readonly kind: RoundKind; readonly year: number },
): PeriodMention[] {
  if (round.kind === 'budget') {
    return [];
  }
  const own = ownPeriods(round.kind);
  const ownEnd = ROUND_END[round.kind];
  return sentencesOf(plain).flatMap((sentence) => {
    const mentions = mentionsIn(sentence.text, round.year);
    const names = (mention: PeriodMention, months: readonly number[]) =>
      mention.year === round.year && months.includes(mention.endMonth);
    if (
      mentions.length === 0 ||
      ON_PURPOSE.test(sentence.text.toLowerCase()) ||
      mentions.some((mention) => names(mention, [ownEnd]))
    ) {
      return [];
    }
    // The year before's end is the baseline every report of the year compares with ("antal anställda
    // per 31 december 2018"), not a period of its own.
    const baseline = (mention: PeriodMention) => mention.year === round.year - 1 && mention.endMonth === 12;
    return mentions.filter((mention) => !names(mention, own) && !baseline(mention));
  });
}

/** A text of a unit's round, as plain text. */
export interface PeriodText {
  readonly place: Place;
  readonly provenance: readonly string[];
  /** The text's name as the page shows it. */
  readonly name: string;
  readonly plain: string;
  readonly round: { readonly kind: RoundKind; readonly year: number; readonly name: string };
}

const periodEnd = (month: number, year: number) => `${LAST_DAY[month]} ${MONTHS[month - 1]} ${year}`;

export function checkTextPeriods(texts: readonly PeriodText[]): Finding[] {
  return texts.flatMap((text) => {
    if (text.round.kind === 'budget') {
      return [];
    }
    const ownEnd = periodEnd(ROUND_END[text.round.kind], text.round.year);
    return readPeriodMismatches(text.plain, text.round).map(
      (mention): Finding => ({
        ruleId: 'text-period-mismatch',
        severity: 'varning',
        message:
          `Texten ”${text.name}” nämner ”${mention.phrase}” (perioden till ${periodEnd(mention.endMonth, mention.year)}), ` +
          `men den hör till ${text.round.name}, som avser perioden till ${ownEnd}. Är meningen kvar från en ` +
          `tidigare rapport? Meningen: ”${quoted(mention.sentence)}”`,
        place: text.place,
        provenance: text.provenance,
      }),
    );
  });
}
