/**
 * The access module's queries: credentials, sessions, API tokens and the grants that make an Actor. Only
 * hashes are stored: a stolen database gives no one a session, a token or a password.
 */
import { type Kysely, sql } from 'kysely';
import { type Actor, type Grant, LOCAL_USER_ID, type Role } from '#core/actor.ts';
import type { AccessTables } from './tables.ts';

// biome-ignore lint/suspicious/noExplicitAny: the access tables within any schema that holds them
type Db = Kysely<any>;
const typed = (db: Db) => db as Kysely<AccessTables>;

export interface Credential {
  readonly userId: string;
  readonly name: string;
  readonly active: boolean;
  readonly passwordHash: string | null;
  readonly failedSignIns: number;
  readonly lockedUntil: Date | null;
  readonly mustChange: boolean;
}

export async function findCredential(db: Db, username: string): Promise<Credential | null> {
  const row = await typed(db)
    .selectFrom('app_user as u')
    .leftJoin('user_credential as c', 'c.user_id', 'u.id')
    .select([
      'u.id',
      'u.name',
      'u.active',
      'c.password_hash',
      'c.failed_sign_ins',
      'c.locked_until',
      'c.must_change',
    ])
    .where('u.username', '=', username)
    .executeTakeFirst();
  return row
    ? {
        userId: row.id,
        name: row.name,
        active: row.active,
        passwordHash: row.password_hash,
        failedSignIns: row.failed_sign_ins ?? 0,
        lockedUntil: row.locked_until,
        mustChange: row.must_change ?? false,
      }
    : null;
}

export async function passwordHashOf(db: Db, userId: string): Promise<string | null> {
  const row = await typed(db)
    .selectFrom('user_credential')
    .select('password_hash')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.password_hash ?? null;
}

export async function recordFailedSignIn(db: Db, userId: string, failures: number, lockedUntil: Date | null) {
  await typed(db)
    .updateTable('user_credential')
    .set({ failed_sign_ins: failures, locked_until: lockedUntil })
    .where('user_id', '=', userId)
    .execute();
}

export async function recordSignIn(db: Db, userId: string) {
  await typed(db)
    .updateTable('user_credential')
    .set({ failed_sign_ins: 0, locked_until: null })
    .where('user_id', '=', userId)
    .execute();
}

export async function savePassword(db: Db, userId: string, passwordHash: string, mustChange: boolean) {
  await typed(db)
    .insertInto('user_credential')
    .values({ user_id: userId, password_hash: passwordHash, must_change: mustChange })
    .onConflict((conflict) =>
      conflict.column('user_id').doUpdateSet({
        password_hash: passwordHash,
        must_change: mustChange,
        failed_sign_ins: 0,
        locked_until: null,
        changed_at: sql`now()`,
      }),
    )
    .execute();
}

export async function anyPasswordExists(db: Db): Promise<boolean> {
  const row = await typed(db).selectFrom('user_credential').select('user_id').limit(1).executeTakeFirst();
  return row !== undefined;
}

export async function insertSession(
  db: Db,
  session: { tokenHash: string; userId: string; csrfToken: string; expiresAt: Date; viaOidc?: boolean },
) {
  await typed(db)
    .insertInto('user_session')
    .values({
      token_hash: session.tokenHash,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      expires_at: session.expiresAt,
      via_oidc: session.viaOidc ?? false,
    })
    .execute();
}

export async function deleteSession(db: Db, tokenHash: string) {
  await typed(db).deleteFrom('user_session').where('token_hash', '=', tokenHash).execute();
}

