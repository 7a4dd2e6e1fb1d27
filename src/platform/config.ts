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
  /**
   * Sign-in through the municipality's identity provider over OpenID Connect (VERKSAM_OIDC_ISSUER,
   * VERKSAM_OIDC_CLIENT_ID, VERKSAM_OIDC_CLIENT_SECRET, VERKSAM_OIDC_REDIRECT_URL, VERKSAM_OIDC_LABEL);
   * null when no issuer is given.
   */
  readonly oidc: OidcSettings | null;
  /** E-mail through SMTP (VERKSAM_SMTP_URL, VERKSAM_MAIL_FROM); null when not configured. */
  readonly mail: MailSettings | null;
}

export interface MailSettings {
  /** smtp://user:password@host:587 (STARTTLS when the server offers it) or smtps://…:465. */
  readonly url: string;
  /** The sender, "Verksam <verksam@kommun.se>". */
  readonly from: string;
}

export interface OidcSettings {
  /** The identity provider's issuer, e.g. https://login.microsoftonline.com/<tenant>/v2.0. */
  readonly issuer: string;
  readonly clientId: string;
  /** Null for a public client (PKCE only). */
  readonly clientSecret: string | null;
  /** The callback as the identity provider knows it: https://…/api/v1/access/oidc/callback. */
  readonly redirectUrl: string;
  /** The sign-in button's text. */
  readonly label: string;
  /** Plain http to the identity provider: allowed only for a test provider on this machine. */
  readonly allowInsecureRequests: boolean;
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

export const DEFAULT_OIDC_LABEL = 'Logga in med kommunens konto';

function readUrl(name: string, value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} måste vara en fullständig adress (https://…), inte "${value}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`${name} måste börja med https://, inte "${value}".`);
  }
  return url;
}

/** The identity provider's settings, all or none: a half-configured sign-in stops the start with a reason. */
function readOidc(env: NodeJS.ProcessEnv): OidcSettings | null {
  const issuer = env.VERKSAM_OIDC_ISSUER?.trim() ?? '';
  const clientId = env.VERKSAM_OIDC_CLIENT_ID?.trim() ?? '';
  const redirectUrl = env.VERKSAM_OIDC_REDIRECT_URL?.trim() ?? '';
  if (issuer === '' && clientId === '' && redirectUrl === '') {
    return null;
  }
  const missing = [
    ['VERKSAM_OIDC_ISSUER', issuer],
    ['VERKSAM_OIDC_CLIENT_ID', clientId],
    ['VERKSAM_OIDC_REDIRECT_URL', redirectUrl],
  ].filter(([, value]) => value === '');
  if (missing.length > 0) {
    throw new Error(
      `Inloggning via OpenID Connect behöver också ${missing.map(([name]) => name).join(' och ')}.`,
    );
  }
  const issuerUrl = readUrl('VERKSAM_OIDC_ISSUER', issuer);
  readUrl('VERKSAM_OIDC_REDIRECT_URL', redirectUrl);
  const insecure = issuerUrl.protocol === 'http:';
  if (insecure && !LOCAL_HOSTS.includes(issuerUrl.hostname)) {
    throw new Error(
      `VERKSAM_OIDC_ISSUER måste börja med https:// (http bara för en testserver på den här datorn), inte "${issuer}".`,
    );
  }
  return {
    issuer,
    clientId,
    clientSecret: env.VERKSAM_OIDC_CLIENT_SECRET?.trim() || null,
    redirectUrl,
    label: env.VERKSAM_OIDC_LABEL?.trim() || DEFAULT_OIDC_LABEL,
    allowInsecureRequests: insecure,
  };
}

/** The SMTP settings, both or neither: a half configuration stops the start with a reason. */
export function readMailSettings(env: NodeJS.ProcessEnv): MailSettings | null {
  const url = env.VERKSAM_SMTP_URL?.trim() ?? '';
  const from = env.VERKSAM_MAIL_FROM?.trim() ?? '';
  if (url === '' && from === '') {
    return null;
  }
  if (url === '' || from === '') {
    throw new Error(
      `E-post behöver både VERKSAM_SMTP_URL och VERKSAM_MAIL_FROM; ${url === '' ? 'VERKSAM_SMTP_URL' : 'VERKSAM_MAIL_FROM'} saknas.`,
    );
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error('VERKSAM_SMTP_URL måste vara en adress som smtp://användare:lösenord@värd:587.');
  }
  if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:') {
    throw new Error(`VERKSAM_SMTP_URL måste börja med smtp:// eller smtps://, inte ${parsed.protocol}//.`);
  }
  return { url, from };
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
    oidc: readOidc(env),
    mail: readMailSettings(env),
  };
}
