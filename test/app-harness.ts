/**
 * A test application on a fresh database, driven through HTTP with `inject()`: what integration tests use
 * instead of mocks. Requests go as an administrator of everything (a personal API token), unless a test
 * signs in as someone else (`as`).
 */

import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { type AppOptions, createApp, systemContext } from '../src/app.ts';
import type { Grant } from '../src/core/actor.ts';
import { createGrant, createUser, issueToken } from '../src/modules/access/index.ts';
import type { ApiApp } from '../src/platform/http/create-app.ts';
import { openTestDatabase, type TestDatabase } from './db-engines.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface Caller {
  /** The caller's Authorization header. */
  readonly headers: Readonly<Record<string, string>>;
  request<T = unknown>(method: Method, url: string, body?: unknown): Promise<{ status: number; body: T }>;
  inject(options: InjectOptions): Promise<LightMyRequestResponse>;
}

export interface TestApp extends Caller {
  readonly app: ApiApp;
  readonly database: TestDatabase;
  /**
   * A new user with these roles, calling through their own API token: `await t.as('reporter', vssId)`.
   * Roles given as grants for more than one.
   */
  as(role: Grant['role'], orgUnitId?: string | null): Promise<Caller>;
  asUser(name: string, grants: readonly Omit<Grant, never>[]): Promise<Caller>;
  /** No one signed in. */
  readonly anonymous: Caller;
  close(): Promise<void>;
}

function callerOf(app: ApiApp, headers: Record<string, string>): Caller {
  const inject = (options: InjectOptions) =>
    app.inject({ ...options, headers: { ...headers, ...(options.headers ?? {}) } });
  return {
    headers,
    inject,
    async request<T>(method: Method, url: string, body?: unknown) {
      const response = await inject({
        method,
        url,
        ...(body === undefined ? {} : { payload: body as object }),
      });
      const text = response.body;
      return { status: response.statusCode, body: (text === '' ? null : JSON.parse(text)) as T };
    },
  };
}

let users = 0;

/** Entries in the change log, but for the users the harness itself signs in with. */
export async function changeLogSize(t: TestApp): Promise<number> {
  const { rows } = await sql<{ count: number }>`
    select count(*)::int as count from change_log
    where entity_type not in ('app_user', 'role_grant', 'user_credential', 'api_token')`.execute(
    t.database.db,
  );
  return rows[0]?.count ?? 0;
}

/** `options`: what a test gives the app besides the defaults (a mailer to a local SMTP server). */
export async function startTestApp(options: Pick<AppOptions, 'mailer'> = {}): Promise<TestApp> {
  const database = await openTestDatabase();
  const app = await createApp(database.db, {
    ...options,
    checkResponses: true,
    sharedDatabase: database.engine === 'postgres',
  });
  await app.ready();
  const system = systemContext(database.db);

  async function asUser(name: string, grants: readonly Grant[]): Promise<Caller> {
    users += 1;
    const { user } = await createUser(system, {
      username: `test-${process.pid}-${users}`,
      name,
      email: null,
      active: true,
      password: 'ett långt testlösenord',
    });
    for (const grant of grants) {
      await createGrant(system, { userId: user.id, ...grant });
    }
    const { token } = await issueToken(system, { userId: user.id, name: 'test' });
    return callerOf(app, { authorization: `Bearer ${token}` });
  }

  const admin = await asUser('Testadministratör', [
    { role: 'administrator', orgUnitId: null, fromYear: null, toYear: null },
  ]);
  return {
    ...admin,
    app,
    database,
    asUser,
    as: (role, orgUnitId = null) =>
      asUser(`Test ${role}`, [{ role, orgUnitId, fromYear: null, toYear: null }]),
    anonymous: callerOf(app, {}),
    async close() {
      await app.close();
      await database.close();
    },
  };
}
