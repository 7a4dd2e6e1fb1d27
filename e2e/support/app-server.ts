/**
 * Starts Verksam as a user would (`node src/server.ts`), on a free port with a fresh data folder, so every
 * journey begins from the demo and leaves nothing behind. The web app must be built first (`npm run build`).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface AppServer {
  readonly url: string;
  /** The embedded database's folder, shared with CLI runs in the same test. */
  readonly dataDir: string;
  /** Stops the server; the data folder is removed unless asked to keep it. */
  stop(options?: { keepData?: boolean }): Promise<void>;
}

/** The demo's users all share this password (src/modules/access/bootstrap.ts). */
export const DEMO_PASSWORD = 'verksam-demo';

/** A signed-in session from outside the browser: its cookie, and requests that carry it. */
export interface ApiSession {
  readonly cookie: { readonly name: string; readonly value: string };
  /** fetch() on the server as this user: the cookie, and the CSRF token on changes. */
  api(path: string, init?: RequestInit): Promise<Response>;
}

/** Signs in as one of the demo's users (admin, kommunledning, controller, rapportor, …) over the API. */
export async function signIn(url: string, username: string): Promise<ApiSession> {
  const response = await fetch(`${url}/api/v1/access/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (response.status !== 200) {
    throw new Error(`Signing in as ${username} answered ${response.status}: ${await response.text()}`);
  }
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const [pair = ''] = (response.headers.get('set-cookie') ?? '').split(';');
  const separator = pair.indexOf('=');
  const cookie = { name: pair.slice(0, separator), value: pair.slice(separator + 1) };
  return {
    cookie,
    api: (path, init = {}) =>
      fetch(`${url}${path}`, {
        ...init,
        headers: {
          ...(init.headers as Record<string, string> | undefined),
          cookie: `${cookie.name}=${cookie.value}`,
          ...(init.method && init.method !== 'GET' ? { 'x-csrf-token': csrfToken } : {}),
        },
      }),
  };
}

export const ROOT = path.resolve(import.meta.dirname, '..', '..');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Generous: a busy machine (CI beside other work) can take a minute to start the server and its database. */
const START_TIMEOUT_MS = 120_000;

async function waitUntilReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The server exited with ${child.exitCode}:\n${output()}`);
    }
    try {
      const response = await fetch(`${url}/api/v1/access/session`);
      if (response.ok) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The server did not start within ${START_TIMEOUT_MS / 1000} s:\n${output()}`);
}

export function newDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'verksam-e2e-'));
}

export interface StartingAppServer extends AppServer {
  /** Resolves when the server answers on its port; rejects if it exits first or takes over two minutes. */
  readonly ready: Promise<void>;
}

/**
 * More environment for the server (VERKSAM_OIDC_…), over the journeys' defaults; a function of the port
 * when a variable names the server's own address (VERKSAM_OIDC_REDIRECT_URL).
 */
export type ServerEnv =
  | Readonly<Record<string, string>>
  | ((port: number) => Readonly<Record<string, string>>);

/** Starts the server without waiting for it (journeys that meet a server while it starts). */
export async function launchAppServer(
  dataDir = newDataDir(),
  env: ServerEnv = {},
): Promise<StartingAppServer> {
  const root = ROOT;
  if (!fs.existsSync(path.join(root, 'dist', 'index.html'))) {
    throw new Error('Build the web app first: npm run build');
  }
  const port = await freePort();
  let log = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      VERKSAM_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      ...(typeof env === 'function' ? env(port) : env),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => {
    log += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    log += chunk;
  });
  const url = `http://127.0.0.1:${port}`;
  const ready = waitUntilReady(url, child, () => log);
  // Observed by whoever awaits it; a journey that stops the server early must not see a stray rejection. A
  // server that never answered is of no use to anyone: it is stopped, so that it does not outlive the test.
  ready.catch(() => child.kill('SIGTERM'));
  return {
    url,
    dataDir,
    ready,
    async stop(options = {}) {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      if (!options.keepData) {
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}

export async function startAppServer(dataDir = newDataDir(), env: ServerEnv = {}): Promise<AppServer> {
  const server = await launchAppServer(dataDir, env);
  await server.ready;
  return server;
}
