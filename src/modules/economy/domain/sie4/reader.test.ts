import { describe, expect, it } from 'vitest';
import { cut, DECLARATIONS, encode, HEADER, lines, readText } from './fixtures.ts';
import { SieReader } from './reader.ts';
import type { SieVoucher } from './types.ts';

const VOUCHER = [
  '#VER A 1 20240110 "Lön januari" 20240111',
  '{',
  '#TRANS 7010 {1 "456"} 100.50',
  '#TRANS 1930 {} -100.50 20240112 "Bank"',
  '}',
];

describe('SieReader: the header', () => {
  it('reads the identification records and the chart of accounts', () => {
    const { header, problems } = readText(
      lines(
        DECLARATIONS,
        '#ORGNR 212000-0000',
        '#VALUTA SEK',
        '#RAR -1 20230101 20231231',
        '#KTYP 1930 T',
        '#UNDERDIM 21 "Underavdelning" 1',
        '#DIM 20 "Avdelning"',
      ),
    );
    expect(problems).toEqual([]);
    expect(header).toMatchObject({
      flag: 0,
      format: 'PC8',
      sieType: '4',
      program: { name: 'Verksam test', version: '1.0' },
      generated: '2024-01-05',
      companyName: 'Testkommunen',
      orgNumber: '212000-0000',
      currency: 'SEK',
      fiscalYears: [
        { index: 0, start: '2024-01-01', end: '2024-12-31' },
        { index: -1, start: '2023-01-01', end: '2023-12-31' },
      ],
      checksum: null,
    });
    expect(header?.accounts.get('1930')).toEqual({ name: 'Bank', type: 'T' });
    expect(header?.accounts.get('7010')).toEqual({ name: 'Lön, övertid', type: null });
    expect(header?.dimensions.get(21)).toEqual({ name: 'Underavdelning', parent: 1 });
    expect(header?.objects.get('1\u0000456')).toEqual({ name: 'Skolan' });
  });

  it('takes labels in any case, and ignores unknown labels, their blocks and extra trailing fields', () => {
    const { vouchers, problems, header } = readText(
      lines(
        DECLARATIONS,
        '#konto 3010 "Intäkt" "okänt fält"',
        '#FRAMTIDA 1 2 3',
        '{',
        '#TRANS 9999 {} 1',
        '{',
        '}',
        '}',
        '#VER A 1 20240110 "x" 20240110 "sign" "extra"',
        '{',
        '#trans 3010 {} -5 "" "" 2 "sign" "extra"',
        '#NYHET 7',
        '#Trans 1930 {} 5',
        '}',
      ),
    );
    expect(problems).toEqual([]);
    expect(header?.accounts.get('3010')?.name).toBe('Intäkt');
    expect(vouchers[0]?.transactions.map((tx) => tx.amountOre)).toEqual([-500n, 500n]);
    expect(vouchers[0]?.transactions[0]?.quantity).toBe('2');
  });
});

describe('SieReader: real exports', () => {
  it('reads the quirks of Fortnox, SoftOne, Visma and BL Administration files', () => {
    const { problems, vouchers, header } = readText(
      lines(
        '#FLAGGA  0',
        '#PROGRAM "Fortnox Bokföring" 2.0.0',
        '#FORMAT  PC8',
        '#GEN     20110323 1',
        '#SIETYP  4',
        '#PROSA   " "',
        '#FNR     54256',
        '#FNAMN   "Testföretaget AB"',
        '#ORGNR ',
        '#ADRESS "" "" " " ""',
        '#RAR 0  ',
        '#OMFATTN 19700101',
        '#KPTYP EUBAS97',
        '#FNR "C:\\ProgramData\\SPCS\\Företag\\Ovnbol2000"',
        '#KONTO   1910      "Kassa"',
        '#KONTO   2440      "Leverantörsskulder"',
        '#KONTO   3013      ""',
        '#KONTO 1060 Hyresrätt',
        '#SRU 1910 7281',
        '#DIM 1 "Kostnadsställe"',
        '#OBJEKT 1 "1" "Kontor 1"',
        '#OBJEKT 1 Nord Norr',
        '#IB 0 1910 9115.00',
        '#UB 0 1910 9115',
        '',
        '#VER "A" "1" 20100105 ""',
        '{',
        '#TRANS 1910 {} -137.00 ',
        '#TRANS 2440 {"1" "1"} 37.00 ',
        '   #TRANS 3013 {1 Nord} 100 20100105 "" 216',
        '}',
        '#VER "" 0 20110824 "Kundfakt 2452 - 2455"',
        '{',
        '#TRANS 1910  {} 1063 20110824 "" ',
        '#TRANS 1060  {} -1063 20110824 "[2452] ENTREPRISE BENGTSSON" ',
        '}',
      ),
    );
    expect(problems).toEqual([]);
    expect(header).toMatchObject({ orgNumber: null, fiscalYears: [], companyName: 'Testföretaget AB' });
    expect(header?.accounts.get('1060')?.name).toBe('Hyresrätt');
    expect(vouchers.map((v) => [v.series, v.number, v.transactions.length])).toEqual([
      ['A', '1', 3],
      ['', '0', 2],
    ]);
    expect(vouchers[0]?.transactions[2]).toMatchObject({
      objects: [{ dimension: 1, code: 'Nord' }],
      quantity: '216',
    });
  });
});

