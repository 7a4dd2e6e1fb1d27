/**
 * Configuration from environment variables, read in one place. Documented in README.md.
 */
import path from 'node:path';

export interface Config {
  /** HTTP port (PORT, default 3000). */
  readonly port: number;
  /** Interface to listen on (HOST, default 127.0.0.1). */
  readonly host: string;
  /** PostgreSQL server to use instead of the embedded database (DATABASE_URL). */
  readonly databaseUrl: string | null;
  /** Folder for the embedded database and its lock file (VERKSAM_DATA_DIR, default ./data). */
  readonly dataDir: string;
  /** Load the demo into an empty database (VERKSAM_DEMO=true|false; default: true on the embedded database). */
  readonly loadDemo: boolean;
  /** pino log level (LOG_LEVEL, default info). */
  readonly logLevel: string;
  /**
   * Host names the server answers to (VERKSAM_ALLOWED_HOSTS, comma-separated; default localhost, 127.0.0.1
   * and [::1]; `*` for any). Add the name users reach the server by.
   */
  readonly allowedHosts: readonly string[];
  /**
   * A running server for the CLI to work through (VERKSAM_SERVER_URL, e.g. https://verksam.kommun.se),
   * with a personal API token (VERKSAM_TOKEN); without it the CLI opens the database or the data folder.
   */
  readonly serverUrl: string | null;
  readonly token: string | null;
}

export const LOCAL_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

function readHosts(value: string | undefined): readonly string[] {
  const hosts = (value ?? '')
    .split(',')
    .map((host) => host.trim().toLowerCase())
    .filter((host) => host !== '');
  return [...LOCAL_HOSTS, ...hosts];
}

function readBoolean(value: string | undefined): boolean | null {
  if (value === undefined || value === '') {
    return null;
  }
  return ['1', 'true', 'yes', 'ja'].includes(value.toLowerCase());
}

function readPort(value: string | undefined): number {
  if (value === undefined || value === '') {
    return 3000;
  }
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`PORT måste vara ett heltal mellan 0 och 65535, inte "${value}".`);
  }
  return port;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  return {
    port: readPort(env.PORT),
    host: env.HOST?.trim() || '127.0.0.1',
    databaseUrl,
    dataDir: path.resolve(env.VERKSAM_DATA_DIR?.trim() || 'data'),
    loadDemo: readBoolean(env.VERKSAM_DEMO) ?? databaseUrl === null,
    logLevel: env.LOG_LEVEL?.trim() || 'info',
    allowedHosts: readHosts(env.VERKSAM_ALLOWED_HOSTS),
    serverUrl: env.VERKSAM_SERVER_URL?.trim() || null,
    token: env.VERKSAM_TOKEN?.trim() || null,
  };
}
