/**
 * The composition root: read the configuration, open the database (embedded in the data folder, or a
 * PostgreSQL server), apply migrations, load the demo into an empty installation, and serve the API and the
 * web app.
 *
 * Start-up time matters (a restart should take well under two seconds). The embedded database's worker
 * thread is started first and opens PGlite while this thread loads the application's modules (ADR 0010).
 * When PGlite runs in this thread instead (VERKSAM_PGLITE_THREAD=main), it is opened before the modules
 * load: interleaving the two on one thread was slower than doing one after the other (ADR 0004). Before
 * PGlite touches the folder, the server takes the folder's lock (ADR 0005), waiting only for a CLI command
 * that holds it.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isEmpty } from './demo/empty.ts';
import { readConfig } from './platform/config.ts';
import { DataDirLockedError, takeoverNotice } from './platform/db/data-dir-lock.ts';
import { type EmbeddedStart, startEmbedded } from './platform/db/embedded.ts';
import { createOidcClient } from './platform/oidc.ts';

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
  if (embedded?.threading === 'main') {
    await embedded.engine.catch(() => undefined);
  }
  const [
    { createApp, migrate, systemContext },
    { openDatabase },
    { ensureFirstAdministrator, FIRST_ADMIN_USERNAME, LOCAL_SOCKET },
  ] = await Promise.all([
    import('./app.ts'),
    import('./platform/db/database.ts'),
    import('./modules/access/index.ts'),
  ]);
  // While the worker is still opening an existing database, the routes are set up meanwhile: the first
  // query (the migrations' check) waits for it, and comes long before the job worker's first look for
  // work. A new database is created, migrated and perhaps given the demo before anything else, as before.
  const early = embedded?.threading === 'worker' && embedded.existing;
  const handle = await openDatabase<import('./modules/database.ts').Database>(
    embedded
      ? { kind: 'started', started: embedded, beforeOpen: early }
      : { kind: 'server', url: config.databaseUrl ?? '' },
  );
  const appOptions = {
    logLevel: config.logLevel,
    webRoot: WEB_ROOT,
    sharedDatabase: config.databaseUrl !== null,
    allowedHosts: config.allowedHosts,
    oidc: config.oidc && createOidcClient(config.oidc),
    // nodemailer is loaded only where mail is configured.
    mailer: config.mail && (await import('./platform/mail.ts')).createMailer(config.mail),
  };
  // When the database was open (for the log): a PostgreSQL server's pool connects with the first query.
  const opened =
    embedded?.engine.then(
      () => performance.now(),
      () => Number.NaN,
    ) ?? performance.now();
  const earlyApp = early ? await createApp(handle.db, appOptions) : null;
  // Fastify sets up the routes' plugins at `ready` (else at `listen`): done here, while the worker may still
  // be opening the database, it is off the path from the database's open to the first answer.
  await earlyApp?.ready();
  await migrate(handle.db);
  // The demo's code and data are loaded only into an installation that holds nothing yet: a start on one
  // with data never compiles them.
  const demoLoaded =
    config.loadDemo &&
    (await isEmpty(handle.db)) &&
    (await (await import('./demo/load-demo.ts')).loadDemoIfEmpty(handle.db));
  const firstPassword = await ensureFirstAdministrator(systemContext(handle.db));
  const app = earlyApp ?? (await createApp(handle.db, appOptions));
  const takeover = handle.lock && takeoverNotice(handle.lock);
  if (takeover) {
    app.log.warn(takeover);
  }
  const address = await app.listen({ port: config.port, host: config.host });
  // The CLI reaches the server over the lock's socket, so it needs neither the port nor the host.
  handle.lock?.setUrl(address);
  // Whoever can open the folder's socket could open the database itself: the CLI acts as the local user.
  handle.lock?.serve((request, response) => {
    (request as unknown as Record<symbol, unknown>)[LOCAL_SOCKET] = true;
    app.routing(request, response);
  });
  const where = config.databaseUrl
    ? 'PostgreSQL-server (DATABASE_URL)'
    : `inbäddad databas i ${config.dataDir}`;
  app.log.info(
    `Verksam kör på ${address} med ${where}` +
      `${demoLoaded ? ', demodata inläst' : ''} – databasen öppen efter ${Math.round((await opened) - started)} ms, ` +
      `redo efter ${Math.round(performance.now() - started)} ms.`,
  );

  if (firstPassword !== null) {
    // Printed once, never logged to a file by Verksam: the administrator must change it at the first sign-in.
    console.log(
      `\nFörsta administratören är skapad. Logga in på ${address} med användarnamnet "${FIRST_ADMIN_USERNAME}" ` +
        `och engångslösenordet\n\n    ${firstPassword}\n\nDu får byta lösenordet vid första inloggningen.\n`,
    );
  }

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
