/**
 * The records the consistency checks' findings are about, and how a page names those it shows (issue 9:
 * findings beside their place). Here, in the core, because the pages that show the records belong to
 * modules that come before the consistency module and may not import it, and the web kit's slot between
 * them speaks of both.
 */

/** The record a finding is about, typed so that a client can find it without parsing the address. */
export type PlaceRecord =
  | { readonly kind: 'assessment'; readonly goalId: string; readonly roundId: string }
  | { readonly kind: 'outcome'; readonly indicatorId: string; readonly outcomeId: string }
  | { readonly kind: 'volumeValue'; readonly measureId: string; readonly valueId: string }
  | { readonly kind: 'frame'; readonly frameId: string }
  | { readonly kind: 'bridge'; readonly orgUnitId: string }
  | { readonly kind: 'narrative'; readonly narrativeId: string; readonly key: string };

type RecordOfKind<K extends PlaceRecord['kind']> = Extract<PlaceRecord, { kind: K }>;

/**
 * What a page shows, as a finding's place names it: a record kind with any of its ids. Ids left out match
 * every record of the kind: `{ kind: 'outcome', indicatorId }` is every outcome of the indicator.
 */
export type PlaceSelector = {
  [K in PlaceRecord['kind']]: { readonly kind: K } & Partial<Omit<RecordOfKind<K>, 'kind'>>;
}[PlaceRecord['kind']];
