/** What the Investeringar page shows, kept in the address (?enhet=VSS&ar=2023&tabell=budget …) so a view can be linked. */
import type { InterimRound } from '../domain/investment.ts';
import type { TableKind } from '../domain/investment-tables.ts';
import type { AmountUnit } from './amount-text.ts';

export interface View {
  readonly org: string;
  readonly year: number;
  readonly table: TableKind;
  readonly round: InterimRound;
  readonly unit: AmountUnit;
  readonly variance: 'favourablePositive' | 'actualMinusBudget' | null;
  readonly project: string | null;
}

/** The address of another view of the page, keeping what the change leaves alone. */
export function viewSearch(view: View, change: Partial<View>): string {
  const next = { ...view, ...change };
  const params = new URLSearchParams({
    enhet: next.org,
    ar: String(next.year),
    tabell: next.table,
    belopp: next.unit,
  });
  if (next.table === 'interim') {
    params.set('tillfalle', next.round);
  }
  if (next.variance) {
    params.set('avvikelse', next.variance);
  }
  if (next.project) {
    params.set('projekt', next.project);
  }
  return `?${params.toString()}`;
}
