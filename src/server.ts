/**
 * The composition root: read the configuration, open the database (embedded in the data folder, or a
 * PostgreSQL server), apply migrations, load the demo into an empty installation, and serve the API and the
 * web app.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp, migrate } from './app.ts';
import { loadDemoIfEmpty } from './demo/load-demo.ts';
import type { Database } from './modules/database.ts';
import { readConfig } from './platform/config.ts';
import { DataDirLockedError } from './platform/db/data-dir-lock.ts';
import { openDatabase } from './platform/db/database.ts';

const WEB_ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');

async function main() {
  const started = performance.now();
  const config = readConfig();
  const handle = await openDatabase<Database>(
    config.databaseUrl
      ? { kind: 'server', url: config.databaseUrl }
      : { kind: 'embedded', dataDir: config.dataDir },
  );
  const opened = performance.now();
  await migrate(handle.db);
  const demoLoaded = config.loadDemo ? await loadDemoIfEmpty(handle.db) : false;
  const app = await createApp(handle.db, { logLevel: config.logLevel, webRoot: WEB_ROOT });
  const address = await app.listen({ port: config.port, host: config.host });
  handle.lock?.setUrl(address);
  const where = config.databaseUrl
    ? 'PostgreSQL-server (DATABASE_URL)'
    : `inbäddad databas i ${config.dataDir}`;
  app.log.info(
    `Verksam kör på ${address} med ${where}` +
      `${demoLoaded ? ', demodata inläst' : ''} – databasen öppnad på ${Math.round(opened - started)} ms, ` +
      `redo efter ${Math.round(performance.now() - started)} ms.`,
  );

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) {
      return;
    }
    closing = true;
    app.log.info(`${signal}: Verksam stänger.`);
    await app.close();
    await handle.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof DataDirLockedError) {
    console.error(error.message);
  } else {
    console.error('Verksam kunde inte starta:', error);
  }
  process.exit(1);
});