describe('SieReader: vouchers', () => {
  it('hands each voucher to onVoucher with its rows, dates and lines', () => {
    const { vouchers, problems, totals } = readText(lines(DECLARATIONS, VOUCHER));
    expect(problems).toEqual([]);
    expect(vouchers).toEqual<SieVoucher[]>([
      {
        series: 'A',
        number: '1',
        date: '2024-01-10',
        text: 'Lön januari',
        registered: '2024-01-11',
        line: 15,
        removed: [],
        transactions: [
          {
            account: '7010',
            objects: [{ dimension: 1, code: '456' }],
            amountOre: 10050n,
            date: '2024-01-10',
            text: '',
            quantity: null,
            line: 17,
            kind: 'normal',
          },
          {
            account: '1930',
            objects: [],
            amountOre: -10050n,
            date: '2024-01-12',
            text: 'Bank',
            quantity: null,
            line: 18,
            kind: 'normal',
          },
        ],
      },
    ]);
    expect(totals).toEqual({ vouchers: 1, transactions: 2, amountSumOre: 0n, debitSumOre: 10050n });
  });

  it('sums a voucher exactly when its rows add up beyond 2^53 öre, and finds it out of balance by one öre', () => {
    // Each row is read as a number of öre (below 2^53), but not their sum: 11 × 9 999 999 999 999,99 kr, an
    // odd number of öre above 2^53, which a float cannot hold.
    const big = '9999999999999.99';
    const rows = (last: string) => [
      ...Array.from({ length: 11 }, () => `#TRANS 7010 {} ${big}`),
      `#TRANS 1930 {} ${last}`,
    ];
    const balanced = readText(
      lines(DECLARATIONS, '#VER A 1 20240110', '{', rows('-109999999999999.89'), '}'),
    );
    expect(balanced.problems).toEqual([]);
    expect(balanced.totals.debitSumOre).toBe(10_999_999_999_999_989n);
    const off = readText(lines(DECLARATIONS, '#VER A 1 20240110', '{', rows('-109999999999999.88'), '}'));
    expect(off.problems.map((problem) => problem.message).join()).toMatch(/0,01/);
  });

  it('reads CRLF, LF and a mix of them alike, and blank lines anywhere', () => {
    const lf = readText(lines(DECLARATIONS, VOUCHER));
    const crlf = readText(lines(DECLARATIONS, VOUCHER).replaceAll('\n', '\r\n'));
    const mixed = readText(
      lines(DECLARATIONS, VOUCHER).replace(/\n/g, (_, at: number) => (at % 3 ? '\r\n' : '\n')),
    );
    const blank = readText(lines(DECLARATIONS, VOUCHER).replaceAll('\n', '\n  \t\n'));
    expect(crlf.vouchers).toEqual(lf.vouchers);
    expect(mixed.vouchers).toEqual(lf.vouchers);
    expect(blank.vouchers.map((v) => v.transactions.map((tx) => tx.amountOre))).toEqual([[10050n, -10050n]]);
  });

  it('reads a last line without a line break, and a DOS end-of-file mark', () => {
    const text = lines(DECLARATIONS, VOUCHER).trimEnd();
    expect(readText(text).vouchers).toHaveLength(1);
    expect(readText(`${text}\r\n\u001a`).problems).toEqual([]);
    expect(readText(`${text}\u001a`).vouchers).toHaveLength(1);
  });

  it('allows the same number in different series, and vouchers out of order', () => {
    const voucher = (series: string, number: number) => [
      `#VER ${series} ${number} 20240110`,
      '{',
      '#TRANS 1930 {} 0',
      '}',
    ];
    const { problems, vouchers } = readText(
      lines(DECLARATIONS, voucher('A', 2), voucher('B', 2), voucher('A', 1), voucher('A', 3)),
    );
    expect(problems).toEqual([]);
    expect(vouchers).toHaveLength(4);
  });

  it('accepts import files (4I) whose vouchers have empty series and numbers, without calling them duplicates', () => {
    const voucher = [
      '#VER "" "" 20080101 "Porto"',
      '{',
      '#TRANS 1930 { } -1000.00',
      '#TRANS 6250 { } 1000.00',
      '}',
    ];
    const { problems, vouchers } = readText(
      lines(DECLARATIONS, voucher, voucher, '#VER A "" 20080101', '{', '}'),
    );
    expect(problems).toEqual([]);
    expect(vouchers.map((v) => [v.series, v.number])).toEqual([
      ['', ''],
      ['', ''],
      ['A', ''],
    ]);
  });

  it('finds objects of a subdimension by their own code beside the superior object (4B 8.12, 8.23)', () => {
    const file = lines(
      DECLARATIONS,
      '#DIM 20 "Avdelning"',
      '#UNDERDIM 21 "Underavdelning" 20',
      '#OBJEKT 20 "01" "Barnavd"',
      '#OBJEKT 21 "0102" "Barn 1–3 år"',
      '#VER A 1 20240110',
      '{',
      '#TRANS 7010 {21 "02" 20 "01"} 5',
      '#TRANS 7010 {21 "0102"} 5',
      '#TRANS 1930 {} -10',
      '}',
    );
    expect(readText(file).problems).toEqual([]);
  });

  it('lists every problem of a file at once', () => {
    const { problems, vouchers } = readText(
      lines(
        DECLARATIONS,
        ['#VER A 0 20240110', '{', '#TRANS 3010 {} 1,5', '#TRANS 1930 {1 "999"} 5', '}'],
        VOUCHER,
        ['#VER A 2 20240110', '{', '#TRANS 1930 {} 1', '}'],
      ),
    );
    expect(problems.map((problem) => problem.line)).toEqual([17, 18, 25]);
    expect(vouchers.map((v) => v.number)).toEqual(['1']);
    expect(readText(lines(DECLARATIONS, VOUCHER, VOUCHER)).problems).toEqual([
      { line: 20, message: 'Rad 20: verifikation A 1 förekommer mer än en gång i filen.' },
    ]);
  });

  it('stops listing after maxProblems and tells how many more there were', () => {
    const bad = Array.from({ length: 10 }, () => '#TRANS 1930 {} 1');
    const { problems } = readText(lines(DECLARATIONS, bad), 3);
    expect(problems).toHaveLength(4);
    expect(problems[3]).toEqual({ line: null, message: '…och 7 problem till, som inte visas här.' });
  });
});

