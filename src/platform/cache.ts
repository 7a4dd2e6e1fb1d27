/**
 * Results that change only when someone saves: computed once, kept, and thrown away when the data's
 * revision moves. The revision comes from the revision clock that every committed write advances – in this
 * process for the embedded database (only one process can open it), and in the database itself for a
 * PostgreSQL server, so that a save through one application instance is seen at once through another.
 * Concurrent requests for the same missing entry share one computation.
 */

import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { MigrationDefinition } from './db/migrations.ts';

export interface RevisionClock {
  current(): Promise<string>;
  /** Called after every committed write. */
  advance(): Promise<void>;
}

/** Counts writes in this process: exact while one process owns the database (the embedded engine). */
export function localRevisionClock(): RevisionClock {
  let revision = 0;
  return {
    current: async () => String(revision),
    advance: async () => {
      revision += 1;
    },
  };
}

export const revisionMigration: MigrationDefinition = {
  name: '20261201T1200-platform-create-data-revision',
  async up(db) {
    await sql`create sequence data_revision`.execute(db);
  },
};

/**
 * A sequence in the database, advanced after every commit: every instance on the same server sees every
 * other's writes. A reader that reads the revision just before a commit and computes with the data just
 * before it caches that result under the old revision, which the advance then leaves behind.
 */
export function databaseRevisionClock(db: Kysely<unknown>): RevisionClock {
  const read = async () => {
    // A new sequence reads last_value 1 before its first nextval, as after it: is_called tells them apart,
    // or the first write of a new installation would leave every other instance's cache as it was.
    const { rows } = await sql<{
      revision: string;
    }>`select (case when is_called then last_value else 0 end)::text as revision from data_revision`.execute(
      db,
    );
    return rows[0]?.revision ?? '0';
  };
  return {
    current: freshReads(read),
    async advance() {
      await sql`select nextval('data_revision')`.execute(db);
    },
  };
}

/**
 * Shares reads of the revision among those who ask at once, without ever answering older than the moment
 * they asked: a read already sent when someone asks may have left before a save they were told of, so they
 * wait for the next one, sent when it returns and shared by everyone who asked meanwhile. Under a reporting
 * week's load one read is under way at a time, each serving every request that came in during the last,
 * instead of one read per request queueing for the pool's connections.
 */
export function freshReads(read: () => Promise<string>): () => Promise<string> {
  let sent: Promise<string> | null = null;
  let next: Promise<string> | null = null;
  const send = () => {
    const reading = read();
    sent = reading;
    const done = () => {
      if (sent === reading) {
        sent = null;
      }
    };
    reading.then(done, done);
    return reading;
  };
  return () => {
    if (sent === null) {
      return send();
    }
    if (next === null) {
      next = sent
        .then(
          () => undefined,
          () => undefined,
        )
        .then(() => {
          next = null;
          return send();
        });
    }
    return next;
  };
}

/**
 * The revision as one request sees it: read once, at its first cached read, and kept until the request's
 * own write advances it. A request that asks the cache three times (its credential, its part, its report)
 * then asks a PostgreSQL server for the revision once instead of three times. It sees the data as of its
 * start, as it would have had it run a moment earlier; a save it makes itself is seen at once. The reads
 * of different requests are never shared: a request must not see a revision older than a save it has
 * already been told of.
 */
export function requestClock(clock: RevisionClock): RevisionClock {
  let current: Promise<string> | null = null;
  return {
    current() {
      if (current === null) {
        const read = clock.current();
        read.catch(() => {
          if (current === read) {
            current = null;
          }
        });
        current = read;
      }
      return current;
    },
    async advance() {
      current = null;
      await clock.advance();
      current = null;
    },
  };
}

interface Entry {
  readonly revision: string;
  readonly value: Promise<unknown>;
}

/** Where results are kept between requests. */
export interface ResultCache {
  get<T>(key: string, compute: () => Promise<T>): Promise<T>;
  /** The same results, judged by `clock` (a request's, from `requestClock`). */
  at(clock: RevisionClock): ResultCache;
}

/**
 * What a transaction sees instead of the cache: its reads may include its own uncommitted writes, which
 * must not be kept for others, and asking the revision clock would take a second connection while the
 * transaction holds one – with every connection held by a transaction waiting, nothing could go on.
 */
export const uncached: ResultCache = { get: (_key, compute) => compute(), at: () => uncached };

/**
 * A least-recently-used cache whose entries hold only for the revision they were computed at. `keeps` may
 * leave some results out (a credential that opened nothing: kept, a stranger's guesses would crowd out
 * everyone's sessions).
 */
export class RevisionCache implements ResultCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly clock: RevisionClock,
    private readonly maxEntries = 500,
    private readonly keeps: (value: unknown) => boolean = () => true,
  ) {}

  get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    return this.getAt(this.clock, key, compute);
  }

  at(clock: RevisionClock): ResultCache {
    return { get: (key, compute) => this.getAt(clock, key, compute), at: (other) => this.at(other) };
  }

  private async getAt<T>(clock: RevisionClock, key: string, compute: () => Promise<T>): Promise<T> {
    const revision = await clock.current();
    const entry = this.entries.get(key);
    if (entry && entry.revision === revision) {
      // Map order is insertion order: moving the entry to the end keeps the least recently used first.
      this.entries.delete(key);
      this.entries.set(key, entry);
      return entry.value as Promise<T>;
    }
    const value = compute();
    this.entries.set(key, { revision, value });
    const forget = () => {
      if (this.entries.get(key)?.value === value) {
        this.entries.delete(key);
      }
    };
    value.then((result) => {
      if (!this.keeps(result)) {
        forget();
      }
    }, forget);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) {
        break;
      }
      this.entries.delete(oldest);
    }
    return value;
  }
}
