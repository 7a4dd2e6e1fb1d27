/**
 * The file store: uploaded files (a data package, later a ledger file) and generated ones (later a PDF),
 * kept in the database in chunks of a megabyte, so that every application instance sees every file and a
 * backup of the database is a backup of the files. A file is known by its id and by the SHA-256 of its
 * content: storing the same bytes twice gives the file already stored. Files are written and read as
 * streams, so their size never has to fit in memory.
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { type Kysely, sql } from 'kysely';
import { defineErrors } from '#core/errors.ts';
import { copyOutBytes } from './db/copy.ts';
import type { MigrationDefinition } from './db/migrations.ts';

export const filesMigration: MigrationDefinition = {
  name: '20261201T1300-platform-create-stored-file',
  async up(db) {
    await sql`
      create table stored_file (
        id uuid primary key default gen_random_uuid(),
        sha256 text check (sha256 ~ '^[0-9a-f]{64}$'),
        name text not null check (length(name) between 1 and 255),
        media_type text not null,
        size bigint not null default 0,
        created_by uuid not null,
        created_at timestamptz not null default now(),
        complete boolean not null default false
      )`.execute(db);
    await sql`create unique index stored_file_sha256_key on stored_file (sha256) where complete`.execute(db);
    await sql`
      create table stored_file_chunk (
        file_id uuid not null references stored_file (id) on delete cascade,
        seq integer not null,
        data bytea not null,
        primary key (file_id, seq)
      )`.execute(db);
  },
};

/**
 * Chunks stored as they come, not compressed (`storage external`): a piece of an uncompressed chunk is read
 * from its toast slices alone (readChunk), where a compressed chunk had to be decompressed whole first, which
 * cost a server ~8 ms per megabyte in the ledger import's reading against under 1 ms (ADR 0013, addendum
 * "stop 31"); and most uploads (xlsx, docx, pdf) do not compress anyway. Text files take more room: a 55 MB
 * SIE file 59 MB instead of 12. Chunks stored before stay compressed, and are read about as fast as before.
 */
export const uncompressedChunksMigration: MigrationDefinition = {
  name: '20261217T0900-platform-stored-file-chunks-uncompressed',
  async up(db) {
    await sql`alter table stored_file_chunk alter column data set storage external`.execute(db);
  },
};

export interface StoredFile {
  readonly id: string;
  readonly sha256: string;
  readonly name: string;
  readonly mediaType: string;
  readonly size: number;
  readonly createdAt: string;
}

export const fileErrors = defineErrors('files', {
  not_found: { kind: 'not_found', text: (id: string) => `Filen ${id} finns inte.` },
  too_large: {
    kind: 'invalid',
    text: (limit: number) => `Filen är för stor: högst ${Math.round(limit / 2 ** 20)} MB tas emot.`,
  },
  empty: { kind: 'invalid', text: () => 'Filen är tom.' },
});

const CHUNK = 1024 * 1024;
/** The largest file the store takes; a data package of a large municipality is a few hundred megabytes. */
export const MAX_FILE_BYTES = 2 * 1024 ** 3;

// biome-ignore lint/suspicious/noExplicitAny: the store's tables belong to the platform, not the modules' schema
type AnyDb = Kysely<any>;

interface FileRow {
  id: string;
  sha256: string;
  name: string;
  media_type: string;
  size: string;
  created_at: Date;
}

const toFile = (row: FileRow): StoredFile => ({
  id: row.id,
  sha256: row.sha256,
  name: row.name,
  mediaType: row.media_type,
  size: Number(row.size),
  createdAt: row.created_at.toISOString(),
});

