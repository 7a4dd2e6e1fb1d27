import { describe, expect, it } from 'vitest';
import { classifyAccount } from './account-class.ts';
import { encodeCp437, readSie4Bytes, type SieVoucher } from './sie4/index.ts';
import { sieAmount, syntheticLedgerLines } from './synthetic-ledger.ts';

const options = {
  company: 'Verksamhetsstöd och service',
  label: 'Syntetisk testhuvudbok',
  year: 2023,
  firstMonth: 1,
  lastMonth: 8,
  centres: [
    { code: 'VOE', name: 'Verksamhetsområde ekonomi', costsOre: 4_132_000_000n, revenuesOre: 4_140_000_000n },
    { code: 'LKDATA', name: 'LKDATA', costsOre: 23_500_000_001n, revenuesOre: 0n },
  ],
  vouchersPerMonth: 3,
  seed: 7,
};

function read(given: Parameters<typeof syntheticLedgerLines>[0] = options): {
  vouchers: SieVoucher[];
  problems: readonly { message: string }[];
} {
  const vouchers: SieVoucher[] = [];
  const text = `${[...syntheticLedgerLines(given)].join('\r\n')}\r\n`;
  const result = readSie4Bytes(encodeCp437(text), { onVoucher: (voucher) => vouchers.push(voucher) });
  return { vouchers, problems: result.problems };
}

/** What each cost centre booked, per category: `VOE:cost` → öre, debit positive. */
function centreTotals(vouchers: readonly SieVoucher[]): Map<string, bigint> {
  const totals = new Map<string, bigint>();
  for (const voucher of vouchers) {
    for (const row of voucher.transactions) {
      const category = classifyAccount(row.account, []);
      const centre = row.objects.find((object) => object.dimension === 1)?.code;
      if (centre && (category === 'cost' || category === 'revenue')) {
        const key = `${centre}:${category}`;
        totals.set(key, (totals.get(key) ?? 0n) + row.amountOre);
      }
    }
  }
  return totals;
}

describe('syntheticLedgerLines', () => {
  it('writes a SIE 4E file the reader accepts, in CP437, with the months asked for', () => {
    const { vouchers, problems } = read();
    expect(problems).toEqual([]);
    expect(vouchers).toHaveLength(2 * 8 * 2 * 3);
    expect(new Set(vouchers.map((voucher) => voucher.date.slice(0, 7)))).toEqual(
      new Set(['01', '02', '03', '04', '05', '06', '07', '08'].map((month) => `2023-${month}`)),
    );
  });

  it('books exactly the months’ share of each cost centre’s year, to the öre', () => {
    const totals = centreTotals(read().vouchers);
    expect(totals.get('VOE:cost')).toBe((4_132_000_000n * 8n) / 12n);
    expect(totals.get('VOE:revenue')).toBe(-(4_140_000_000n * 8n) / 12n);
    expect(totals.get('LKDATA:cost')).toBe((23_500_000_001n * 8n) / 12n);
  });

  it('books the amounts themselves over the months loaded when they are the months’ own', () => {
    const totals = centreTotals(read({ ...options, amountsFor: 'months' }).vouchers);
    expect(totals.get('VOE:cost')).toBe(4_132_000_000n);
    expect(totals.get('VOE:revenue')).toBe(-4_140_000_000n);
    expect(totals.get('LKDATA:cost')).toBe(23_500_000_001n);
  });

  it('gives the same file for the same seed', () => {
    expect([...syntheticLedgerLines(options)]).toEqual([...syntheticLedgerLines(options)]);
  });

  it('writes amounts as SIE does: a decimal point and two decimals', () => {
    expect([sieAmount(0n), sieAmount(5n), sieAmount(-123_45n), sieAmount(100_000n)]).toEqual([
      '0.00',
      '0.05',
      '-123.45',
      '1000.00',
    ]);
  });
});
