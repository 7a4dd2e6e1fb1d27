/**
 * A write (POST, PUT, DELETE) with an Idempotency-Key header runs once, however often it is sent: a
 * double-click on "Skapa mål" or a retried request after a lost answer gets the first answer again instead
 * of creating a second goal – or, for a change, instead of a complaint that the version is now stale.
 * Keys live in the database, so this also holds across application instances. A request that fails is
 * forgotten (so it can be corrected and sent again with the same key); answers are kept for a day.
 */
import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { MigrationDefinition } from '../db/migrations.ts';
import type { HousekeepingTask } from '../housekeeping.ts';
import { HttpError } from './error-handler.ts';

export const idempotencyMigration: MigrationDefinition = {
  name: '20261201T1000-platform-create-idempotency-key',
  async up(db) {
    await sql`
      create table idempotency_key (
        key text primary key check (length(key) between 8 and 200),
        actor_id uuid not null,
        operation text not null,
        request_hash text not null,
        status integer,
        response text,
        created_at timestamptz not null default now()
      )`.execute(db);
  },
};

export interface StoredResponse {
  readonly status: number;
  readonly body: string;
}

// biome-ignore lint/suspicious/noExplicitAny: the table belongs to the platform, not to the modules' schema
type AnyDb = Kysely<any>;

const WAIT_MS = 25;
/** A first request still running after this long is taken to have died with its process. */
const ABANDONED_AFTER_MS = 60_000;

/** The request as a whole (path parameters, query and body): a key names one request, not one body. */
export function requestHash(request: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(request ?? null))
    .digest('base64url');
}

const KEY = /^[\x21-\x7e]{8,200}$/;

export function checkKey(key: string): void {
  if (!KEY.test(key)) {
    throw new HttpError(
      400,
      'request.invalid_idempotency_key',
      'Huvudet Idempotency-Key ska vara 8–200 synliga ASCII-tecken, t.ex. ett UUID.',
    );
  }
}

interface KeyRow {
  actor_id: string;
  operation: string;
  request_hash: string;
  status: number | null;
  response: string | null;
  created_at: Date;
}

/**
 * Claims the key for this request. Returns null when this request is the first (run it, then `complete` or
 * `forget`), or the first request's answer, waiting for it while the first is still running.
 */
export async function claimKey(
  db: AnyDb,
  key: string,
  claim: { actorId: string; operation: string; hash: string },
): Promise<StoredResponse | null> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const inserted = await sql`
      insert into idempotency_key (key, actor_id, operation, request_hash)
      values (${key}, ${claim.actorId}, ${claim.operation}, ${claim.hash})
      on conflict (key) do nothing returning key`.execute(db);
    if (inserted.rows.length > 0) {
      return null;
    }
    const { rows } = await sql<KeyRow>`
      select actor_id, operation, request_hash, status, response, created_at
      from idempotency_key where key = ${key}`.execute(db);
    const row = rows[0];
    if (!row) {
      continue; // forgotten meanwhile: claim it again
    }
    if (
      row.actor_id !== claim.actorId ||
      row.operation !== claim.operation ||
      row.request_hash !== claim.hash
    ) {
      throw new HttpError(
        422,
        'request.idempotency_key_reused',
        'Huvudet Idempotency-Key har redan använts för ett annat anrop. Skicka ett nytt värde.',
      );
    }
    if (row.status !== null && row.response !== null) {
      return { status: row.status, body: row.response };
    }
    if (Date.now() - row.created_at.getTime() > ABANDONED_AFTER_MS) {
      await forgetKey(db, key);
      continue;
    }
    if (Date.now() > deadline) {
      throw new HttpError(
        409,
        'request.in_progress',
        'Samma anrop behandlas redan. Försök igen om en stund.',
      );
    }
    await new Promise((resolve) => setTimeout(resolve, WAIT_MS));
  }
}

export async function completeKey(db: AnyDb, key: string, response: StoredResponse): Promise<void> {
  await sql`update idempotency_key set status = ${response.status}, response = ${response.body}
            where key = ${key}`.execute(db);
}

export async function forgetKey(db: AnyDb, key: string): Promise<void> {
  await sql`delete from idempotency_key where key = ${key}`.execute(db);
}

/** Drops answers older than a day before `now`: the platform's housekeeping runs it every hour. */
export async function pruneKeys(db: AnyDb, now: Date): Promise<number> {
  const { rows } = await sql<{ key: string }>`
    delete from idempotency_key where created_at < ${now}::timestamptz - interval '1 day'
    returning key`.execute(db);
  return rows.length;
}

export const idempotencyHousekeeping: HousekeepingTask = { name: 'idempotency keys', run: pruneKeys };
