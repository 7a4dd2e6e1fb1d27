/**
 * The command line: `verksam export` and `verksam import`. It works on the same data as the server: through
 * the running server's API when a server holds the embedded database's folder (PGlite must not be opened
 * by two processes), otherwise directly on the database.
 */
import fs from 'node:fs';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { createContext, migrate } from './app.ts';
import { LOCAL_ACTOR } from './core/actor.ts';
import { DomainError, type FieldProblem } from './core/errors.ts';
import { exportPackage, importPackage } from './modules/data-package/index.ts';
import type { Database } from './modules/database.ts';
import { readConfig } from './platform/config.ts';
import { readLockOwner } from './platform/db/data-dir-lock.ts';
import { openDatabase } from './platform/db/database.ts';

class CliError extends Error {
  constructor(
    message: string,
    readonly problems: readonly FieldProblem[] = [],
  ) {
    super(message);
  }
}

interface Backend {
  exportPackage(scope: { org?: string; year?: number }): Promise<unknown>;
  importPackage(pkg: unknown): Promise<{ created: Record<string, number>; updated: Record<string, number> }>;
  close(): Promise<void>;
}

async function viaServer(url: string): Promise<Backend> {
  const call = async (path: string, init?: RequestInit) => {
    const response = await fetch(new URL(path, url), init);
    const body = await response.json();
    if (!response.ok) {
      throw new CliError(
        body.error?.message ?? `Servern svarade ${response.status}.`,
        body.error?.fields ?? [],
      );
    }
    return body;
  };
  return {
    exportPackage: (scope) => {
      const query = new URLSearchParams();
      if (scope.org) {
        query.set('org', scope.org);
      }
      if (scope.year !== undefined) {
        query.set('year', String(scope.year));
      }
      return call(`/api/v1/data-package/export?${query}`);
    },
    importPackage: (pkg) =>
      call('/api/v1/data-package/import', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(pkg),
      }),
    close: async () => {},
  };
}

async function direct(): Promise<Backend> {
  const config = readConfig();
  const handle = await openDatabase<Database>(
    config.databaseUrl
      ? { kind: 'server', url: config.databaseUrl }
      : { kind: 'embedded', dataDir: config.dataDir },
  );
  await migrate(handle.db);
  const { db } = createContext(handle.db);
  return {
    exportPackage: (scope) => exportPackage(db, scope),
    importPackage: (pkg) => importPackage(db, LOCAL_ACTOR, pkg),
    close: () => handle.close(),
  };
}

/** The server's API when a server holds the data folder, otherwise the database itself. */
async function backend(): Promise<Backend> {
  const config = readConfig();
  const owner = config.databaseUrl ? null : readLockOwner(config.dataDir);
  if (owner?.url) {
    return viaServer(owner.url);
  }
  return direct();
}

async function withBackend<T>(work: (backend: Backend) => Promise<T>): Promise<T> {
  const chosen = await backend();
  try {
    return await work(chosen);
  } finally {
    await chosen.close();
  }
}

function parseYear(value: string): number {
  const year = Number(value);
  if (!Number.isInteger(year) || year < 1900 || year > 2200) {
    throw new InvalidArgumentError('ange ett årtal, t.ex. 2023.');
  }
  return year;
}

const LIST_NAMES: Record<string, string> = {
  orgUnits: 'organisationsenheter',
  reportingRounds: 'uppföljningstillfällen',
  goalAreas: 'målområden',
  municipalGoals: 'kommunövergripande mål',
  goals: 'mål',
  indicators: 'indikatorer',
  targets: 'målvärden',
  outcomes: 'utfall',
  assessments: 'bedömningar',
};

