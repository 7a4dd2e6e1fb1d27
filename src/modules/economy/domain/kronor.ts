/** Kronor as exact decimal strings ("-1234.50") and öre as bigint, one into the other: never through a float. */

/** Kronor in canonical form with at most two decimals as öre. */
export function oreFromKronor(kronor: string): bigint {
  const negative = kronor.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? kronor.slice(1) : kronor).split('.');
  const ore = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0').slice(0, 2) || '0');
  return negative ? -ore : ore;
}

/** Öre as kronor with two decimals: 123450n → "1234.50", -5n → "-0.05" (also how SIE writes an amount). */
export function kronorFromOre(ore: bigint): string {
  const negative = ore < 0n;
  const digits = (negative ? -ore : ore).toString().padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
