/**
 * The embedded database in a worker thread (ADR 0010), through the same `pg` pool and Kysely as everywhere:
 * transactions stay atomic on its one connection, concurrent queries each get their own answer, a failing
 * query leaves the connection usable, and the fair queue serves a request already under way before a flood
 * of requests that came after it. Runs on PGlite whatever engine the rest of the suite uses.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../src/platform/db/database.ts';
import { PgliteThread } from '../src/platform/db/pglite-thread.ts';
import { type PgliteEngine, pgliteClientConfig } from '../src/platform/db/pglite-wire.ts';

// biome-ignore lint/suspicious/noExplicitAny: raw SQL only
type Db = Kysely<any>;

let handle: DatabaseHandle<unknown>;
let db: Db;
let engine: PgliteEngine;

beforeAll(async () => {
  const thread = new PgliteThread();
  engine = thread;
  // The suite's migrated template when the suite runs on PGlite; an empty database otherwise.
  const template = inject('pgliteTemplate');
  await thread.open(template ? { loadDataDir: new Blob([fs.readFileSync(template)]) } : {});
  handle = await openDatabase({ kind: 'engine', engine: thread });
  db = handle.db as Db;
  await sql`create table worker_counter (id int primary key, value int not null)`.execute(db);
  await sql`insert into worker_counter values (1, 0)`.execute(db);
  await sql`create table worker_item (id int primary key, note text not null)`.execute(db);
});

afterAll(async () => {
  await handle?.close();
});

const pause = () => new Promise((resolve) => setImmediate(resolve));

async function counter(): Promise<number> {
  const { rows } = await sql<{ value: number }>`select value from worker_counter where id = 1`.execute(db);
  return rows[0]?.value ?? Number.NaN;
}

describe('PGlite in a worker thread', () => {
  it('keeps transactions atomic: concurrent read-modify-write transactions lose no update', async () => {
    const before = await counter();
    await Promise.all(
      Array.from({ length: 25 }, () =>
        db.transaction().execute(async (tx) => {
          const { rows } = await sql<{
            value: number;
          }>`select value from worker_counter where id = 1`.execute(tx);
          // Other work gets its turn meanwhile; it must not get into this transaction.
          await pause();
          await sql`update worker_counter set value = ${(rows[0]?.value ?? 0) + 1} where id = 1`.execute(tx);
        }),
      ),
    );
    expect(await counter()).toBe(before + 25);
  });

  it('rolls a failed transaction back whole, and queries outside it do not see its writes', async () => {
    let seenFromOutside: number | undefined;
    const failing = db.transaction().execute(async (tx) => {
      await sql`insert into worker_item values (100, 'in a transaction')`.execute(tx);
      await pause();
      await sql`insert into worker_item values (100, 'the same key again')`.execute(tx);
    });
    const outside = sql<{ count: number }>`select count(*)::int as count from worker_item where id = 100`
      .execute(db)
      .then(({ rows }) => {
        seenFromOutside = rows[0]?.count;
      });
    await expect(failing).rejects.toMatchObject({ code: '23505' });
    await outside;
    expect(seenFromOutside).toBe(0);
    const { rows } = await sql<{ count: number }>`select count(*)::int as count from worker_item`.execute(db);
    expect(rows[0]?.count).toBe(0);
  });

  it('answers many concurrent queries, each with its own result, large ones whole', async () => {
    const values = Array.from({ length: 300 }, (_, index) => index);
    const answers = await Promise.all(
      values.map((value) => sql<{ value: number }>`select ${value}::int as value`.execute(db)),
    );
    expect(answers.map(({ rows }) => rows[0]?.value)).toEqual(values);
    // About 6 MB in one answer: more than any buffer on the way holds by default.
    const { rows } = await sql<{ n: number; filler: string }>`
      select n, repeat('å', 1000) as filler from generate_series(1, 3000) as n`.execute(db);
    expect(rows).toHaveLength(3000);
    expect(rows[2999]).toEqual({ n: 3000, filler: 'å'.repeat(1000) });
  });

  it('reports a failing query as a database error and stays usable', async () => {
    await expect(sql`select * from no_such_table`.execute(db)).rejects.toMatchObject({ code: '42P01' });
    await expect(sql`select 1 / ${0}::int as value`.execute(db)).rejects.toMatchObject({ code: '22012' });
    await expect(sql`this is not sql`.execute(db)).rejects.toMatchObject({ code: '42601' });
    const { rows } = await sql<{ value: number }>`select 41 + 1 as value`.execute(db);
    expect(rows).toEqual([{ value: 42 }]);
    await db.transaction().execute(async (tx) => {
      await sql`insert into worker_item values (1, 'after the errors')`.execute(tx);
    });
    const items = await sql<{ note: string }>`select note from worker_item where id = 1`.execute(db);
    expect(items.rows).toEqual([{ note: 'after the errors' }]);
  });

  it('starts a new connection outside the transaction a failed connection left open', async () => {
    const failing = new pg.Client(pgliteClientConfig(engine));
    await failing.connect();
    await failing.query('begin');
    await failing.query("insert into worker_item values (200, 'never committed')");
    await expect(failing.query('select 1 / 0')).rejects.toMatchObject({ code: '22012' });
    // The client goes without ending its transaction, as when its connection fails.
    const lost = new Promise((resolve) => failing.once('error', resolve));
    failing.connection.stream.destroy();
    await lost;
    const fresh = new pg.Client(pgliteClientConfig(engine));
    await fresh.connect();
    try {
      const { rows } = await fresh.query('select count(*)::int as count from worker_item where id = 200');
      expect(rows).toEqual([{ count: 0 }]);
    } finally {
      await fresh.end();
    }
    const { rows } = await sql<{ value: number }>`select 42 as value`.execute(db);
    expect(rows).toEqual([{ value: 42 }]);
  });

  it("serves a request's later queries before a flood of requests that came after it", async () => {
    const QUERIES = 4;
    const FLOOD = 30;
    let entered = 0;
    // Every query any request completes, in order, named by request.
    const completed: string[] = [];
    const server = http.createServer(async (request, response) => {
      entered += 1;
      const name = request.url ?? '';
      for (let index = 0; index < QUERIES; index += 1) {
        await sql`select 1`.execute(db);
        completed.push(name);
      }
      response.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const agent = new http.Agent({ keepAlive: true, maxSockets: FLOOD + 1 });
    const get = (path: string) =>
      new Promise<void>((resolve, reject) => {
        http
          .get({ host: '127.0.0.1', port, path, agent }, (response) => {
            response.resume();
            response.on('end', () => resolve());
          })
          .on('error', reject);
      });
    const until = async (condition: () => boolean) => {
      while (!condition()) {
        await pause();
      }
    };
    // A transaction holds the one connection until every request is queued for it.
    let holding = false;
    let letGo = () => {};
    const held = new Promise<void>((resolve) => {
      letGo = resolve;
    });
    const blocker = db.transaction().execute(async (tx) => {
      await sql`select 1`.execute(tx);
      holding = true;
      await held;
    });
    try {
      await until(() => holding);
      const first = get('/first');
      await until(() => entered === 1);
      const flood = Array.from({ length: FLOOD }, (_, index) => get(`/flood-${index}`));
      await until(() => entered === FLOOD + 1);
      await pause();
      letGo();
      await Promise.all([blocker, first, ...flood]);
    } finally {
      letGo();
      agent.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
    const lastOfFirst = completed.lastIndexOf('/first');
    const othersBefore = completed.slice(0, lastOfFirst).filter((name) => name !== '/first').length;
    // First come, first served per query would put each of the first request's later queries behind every
    // flood request's query that was queued meanwhile: about FLOOD × (QUERIES - 1) of them. A fair queue
    // lets in at most the one query that got the connection between two of the first request's.
    expect(completed.filter((name) => name === '/first')).toHaveLength(QUERIES);
    expect(othersBefore).toBeLessThan(QUERIES);
  });
});
