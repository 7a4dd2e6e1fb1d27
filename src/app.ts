/**
 * Builds the application on an open database: migrations, the platform every use case runs on, and the HTTP
 * app with every module's routes. Shared by the server, the CLI's direct mode, the tests and the benchmark.
 */
import { LOCAL_ACTOR } from '#core/actor.ts';
import '#core/validation.ts';
import type { Kysely } from 'kysely';
import { authenticatorFor, findActor } from '#modules/access/index.ts';
import type { Ctx } from '#modules/context.ts';
import type { Database } from '#modules/database.ts';
import {
  allConstraintErrors,
  allHousekeeping,
  allJobHandlers,
  allMigrations,
  installationPolicy,
  MODULES,
} from '#modules/registry.ts';
import { databaseRevisionClock, localRevisionClock, RevisionCache } from '#platform/cache.ts';
import { LOCAL_HOSTS } from '#platform/config.ts';
import type { Platform } from '#platform/context.ts';
import { migrateToLatest } from '#platform/db/migrations.ts';
import { startHousekeeping } from '#platform/housekeeping.ts';
import { type ApiApp, createHttpApp } from '#platform/http/create-app.ts';
import type { HttpPlatform } from '#platform/http/operations.ts';
import { type JobRun, type JobWorker, startJobWorker } from '#platform/jobs.ts';
import type { Mailer } from '#platform/mail.ts';
import type { OidcClient } from '#platform/oidc.ts';
import { closeSharedPdfRenderer } from '#platform/pdf.ts';

export interface AppOptions {
  readonly logLevel?: string;
  readonly webRoot?: string | null;
  /** Check every response against its schema (the tests do). */
  readonly checkResponses?: boolean;
  /** Other processes may write to the database (a PostgreSQL server, perhaps several instances). */
  readonly sharedDatabase?: boolean;
  /** Host names to answer to (default: localhost and its addresses). */
  readonly allowedHosts?: readonly string[];
  /** Run queued jobs, and the hourly housekeeping (platform/housekeeping.ts), in this process (default true). */
  readonly runJobs?: boolean;
  /** Sign-in through the municipality's identity provider (the server makes it from VERKSAM_OIDC_*). */
  readonly oidc?: OidcClient | null;
  /** E-mail through SMTP (the server makes it from VERKSAM_SMTP_URL and VERKSAM_MAIL_FROM). */
  readonly mailer?: Mailer | null;
}

export const VERSION = '0.1.0';

/**
 * The services every use case runs on. `shared` says whether other processes may write to the same
 * database (a PostgreSQL server): then the revision that caches follow lives in the database; otherwise
 * (the embedded engine, which only this process can open) in memory.
 */
function createPlatform(
  db: Kysely<Database>,
  shared = false,
  mailer: Mailer | null = null,
): Platform<Database> {
  const revision = shared ? databaseRevisionClock(db as Kysely<unknown>) : localRevisionClock();
  return {
    db,
    policy: installationPolicy(),
    constraintErrors: allConstraintErrors(),
    revision,
    cache: new RevisionCache(revision),
    mailer,
  };
}

/** A context for work outside a request (the CLI, the demo loader): the local default user. */
export function systemContext(db: Kysely<Database>): Ctx {
  return { ...createPlatform(db), actor: LOCAL_ACTOR };
}

export async function migrate(db: Kysely<Database>): Promise<string[]> {
  return migrateToLatest(db, allMigrations());
}

/**
 * A job worker whose jobs run as the user who queued them, with the roles that user holds when the job
 * runs (a role taken away meanwhile is gone).
 */
function startWorker(platform: Platform<Database>): JobWorker {
  const handlers = Object.fromEntries(
    Object.entries(allJobHandlers()).map(([kind, handler]) => [
      kind,
      async (run: JobRun) => {
        const actor =
          run.actor.userId === LOCAL_ACTOR.userId
            ? LOCAL_ACTOR
            : await findActor(platform.db, run.actor.userId);
        return handler({ ...platform, actor: actor ?? { ...run.actor, grants: [] } }, run);
      },
    ]),
  );
  return startJobWorker(platform.db, handlers);
}

export async function createApp(db: Kysely<Database>, options: AppOptions = {}): Promise<ApiApp> {
  const base = createPlatform(db, options.sharedDatabase ?? false, options.mailer ?? null);
  const jobs = options.runJobs === false ? null : startWorker(base);
  const housekeeping = options.runJobs === false ? null : startHousekeeping(db, allHousekeeping());
  const platform: HttpPlatform<Database> = {
    ...base,
    actorFor: (request, revision) => authenticatorFor(base).actorFor(request, revision),
    checkResponses: options.checkResponses ?? false,
    jobs,
    oidc: options.oidc ?? null,
  };
  const app = await createHttpApp({
    logLevel: options.logLevel ?? 'silent',
    webRoot: options.webRoot ?? null,
    version: VERSION,
    constraintErrors: platform.constraintErrors,
    checkResponses: options.checkResponses ?? false,
    allowedHosts: options.allowedHosts ?? LOCAL_HOSTS,
    async register(api) {
      for (const module of MODULES) {
        module.routes?.(api, platform);
      }
    },
  });
  app.addHook('onClose', async () => {
    await Promise.all([jobs?.stop(), housekeeping?.stop()]);
  });
  // The PDF renderer's Chromium, if a document was printed.
  app.addHook('onClose', () => closeSharedPdfRenderer());
  return app;
}