export function createProgram(): Command {
  const program = new Command('verksam')
    .description('Verksam – mål- och resultatstyrning. Export och import av datapaket.')
    .helpOption('-h, --help', 'visa hjälp')
    .helpCommand('help [kommando]', 'visa hjälp för ett kommando')
    .exitOverride()
    .configureOutput({ outputError: () => {} });

  program
    .command('export')
    .description('Skriv ett datapaket (JSON) för en enhet och ett år, eller allt')
    .option('--org <kod>', 'organisationsenhetens kod, t.ex. VSS')
    .option('--year <år>', 'året, t.ex. 2023', parseYear)
    .option('--out <fil>', 'skriv till en fil i stället för till standard ut')
    .action(async (options: { org?: string; year?: number; out?: string }) => {
      const pkg = await withBackend((chosen) =>
        chosen.exportPackage({ org: options.org, year: options.year }),
      );
      const text = `${JSON.stringify(pkg, null, 2)}\n`;
      if (options.out) {
        fs.writeFileSync(options.out, text);
        console.error(`Datapaketet skrevs till ${options.out}.`);
      } else {
        process.stdout.write(text);
      }
    });

  program
    .command('import')
    .description('Läs in ett datapaket – allt eller inget')
    .argument('<fil>', 'datapaketet (JSON), eller - för standard in')
    .action(async (file: string) => {
      const text = file === '-' ? fs.readFileSync(0, 'utf8') : readFile(file);
      let pkg: unknown;
      try {
        pkg = JSON.parse(text);
      } catch (error) {
        throw new CliError(`${file} är inte giltig JSON: ${(error as Error).message}`);
      }
      const summary = await withBackend((chosen) => chosen.importPackage(pkg));
      const lines = Object.keys(LIST_NAMES)
        .filter((list) => (summary.created[list] ?? 0) + (summary.updated[list] ?? 0) > 0)
        .map(
          (list) =>
            `  ${LIST_NAMES[list]}: ${summary.created[list] ?? 0} nya, ${summary.updated[list] ?? 0} uppdaterade`,
        );
      console.error(['Datapaketet är inläst.', ...lines].join('\n'));
    });
  return program;
}

function readFile(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    throw new CliError(`Filen ${file} kan inte läsas.`);
  }
}

/** Commander's own messages are English; these are the ones a user meets. */
function commanderMessage(error: CommanderError): string | null {
  switch (error.code) {
    case 'commander.helpDisplayed':
    case 'commander.version':
    case 'commander.help':
      return null;
    case 'commander.invalidArgument':
      return error.message.replace(
        /^error: option '([^']+)' argument '([^']*)' is invalid\./,
        'Ogiltigt värde ”$2” för $1:',
      );
    case 'commander.missingArgument':
      return `Argument saknas: ${error.message.replace(/^error: missing required argument '([^']+)'.*$/, '$1')}.`;
    case 'commander.optionMissingArgument':
      return `Flaggan saknar värde: ${error.message.replace(/^error: option '([^']+)' argument missing.*$/, '$1')}.`;
    case 'commander.unknownOption':
      return `Okänd flagga: ${error.message.replace(/^error: unknown option '([^']+)'.*$/s, '$1')}.`;
    case 'commander.unknownCommand':
      return `Okänt kommando: ${error.message.replace(/^error: unknown command '([^']+)'.*$/s, '$1')}.`;
    default:
      return error.message;
  }
}

function report(error: unknown): number {
  if (error instanceof CommanderError) {
    const message = commanderMessage(error);
    if (message === null) {
      return error.exitCode;
    }
    console.error(`${message}\n(skriv verksam --help för hjälp)`);
    return 1;
  }
  if (error instanceof DomainError || error instanceof CliError) {
    const problems = error instanceof DomainError ? error.fields : error.problems;
    console.error(error.message);
    for (const problem of problems) {
      console.error(`  ${problem.path}: ${problem.message}`);
    }
    return 1;
  }
  console.error(error instanceof Error ? error.message : error);
  return 1;
}

// `verksam export | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') {
    process.exit(0);
  }
  throw error;
});

createProgram()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    process.exitCode = report(error);
  });
