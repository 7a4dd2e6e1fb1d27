/**
 * Distinct strings numbered in the order first seen: for keying by small integers what a ledger repeats on
 * every row (units, accounts, dates, cost centres). Ids handed out so far can be told by the table's size.
 */
export class StringTable {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();

  idOf(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }
}
