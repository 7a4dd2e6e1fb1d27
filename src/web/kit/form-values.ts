/**
 * Numbers from what a user typed. A form keeps the text; the contract wants a number. Anything that is
 * not a whole number becomes NaN, which the contract's own check (run by `call` before sending) reports
 * next to the field in the server's words, as "ska vara ett tal".
 */
export function wholeNumber(text: string): number {
  const trimmed = text.trim();
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** As wholeNumber, with an empty field meaning "none". */
export function optionalWholeNumber(text: string): number | null {
  return text.trim() === '' ? null : wholeNumber(text);
}

/** A select's value as one of its typed choices (a select only offers those; `fallback` covers the rest). */
export function oneOf<const T extends string>(choices: readonly T[], value: string, fallback: T): T {
  return choices.find((choice) => choice === value) ?? fallback;
}
