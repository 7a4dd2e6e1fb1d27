/**
 * The bridge from last year's budget to this year's (domain.md §3.5): Budget(t) = Budget(t−1) + Σ changes,
 * per unit, in net cost (costs − revenues). It reconciles when the changes explain the whole difference;
 * otherwise the page says by how much they do not.
 */

export const CHANGE_CATEGORY_LABELS = {
  costReduction: 'Kostnadsdämpande åtgärder',
  budgetAdjustment: 'Budgetjusteringar',
  technical: 'Tekniska justeringar',
  reallocation: 'Omfördelning',
  priceAndWage: 'Pris och lön',
} as const;

export type ChangeCategory = keyof typeof CHANGE_CATEGORY_LABELS;

export interface Bridge {
  readonly previousOre: bigint;
  readonly byCategory: Readonly<Record<ChangeCategory, bigint>>;
  readonly explainedOre: bigint;
  readonly currentOre: bigint;
  /** Current − (previous + changes): zero when the bridge reconciles. */
  readonly unexplainedOre: bigint;
}

export function bridge(
  previousOre: bigint,
  currentOre: bigint,
  changes: readonly { category: ChangeCategory; amountOre: bigint }[],
): Bridge {
  const byCategory = Object.fromEntries(
    Object.keys(CHANGE_CATEGORY_LABELS).map((category) => [
      category,
      changes
        .filter((change) => change.category === category)
        .reduce((sum, change) => sum + change.amountOre, 0n),
    ]),
  ) as Record<ChangeCategory, bigint>;
  const explainedOre = previousOre + changes.reduce((sum, change) => sum + change.amountOre, 0n);
  return { previousOre, byCategory, explainedOre, currentOre, unexplainedOre: currentOre - explainedOre };
}
