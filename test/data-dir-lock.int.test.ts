/**
 * The embedded data folder's lock (ADR 0005): the operating system's lock (sockets named after the folder)
 * decides who holds it, the lock file records it for people. Other processes are real child processes here,
 * because the lock is between processes.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  acquireDataDirLock,
  claimDataDir,
  type DataDirLock,
  DataDirLockedError,
  type HolderStatus,
  lockPath,
  readLockFile,
  takeoverNotice,
} from '../src/platform/db/data-dir-lock.ts';
import { describeDatabaseUrl } from '../src/platform/db/database-url.ts';
import type { SocketKind } from '../src/platform/db/lock-socket.ts';

const LOCK_MODULE = pathToFileURL(
  path.resolve(import.meta.dirname, '../src/platform/db/data-dir-lock.ts'),
).href;

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) {
    await cleanup();
  }
});

function newDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verksam-lock-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function track(lock: DataDirLock): DataDirLock {
  cleanups.push(() => lock.release());
  return lock;
}

/** Another process that takes the folder's lock and holds it until it is killed. */
async function holdInChild(
  dataDir: string,
  options: { role?: 'server' | 'command'; socketKind?: SocketKind } = {},
): Promise<ChildProcess> {
  const code = `
    const { acquireDataDirLock } = await import(${JSON.stringify(LOCK_MODULE)});
    const [dataDir, role, socketKind] = process.argv.slice(1);
    await acquireDataDirLock(dataDir, { role, socketKind: socketKind || undefined });
    process.stdout.write('held\\n');
    setInterval(() => {}, 60_000);
  `;
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      code,
      dataDir,
      options.role ?? 'server',
      options.socketKind ?? '',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  cleanups.push(() => kill(child));
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      if (output.includes('held')) {
        resolve();
      }
    });
    child.stderr?.on('data', (chunk) => {
      output += chunk;
    });
    child.once('exit', (code) => reject(new Error(`The holder exited with ${code}:\n${output}`)));
  });
  return child;
}

async function kill(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return;
  }
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}

async function refusal(promise: Promise<DataDirLock | unknown>): Promise<DataDirLockedError> {
  const error = await promise.then(
    async (taken) => {
      // Taken when it should not have been: free it so that it does not spill into the next test.
      await (taken as Partial<DataDirLock> | undefined)?.release?.();
      return null;
    },
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DataDirLockedError);
  return error as DataDirLockedError;
}

