/**
 * `COPY … FROM STDIN` inside a Kysely transaction, the same SQL and the same bytes on both engines: the bulk
 * loads that write millions of rows (the ledger import) pay for COPY, not for an `insert` per batch.
 *
 * Kysely does not hand out the `pg` client under a connection, so the database is opened with a dialect of
 * our own (`ClientDialect`): Kysely's PostgreSQL dialect, whose connections keep their client where `copyIn`
 * can reach it. `copyIn(db, …)` runs on the connection `db` holds – a transaction's own, so the rows are
 * written in it and rolled back with it.
 *
 * The COPY goes to the backend as one write of three messages: the query, the data and CopyDone, without
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

/** Kysely's PostgreSQL dialect on a pool given whole, with connections `copyIn` can use. */
export class ClientDialect extends PostgresDialect {
  constructor(private readonly pool: PostgresPool) {
    super({ pool } satisfies PostgresDialectConfig);
  }

  override createDriver(): Driver {
    return new ClientDriver(this.pool);
  }
}

/** The wire messages of one COPY: Query, CopyData for each part of the data, CopyDone. */
function copyMessages(statement: string, data: readonly Uint8Array[]): Buffer {
  const text = Buffer.from(`${statement}\0`, 'utf8');
  let length = 5 + text.byteLength + 5;
  for (const part of data) {
    length += part.byteLength > 0 ? 5 + part.byteLength : 0;
  }
  const out = Buffer.allocUnsafe(length);
  let at = out.writeUInt8(0x51, 0); // 'Q'
  at = out.writeInt32BE(4 + text.byteLength, at);
  at += text.copy(out, at);
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

/** What pg's client asks of a query it runs (its Submittable, with the handlers a COPY meets). */
class CopyInQuery {
  readonly done: Promise<number>;
  private resolve!: (rows: number) => void;
  private reject!: (error: Error) => void;
  private rows = 0;
  private failed = false;

  constructor(private readonly messages: Buffer) {
    this.done = new Promise<number>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
  }

  submit(connection: { stream: NodeJS.WritableStream }): void {
    connection.stream.write(this.messages);
  }

  /** The data went with the query. */
  handleCopyInResponse(): void {}

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
      this.resolve(this.rows);
    }
  }

  // Answers a COPY FROM never has; pg calls them only on its active query.
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyData(): void {}
}

/**
 * Runs `statement` (a `COPY … FROM STDIN`) with `data` as its input, on the connection `db` holds: inside a
 * transaction, in it. Returns the rows copied. `db` must come from a database opened with ClientDialect.
 */
export async function copyIn(
  // biome-ignore lint/suspicious/noExplicitAny: any schema; COPY names its own table
  db: Kysely<any>,
  statement: string,
  data: readonly Uint8Array[],
): Promise<number> {
  const messages = copyMessages(statement, data);
  return db.getExecutor().provideConnection(async (connection) => {
    if (!(connection instanceof ClientConnection)) {
      throw new Error('copyIn: the database was not opened with ClientDialect.');
    }
    const query = new CopyInQuery(messages);
    connection.client.query(query as unknown as pg.Submittable);
    return query.done;
  });
}

/** Bytes of COPY data kept in one string before it is encoded: a part of the data, a CopyData message. */
const PART_CHARS = 1 << 20;

/**
 * Rows in COPY's text format (tab between fields, a line per row, null as `\N`), encoded as UTF-8 in parts
 * of about a megabyte. A field's backslashes, tabs, newlines and carriage returns are escaped, so any text
 * goes in as it is and comes out the same.
 */
export class CopyText {
  private parts: Uint8Array[] = [];
  private text = '';
  rows = 0;

  /** Adds a row; its fields in the order of the COPY's column list. */
  add(fields: readonly (string | null)[]): void {
    let line = '';
    for (let index = 0; index < fields.length; index++) {
      const field = fields[index] ?? null;
      line += `${index === 0 ? '' : '\t'}${field === null ? '\\N' : copyField(field)}`;
    }
    this.addLine(line);
  }

  /** Adds a row already written as a line (fields escaped with `copyField`, tab-separated, no newline). */
  addLine(line: string): void {
    this.text += `${line}\n`;
    this.rows += 1;
    if (this.text.length >= PART_CHARS) {
      this.parts.push(Buffer.from(this.text, 'utf8'));
      this.text = '';
    }
  }

  /** The data so far, and an empty builder for what follows. */
  take(): Uint8Array[] {
    const parts = this.text === '' ? this.parts : [...this.parts, Buffer.from(this.text, 'utf8')];
    this.parts = [];
    this.text = '';
    this.rows = 0;
    return parts;
  }
}

/** A text field as COPY's text format reads it back to the same text. */
export function copyField(value: string): string {
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
