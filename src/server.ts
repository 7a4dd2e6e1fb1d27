/**
 * The composition root: read the configuration, open the database (embedded in the data folder, or a
 * PostgreSQL server), apply migrations, load the demo into an empty installation, and serve the API and the
 * web app.
 *
 * Start-up time matters (a restart should take well under two seconds). The embedded database is opened
 * first, before the application's modules load: both are main-thread work, and in measurements opening
 * PGlite alone and then loading the modules was faster than interleaving the two. Before PGlite touches the
 * folder, the server takes the folder's lock (ADR 0005), waiting only for a CLI command that holds it.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConfig } from './platform/config.ts';
import { DataDirLockedError, takeoverNotice } from './platform/db/data-dir-lock.ts';
import { type EmbeddedStart, startEmbedded } from './platform/db/embedded.ts';

const WEB_ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');

async function main() {
  const started = performance.now();
  const config = readConfig();
  const embedded: EmbeddedStart | null = config.databaseUrl
    ? null
    : await startEmbedded(config.dataDir, {
        onWait: (holder, recorded) =>
          console.error(
            `Datamappen ${config.dataDir} används just nu av ett verksam-kommando ` +
              `(pid ${(holder ?? recorded)?.pid ?? 'okänd'}); väntar tills det är klart (högst 60 s) …`,
          ),
      });
  await embedded?.pglite.catch(() => undefined);
  const [{ createApp, migrate }, { loadDemoIfEmpty }, { openDatabase }] = await Promise.all([
    import('./app.ts'),
    import('./demo/load-demo.ts'),
    import('./platform/db/database.ts'),
  ]);
  const handle = await openDatabase<import('./modules/database.ts').Database>(
    embedded ? { kind: 'started', started: embedded } : { kind: 'server', url: config.databaseUrl ?? '' },
  );
  const opened = performance.now();
  await migrate(handle.db);
  const demoLoaded = config.loadDemo ? await loadDemoIfEmpty(handle.db) : false;
  const app = await createApp(handle.db, {
    logLevel: config.logLevel,
    webRoot: WEB_ROOT,
    sharedDatabase: config.databaseUrl !== null,
  });
  const takeover = handle.lock && takeoverNotice(handle.lock);
  if (takeover) {
    app.log.warn(takeover);
  }
  const address = await app.listen({ port: config.port, host: config.host });
  // The CLI reaches the server over the lock's socket, so it needs neither the port nor the host.
  handle.lock?.setUrl(address);
  handle.lock?.serve((request, response) => app.routing(request, response));
  const where = config.databaseUrl
    ? 'PostgreSQL-server (DATABASE_URL)'
    : `inbäddad databas i ${config.dataDir}`;
  app.log.info(
    `Verksam kör på ${address} med ${where}` +
      `${demoLoaded ? ', demodata inläst' : ''} – databasen öppen efter ${Math.round(opened - started)} ms, ` +
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
