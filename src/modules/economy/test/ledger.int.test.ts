/**
 * The ledger through the API, on both engines: a SIE file uploaded and loaded as a job, mapped onto units
 * through cost centres, summed into the operating statement; a bad file refused with every problem and its
 * line, storing nothing; a new file for the same months replacing the old one.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { buildOrganisation } from '../../../../test/factories.ts';
import { systemContext } from '../../../app.ts';
import type { TableModel, TableRow } from '../../../core/table.ts';
import { storeFile } from '../../../platform/files.ts';
import { sumLedger } from '../db/ledger-repository.ts';
import { importLedgerFile } from '../ledger-import.ts';

interface JobBody {
  id: string;
  status: string;
  result: unknown;
  error: { message: string; fields?: { path: string; message: string }[] } | null;
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await buildOrganisation(t);
  for (const [code, name] of [
    ['VOE', 'Verksamhetsområde ekonomi'],
    ['LKDATA', 'LKDATA'],
  ]) {
    const unit = await t.request('POST', '/api/v1/organisation/units', {
      code,
      name,
      kind: 'division',
      parentId: 'VSS',
      validFrom: '2022-01-01',
      validTo: null,
    });
    expect(unit.status).toBe(201);
  }
  const voe = await t.request<{ id: string }>('GET', '/api/v1/organisation/units/VOE');
  const mapped = await t.request('POST', '/api/v1/economy/cost-centres', {
    code: '1410',
    orgUnitId: voe.body.id,
  });
  expect(mapped.status).toBe(201);
});
afterAll(async () => {
  await t?.close();
});

const HEADER = [
  '#FLAGGA 0',
  '#PROGRAM "Verksam test" 1.0',
  '#FORMAT PC8',
  '#GEN 20230901',
  '#SIETYP 4',
  '#FNAMN "Linköpings kommun"',
  '#RAR 0 20230101 20231231',
  '#KONTO 1510 "Kundfordringar"',
  '#KONTO 2440 "Leverantörsskulder"',
  '#KONTO 3410 "Interna intäkter"',
  '#KONTO 4010 "Löner tillsvidareanställda"',
  '#KONTO 8410 "Räntekostnader"',
  '#DIM 1 "Kostnadsställe"',
  '#OBJEKT 1 "1410" "Ekonomi"',
  '#OBJEKT 1 "LKDATA" "LKDATA"',
  '#OBJEKT 1 "9999" "Okänt"',
];

function voucher(number: number, date: string, rows: [string, string, string][]): string[] {
  return [
    `#VER A ${number} ${date} "Verifikation ${number}"`,
    '{',
    ...rows.map(([account, objects, amount]) => `   #TRANS ${account} {${objects}} ${amount}`),
    '}',
  ];
}

/** VOE (cost centre 1410): costs 1 000 000,50 kr, revenues 1 200 000 kr; LKDATA: costs 500 000 kr. */
const GOOD = [
  ...HEADER,
  ...voucher(1, '20230115', [
    ['4010', '1 "1410"', '1000000.50'],
    ['2440', '', '-1000000.50'],
  ]),
  ...voucher(2, '20230220', [
    ['3410', '1 "1410"', '-1200000'],
    ['1510', '', '1200000'],
  ]),
  ...voucher(3, '20230810', [
    ['4010', '1 "LKDATA"', '500000.00'],
    ['8410', '', '100'],
    ['2440', '', '-500100'],
  ]),
];

/** `lines` are sent as UTF-8; bytes as they are. */
async function load(
  name: string,
  lines: readonly string[] | Buffer,
  months = { firstMonth: 1, lastMonth: 8 },
) {
  const uploaded = await t.inject({
    method: 'POST',
    url: `/api/v1/files?name=${encodeURIComponent(name)}`,
    headers: { 'content-type': 'text/plain' },
    payload: Buffer.isBuffer(lines) ? lines : Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8'),
  });
  expect(uploaded.statusCode).toBe(201);
  const started = await t.request<JobBody>('POST', '/api/v1/economy/ledger-imports', {
    fileId: JSON.parse(uploaded.body).id,
    year: 2023,
    ...months,
  });
  expect(started.status).toBe(202);
  return finished(started.body.id);
}