describe('#RTRANS and #BTRANS (SIE 4B)', () => {
  it('counts an added row once, skipping its #TRANS twin (the spec’s example)', () => {
    const { vouchers, problems, totals } = readText(
      lines(
        DECLARATIONS,
        '#KONTO 2640 "Ingående moms"',
        '#KONTO 1910 "Kassa"',
        '#VER "" "" 20080101 "Porto"',
        '{',
        '    #TRANS   1910 {}   -1200.00',
        '    #TRANS   2640 {}   240.00',
        '    #TRANS   6250 {}   960.00',
        '    #RTRANS  1910 {}   200.00',
        '    #TRANS   1910 {}   200.00',
        '    #RTRANS  2640 {}   -40.00',
        '    #TRANS   2640 {}   -40.00',
        '    #RTRANS  6250 {}   -160.00',
        '    #TRANS   6250 {}   -160.00',
        '}',
      ),
    );
    expect(problems).toEqual([]);
    expect(vouchers[0]?.transactions.map((tx) => [tx.account, tx.amountOre, tx.kind])).toEqual([
      ['1910', -120000n, 'normal'],
      ['2640', 24000n, 'normal'],
      ['6250', 96000n, 'normal'],
      ['1910', 20000n, 'added'],
      ['2640', -4000n, 'added'],
      ['6250', -16000n, 'added'],
    ]);
    expect(totals.debitSumOre).toBe(140000n); // "Omslutning 1.400,00"
  });

  it('leaves a removed row out of the balance and keeps it apart (the spec’s example)', () => {
    const { vouchers, problems } = readText(
      lines(
        DECLARATIONS,
        '#KONTO 2640 "Ingående moms"',
        '#KONTO 1910 "Kassa"',
        '#KONTO 6110 "Kontorsmateriel"',
        '#VER "" "" 20080101 "Porto"',
        '{',
        '#TRANS 1910 { } -1000.00',
        '#TRANS 2640 { } 200.00',
        '#BTRANS 6110 { } 800.00',
        '#RTRANS 6250 { } 800.00',
        '#TRANS 6250 { } 800.00',
        '}',
      ),
    );
    expect(problems).toEqual([]);
    expect(vouchers[0]?.transactions.map((tx) => tx.account)).toEqual(['1910', '2640', '6250']);
    expect(vouchers[0]?.removed).toEqual([
      expect.objectContaining({ account: '6110', amountOre: 80000n, kind: 'removed' }),
    ]);
  });

  it('refuses an #RTRANS not followed by an identical #TRANS', () => {
    const file = (...rows: string[]) =>
      lines(DECLARATIONS, '#VER A 1 20240110', '{', '#TRANS 1930 {} -5', ...rows, '}');
    expect(readText(file('#RTRANS 6250 {} 5', '#TRANS 6250 {} 6')).problems).toEqual([
      {
        line: 18,
        message: 'Rad 18: #RTRANS ska direkt följas av en likadan #TRANS-rad, men rad 19 är inte likadan.',
      },
    ]);
    expect(readText(file('#RTRANS 6250 {} 5')).problems[0]?.message).toContain('men ingen sådan följer');
    expect(
      readText(file('#RTRANS 6250 {} 5', '#BTRANS 6250 {} 5', '#TRANS 6250 {} 5')).problems[0]?.line,
    ).toBe(18);
  });
});

