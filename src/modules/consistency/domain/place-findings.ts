/**
 * Which findings belong beside a record on the page that shows it (issue 9: "findings also appear beside
 * the place itself"). A page names what it shows by a selector: the record's kind and as many of its ids as
 * it knows – one assessment (goal and round), every outcome of an indicator, every value of a measure, every
 * frame of the year. A finding matches when its record is of that kind and agrees on every id given.
 */
import type { RoundKind } from '#core/period.ts';
import type { PlaceRecord, PlaceSelector } from '#core/place.ts';

export type { PlaceSelector };

/** The kind is one of the fields compared: a selector never matches a record of another kind. */
export function recordMatches(record: PlaceRecord, selector: PlaceSelector): boolean {
  const fields: Readonly<Record<string, unknown>> = record;
  return Object.entries(selector).every(([field, value]) => value === undefined || fields[field] === value);
}

/** The findings whose record any of the selectors names, in the order given (the server's: by severity). */
export function findingsAt<F extends { readonly place: { readonly record: PlaceRecord } }>(
  findings: readonly F[],
  selectors: readonly PlaceSelector[],
): F[] {
  return findings.filter((finding) =>
    selectors.some((selector) => recordMatches(finding.place.record, selector)),
  );
}

/**
 * The page Kontroller for the check a page asked, and the link's words: "Alla kontroller för VSS 2019". The
 * year is the check's (the document's year), not the place's: an outcome for 2017 is checked in 2019.
 */
export function checkLink(
  unit: string,
  year: number,
  round?: RoundKind,
): { readonly path: string; readonly text: string } {
  const search = new URLSearchParams({
    enhet: unit,
    ar: String(year),
    ...(round ? { tillfalle: round } : {}),
  });
  return { path: `/kontroller?${search}`, text: `Alla kontroller för ${unit} ${year}` };
}
