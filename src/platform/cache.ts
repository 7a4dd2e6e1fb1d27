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
  return {
    async current() {
      const { rows } = await sql<{
        revision: string;
      }>`select last_value::text as revision from data_revision`.execute(db);
      return rows[0]?.revision ?? '0';
    },
    async advance() {
      await sql`select nextval('data_revision')`.execute(db);
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
}

/**
 * What a transaction sees instead of the cache: its reads may include its own uncommitted writes, which
 * must not be kept for others, and asking the revision clock would take a second connection while the
 * transaction holds one – with every connection held by a transaction waiting, nothing could go on.
 */
export const uncached: ResultCache = { get: (_key, compute) => compute() };

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

  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const revision = await this.clock.current();
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