describe('SieReader: streaming', () => {
  it('gives the same result however the bytes are cut, even inside a character', () => {
    const bytes = encode(lines(DECLARATIONS, VOUCHER), 'utf-8');
    const whole = readText(bytes);
    for (let at = 1; at < bytes.length; at += 7) {
      const vouchers: SieVoucher[] = [];
      const reader = new SieReader('utf-8', { onVoucher: (voucher) => vouchers.push(voucher) });
      for (const chunk of cut(bytes, [at, at + 1, at + 3])) {
        reader.push(chunk);
      }
      reader.end();
      expect(vouchers).toEqual(whole.vouchers);
      expect(reader.header.accounts).toEqual(whole.header?.accounts);
    }
  });

  it('refuses a line longer than 4 096 characters without holding it, and reads on after it', () => {
    const reader = new SieReader('cp437', { onVoucher: () => {} });
    reader.push(encode(lines(HEADER), 'cp437'));
    reader.push(encode('#PROSA "', 'cp437'));
    for (let i = 0; i < 100; i++) {
      reader.push(new Uint8Array(1000).fill(0x61));
    }
    reader.push(encode('"\n#FNAMN "x"\n#PROSA', 'cp437'));
    reader.end();
    expect(reader.problems).toEqual([
      { line: 8, message: expect.stringContaining('längre än 4\u00a0096 tecken') },
    ]);
    expect(reader.header.companyName).toBe('x');
  });

  it('reports bytes its encoding cannot decode once, and nothing after', () => {
    const reader = new SieReader('utf-8', { onVoucher: () => {} });
    reader.push(encode(lines(HEADER), 'utf-8'));
    reader.push(Uint8Array.from([0x4c, 0xf6, 0x6e, 0x0a]));
    reader.end();
    expect(reader.problems).toEqual([{ line: 8, message: expect.stringContaining('inte är giltig UTF-8') }]);
  });
});