async function finished(jobId: string): Promise<JobBody> {
  for (;;) {
    const job = await t.request<JobBody>('GET', `/api/v1/jobs/${jobId}`);
    if (job.body.status === 'succeeded' || job.body.status === 'failed') {
      return job.body;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function statement(query = 'org=VSS&year=2023&unit=kr') {
  const response = await t.request<TableModel>('GET', `/api/v1/economy/statement?${query}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

const rows = (table: TableModel): TableRow[] => table.groups.flatMap((group) => group.rows);
const line = (table: TableModel, header: string, occurrence = 0) =>
  rows(table)
    .filter((row) => row.header.text === header)
    [occurrence]?.cells.map((cell) => cell.text);

describe('the ledger', () => {
  it('loads a SIE file as a job and shows it in the operating statement, per unit, in kronor', async () => {
    const job = await load('huvudbok-2023.se', GOOD);
    expect(job.error).toBeNull();
    expect(job.result).toMatchObject({ vouchers: 3, rows: 3, leftOut: 4 });
    const table = await statement();
    expect(table.columns.map((column) => column.label)).toEqual([
      'Verksamhet',
      'Utfall jan–aug 2023',
      'Utfall jan–aug 2022',
      'Förändring',
      'Budget 2023',
      'Bokslut 2022',
    ]);
    // VOE 1 200 000 − 1 000 000,50 = 199 999,50, printed 200 000 (halves away from zero).
    expect(line(table, 'Verksamhetsområde ekonomi')?.[0]).toBe('200\u00a0000');
    expect(line(table, 'LKDATA')?.[0]).toBe('−500\u00a0000');
    // No ledger for 2022 and no budget for 2023: those columns are empty, not zero.
    expect(line(table, 'LKDATA')?.slice(1)).toEqual(['', '', '', '']);
    // The exact total −300 000,50 prints as −300 001, one more than its printed rows: a note says why.
    const total = rows(table).find((row) => row.key === 'total');
    expect(total?.cells[0]).toMatchObject({ text: '−300\u00a0001', value: '-300001' });
    const notes = total?.cells[0]?.markers.map((marker) => table.footnotes[marker - 1]?.text);
    expect(notes?.join(' ')).toMatch(/avrundning/);
  });

  it('records who loaded which file, when, with its hash and encoding', async () => {
    const loads = await t.request<{ fileName: string; sha256: string; encoding: string; vouchers: number }[]>(
      'GET',
      '/api/v1/economy/ledger-imports?year=2023',
    );
    expect(loads.body[0]).toMatchObject({ fileName: 'huvudbok-2023.se', encoding: 'utf-8', vouchers: 3 });
    expect(loads.body[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a bad file with every problem and its line, and stores nothing', async () => {
    const before = await statement();
    const job = await load('trasig.se', [
      ...HEADER,
      ...voucher(1, '20230115', [
        ['4010', '1 "1410"', '100.00'],
        ['2440', '', '-99.00'],
      ]),
      ...voucher(2, '20230116', [
        ['4711', '1 "1410"', '5'],
        ['2440', '', '-5'],
      ]),
      ...voucher(3, '20230117', [
        ['4010', '1 "9999"', '5'],
        ['2440', '', '-5'],
      ]),
      ...voucher(4, '20231005', [
        ['4010', '1 "1410"', '5'],
        ['2440', '', '-5'],
      ]),
    ]);
    expect(job.status).toBe('failed');
    expect(job.error?.message).toMatch(
      /^Huvudboksfilen ”trasig\.se” lästes inte in: \d+ problem\. Ingenting har sparats/,
    );
    const paths = job.error?.fields?.map((field) => field.path) ?? [];
    const messages = job.error?.fields?.map((field) => field.message).join('\n') ?? '';
    expect(paths).toContain(`rad ${HEADER.length + 1}`); // the unbalanced voucher
    expect(messages).toMatch(/4711/); // an undeclared account
    expect(messages).toMatch(/Kostnadsstället ”9999” \(dimension 1\) hör inte till någon organisationsenhet/);
    expect(messages).toMatch(/utanför perioden januari–augusti 2023/);
    expect(await statement()).toEqual(before);
  });

  it('replaces the months a new file covers, and keeps the old load in the history as replaced', async () => {
    const job = await load('huvudbok-2023-v2.se', [
      ...HEADER,
      ...voucher(1, '20230115', [
        ['4010', '1 "LKDATA"', '42'],
        ['2440', '', '-42'],
      ]),
    ]);
    expect(job.status).toBe('succeeded');
    const table = await statement();
    expect(line(table, 'LKDATA')?.[0]).toBe('−42');
    expect(line(table, 'Verksamhetsområde ekonomi')?.[0]).toBe('0');
    const loads = await t.request<{ fileName: string; replacedAt: string | null }[]>(
      'GET',
      '/api/v1/economy/ledger-imports',
    );
    expect(loads.body.map((load) => [load.fileName, load.replacedAt === null])).toEqual([
      ['huvudbok-2023-v2.se', true],
      ['huvudbok-2023.se', false],
    ]);
  });

  it('shows a year without a ledger empty, and answers in Swedish when the months are reversed', async () => {
    // A year with no ledger (a budget year) is shown whole, with nothing in the actual columns.
    const none = await statement('org=VSS&year=2019');
    expect(none.columns.map((column) => column.label).slice(1, 3)).toEqual(['Bokslut 2019', 'Budget 2019']);
    expect(
      rows(none)
        .find((row) => row.key === 'total')
        ?.cells.map((cell) => cell.text),
    ).toEqual(['', '', '', '']);
    const reversed = await t.request<{ error: { message: string } }>(
      'POST',
      '/api/v1/economy/ledger-imports',
      {
        fileId: '00000000-0000-4000-8000-000000000000',
        year: 2023,
        firstMonth: 9,
        lastMonth: 3,
      },
    );
    expect(reversed.status).toBe(422);
    expect(reversed.body.error.message).toBe('Sista månaden kan inte vara före den första.');
  });

  it('shows zeros, not empty, for units with nothing booked under them in months the ledger has', async () => {
    // A unit's statement reads only its own subtree's sums; an empty subtree must not read as "no ledger".
    for (const [code, name, parentId] of [
      ['VOTOM', 'Verksamhetsområde utan bokningar', 'VSS'],
      ['ENTOM', 'Enhet utan bokningar', 'VOTOM'],
    ]) {
      const created = await t.request('POST', '/api/v1/organisation/units', {
        code,
        name,
        kind: code === 'VOTOM' ? 'division' : 'unit',
        parentId,
        validFrom: '2022-01-01',
        validTo: null,
      });
      expect(created.status).toBe(201);
    }
    const empty = await statement('org=VOTOM&year=2023&unit=kr');
    // Utfall jan–aug 2023 is zero; 2022 has no ledger and 2023 no budget, so those stay empty.
    expect(line(empty, 'Enhet utan bokningar')).toEqual(['0', '', '', '', '']);
    // The administration above still adds up its own subtree, the new unit's row among them at zero.
    const vss = await statement();
    expect(line(vss, 'Verksamhetsområde utan bokningar')?.[0]).toBe('0');
  });

  it('reads a file again in the encoding its whole decides, when its first chunk suggested another', async () => {
    // A stored chunk (a megabyte) of plain ASCII, then a voucher text in Windows-1252: the first chunk is
    // parsed as CP437, the whole file decides Windows-1252, and the rows are read once, not twice.
    const vouchers = 13_000;
    const ascii = Array.from({ length: vouchers }, (_, index) =>
      voucher(index + 1, '20230915', [
        ['4010', '1 "1410"', '1.00'],
        ['2440', '', '-1.00'],
      ]),
    ).flat();
    const header = HEADER.map((row) => row.normalize('NFD').replace(/[^\x20-\x7e]/g, ''));
    const first = Buffer.from(`${[...header, ...ascii].join('\r\n')}\r\n`, 'latin1');
    const last = voucher(vouchers + 1, '20230920', [
      ['4010', '1 "1410"', '0.50'],
      ['2440', '', '-0.50'],
    ]);
    last[0] = `#VER A ${vouchers + 1} 20230920 "Återbetalning för kön"`;
    const second = Buffer.from(`${last.join('\r\n')}\r\n`, 'latin1');
    expect(first.length).toBeGreaterThan(1024 * 1024);
    expect(first.every((byte) => byte < 0x80)).toBe(true);
    const admin = await t.request<{ id: string }[]>('GET', '/api/v1/access/users');
    const file = await storeFile(t.database.db, [first, second], {
      name: 'huvudbok-september.se',
      mediaType: 'text/plain',
      createdBy: admin.body[0]?.id ?? '',
    });
    const started = await t.request<JobBody>('POST', '/api/v1/economy/ledger-imports', {
      fileId: file.id,
      year: 2023,
      firstMonth: 9,
      lastMonth: 9,
    });
    expect(started.status).toBe(202);
    const job = await finished(started.body.id);
    expect(job.status, JSON.stringify(job.error)).toBe('succeeded');
    const loads = await t.request<{ fileName: string; encoding: string; vouchers: number }[]>(
      'GET',
      '/api/v1/economy/ledger-imports?year=2023',
    );
    expect(loads.body.find((row) => row.fileName === 'huvudbok-september.se')).toMatchObject({
      encoding: 'windows-1252',
      vouchers: vouchers + 1,
    });
    const { rows: sums } = await sql<{ entries: string; months: string }>`
      select (select sum(amount_ore) from ledger_entry where year = 2023 and month = 9)::text as entries,
             (select sum(amount_ore_09) from ledger_sum where year = 2023)::text as months
    `.execute(t.database.db);
    // 13 000 kr and 0,50 kr of costs on VOE, once: 1 300 050 öre, in the rows and in the monthly sums.
    expect(sums[0]).toEqual({ entries: '1300050', months: '1300050' });
  });

  it('lets two loads of one year run one after the other, so each month has its sums once', async () => {
    // Beside the job queue, which runs one load of a year at a time: the CLI and the demo call the load
    // directly, and without the year's lock the second would clear nothing and then fail on ledger_sum's key.
    const admin = await t.request<{ id: string }[]>('GET', '/api/v1/access/users');
    const stored = (name: string, lines: readonly string[]) =>
      storeFile(t.database.db, [Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8')], {
        name,
        mediaType: 'text/plain',
        createdBy: admin.body[0]?.id ?? '',
      });
    const other = [
      ...HEADER,
      ...voucher(1, '20230301', [
        ['4010', '1 "1410"', '7.00'],
        ['2440', '', '-7.00'],
      ]),
    ];
    const files = [await stored('huvudbok-a.se', GOOD), await stored('huvudbok-b.se', other)];
    const ctx = systemContext(t.database.db);
    const reports = await Promise.all(
      files.map((file) =>
        importLedgerFile(ctx, { fileId: file.id, year: 2023, firstMonth: 1, lastMonth: 12 }),
      ),
    );
    expect(reports.map((report) => report.rows)).toEqual([3, 1]);
    const { rows } = await sql<{ loads: number; kept: number; entries: number }>`
      select
        (select count(*)::int from ledger_import where year = 2023 and replaced_at is null) as loads,
        (select sum(rows)::int from ledger_import where year = 2023 and replaced_at is null) as kept,
        (select count(*)::int from ledger_entry where year = 2023) as entries
    `.execute(t.database.db);
    // The last to commit replaced the other: its rows alone, summed once.
    expect(rows[0]).toEqual({ loads: 1, kept: rows[0]?.entries, entries: rows[0]?.entries });
    const { rows: entries } = await sql<{ sum: string }>`
      select sum(amount_ore)::text as sum from ledger_entry where year = 2023`.execute(t.database.db);
    const summed = (await sumLedger(t.database.db, 2023, 12)).reduce(
      (total, sum) => total + sum.amountOre,
      0n,
    );
    expect(String(summed)).toBe(entries[0]?.sum);
  });
});
