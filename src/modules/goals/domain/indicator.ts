/**
 * Indicators, their targets and outcomes (domain.md §2.3). An indicator belongs to one goal and may be a
 * sub-row of another indicator ("-LKDATA (0-5)" under "Kundnöjdhet"); gender parts (Kvinnor/Män) are not
 * indicators of their own but parts of each outcome and target.
 */

export const INDICATOR_PARTS = ['total', 'women', 'men'] as const;
export type IndicatorPart = (typeof INDICATOR_PARTS)[number];

export const PART_LABELS: Readonly<Record<IndicatorPart, string>> = {
  total: 'Totalt',
  women: 'Kvinnor',
  men: 'Män',
};

/** Where an indicator's outcomes come from (PRODUCT.md capability 4). */
export const DATA_SOURCES = ['manual', 'import', 'computed', 'benchmark'] as const;
export type DataSource = (typeof DATA_SOURCES)[number];

export const DATA_SOURCE_LABELS: Readonly<Record<DataSource, string>> = {
  manual: 'Manuell inmatning',
  import: 'Import',
  computed: 'Beräknas',
  benchmark: 'Jämförelsedata',
};

export const DIRECTION_LABELS = {
  increase: 'Öka',
  decrease: 'Minska',
  none: 'Ingen riktning',
} as const;