describe('the data folder lock', () => {
  it('keeps a second process out when the lock file is deleted while the holder runs', async () => {
    const dataDir = newDataDir();
    const holder = await holdInChild(dataDir);
    fs.rmSync(lockPath(dataDir));

    const error = await refusal(acquireDataDirLock(dataDir, { role: 'server' }));
    expect(error.holder?.pid).toBe(holder.pid);
    expect(error.message).toContain(`Låsfilen ${lockPath(dataDir)} hade tagits bort`);
    // Asking the holder put the record back, for people.
    expect(readLockFile(dataDir)?.pid).toBe(holder.pid);
  });

  it('takes over a lock file whose pid belongs to a live process that does not hold the folder', async () => {
    const dataDir = newDataDir();
    // pid 1 and this test's parent are alive, and neither holds the folder.
    for (const pid of [1, process.ppid]) {
      const stale = {
        pid,
        startedAt: '2026-01-01T08:00:00.000Z',
        role: 'server',
        host: os.hostname(),
        url: null,
      };
      fs.writeFileSync(lockPath(dataDir), JSON.stringify(stale));

      const lock = track(await acquireDataDirLock(dataDir, { role: 'server' }));
      expect(lock.replaced?.pid).toBe(pid);
      expect(readLockFile(dataDir)?.pid).toBe(process.pid);
      expect(takeoverNotice(lock)).toMatch(
        new RegExp(
          `^Låsfilen ${lockPath(dataDir)} var kvar från en process .*\\(pid ${pid}, .*tagits över\\.$`,
        ),
      );
      await lock.release();
      expect(fs.existsSync(lockPath(dataDir))).toBe(false);
    }
  });

  it('refuses with a message that names the lock file, the holder and what to do', async () => {
    const dataDir = newDataDir();
    const holder = await holdInChild(dataDir);

    const error = await refusal(acquireDataDirLock(dataDir, { role: 'server' }));
    expect(error.lockFile).toBe(lockPath(dataDir));
    expect(error.message).toContain(
      `Datamappen ${dataDir} används redan av en annan Verksam-process (pid ${holder.pid}`,
    );
    expect(error.message).toContain(`Låsfil: ${lockPath(dataDir)}.`);
    expect(error.message).toContain(`stoppa den andra processen (pid ${holder.pid})`);
    expect(error.message).toContain('välj en annan mapp med VERKSAM_DATA_DIR');
    expect(error.message).toContain('PostgreSQL-server med DATABASE_URL');
    // The holder's start time, as people read it.
    expect(error.message).toMatch(/startad \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/);
  });

  it('frees the folder when its holder dies without cleaning up, and says whose lock file it took over', async () => {
    const dataDir = newDataDir();
    const holder = await holdInChild(dataDir);
    await kill(holder, 'SIGKILL');
    expect(readLockFile(dataDir)?.pid).toBe(holder.pid);

    const lock = track(await acquireDataDirLock(dataDir, { role: 'server' }));
    expect(lock.replaced?.pid).toBe(holder.pid);
  });

  it('lets a command wait for a starting server and then go through it', async () => {
    const dataDir = newDataDir();
    const server = track(await acquireDataDirLock(dataDir, { role: 'server' }));
    const waits: (HolderStatus | null)[] = [];
    const claimed = claimDataDir(dataDir, {
      role: 'command',
      timeoutMs: 10_000,
      onWait: (holder) => waits.push(holder),
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    server.setUrl('http://127.0.0.1:1234');
    server.serve((request, response) => response.end(JSON.stringify({ path: request.url })));

    const claim = await claimed;
    expect(claim.kind).toBe('server');
    if (claim.kind !== 'server') {
      return;
    }
    expect(waits.map((holder) => holder?.state)).toEqual(['starting']);
    expect(claim.server.holder).toMatchObject({
      pid: process.pid,
      state: 'ready',
      url: 'http://127.0.0.1:1234',
    });
    const response = await claim.server.request('GET', '/api/v1/something');
    expect(JSON.parse(response.body)).toEqual({ path: '/api/v1/something' });
  });

  it('answers that a server is starting before it serves the app', async () => {
    const dataDir = newDataDir();
    track(await acquireDataDirLock(dataDir, { role: 'server' }));
    const error = await refusal(claimDataDir(dataDir, { role: 'command', timeoutMs: 300 }));
    expect(error.holder?.state).toBe('starting');
    expect(error.message).toMatch(/Väntade \d+ s|används redan/);
  });

  it('lets a server wait for a command, but refuses a second server at once', async () => {
    const dataDir = newDataDir();
    const command = await acquireDataDirLock(dataDir, { role: 'command' });
    setTimeout(() => void command.release(), 500);
    const lock = track(await claimDataDir(dataDir, { role: 'server', timeoutMs: 10_000 }).then(lockOf));
    expect(lock.owner.role).toBe('server');

    const started = Date.now();
    await refusal(claimDataDir(dataDir, { role: 'server', timeoutMs: 10_000 }));
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('guards the folder with a socket file where there are no abstract sockets', async () => {
    const dataDir = newDataDir();
    const holder = await holdInChild(dataDir, { socketKind: 'file' });
    await refusal(acquireDataDirLock(dataDir, { role: 'server', socketKind: 'file' }));

    // A crash leaves the socket file behind; nobody listens on it, so it is replaced.
    await kill(holder, 'SIGKILL');
    expect(fs.existsSync(path.join(dataDir, 'verksam.sock'))).toBe(true);
    track(await acquireDataDirLock(dataDir, { role: 'server', socketKind: 'file' }));
  });

  it('does not let the lock socket serve anything but its status before the app is ready', async () => {
    const dataDir = newDataDir();
    const lock = track(await acquireDataDirLock(dataDir, { role: 'server' }));
    const error = await refusal(acquireDataDirLock(dataDir, { role: 'command' }));
    const response = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = http.get(
        { socketPath: error.address ?? '', path: '/api/v1/x', agent: false },
        (res) => {
          let body = '';
          res.on('data', (chunk) => {
            body += chunk;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      request.on('error', reject);
    });
    expect(response.status).toBe(503);
    expect(JSON.parse(response.body).error.message).toMatch(/Verksam startar/);
    expect(lock.owner.pid).toBe(process.pid);
  });
});

describe('describeDatabaseUrl', () => {
  it('names the server and database without the password', () => {
    expect(describeDatabaseUrl('postgres://verksam:hemligt@db.kommun.se:5433/mal')).toBe(
      'verksam@db.kommun.se:5433/mal, utan lösenord',
    );
    expect(describeDatabaseUrl('postgres:///verksam?host=/var/run/postgresql')).toBe(
      '/var/run/postgresql:5432/verksam, utan lösenord',
    );
    expect(describeDatabaseUrl('inte en adress')).toBe('adressen kunde inte tolkas');
  });
});

function lockOf(claim: Awaited<ReturnType<typeof claimDataDir>>): DataDirLock {
  if (claim.kind !== 'lock') {
    throw new Error('expected the lock');
  }
  return claim.lock;
}
