/**
 * Which accounts are the operation's costs and revenues. A municipality's chart of accounts (Kommun-BAS)
 * puts revenues in class 3, costs in classes 4–7, financial items in class 8 and the balance sheet in
 * classes 1–2; an installation can override ranges of accounts (an internal revenue account kept in class 4,
 * say). Only costs and revenues belong to an operating statement: the rest is read and left out.
 */

export type AccountCategory = 'cost' | 'revenue' | 'financial' | 'balance';

export const ACCOUNT_CATEGORIES: readonly AccountCategory[] = ['cost', 'revenue', 'financial', 'balance'];

export const ACCOUNT_CATEGORY_LABELS: Readonly<Record<AccountCategory, string>> = {
  cost: 'Kostnad',
  revenue: 'Intäkt',
  financial: 'Finansiell post',
  balance: 'Balansräkning',
};

/** A range of accounts, both ends included, compared as numbers ("3000"–"3999"). */
export interface AccountRange {
  readonly fromAccount: string;
  readonly toAccount: string;
  readonly category: AccountCategory;
}

/** Kommun-BAS by account class: the default when an installation has set no ranges of its own. */
export const KOMMUN_BAS: readonly AccountRange[] = [
  { fromAccount: '1000', toAccount: '2999', category: 'balance' },
  { fromAccount: '3000', toAccount: '3999', category: 'revenue' },
  { fromAccount: '4000', toAccount: '7999', category: 'cost' },
  { fromAccount: '8000', toAccount: '8999', category: 'financial' },
];

/** Account numbers are digits; their class is their first digit, whatever their length. */
export const ACCOUNT_PATTERN = /^\d{1,10}$/;

/**
 * Accounts compare by class first, then within the class, whatever their length: "3" is the whole class
 * 3000–3999…, so a range's start is padded with zeros and its end with nines.
 */
const KEY_LENGTH = 10;
const startKey = (account: string) => Number(account.padEnd(KEY_LENGTH, '0'));
const endKey = (account: string) => Number(account.padEnd(KEY_LENGTH, '9'));
const width = (range: AccountRange) => endKey(range.toAccount) - startKey(range.fromAccount);

/**
 * The category of an account: the installation's ranges first (the narrowest one that holds it, so a
 * single account can be carved out of a class), then Kommun-BAS; null when neither places it (class 9, the
 * internal accounts, or a non-numeric account).
 */
export function classifyAccount(account: string, ranges: readonly AccountRange[]): AccountCategory | null {
  if (!ACCOUNT_PATTERN.test(account)) {
    return null;
  }
  const key = startKey(account);
  const holding = (list: readonly AccountRange[]) =>
    list
      .filter((range) => startKey(range.fromAccount) <= key && key <= endKey(range.toAccount))
      .sort((a, b) => width(a) - width(b))[0];
  return (holding(ranges) ?? holding(KOMMUN_BAS))?.category ?? null;
}
