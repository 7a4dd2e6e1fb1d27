/**
 * COPY inside a Kysely transaction, the same SQL and the same bytes on both engines: the bulk loads that
 * write millions of rows (the ledger import) pay for `COPY … FROM STDIN`, not for an `insert` per batch, and
 * bytes are read with `COPY … TO STDOUT (format binary)`, as they are stored, not as text to decode.
 *
 * Kysely does not hand out the `pg` client under a connection, so the database is opened with a dialect of
 * our own (`ClientDialect`): Kysely's PostgreSQL dialect, whose connections keep their client where `copyIn`
 * and `copyOutBinary` can reach it. They run on the connection `db` holds – a transaction's own, so the rows
 * are written in it and rolled back with it.
 *
 * A COPY in goes to the backend as one write of three messages: the query, the data and CopyDone, without
 * waiting for the backend's CopyInResponse in between. PGlite answers a batch of wire messages at a time and
 * refuses a COPY whose data is not in the same batch (pg-copy-streams, which waits, cannot be used on it);
 * a server reads the messages in order either way. Should the COPY fail before or during its data, the
 * backend reports the error once and drops the CopyData and CopyDone still to come, as the protocol says,
 * so the connection stays usable (and the transaction aborted, as after any failed statement).
 */
import { Buffer } from 'node:buffer';
import {
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type Kysely,
  PostgresDialect,
  type PostgresDialectConfig,
  PostgresDriver,
  type PostgresPool,
  type QueryCompiler,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';
import type pg from 'pg';

/** A connection that keeps its `pg` client: Kysely's PostgresConnection, less cursors (never configured). */
class ClientConnection implements DatabaseConnection {
  constructor(readonly client: pg.PoolClient) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    try {
      const { command, rowCount, rows } = await this.client.query(query.sql, [...query.parameters]);
      const counted =
        command === 'INSERT' || command === 'UPDATE' || command === 'DELETE' || command === 'MERGE';
      return { numAffectedRows: counted ? BigInt(rowCount ?? 0) : undefined, rows: (rows ?? []) as R[] };
    } catch (error) {
      // As Kysely does: the caller's stack, not only the driver's.
      if (error instanceof Error) {
        error.stack = `${error.stack ?? ''}\n${new Error().stack?.split('\n').slice(1).join('\n') ?? ''}`;
      }
      throw error;
    }
  }

  // biome-ignore lint/correctness/useYield: streaming needs a cursor, which this application never configures
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming queries are not configured (no cursor) in this application.');
  }
}

/**
 * Kysely's PostgresDriver with ClientConnections. Transactions and savepoints are Kysely's own (they only
 * run statements on the connection they are given); acquiring and releasing are done here.
 */
class ClientDriver implements Driver {
  private readonly statements: PostgresDriver;
  private readonly connections = new WeakMap<pg.PoolClient, ClientConnection>();

  constructor(private readonly pool: PostgresPool) {
    this.statements = new PostgresDriver({ pool });
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    const client = (await this.pool.connect()) as unknown as pg.PoolClient;
    let connection = this.connections.get(client);
    if (!connection) {
      connection = new ClientConnection(client);
      this.connections.set(client, connection);
    }
    return connection;
  }

  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    return this.statements.beginTransaction(connection, settings);
  }

  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return this.statements.commitTransaction(connection);
  }

  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return this.statements.rollbackTransaction(connection);
  }

  savepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']) {
    return this.statements.savepoint(connection, name, compile);
  }

  rollbackToSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']) {
    return this.statements.rollbackToSavepoint(connection, name, compile);
  }

  releaseSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']) {
    return this.statements.releaseSavepoint(connection, name, compile);
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    (connection as ClientConnection).client.release();
  }

  async destroy(): Promise<void> {
    await this.pool.end();
  }
}

/** Kysely's PostgreSQL dialect on a pool given whole, with connections COPY can use. */
export class ClientDialect extends PostgresDialect {
  constructor(private readonly pool: PostgresPool) {
    super({ pool } satisfies PostgresDialectConfig);
  }

  override createDriver(): Driver {
    return new ClientDriver(this.pool);
  }
}

/**
 * The wire messages of one COPY: Query, and for a COPY FROM a CopyData for each part of the data and
 * CopyDone.
 */
function copyMessages(statement: string, data?: readonly Uint8Array[]): Buffer {
  const text = Buffer.from(`${statement}\0`, 'utf8');
  let length = 5 + text.byteLength;
  for (const part of data ?? []) {
    length += part.byteLength > 0 ? 5 + part.byteLength : 0;
  }
  const out = Buffer.allocUnsafe(length + (data ? 5 : 0));
  let at = out.writeUInt8(0x51, 0); // 'Q'
  at = out.writeInt32BE(4 + text.byteLength, at);
  at += text.copy(out, at);
  if (!data) {
    return out;
  }
  for (const part of data) {
    if (part.byteLength === 0) {
      continue;
    }
    at = out.writeUInt8(0x64, at); // 'd'
    at = out.writeInt32BE(4 + part.byteLength, at);
    out.set(part, at);
    at += part.byteLength;
  }
  at = out.writeUInt8(0x63, at); // 'c'
  out.writeInt32BE(4, at);
  return out;
}

