/**
 * A test application on a fresh database, driven through HTTP with `inject()`: what integration tests use
 * instead of mocks.
 */

import { createApp } from '../src/app.ts';
import type { ApiApp } from '../src/platform/http/create-app.ts';
import { openTestDatabase, type TestDatabase } from './db-engines.ts';

export interface TestApp {
  readonly app: ApiApp;
  readonly database: TestDatabase;
  request<T = unknown>(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }>;
  close(): Promise<void>;
}

export async function startTestApp(): Promise<TestApp> {
  const database = await openTestDatabase();
  const app = await createApp(database.db, {
    checkResponses: true,
    sharedDatabase: database.engine === 'postgres',
  });
  await app.ready();
  return {
    app,
    database,
    async request<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown) {
      const response = await app.inject({
        method,
        url,
        ...(body === undefined ? {} : { payload: body as object }),
      });
      const text = response.body;
      return { status: response.statusCode, body: (text === '' ? null : JSON.parse(text)) as T };
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}
