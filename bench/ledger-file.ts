/**
 * The ledger benchmark's data: a municipality with a few boards, their administrations and 2 000 units whose
 * codes are the cost centres' codes (so the import maps them with no cost-centre table), and a SIE 4E file
 * of a year for them, written to disk as the economy module's generator yields it (never held whole), in
 * CP437 as #FORMAT PC8 says. Beside it, as CSV, the rows COPY loads as the import's baseline, taken from the
 * same lines: the rows the import keeps (each voucher's cost or revenue row, on its cost centre's unit) and
 * every transaction row of the file.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { type CentrePlan, cp437Byte, type Db, type OrgUnitKind, syntheticLedgerLines } from './verksam.ts';

export interface BenchUnit {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly kind: OrgUnitKind;
  readonly parentId: string | null;
}

export interface BenchOrganisation {
  readonly root: BenchUnit;
  /** Every unit, parents before their children. */
  readonly units: readonly BenchUnit[];
  /** The units the ledger books on: the leaves, one cost centre each. */
  readonly centres: readonly BenchUnit[];
}

/** A small seedable generator (mulberry32), so the same run gives the same amounts. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A municipality (BENCH), `boards` boards (N1…), five administrations under each (F01…) and `centres` units
 * spread over the administrations (10001…, the codes cost centres often have).
 */
export function benchOrganisation(centres = 2000, boards = 8): BenchOrganisation {
  const unit = (code: string, name: string, kind: OrgUnitKind, parent: BenchUnit | null): BenchUnit => ({
    id: randomUUID(),
    code,
    name,
    kind,
    parentId: parent?.id ?? null,
  });
  const root = unit('BENCH', 'Bänkeby kommun', 'municipality', null);
  const boardUnits = Array.from({ length: boards }, (_, index) =>
    unit(`N${index + 1}`, `Nämnd ${index + 1}`, 'board', root),
  );
  const administrations = boardUnits.flatMap((board, b) =>
    Array.from({ length: 5 }, (_, a) => {
      const number = String(b * 5 + a + 1).padStart(2, '0');
      return unit(`F${number}`, `Förvaltning ${number}`, 'administration', board);
    }),
  );
  const leaves = Array.from({ length: centres }, (_, index) => {
    const code = String(10001 + index);
    return unit(code, `Enhet ${code}`, 'unit', administrations[index % administrations.length] ?? root);
  });
  return { root, units: [root, ...boardUnits, ...administrations, ...leaves], centres: leaves };
}

/** Inserts the organisation with plain SQL (fast; the tree is valid by construction). */
export async function insertOrganisation(db: Db, org: BenchOrganisation): Promise<void> {
  const column = <T>(pick: (unit: BenchUnit) => T) => org.units.map(pick);
  await sql`
    insert into org_unit (id, code, name, kind, parent_id, valid_from, sort_order)
    select * from unnest(
      ${column((unit) => unit.id)}::uuid[],
      ${column((unit) => unit.code)}::text[],
      ${column((unit) => unit.name)}::text[],
      ${column((unit) => unit.kind)}::text[],
      ${column((unit) => unit.parentId)}::uuid[],
      ${column(() => '2000-01-01')}::date[],
      ${org.units.map((_, index) => index)}::integer[])`.execute(db);
}

export interface LedgerFile {
  readonly path: string;
  readonly bytes: number;
  /** #TRANS rows in the file: two per voucher. */
  readonly transactionRows: number;
  readonly vouchers: number;
  /** The cost and revenue rows on a cost centre: what the import keeps (one per voucher). */
  readonly keptRows: number;
  readonly keptSumOre: bigint;
  /** Cost centres with rows, of all of them (the file is cut after its last voucher). */
  readonly centresBooked: number;
  readonly vouchersPerMonth: number;
  /** CSV in ledger_entry's column order (LEDGER_ENTRY_COLUMNS) of the kept rows, and of every row. */
  readonly keptCsv: string;
  readonly allCsv: string;
  readonly generateMs: number;
}

/** Characters the generator writes that CP437 lacks: the en dash of #FNAMN. */
const SUBSTITUTES = new Map([[0x2013, 0x2d]]);

function cp437(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const byte = code < 128 ? code : cp437Byte(code);
    bytes[index] = byte >= 0 ? byte : (SUBSTITUTES.get(code) ?? 0x3f);
  }
  return bytes;
}

/** Appends text to a file through a buffer of about a megabyte. */
class Writer {
  private readonly fd: number;
  private parts: string[] = [];
  private length = 0;
  bytes = 0;