/**
 * A COPY as pg's client runs it (its Submittable, with the handlers a COPY meets): sends its messages whole
 * and keeps what a COPY TO sends back.
 */
class CopyQuery {
  readonly done: Promise<{ rows: number; data: Buffer[] }>;
  private resolve!: (result: { rows: number; data: Buffer[] }) => void;
  private reject!: (error: Error) => void;
  private rows = 0;
  private readonly data: Buffer[] = [];
  private failed = false;

  constructor(private readonly messages: Buffer) {
    this.done = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
  }

  submit(connection: { stream: NodeJS.WritableStream }): void {
    connection.stream.write(this.messages);
  }

  /** The data went with the query. */
  handleCopyInResponse(): void {}

  handleCopyData(message: { chunk: Buffer }): void {
    // A copy: the chunk is a view of the protocol parser's buffer, which it reuses for later messages.
    this.data.push(Buffer.from(message.chunk));
  }

  handleCommandComplete(message: { text?: string }): void {
    // "COPY 5000"
    this.rows = Number((message.text ?? '').split(' ')[1] ?? 0);
  }

  handleError(error: Error): void {
    this.failed = true;
    this.reject(error);
  }

  handleReadyForQuery(): void {
    if (!this.failed) {
      this.resolve({ rows: this.rows, data: this.data });
    }
  }

  // Answers a COPY never has; pg calls them only on its active query.
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
}

// biome-ignore lint/suspicious/noExplicitAny: any schema; COPY names its own table
type AnyDb = Kysely<any>;

/** Runs a COPY's messages on the connection `db` holds (`db` must come from a database opened with ClientDialect). */
function runCopy(db: AnyDb, messages: Buffer): Promise<{ rows: number; data: Buffer[] }> {
  return db.getExecutor().provideConnection(async (connection) => {
    if (!(connection instanceof ClientConnection)) {
      throw new Error('COPY: the database was not opened with ClientDialect.');
    }
    const query = new CopyQuery(messages);
    connection.client.query(query as unknown as pg.Submittable);
    return query.done;
  });
}

/**
 * Runs `statement` (a `COPY … FROM STDIN`) with `data` as its input, on the connection `db` holds: inside a
 * transaction, in it. Returns the rows copied.
 */
export async function copyIn(db: AnyDb, statement: string, data: readonly Uint8Array[]): Promise<number> {
  return (await runCopy(db, copyMessages(statement, data))).rows;
}

/**
 * Runs `statement` (a `COPY … TO STDOUT (format binary)`) on the connection `db` holds, and returns the
 * values of its rows' fields (null for SQL null). The whole output is held in memory: for a bounded result,
 * such as one chunk of a stored file.
 */
export async function copyOutBinary(db: AnyDb, statement: string): Promise<(Buffer | null)[][]> {
  const { data } = await runCopy(db, copyMessages(statement));
  return binaryCopyRows(Buffer.concat(data));
}

/** COPY's binary format's signature: "PGCOPY\n\377\r\n\0". */
const BINARY_SIGNATURE = Buffer.from([0x50, 0x47, 0x43, 0x4f, 0x50, 0x59, 0x0a, 0xff, 0x0d, 0x0a, 0x00]);

/**
 * The rows of COPY's binary format: the signature, flags and a header extension, then per row a field count
 * and each field's length (-1 for null) and bytes, and a count of -1 at the end.
 */
function binaryCopyRows(data: Buffer): (Buffer | null)[][] {
  if (data.length < 19 || !data.subarray(0, 11).equals(BINARY_SIGNATURE)) {
    throw new Error('COPY: the output is not in the binary format.');
  }
  let at = 15 + 4 + data.readInt32BE(15);
  const rows: (Buffer | null)[][] = [];
  for (let fields = data.readInt16BE(at); fields !== -1; fields = data.readInt16BE(at)) {
    at += 2;
    const row: (Buffer | null)[] = [];
    for (let field = 0; field < fields; field++) {
      const length = data.readInt32BE(at);
      at += 4;
      row.push(length === -1 ? null : data.subarray(at, at + length));
      at += Math.max(length, 0);
    }
    rows.push(row);
  }
  return rows;
}

/** Bytes of COPY data gathered in one buffer before the next is begun: a part of the data. */
const PART_BYTES = 1 << 20;

const TAB = 0x09;
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const BACKSLASH = 0x5c;
const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Rows in COPY's text format (tab between fields, a line per row, null as `\N`), written straight into
 * buffers of about a megabyte. A field's backslashes, tabs, newlines and carriage returns are escaped, so
 * any text goes in as it is and comes out the same.
 *
 * Fields are written as bytes as they come, rather than as a line of text encoded afterwards: for the
 * ledger's millions of rows, building strings and encoding them cost more than the parse of the file
 * itself (a profile of 1 000 000 rows: some 700 ms of 4 200, most of it flattening and encoding strings).
 */
