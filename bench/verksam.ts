/**
 * The benchmark's only door into the application: every import from src/ and every fact about how the
 * server is started goes through this file. src/ is refactored while the benchmark is kept, so when a
 * signature such as importPackage(db, actor, pkg) or createApp(db) changes, this is the one file to adapt.
 */
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { Kysely } from 'kysely';
import { createApp, migrate, systemContext } from '../src/app.ts';
import { LOCAL_ACTOR } from '../src/core/actor.ts';
import {
  type DataPackage,
  dataPackageSchema,
  importPackage,
  objectSource,
  PACKAGE_LISTS,
} from '../src/modules/data-package/index.ts';
import type { Database } from '../src/modules/database.ts';
import { packageSections } from '../src/modules/registry.ts';
import { openDatabase } from '../src/platform/db/database.ts';
import type { ApiApp } from '../src/platform/http/create-app.ts';

// Domain types and rules the generator builds its package with.
export { ROUND_KINDS, type RoundKind } from '../src/core/period.ts';
export type { Verdict } from '../src/modules/assessments/domain/verdict.ts';
export type { DataPackageInput } from '../src/modules/data-package/contract.ts';
export type { IndicatorPart } from '../src/modules/goals/domain/indicator.ts';
export type { DesiredDirection } from '../src/modules/goals/domain/target.ts';
export type { OrgUnitKind } from '../src/modules/organisation/domain/org-unit.ts';
export { defaultDeadline, defaultRoundName } from '../src/modules/planning/domain/round.ts';
export type { ApiApp, Database, DataPackage };

export type Db = Kysely<Database>;

export interface OpenDb {
  readonly db: Db;
  close(): Promise<void>;
}

/** The application's own migrations, as the server applies them at start. */
export async function migrateDb(db: Db): Promise<void> {
  await migrate(db);
}

/** The HTTP app on an open database, with no web root and no logging: for `app.inject()`. */
export function createInjectApp(db: Db): Promise<ApiApp> {
  return createApp(db);
}

export interface ImportCounts {
  readonly created: Record<string, number>;
}

/** The data-package import as the CLI and the API run it, acting as the local default user. */
export function importData(db: Db, pkg: unknown): Promise<ImportCounts> {
  return importPackage(systemContext(db), objectSource(pkg, Object.keys(PACKAGE_LISTS)), packageSections());
}

/** The package as the import sees it after validation (defaults filled in), or the zod error. */
export function parseDataPackage(pkg: unknown) {
  return dataPackageSchema.safeParse(pkg);
}

/** Who the import's change-log rows name. */
export const IMPORT_ACTOR: { readonly userId: string; readonly name: string } = LOCAL_ACTOR;

export function openOnPglite(pglite: PGlite): Promise<OpenDb> {
  return openDatabase<Database>({ kind: 'instance', pglite });
}

export function openOnServer(url: string): Promise<OpenDb> {
  return openDatabase<Database>({ kind: 'server', url });
}

/** The embedded database in a data folder, as the server opens it (taking the folder's lock). */
export function openDataFolder(dataDir: string): Promise<OpenDb> {
  return openDatabase<Database>({ kind: 'embedded', dataDir });
}

/** Where the server keeps the embedded database inside its data folder. */
export function pgliteDir(dataDir: string): string {
  return path.join(dataDir, 'pgdata');
}

// The server process ---------------------------------------------------------------------------------------

export const REPO_ROOT = path.resolve(import.meta.dirname, '..');

/** `npm start` without npm: builds what is stale, then runs the bundled server. */
export const START_ARGS = ['--enable-source-maps', path.join(REPO_ROOT, 'bin', 'start.js')] as const;

/** What `npm start` builds; a change of their times during a measured start means it built. */
export const BUILD_OUTPUTS = [
  path.join(REPO_ROOT, 'dist', 'index.html'),
  path.join(REPO_ROOT, 'dist-server', 'server.js'),
] as const;

/** Builds the web app and the server bundle when they are older than their sources, as `npm start` does. */
export const BUILD_IF_STALE = `import(${JSON.stringify(path.join(REPO_ROOT, 'bin', 'build.js'))}).then((m) => m.buildIfStale())`;

export interface ServerTarget {
  readonly port: number;
  /** A PostgreSQL server; otherwise the embedded database in `dataDir`. */
  readonly databaseUrl?: string;
  readonly dataDir?: string;
}

/** The server's environment (README "Configuration"): no demo, warnings only, nothing inherited that picks the engine. */
export function serverEnv(target: ServerTarget): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(target.port),
    HOST: '127.0.0.1',
    VERKSAM_DEMO: 'false',
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  delete env.VERKSAM_DATA_DIR;
  delete env.NODE_OPTIONS;
  if (target.databaseUrl) {
    env.DATABASE_URL = target.databaseUrl;
  }
  if (target.dataDir) {
    env.VERKSAM_DATA_DIR = target.dataDir;
  }
  return env;
}

// API paths the benchmark calls over HTTP (the URLs are stable while src/ is refactored).

export function sheetPath(orgUnit: string, year: number, roundId: string): string {
  return `/api/v1/goals/sheet?orgUnit=${encodeURIComponent(orgUnit)}&year=${year}&round=${roundId}`;
}

export const indicatorPath = (id: string) => `/api/v1/goals/indicators/${id}`;
export const outcomePath = (id: string) => `/api/v1/goals/outcomes/${id}`;
