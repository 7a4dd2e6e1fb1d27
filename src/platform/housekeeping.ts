/**
 * Periodic clearing-away that no user asks for: answers kept for retried requests, sessions that have
 * ended, documents' rendered files past their day. Each module names its tasks in its manifest; the server
 * runs them all a minute after it starts (never on the way to its first answer) and then every hour. Every
 * instance on a shared database may run them: each task deletes what is past its time, so running it twice
 * does nothing the second time.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: tasks run on any module's tables
type AnyDb = Kysely<any>;

export interface HousekeepingTask {
  /** For the log: "idempotency keys", "expired sessions". */
  readonly name: string;
  /** Removes what is past its time at `now`; returns how many it removed. */
  run(db: AnyDb, now: Date): Promise<number>;
}

export interface Housekeeping {
  stop(): Promise<void>;
}

const MINUTE_MS = 60_000;

type Log = (error: unknown) => void;
const logToConsole: Log = (error) => console.error(error);

/**
 * Runs every task once, one after the other, until `stopped` says to stop; a task that fails is logged with
 * its name and the rest still run.
 */
export async function runHousekeeping(
  db: AnyDb,
  tasks: readonly HousekeepingTask[],
  log: Log = logToConsole,
  stopped: () => boolean = () => false,
): Promise<void> {
  for (const task of tasks) {
    if (stopped()) {
      return;
    }
    try {
      await task.run(db, new Date());
    } catch (error) {
      log(new Error(`Städningen "${task.name}" misslyckades`, { cause: error }));
    }
  }
}

export function startHousekeeping(
  db: AnyDb,
  tasks: readonly HousekeepingTask[],
  options: { firstAfterMs?: number; everyMs?: number; log?: Log } = {},
): Housekeeping {
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | null = null;
  const schedule = (afterMs: number) => {
    timer = setTimeout(async () => {
      running = runHousekeeping(db, tasks, options.log, () => stopped);
      await running;
      if (!stopped) {
        schedule(options.everyMs ?? 60 * MINUTE_MS);
      }
    }, afterMs);
    timer.unref();
  };
  if (tasks.length > 0) {
    schedule(options.firstAfterMs ?? MINUTE_MS);
  }
  return {
    async stop() {
      stopped = true;
      if (timer) {
        clearTimeout(timer);
      }
      await running;
    },
  };
}
