/**
 * An exclusive lock on the embedded database's folder.
 *
 * PGlite is single-process: two processes that open the same data folder silently lose each other's writes
 * (stack.md §8.6). The first process takes `verksam.lock` (created with O_EXCL, holding its pid and, for
 * the server, its HTTP address); a second process gets a clear error, and the CLI uses the address to go
 * through the running server instead. A lock left by a dead process is taken over.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface LockOwner {
  readonly pid: number;
  readonly startedAt: string;
  /** The owning server's base URL, when the owner is a server. */
  readonly url: string | null;
}

export class DataDirLockedError extends Error {
  override readonly name = 'DataDirLockedError';

  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner,
  ) {
    super(
      `Datamappen ${dataDir} används redan av en annan Verksam-process (pid ${owner.pid}, startad ${owner.startedAt}` +
        `${owner.url ? `, ${owner.url}` : ''}). Den inbäddade databasen tål inte att två processer öppnar samma mapp: ` +
        'stoppa den andra processen, välj en annan mapp med VERKSAM_DATA_DIR, eller använd en PostgreSQL-server med DATABASE_URL.',
    );
  }
}

export function lockPath(dataDir: string): string {
  return path.join(dataDir, 'verksam.lock');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The live owner of the folder's lock, or null when the folder is free (a stale lock counts as free). */
export function readLockOwner(dataDir: string): LockOwner | null {
  try {
    const owner = JSON.parse(fs.readFileSync(lockPath(dataDir), 'utf8')) as LockOwner;
    return owner.pid !== process.pid && isAlive(owner.pid) ? owner : null;
  } catch {
    return null;
  }
}

export interface DataDirLock {
  /** Records the server's address so that the CLI can reach it. */
  setUrl(url: string): void;
  release(): void;
}

/** Takes the lock or throws DataDirLockedError. Released on release() or when the process exits. */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = lockPath(dataDir);
  const owner: { pid: number; startedAt: string; url: string | null } = {
    pid: process.pid,
    startedAt: new Date().toISOString(),
    url: null,
  };
  const write = (flag: 'wx' | 'w') => fs.writeFileSync(file, JSON.stringify(owner), { flag });
  try {
    write('wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
      throw error;
    }
    const current = readLockOwner(dataDir);
    if (current) {
      throw new DataDirLockedError(dataDir, current);
    }
    fs.rmSync(file, { force: true });
    write('wx');
  }
  let held = true;
  const release = () => {
    if (held) {
      held = false;
      fs.rmSync(file, { force: true });
    }
  };
  process.once('exit', release);
  return {
    setUrl(url) {
      owner.url = url;
      write('w');
    },
    release() {
      process.removeListener('exit', release);
      release();
    },
  };
}
