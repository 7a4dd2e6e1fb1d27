/**
 * Builds the application on an open database: migrations, the demo when asked for, and the HTTP app with
 * every module's routes. Shared by the server, the CLI's direct mode and the tests.
 */
import { LOCAL_ACTOR } from '#core/actor.ts';
import '#core/validation.ts';
import type { Kysely } from 'kysely';
import type { AppContext } from '#modules/context.ts';
import type { Database } from '#modules/database.ts';
import { allMigrations, MODULES } from '#modules/registry.ts';
import { migrateToLatest } from '#platform/db/migrations.ts';
import { type ApiApp, createHttpApp } from '#platform/http/create-app.ts';

export interface AppOptions {
  readonly logLevel?: string;
  readonly webRoot?: string | null;
}

export const VERSION = '0.1.0';

export function createContext(db: Kysely<Database>): AppContext {
  return { db, actorFor: () => LOCAL_ACTOR };
}

export async function migrate(db: Kysely<Database>): Promise<string[]> {
  return migrateToLatest(db, allMigrations());
}

export async function createApp(db: Kysely<Database>, options: AppOptions = {}): Promise<ApiApp> {
  const ctx = createContext(db);
  return createHttpApp({
    logLevel: options.logLevel ?? 'silent',
    webRoot: options.webRoot ?? null,
    version: VERSION,
    async register(api) {
      for (const module of MODULES) {
        await module.routes?.(api, ctx);
      }
    },
  });
}
