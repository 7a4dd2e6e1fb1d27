/**
 * Forward-only migrations, collected from the modules by the registry and run in name order. Names are
 * `YYYYMMDDTHHMM-<module>-<summary>`, which gives one global order across modules. A migration is never
 * edited after it has landed; a change is a new migration.
 */
import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';

export interface MigrationDefinition {
  readonly name: string;
  up(db: Kysely<unknown>): Promise<void>;
}

class StaticMigrationProvider implements MigrationProvider {
  constructor(private readonly migrations: readonly MigrationDefinition[]) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    return Object.fromEntries(this.migrations.map((migration) => [migration.name, { up: migration.up }]));
  }
}

/** Applies every pending migration in one go; throws with the failing migration's name. */
export async function migrateToLatest<DB>(
  db: Kysely<DB>,
  migrations: readonly MigrationDefinition[],
): Promise<string[]> {
  const names = migrations.map((migration) => migration.name);
  const sorted = [...names].sort();
  if (names.some((name, index) => name !== sorted[index])) {
    throw new Error(`Migrations must be listed in name order: ${names.join(', ')}`);
  }
  if (await isUpToDate(db, names)) {
    return [];
  }
  const migrator = new Migrator({
    db: db as Kysely<unknown>,
    provider: new StaticMigrationProvider(migrations),
    migrationTableName: 'schema_migration',
    migrationLockTableName: 'schema_migration_lock',
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  const failed = results.find((result) => result.status === 'Error');
  if (error) {
    throw new Error(`Migreringen ${failed?.migrationName ?? '(okänd)'} misslyckades: ${String(error)}`, {
      cause: error,
    });
  }
  return results.filter((result) => result.status === 'Success').map((result) => result.migrationName);
}

/** One query instead of the migrator's locking round trips when nothing is pending, as on every restart. */
async function isUpToDate<DB>(db: Kysely<DB>, names: readonly string[]): Promise<boolean> {
  const exists = await sql<{
    table: string | null;
  }>`select to_regclass('schema_migration')::text as table`.execute(db);
  if (!exists.rows[0]?.table) {
    return false;
  }
  const applied = await sql<{ name: string }>`select name from schema_migration`.execute(db);
  const done = new Set(applied.rows.map((row) => row.name));
  return names.every((name) => done.has(name));
}
