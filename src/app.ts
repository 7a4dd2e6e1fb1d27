/**
 * Builds the application on an open database: migrations, the platform every use case runs on, and the HTTP
 * app with every module's routes. Shared by the server, the CLI's direct mode, the tests and the benchmark.
 */
import { LOCAL_ACTOR } from '#core/actor.ts';
import '#core/validation.ts';
import type { Kysely } from 'kysely';
import type { Ctx } from '#modules/context.ts';
import type { Database } from '#modules/database.ts';
import { allConstraintErrors, allMigrations, MODULES } from '#modules/registry.ts';
import { allowAll, type Platform, type RevisionClock } from '#platform/context.ts';
import { migrateToLatest } from '#platform/db/migrations.ts';
import { type ApiApp, createHttpApp } from '#platform/http/create-app.ts';
import type { HttpPlatform } from '#platform/http/operations.ts';

export interface AppOptions {
  readonly logLevel?: string;
  readonly webRoot?: string | null;
  /** Check every response against its schema (the tests do). */
  readonly checkResponses?: boolean;
}

export const VERSION = '0.1.0';

/** Counts writes in this process; enough while one process owns the database. */
function localRevisionClock(): RevisionClock {
  let revision = 0;
  return {
    current: async () => String(revision),
    advance: async () => {
      revision += 1;
    },
  };
}

export function createPlatform(db: Kysely<Database>): Platform<Database> {
  return {
    db,
    policy: allowAll,
    constraintErrors: allConstraintErrors(),
    revision: localRevisionClock(),
  };
}

/** A context for work outside a request (the CLI, the demo loader): the local default user. */
export function systemContext(db: Kysely<Database>): Ctx {
  return { ...createPlatform(db), actor: LOCAL_ACTOR };
}

export async function migrate(db: Kysely<Database>): Promise<string[]> {
  return migrateToLatest(db, allMigrations());
}

export async function createApp(db: Kysely<Database>, options: AppOptions = {}): Promise<ApiApp> {
  const platform: HttpPlatform<Database> = { ...createPlatform(db), actorFor: () => LOCAL_ACTOR };
  return createHttpApp({
    logLevel: options.logLevel ?? 'silent',
    webRoot: options.webRoot ?? null,
    version: VERSION,
    constraintErrors: platform.constraintErrors,
    checkResponses: options.checkResponses ?? false,
    async register(api) {
      for (const module of MODULES) {
        module.routes?.(api, platform);
      }
    },
  });
}
