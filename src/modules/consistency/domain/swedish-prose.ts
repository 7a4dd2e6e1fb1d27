/**
 * Reading Swedish prose for the rules that check what a text says (docs/adr/0017, "Rules that read prose"):
 * a plain text cut into sentences, a sentence into lower-case tokens, and numbers written as figures or as
 * words ("sex (6)"). Nothing here guesses: a number whose word and figure disagree is no number, and the
 * rules read only the patterns they name. Pure.
 */

/** A text as a reader sees it, and where a sentence of it begins, for quoting. */
export interface Sentence {
  /** As written, trimmed, list markers ("• ", "1. ") dropped. */
  readonly text: string;
  readonly tokens: readonly string[];
}

/**
 * The sentences of a plain text: paragraphs and list items (one a line) are apart; inside them a sentence
 * ends at ".", "!" or "?" followed by a space and a capital letter or a figure. An abbreviation followed by
 * a capital ("t.ex. Kontakt") cuts a sentence in two; a rule then reads two halves, or nothing.
 */
export function sentencesOf(plain: string): Sentence[] {
  return plain
    .split(/\n+/)
    .map((line) => line.replace(/^\s*(?:•|\d+\.)\s+/, '').trim())
    .filter((line) => line !== '')
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-ZÅÄÖÉ0-9”"(])/))
    .map((text) => text.trim())
    .filter((text) => text !== '')
    .map((text) => ({ text, tokens: tokensOf(text) }));
}

/**
 * Lower-case tokens: words (hyphenated ones kept whole), whole numbers, a number in brackets ("(6)"), and
 * the punctuation that ends a clause (",", ";", ":") or joins a range ("–"; "-" between spaces or figures).
 */
export function tokensOf(text: string): string[] {
  const normalised = text
    .toLowerCase()
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/[‐‑‒—]/g, '–');
  return normalised.match(/\(\s*\d+\s*\)|\d+(?:[.,]\d+)*|[a-zåäöéüø]+(?:-[a-zåäöéüø]+)*|[,;:–]|-/g) ?? [];
}

/** Numbers as words, as the documents write counts; "en"/"ett" only where a rule expects a number. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  noll: 0,
  en: 1,
  ett: 1,
  två: 2,
  tre: 3,
  fyra: 4,
  fem: 5,
  sex: 6,
  sju: 7,
  åtta: 8,
  nio: 9,
  tio: 10,
  elva: 11,
  tolv: 12,
};

export interface ReadNumber {
  readonly value: number;
  /** How many tokens it took ("sex (6)" takes two). */
  readonly length: number;
}

const bracketed = (token: string | undefined): number | null => {
  const match = token === undefined ? null : /^\(\s*(\d+)\s*\)$/.exec(token);
  return match ? Number(match[1]) : null;
};

/**
 * A whole number at a token: a figure ("11"), a word ("sex") or both ("sex (6)", "11 (elva)" is not written).
 * Null when there is none, or when the word and the bracketed figure disagree ("sex (7)"): then the text
 * cannot be read with confidence.
 */
export function numberAt(tokens: readonly string[], index: number): ReadNumber | null {
  const token = tokens[index];
  if (token === undefined) {
    return null;
  }
  let value: number | null = null;
  if (/^\d+$/.test(token)) {
    value = Number(token);
  } else if (token in NUMBER_WORDS) {
    value = NUMBER_WORDS[token] ?? null;
  } else {
    // A bracketed figure alone is a number; after a number it only checks that one ("sex (6)").
    const before = tokens[index - 1] ?? '';
    const inBrackets = /^\d+$/.test(before) || before in NUMBER_WORDS ? null : bracketed(token);
    return inBrackets === null ? null : { value: inBrackets, length: 1 };
  }
  if (value === null) {
    return null;
  }
  const check = bracketed(tokens[index + 1]);
  if (check === null) {
    return { value, length: 1 };
  }
  return check === value ? { value, length: 2 } : null;
}

/** A sentence shortened for a message: whole if short, else its first words and "…". */
export function quoted(sentence: string, max = 160): string {
  if (sentence.length <= max) {
    return sentence;
  }
  const cut = sentence.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:]$/, '')} …`;
}