export class CopyText {
  rows = 0;
  private parts: Uint8Array[] = [];
  private buffer = Buffer.allocUnsafe(0);
  private at = 0;
  /** Whether the next field begins a row (no tab before it). */
  private rowStart = true;

  /** Adds a row: its fields in the order of the COPY's column list. */
  add(fields: readonly (string | null)[]): void {
    for (const field of fields) {
      if (field === null) {
        this.null();
      } else {
        this.text(field);
      }
    }
    this.end();
  }

  /** A text field of the current row. */
  text(value: string): this {
    this.separate(3 * value.length);
    const buffer = this.buffer;
    const start = this.at;
    let at = start;
    for (let i = 0; i < value.length; i++) {
      const code = value.charCodeAt(i);
      if (code >= 0x80) {
        // Not ASCII: escaped as text and encoded whole (3 bytes per UTF-16 unit at most, reserved above).
        this.at = start + buffer.write(copyField(value), start, 'utf8');
        return this;
      }
      if (code === BACKSLASH || code === TAB || code === NEWLINE || code === CARRIAGE_RETURN) {
        buffer[at++] = BACKSLASH;
        buffer[at++] = code === BACKSLASH ? BACKSLASH : code === TAB ? 0x74 : code === NEWLINE ? 0x6e : 0x72;
      } else {
        buffer[at++] = code;
      }
    }
    this.at = at;
    return this;
  }

  /**
   * A text field encoded once by `encodeField`, for a value that many rows repeat (an id): copying its bytes
   * costs less than escaping and encoding it for every row.
   */
  encoded(field: Uint8Array): this {
    this.separate(field.length);
    this.buffer.set(field, this.at);
    this.at += field.length;
    return this;
  }

  /** A whole number of the current row (a bigint for öre beyond 2^53). */
  integer(value: number | bigint): this {
    const small = typeof value === 'bigint' && value >= MIN_SAFE && value <= MAX_SAFE ? Number(value) : value;
    if (typeof small === 'bigint' || !Number.isSafeInteger(small)) {
      return this.ascii(String(small));
    }
    // Digits written from the last, without a string per number.
    this.separate(17);
    const buffer = this.buffer;
    let rest = small;
    if (rest < 0) {
      buffer[this.at++] = 0x2d; // -
      rest = -rest;
    }
    let digits = 1;
    for (let power = 10; power <= rest; power *= 10) {
      digits += 1;
    }
    let at = this.at + digits;
    this.at = at;
    do {
      buffer[--at] = 0x30 + (rest % 10);
      rest = Math.floor(rest / 10);
    } while (rest > 0);
    return this;
  }

  /** A field of ASCII characters that need no escape (digits). */
  private ascii(text: string): this {
    this.separate(text.length);
    for (let i = 0; i < text.length; i++) {
      this.buffer[this.at++] = text.charCodeAt(i);
    }
    return this;
  }

  /** A null field of the current row. */
  null(): this {
    this.separate(2);
    this.buffer[this.at++] = BACKSLASH;
    this.buffer[this.at++] = 0x4e; // N
    return this;
  }

  /** Ends the current row. */
  end(): void {
    this.reserve(1);
    this.buffer[this.at++] = NEWLINE;
    this.rowStart = true;
    this.rows += 1;
  }

  /** The data so far, and an empty builder for what follows. */
  take(): Uint8Array[] {
    if (this.at > 0) {
      this.parts.push(this.buffer.subarray(0, this.at));
    }
    const parts = this.parts;
    this.parts = [];
    this.buffer = Buffer.allocUnsafe(0);
    this.at = 0;
    this.rows = 0;
    this.rowStart = true;
    return parts;
  }

  /** Room for a field of at most `bytes` bytes, after the tab that separates it from the one before. */
  private separate(bytes: number): void {
    this.reserve(bytes + 1);
    if (!this.rowStart) {
      this.buffer[this.at++] = TAB;
    }
    this.rowStart = false;
  }

  private reserve(bytes: number): void {
    if (this.at + bytes <= this.buffer.length) {
      return;
    }
    if (this.at > 0) {
      this.parts.push(this.buffer.subarray(0, this.at));
    }
    this.buffer = Buffer.allocUnsafe(Math.max(PART_BYTES, bytes));
    this.at = 0;
  }
}

/** A text field's bytes in COPY's text format, for `CopyText.encoded`. */
export function encodeField(value: string): Uint8Array {
  return Buffer.from(copyField(value), 'utf8');
}

/** A text field as COPY's text format reads it back to the same text. */
function copyField(value: string): string {
  return SPECIAL.test(value) ? value.replace(SPECIALS, escapeCharacter) : value;
}

const SPECIAL = /[\\\t\n\r]/;
const SPECIALS = /[\\\t\n\r]/g;

function escapeCharacter(character: string): string {
  switch (character) {
    case '\\':
      return '\\\\';
    case '\t':
      return '\\t';
    case '\n':
      return '\\n';
    default:
      return '\\r';
  }
}
