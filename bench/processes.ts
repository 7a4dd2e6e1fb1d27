/**
 * Child processes and plain HTTP for the system-level benchmark: start a process, wait for its first 200,
 * stop it (and only it, by its id) and clean up whatever is left when the run fails or is interrupted.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

const OUTPUT_KEPT = 20_000;

export interface StartOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd?: string;
  /**
   * Run in a process group of its own and signal the whole group: `npm start` runs node under npm and a
   * shell, and the server must get the signal itself to close its database cleanly.
   */
  readonly group?: boolean;
}

export class Started {
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
  private output = '';
  private exitCode: number | null | undefined;

  constructor(
    readonly name: string,
    command: string,
    args: readonly string[],
    private readonly options: StartOptions,
  ) {
    this.child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: options.group ?? false,
    });
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString('utf8')).slice(-OUTPUT_KEPT);
    };
    this.child.stdout?.on('data', keep);
    this.child.stderr?.on('data', keep);
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code, signal) => {
        this.exitCode = code ?? (signal ? null : 0);
        resolve(this.exitCode);
      });
      this.child.once('error', (error) => {
        keep(Buffer.from(String(error)));
        this.exitCode = null;
        resolve(null);
      });
    });
    running.add(this);
    void this.exited.then(() => {
      if (!this.options.group) {
        running.delete(this);
      }
    });
  }

  get hasExited(): boolean {
    return this.exitCode !== undefined;
  }

  /** The last lines the process printed, for error messages. */
  lastOutput(): string {
    return this.output.trim().split('\n').slice(-15).join('\n');
  }

  private signal(signal: NodeJS.Signals): void {
    const pid = this.child.pid;
    if (pid === undefined) {
      return;
    }
    try {
      process.kill(this.options.group ? -pid : pid, signal);
    } catch {
      // Already gone.
    }
  }

  private groupAlive(): boolean {
    const pid = this.child.pid;
    if (pid === undefined) {
      return false;
    }
    try {
      process.kill(-pid, 0);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * SIGTERM, so the server closes its database and releases the data folder's lock, then SIGKILL if it has
   * not gone after `graceMs`. For a group, waits until every process of the group has gone: the next start
   * on the same data folder must not meet a lock that is still held.
   */
  async stop(graceMs = 15_000): Promise<void> {
    if (!this.hasExited || (this.options.group && this.groupAlive())) {
      this.signal('SIGTERM');
      const deadline = performance.now() + graceMs;
      while (performance.now() < deadline && (!this.hasExited || (this.options.group && this.groupAlive()))) {
        await sleep(10);
      }
      if (!this.hasExited || (this.options.group && this.groupAlive())) {
        this.signal('SIGKILL');
        await this.exited;
        while (this.options.group && this.groupAlive()) {
          await sleep(10);
        }
      }
    }
    running.delete(this);
  }

  /** For the process's exit handler: no waiting possible there. */
  killNow(): void {
    this.signal('SIGKILL');
  }
}

const running = new Set<Started>();

export function start(name: string, command: string, args: readonly string[], options: StartOptions = {}) {
  return new Started(name, command, args, options);
}

/** Stops every process this benchmark started that is still running. */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((started) => started.stop(5_000)));
}

// Whatever happens to the benchmark, no server it started is left running.
process.once('exit', () => {
  for (const started of running) {
    started.killNow();
  }
});

/** A port that was free a moment ago, on the loopback interface. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') {
          resolve(address.port);
        } else {
          reject(new Error('no port'));
        }
      });
    });
  });
}

export interface HttpResponse {
  readonly status: number;
  readonly body: Buffer;
  readonly headers: http.IncomingHttpHeaders;
}

/** Headers every request to the app carries: a signed-in user's API token, set once the database exists. */
export const apiHeaders: Record<string, string> = {};

export function setApiHeaders(headers: Readonly<Record<string, string>>): void {
  Object.assign(apiHeaders, headers);
}

/**
 * One request on a fresh connection (no keep-alive pool), so that a server restarted on the same port, or
 * one that is not listening yet, gives a clean answer or a clean refusal.
 */
export function request(
  method: string,
  url: string,
  body?: unknown,
  timeoutMs = 120_000,
): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const req = http.request(
      url,
      {
        method,
        agent: false,
        timeout: timeoutMs,
        headers: {
          ...apiHeaders,
          ...(payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {}),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            body: Buffer.concat(chunks),
            headers: response.headers,
          }),
        );
        response.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${method} ${url} timed out after ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(payload);
  });
}

/** A request that must answer `expected`; returns the parsed JSON body. */
export async function requestJson<T>(
  method: string,
  url: string,
  body?: unknown,
  expected = 200,
): Promise<T> {
  const response = await request(method, url, body);
  if (response.status !== expected) {
    throw new Error(
      `${method} ${url} answered ${response.status}: ${response.body.toString('utf8').slice(0, 500)}`,
    );
  }
  return JSON.parse(response.body.toString('utf8')) as T;
}

/**
 * Polls `url` until it answers 200 and returns when it did. Fails at once when the process exits first,
 * with what it printed. Polls every few milliseconds because start-up times are what is being measured.
 */
export async function waitFor200(url: string, started: Started, timeoutMs = 120_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    if (started.hasExited) {
      throw new Error(`${started.name} exited before answering ${url}:\n${started.lastOutput()}`);
    }
    try {
      const response = await request('GET', url, undefined, 10_000);
      if (response.status === 200) {
        return;
      }
    } catch {
      // Not listening yet.
    }
    if (performance.now() > deadline) {
      throw new Error(
        `${started.name} did not answer ${url} within ${timeoutMs} ms:\n${started.lastOutput()}`,
      );
    }
    await sleep(5);
  }
}