/** Stores a stream; returns the stored file (the one already stored, when the content is the same). */
export async function storeFile(
  db: AnyDb,
  input: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  meta: { name: string; mediaType: string; createdBy: string; maxBytes?: number },
): Promise<StoredFile> {
  const limit = meta.maxBytes ?? MAX_FILE_BYTES;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is replaced
  const name = meta.name.replace(/[\u0000-\u001f\u007f/\\]/g, '_').slice(0, 255) || 'fil';
  const created = await sql<{ id: string }>`
    insert into stored_file (name, media_type, created_by) values (${name}, ${meta.mediaType}, ${meta.createdBy})
    returning id`.execute(db);
  const id = created.rows[0]?.id as string;
  const hash = createHash('sha256');
  let size = 0;
  let seq = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  // Chunks of CHUNK bytes exactly, the last one shorter: a reader makes room for a chunk before it comes.
  const flush = async (bytes: number) => {
    if (bytes === 0) {
      return;
    }
    // One part (a large buffer given whole, or the rest of one) is cut as it is: gathering it again for every
    // chunk would copy a buffer of n megabytes n times.
    const gathered = pending.length === 1 ? (pending[0] as Buffer) : Buffer.concat(pending, pendingBytes);
    const rest = gathered.subarray(bytes);
    pending = rest.length > 0 ? [rest] : [];
    pendingBytes = rest.length;
    const data = gathered.subarray(0, bytes);
    await sql`insert into stored_file_chunk (file_id, seq, data) values (${id}, ${seq}, ${data})`.execute(db);
    seq += 1;
  };
  try {
    for await (const chunk of input) {
      size += chunk.length;
      if (size > limit) {
        throw fileErrors.too_large(limit);
      }
      hash.update(chunk);
      pending.push(Buffer.from(chunk));
      pendingBytes += chunk.length;
      while (pendingBytes >= CHUNK) {
        await flush(CHUNK);
      }
    }
    await flush(pendingBytes);
    if (size === 0) {
      throw fileErrors.empty();
    }
  } catch (error) {
    await sql`delete from stored_file where id = ${id}`.execute(db);
    throw error;
  }
  const sha256 = hash.digest('hex');
  const existing = await sql<FileRow>`
    select id, sha256, name, media_type, size::text as size, created_at from stored_file
    where sha256 = ${sha256} and complete`.execute(db);
  if (existing.rows[0]) {
    await sql`delete from stored_file where id = ${id}`.execute(db);
    return toFile(existing.rows[0]);
  }
  const done = await sql<FileRow>`
    update stored_file set sha256 = ${sha256}, size = ${size}, complete = true where id = ${id}
    returning id, sha256, name, media_type, size::text as size, created_at`.execute(db);
  return toFile(done.rows[0] as FileRow);
}

export async function findFile(db: AnyDb, id: string): Promise<StoredFile> {
  const { rows } = await sql<FileRow>`
    select id, sha256, name, media_type, size::text as size, created_at from stored_file
    where id = ${id} and complete`.execute(db);
  if (!rows[0]) {
    throw fileErrors.not_found(id);
  }
  return toFile(rows[0]);
}

/**
 * A stored file's content, chunk by chunk. Each chunk is read with COPY's binary format, so its bytes come as
 * they are stored: a bytea in a query's answer comes as text (hex, or base64 when asked), twice or 4/3 its
 * size, for the server to encode and Node to decode (node-postgres's binary results decode every value as
 * UTF-8 text, so they cannot carry bytes). A ledger file of 55 MB read in some 300 ms less of Node's time.
 * From a server it comes in pieces of a few dozen kilobytes, one row each, copied into the chunk as they
 * come: a message of a megabyte costs pg's protocol parser 4 MB of fresh buffers (copyOutBytes).
 * Each chunk is a buffer no one else holds: the caller may move it to a thread.
 */
export function readFile(db: AnyDb, id: string): Readable {
  // The id goes into the COPY's text (COPY takes no parameters): a uuid or nothing.
  if (!UUID.test(id)) {
    throw fileErrors.not_found(id);
  }
  return Readable.from(
    (async function* () {
      for (let seq = 0; ; seq += 1) {
        const data = await copyOutBytes(db, (piece) => readChunk(id, seq, piece), CHUNK);
        if (!data) {
          return;
        }
        yield data;
      }
    })(),
  );
}

/**
 * The COPY that reads a chunk: whole, or in rows of `piece` bytes, each read from the toast slices it lies in
 * (the chunk is stored uncompressed: uncompressedChunksMigration). A chunk stored compressed, before, is
 * decompressed up to each piece's end – more work, the same bytes.
 */
export function readChunk(id: string, seq: number, piece: number | null): string {
  const chunk = `stored_file_chunk where file_id = '${id}' and seq = ${seq}`;
  if (piece === null) {
    return `copy (select data from ${chunk}) to stdout (format binary)`;
  }
  return `copy (
    select substring(data from start for ${piece})
    from (select data from ${chunk}) as whole, generate_series(1, length(data), ${piece}) as start
    order by start
  ) to stdout (format binary)`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