  constructor(
    file: string,
    private readonly encode: (text: string) => Uint8Array,
  ) {
    this.fd = fs.openSync(file, 'w');
  }

  write(text: string): void {
    this.parts.push(text);
    this.length += text.length;
    if (this.length >= 1 << 20) {
      this.flush();
    }
  }

  private flush(): void {
    const bytes = this.encode(this.parts.join(''));
    fs.writeSync(this.fd, bytes);
    this.bytes += bytes.length;
    this.parts = [];
    this.length = 0;
  }

  close(): void {
    this.flush();
    fs.closeSync(this.fd);
  }
}

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const VOUCHER = /^#VER (\S+) (\d+) (\d{4})(\d{2})(\d{2}) /;
const TRANS = /^\s+#TRANS (\d+) \{(?:1 "([^"]+)")?\} (-?\d+)\.(\d\d)$/;

/**
 * Writes a SIE 4E file of `transactionRows` rows (rounded up to whole vouchers of two rows) for `year` to
 * `folder`, with the CSVs of its rows. Every cost centre books the whole year, `vouchersPerMonth` cost and
 * as many revenue vouchers a month, the fewest that reach the rows asked for; the file is cut after the
 * voucher that reaches them, so the last cost centres in the file may book fewer months or none.
 */
export function writeLedgerFile(
  folder: string,
  org: BenchOrganisation,
  transactionRows: number,
  year: number,
  importId: string,
): LedgerFile {
  const started = performance.now();
  const vouchers = Math.ceil(transactionRows / 2);
  const months = 12;
  const vouchersPerMonth = Math.max(1, Math.ceil(vouchers / (org.centres.length * months * 2)));
  const next = random(year);
  const centres: CentrePlan[] = org.centres.map((unit) => {
    const costsOre = BigInt(Math.round(1_000_000 + next() * 99_000_000)) * 100n;
    return {
      code: unit.code,
      name: unit.name,
      costsOre,
      revenuesOre: (costsOre * BigInt(Math.round(100 + next() * 300))) / 1000n,
    };
  });
  const unitOf = new Map(org.centres.map((unit) => [unit.code, unit.id]));
  const file = path.join(folder, `huvudbok-${transactionRows}.se`);
  const keptCsv = path.join(folder, `kept-${transactionRows}.csv`);
  const allCsv = path.join(folder, `all-${transactionRows}.csv`);
  const sie = new Writer(file, cp437);
  const kept = new Writer(keptCsv, utf8);
  const all = new Writer(allCsv, utf8);
  const booked = new Set<string>();
  let written = 0;
  let keptRows = 0;
  let keptSumOre = 0n;
  let voucher = { label: '', month: 0, date: '' };
  for (const line of syntheticLedgerLines({
    company: 'Bänkeby kommun',
    label: 'Syntetisk huvudbok för prestandatest',
    year,
    firstMonth: 1,
    lastMonth: months,
    centres,
    vouchersPerMonth,
    seed: year,
  })) {
    sie.write(`${line}\r\n`);
    const opened = VOUCHER.exec(line);
    if (opened) {
      const [, series, number, y, m, d] = opened;
      voucher = { label: `${series} ${number}`, month: Number(m), date: `${y}-${m}-${d}` };
      continue;
    }
    const row = TRANS.exec(line);
    if (row) {
      const [, account, centre, whole, cents] = row;
      const amount = `${whole}${cents}`.replace(/^(-?)0+(?=\d)/, '$1');
      const common = `${importId},${year},${voucher.month}`;
      const tail = `${voucher.date},${voucher.label}`;
      if (centre === undefined) {
        all.write(`${common},,${account},${amount},${tail},\n`);
      } else {
        const unitId = unitOf.get(centre);
        const csv = `${common},${unitId},${account},${amount},${tail},${centre}\n`;
        kept.write(csv);
        all.write(csv);
        keptRows += 1;
        keptSumOre += BigInt(amount);
        booked.add(centre);
      }
      continue;
    }
    if (line === '}') {
      written += 1;
      if (written === vouchers) {
        break;
      }
    }
  }
  sie.close();
  kept.close();
  all.close();
  return {
    path: file,
    bytes: sie.bytes,
    transactionRows: written * 2,
    vouchers: written,
    keptRows,
    keptSumOre,
    centresBooked: booked.size,
    vouchersPerMonth,
    keptCsv,
    allCsv,
    generateMs: performance.now() - started,
  };
}

/** A file's bytes a megabyte at a time, as an upload streams in. */
export async function* fileChunks(file: string): AsyncGenerator<Uint8Array> {
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 })) {
    yield chunk as Buffer;
  }
}
