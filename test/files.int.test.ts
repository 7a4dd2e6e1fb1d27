/**
 * The file store on both engines: what is stored is read back byte for byte – every byte value, NUL and
 * bytes that are not UTF-8 included, across chunk boundaries – and an id that is not a uuid finds nothing
 * (it is written into the COPY that reads the chunks, so it must never be taken as SQL); chunks are stored
 * uncompressed, and those stored compressed before are still read.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../src/app.ts';
import { LOCAL_ACTOR } from '../src/core/actor.ts';
import { copyOutBytes } from '../src/platform/db/copy.ts';
import { readChunk, readFile, storeFile } from '../src/platform/files.ts';
import { openTestDatabase, type TestDatabase } from './db-engines.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
  await migrate(database.db);
});
afterAll(async () => {
  await database?.close();
});

async function readAll(id: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of readFile(database.db, id)) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** A line of a ledger file: text, which compresses well. */
const SIE_LINE = '#TRANS 4010 {1 "100"} 125.50 20250131 "Fika åt laget"\n';

const meta = { name: 'prov.bin', mediaType: 'application/octet-stream', createdBy: LOCAL_ACTOR.userId };

describe('the file store', () => {
  it('reads back every byte as stored, over several chunks', async () => {
    // 2,5 MB: three chunks of a megabyte, every byte value in every position.
    const bytes = Buffer.alloc(2.5 * 2 ** 20);
    for (let i = 0; i < bytes.length; i++) {
      bytes[i] = (i * 7 + (i >> 8)) & 0xff;
    }
    const stored = await storeFile(database.db, [bytes.subarray(0, 1000), bytes.subarray(1000)], meta);
    expect(stored.size).toBe(bytes.length);
    // Chunks of a megabyte exactly, whatever pieces the stream came in: a reader makes room for one at once.
    const chunks = await sql<{ bytes: number }>`
      select length(data) as bytes from stored_file_chunk where file_id = ${stored.id} order by seq`.execute(
      database.db,
    );
    expect(chunks.rows.map((row) => row.bytes)).toEqual([2 ** 20, 2 ** 20, 2 ** 19]);
    const read = await readAll(stored.id);
    expect(read.length).toBe(bytes.length);
    expect(read.equals(bytes)).toBe(true);
  });

  it('stores chunks uncompressed, even of text, so that a piece is read from its slices alone', async () => {
    const text = Buffer.from(SIE_LINE.repeat(50_000));
    const stored = await storeFile(database.db, [text], meta);
    const { rows } = await sql<{ compression: string | null; stored: number }>`
      select pg_column_compression(data) as compression, pg_column_size(data) as stored
      from stored_file_chunk where file_id = ${stored.id} order by seq`.execute(database.db);
    expect(rows.map((row) => row.compression)).toEqual([null, null, null]);
    expect(rows.map((row) => row.stored)).toEqual([2 ** 20, 2 ** 20, text.length - 2 ** 21]);
    expect((await readAll(stored.id)).equals(text)).toBe(true);
  });

  it('reads a chunk larger than a megabyte, stored compressed, as earlier versions could store it', async () => {
    const stored = await storeFile(database.db, [Buffer.from('x')], meta);
    // Text compresses: stored as the store's column stored it before it was made `external`, its pieces
    // are read decompressing the chunk up to each piece's end.
    const text = Buffer.from(SIE_LINE.repeat(30_000));
    await database.db.transaction().execute(async (trx) => {
      await sql`alter table stored_file_chunk alter column data set storage extended`.execute(trx);
      await sql`update stored_file_chunk set data = ${text} where file_id = ${stored.id}`.execute(trx);
      await sql`alter table stored_file_chunk alter column data set storage external`.execute(trx);
    });
    const { rows } = await sql<{ compression: string | null }>`
      select pg_column_compression(data) as compression from stored_file_chunk
      where file_id = ${stored.id}`.execute(database.db);
    expect(rows).toEqual([{ compression: 'pglz' }]);
    const read = await readAll(stored.id);
    expect(read.length).toBe(text.length);
    expect(read.equals(text)).toBe(true);
  });

  it('reads a chunk the same whole or in pieces of any size, on either engine', async () => {
    const bytes = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 31 + (i >> 9)) & 0xff));
    const stored = await storeFile(database.db, [bytes], meta);
    for (const piece of [null, 1, 1000, 32 * 1024, 69_999, 70_000, 1_000_000]) {
      const read = await copyOutBytes(database.db, () => readChunk(stored.id, 0, piece));
      expect(read?.equals(bytes), `pieces of ${piece}`).toBe(true);
    }
    expect(await copyOutBytes(database.db, () => readChunk(stored.id, 1, 1000))).toBeNull();
  });

  it('reads a file of one byte, a NUL', async () => {
    const stored = await storeFile(database.db, [Buffer.from([0])], meta);
    expect([...(await readAll(stored.id))]).toEqual([0]);
  });

  it('refuses an id that is not a uuid, in Swedish, before any SQL', () => {
    expect(() => readFile(database.db, "x' or true) to stdout; --")).toThrow(/Filen .* finns inte/);
  });

  it('reads nothing of a file that does not exist', async () => {
    expect((await readAll('00000000-0000-4000-8000-000000000000')).length).toBe(0);
  });
});
