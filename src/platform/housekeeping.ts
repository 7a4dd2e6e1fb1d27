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
  /** Runs every task once now, one after the other; a task that fails is logged and the rest still run. */
  runNow(): Promise<void>;
  stop(): Promise<void>;
}

const MINUTE_MS = 60_000;

export function startHousekeeping(
  db: AnyDb,
  tasks: readonly HousekeepingTask[],
  options: { firstAfterMs?: number; everyMs?: number; log?: (error: unknown) => void } = {},
): Housekeeping {
  const log = options.log ?? ((error: unknown) => console.error(error));
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | null = null;
  const runAll = async () => {
    for (const task of tasks) {
      if (stopped) {
        return;
      }
      try {
        await task.run(db, new Date());
      } catch (error) {
        log(new Error(`Städningen "${task.name}" misslyckades`, { cause: error }));
      }
    }
  };
  const runNow = () => {
    running = running.then(runAll);
    return running;
  };
  const schedule = (afterMs: number) => {
    timer = setTimeout(async () => {
      await runNow();
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
    runNow,
    async stop() {
      stopped = true;
      if (timer) {
        clearTimeout(timer);
      }
      await running;
    },
  };
}
