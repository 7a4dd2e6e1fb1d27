/**
 * Records that point to a parent of their own kind (a unit's parent unit, a goal's parent goal, a
 * sub-indicator's indicator): the order in which they can be created, and cycles.
 */

/** Every item after its parent (when the parent is among the items); otherwise in the given order. */
export function parentsFirst<T>(
  items: readonly T[],
  key: (item: T) => string,
  parentOf: (item: T) => string | null,
): T[] {
  const byKey = new Map(items.map((item) => [key(item), item]));
  const placed = new Set<string>();
  const visiting = new Set<string>();
  const ordered: T[] = [];
  const visit = (item: T) => {
    const id = key(item);
    if (placed.has(id) || visiting.has(id)) {
      return; // a cycle: left where it is, for the rules to report
    }
    visiting.add(id);
    const parent = parentOf(item);
    const parentItem = parent === null ? undefined : byKey.get(parent);
    if (parentItem) {
      visit(parentItem);
    }
    visiting.delete(id);
    placed.add(id);
    ordered.push(item);
  };
  for (const item of items) {
    visit(item);
  }
  return ordered;
}

/** True when following parents from `key` comes back to it. */
export function isInCycle(key: string, parentOf: (key: string) => string | null | undefined): boolean {
  const seen = new Set<string>();
  let current = parentOf(key);
  while (current !== null && current !== undefined && !seen.has(current)) {
    if (current === key) {
      return true;
    }
    seen.add(current);
    current = parentOf(current);
  }
  return false;
}