export async function deleteSessionsOf(db: Db, userId: string): Promise<number> {
  const result = await typed(db).deleteFrom('user_session').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Removes the sessions that can open nothing any more at `now`: past their end, or idle longer than
 * `idleMinutes` (domain/password.ts decides both for a session in use).
 */
export async function deleteEndedSessions(db: Db, now: Date, idleMinutes: number): Promise<number> {
  const result = await typed(db)
    .deleteFrom('user_session')
    .where((eb) =>
      eb.or([
        eb('expires_at', '<=', now),
        eb('last_seen_at', '<=', new Date(now.getTime() - idleMinutes * 60_000)),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function touchSession(db: Db, tokenHash: string) {
  await typed(db)
    .updateTable('user_session')
    .set({ last_seen_at: sql`now()` })
    .where('token_hash', '=', tokenHash)
    .execute();
}

/** A signed-in user as the policies see them: who, and every grant they hold. */
interface ActorRow {
  id: string;
  name: string;
  grants:
    | { role: Role; org_unit_id: string | null; from_year: number | null; to_year: number | null }[]
    | string;
}

const grantsJson = sql<ActorRow['grants']>`coalesce((
  select json_agg(json_build_object('role', g.role, 'org_unit_id', g.org_unit_id, 'from_year', g.from_year,
                                    'to_year', g.to_year) order by g.role, g.id)
  from role_grant g where g.user_id = u.id), '[]'::json)`;

function actorOf(row: ActorRow): Actor {
  const grants = typeof row.grants === 'string' ? JSON.parse(row.grants) : row.grants;
  return {
    userId: row.id,
    name: row.name,
    grants: (grants as Exclude<ActorRow['grants'], string>).map(
      (grant): Grant => ({
        role: grant.role,
        orgUnitId: grant.org_unit_id,
        fromYear: grant.from_year,
        toYear: grant.to_year,
      }),
    ),
  };
}

export interface SessionActor {
  readonly actor: Actor;
  readonly csrfToken: string;
  readonly expiresAt: Date;
  /** Moved forward in place when the session is touched, so that a kept copy stays as alive as the row. */
  lastSeenAt: Date;
  readonly mustChangePassword: boolean;
  /** Opened through the identity provider: a pending one-time password does not hold it up. */
  readonly viaOidc: boolean;
}

/** The session's user with their grants, in one query: every request asks it. */
export async function findSession(db: Db, tokenHash: string): Promise<SessionActor | null> {
  const { rows } = await sql<
    ActorRow & {
      csrf_token: string;
      expires_at: Date;
      last_seen_at: Date;
      must_change: boolean | null;
      via_oidc: boolean;
    }
  >`
    select u.id, u.name, s.csrf_token, s.expires_at, s.last_seen_at, c.must_change, s.via_oidc,
           ${grantsJson} as grants
    from user_session s
    join app_user u on u.id = s.user_id and u.active
    left join user_credential c on c.user_id = u.id
    where s.token_hash = ${tokenHash}`.execute(db);
  const row = rows[0];
  return row
    ? {
        actor: actorOf(row),
        csrfToken: row.csrf_token,
        expiresAt: new Date(row.expires_at),
        lastSeenAt: new Date(row.last_seen_at),
        mustChangePassword: (row.must_change ?? false) && !row.via_oidc,
        viaOidc: row.via_oidc,
      }
    : null;
}

export interface TokenActor {
  readonly actor: Actor;
  readonly tokenId: string;
  /** Moved forward in place when the token is touched, like a session's lastSeenAt. */
  lastUsedAt: Date | null;
}

export async function findTokenActor(db: Db, tokenHash: string): Promise<TokenActor | null> {
  const { rows } = await sql<ActorRow & { token_id: string; last_used_at: Date | null }>`
    select u.id, u.name, t.id as token_id, t.last_used_at, ${grantsJson} as grants
    from api_token t
    join app_user u on u.id = t.user_id and u.active
    where t.token_hash = ${tokenHash} and t.revoked_at is null`.execute(db);
  const row = rows[0];
  return row
    ? {
        actor: actorOf(row),
        tokenId: row.token_id,
        lastUsedAt: row.last_used_at === null ? null : new Date(row.last_used_at),
      }
    : null;
}

/** A user the identity provider's person may be, as signing in through it needs them. */
export interface IdpUserRow {
  readonly id: string;
  readonly name: string;
  readonly email: string | null;
  readonly active: boolean;
  readonly oidcSubject: string | null;
}

/** The user with the provider's subject, and the users with the e-mail address (in any case). */
export async function findIdpUsers(
  db: Db,
  subject: string,
  email: string | null,
): Promise<{ bySubject: IdpUserRow | null; byEmail: IdpUserRow[] }> {
  const rows = await typed(db)
    .selectFrom('app_user')
    .select(['id', 'name', 'email', 'active', 'oidc_subject'])
    .where((eb) =>
      eb.or([
        eb('oidc_subject', '=', subject),
        ...(email === null ? [] : [eb(sql<string>`lower(email)`, '=', email.toLowerCase())]),
      ]),
    )
    .where('id', '<>', LOCAL_USER_ID)
    .orderBy('created_at')
    .execute();
  const users = rows.map(
    (row): IdpUserRow => ({
      id: row.id,
      name: row.name,
      email: row.email,
      active: row.active,
      oidcSubject: row.oidc_subject,
    }),
  );
  return {
    bySubject: users.find((user) => user.oidcSubject === subject) ?? null,
    byEmail: users.filter(
      (user) => email !== null && user.email !== null && user.email.toLowerCase() === email.toLowerCase(),
    ),
  };
}

export async function setOidcSubject(db: Db, userId: string, subject: string) {
  await typed(db).updateTable('app_user').set({ oidc_subject: subject }).where('id', '=', userId).execute();
}

/** Which of these sign-in names are taken. */
export async function takenUsernames(db: Db, usernames: readonly string[]): Promise<Set<string>> {
  if (usernames.length === 0) {
    return new Set();
  }
  const rows = await typed(db)
    .selectFrom('app_user')
    .select('username')
    .where('username', 'in', [...usernames])
    .execute();
  return new Set(rows.map((row) => row.username));
}

/** Whether a user with this e-mail address (in any case) exists. */
export async function emailTaken(db: Db, email: string): Promise<boolean> {
  const row = await typed(db)
    .selectFrom('app_user')
    .select('id')
    .where(sql<string>`lower(email)`, '=', email.toLowerCase())
    .executeTakeFirst();
  return row !== undefined;
}

/** A user as a job that they queued runs: with the grants they hold when it runs. */
export async function findActor(db: Db, userId: string): Promise<Actor | null> {
  const { rows } = await sql<ActorRow>`
    select u.id, u.name, ${grantsJson} as grants from app_user u where u.id = ${userId}`.execute(db);
  return rows[0] ? actorOf(rows[0]) : null;
}

/** An active user who holds some role, with their e-mail address and every grant of that role. */
export interface RoleHolder {
  readonly userId: string;
  readonly name: string;
  readonly email: string | null;
  /** Only the grants of the role asked for. */
  readonly grants: readonly Grant[];
}

/**
 * The active users who hold a role somewhere, with those grants: whom a reminder to a unit's reporters could
 * reach (the caller decides which grants cover the unit and year, with `permits`).
 */
export async function listRoleHolders(db: Db, role: Role): Promise<RoleHolder[]> {
  const rows = await typed(db)
    .selectFrom('role_grant as g')
    .innerJoin('app_user as u', 'u.id', 'g.user_id')
    .select(['u.id', 'u.name', 'u.email', 'g.org_unit_id', 'g.from_year', 'g.to_year'])
    .where('g.role', '=', role)
    .where('u.active', '=', true)
    .orderBy('u.name')
    .orderBy('u.id')
    .execute();
  const holders = new Map<string, { userId: string; name: string; email: string | null; grants: Grant[] }>();
  for (const row of rows) {
    const holder = holders.get(row.id) ?? { userId: row.id, name: row.name, email: row.email, grants: [] };
    holder.grants.push({ role, orgUnitId: row.org_unit_id, fromYear: row.from_year, toYear: row.to_year });
    holders.set(row.id, holder);
  }
  return [...holders.values()];
}

export async function touchToken(db: Db, tokenId: string) {
  await typed(db)
    .updateTable('api_token')
    .set({ last_used_at: sql`now()` })
    .where('id', '=', tokenId)
    .where((eb) =>
      eb.or([
        eb('last_used_at', 'is', null),
        eb('last_used_at', '<', sql<Date>`now() - interval '5 minutes'`),
      ]),
    )
    .execute();
}

export interface TokenRow {
  readonly id: string;
  readonly userId: string;
  readonly userName: string;
  readonly name: string;
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

export async function listTokens(db: Db, userId: string | null): Promise<TokenRow[]> {
  let query = typed(db)
    .selectFrom('api_token as t')
    .innerJoin('app_user as u', 'u.id', 't.user_id')
    .select([
      't.id',
      't.user_id',
      'u.name as user_name',
      't.name',
      't.created_at',
      't.last_used_at',
      't.revoked_at',
    ])
    .orderBy('t.created_at', 'desc');
  if (userId !== null) {
    query = query.where('t.user_id', '=', userId);
  }
  const rows = await query.execute();
  const iso = (date: Date | null) => (date === null ? null : new Date(date).toISOString());
  return rows.map((row) => ({
    id: row.id,
    userId: row.user_id,
    userName: row.user_name,
    name: row.name,
    createdAt: new Date(row.created_at).toISOString(),
    lastUsedAt: iso(row.last_used_at),
    revokedAt: iso(row.revoked_at),
  }));
}

export async function insertToken(
  db: Db,
  token: { userId: string; name: string; tokenHash: string; createdBy: string },
): Promise<string> {
  const row = await typed(db)
    .insertInto('api_token')
    .values({
      user_id: token.userId,
      name: token.name,
      token_hash: token.tokenHash,
      created_by: token.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function revokeToken(db: Db, id: string): Promise<boolean> {
  const result = await typed(db)
    .updateTable('api_token')
    .set({ revoked_at: sql`now()` })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function tokenExists(db: Db, id: string): Promise<boolean> {
  return (
    (await typed(db).selectFrom('api_token').select('id').where('id', '=', id).executeTakeFirst()) !==
    undefined
  );
}

export async function readSetting(db: Db, key: string): Promise<string | null> {
  const row = await typed(db)
    .selectFrom('access_setting')
    .select('value')
    .where('key', '=', key)
    .executeTakeFirst();
  return row?.value ?? null;
}

/** Stores a setting unless one is stored already; returns the stored value (two processes agree on one). */
export async function settleSetting(db: Db, key: string, value: string): Promise<string> {
  await typed(db)
    .insertInto('access_setting')
    .values({ key, value })
    .onConflict((c) => c.column('key').doNothing())
    .execute();
  return (await readSetting(db, key)) ?? value;
}

export async function writeSetting(db: Db, key: string, value: string) {
  await typed(db)
    .insertInto('access_setting')
    .values({ key, value })
    .onConflict((c) => c.column('key').doUpdateSet({ value }))
    .execute();
}

/** The unit and its ancestors, nearest first: a grant on any of them covers the unit. */
export async function unitPath(db: Db, unitId: string): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    with recursive path (id, parent_id, depth) as (
      select id, parent_id, 0 from org_unit where id = ${unitId}
      union all
      select u.id, u.parent_id, p.depth + 1 from org_unit u join path p on u.id = p.parent_id where p.depth < 50
    )
    select id from path order by depth`.execute(db);
  return rows.map((row) => row.id);
}
