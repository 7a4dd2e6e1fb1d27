/**
 * The job queue: work too long for a request (a data package of hundreds of megabytes, later a ledger
 * import or a document render) runs as a job, in PostgreSQL – the same on PGlite and a server. A job has a
 * kind and a scope; only one job of a kind runs per scope at a time. Every application instance runs a
 * worker that claims queued jobs (`for update skip locked`, so two instances never take the same one),
 * reports progress to the job's row as it goes, and records the result or the error. A job left running
 * by a process that stopped is taken up again at the next start (its work is all or nothing).
 */
import { type Kysely, sql } from 'kysely';
import type { Actor } from '#core/actor.ts';
import { DomainError, defineErrors } from '#core/errors.ts';
import type { MigrationDefinition } from './db/migrations.ts';

export const jobsMigration: MigrationDefinition = {
  name: '20261201T1301-platform-create-job',
  async up(db) {
    await sql`
      create table job (
        id uuid primary key default gen_random_uuid(),
        kind text not null,
        scope text not null,
        status text not null default 'queued' check (status in ('queued', 'running', 'succeeded', 'failed')),
        payload jsonb not null default '{}',
        done bigint not null default 0,
        total bigint,
        message text,
        result jsonb,
        error jsonb,
        attempts integer not null default 0,
        actor_id uuid not null,
        actor_name text not null,
        created_at timestamptz not null default now(),
        started_at timestamptz,
        finished_at timestamptz,
        heartbeat_at timestamptz
      )`.execute(db);
    await sql`create unique index job_one_active_per_scope on job (kind, scope) where status in ('queued', 'running')`.execute(
      db,
    );
    await sql`create index job_queue_idx on job (created_at) where status = 'queued'`.execute(db);
  },
};

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed';

export interface Job {
  readonly id: string;
  readonly kind: string;
  readonly scope: string;
  readonly status: JobStatus;
  readonly payload: unknown;
  readonly done: number;
  readonly total: number | null;
  readonly message: string | null;
  readonly result: unknown;
  readonly error: { code: string; message: string; fields?: unknown[] } | null;
  readonly attempts: number;
  readonly actorName: string;
  readonly createdAt: string;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
}

export const jobErrors = defineErrors('jobs', {
  not_found: { kind: 'not_found', text: (id: string) => `Jobbet ${id} finns inte.` },
  already_running: {
    kind: 'conflict',
    text: (scope: string) =>
      `Ett jobb av samma slag för ${scope} pågår redan. Vänta tills det är klart, eller följ det i stället.`,
  },
  unknown_kind: { kind: 'invalid', text: (kind: string) => `Det finns ingen jobbtyp ”${kind}”.` },
  interrupted: {
    kind: 'conflict',
    text: () => 'Jobbet avbröts upprepade gånger (servern stoppades) och har gett upp. Starta det igen.',
  },
});

/** Tells the job's row how far the work has come; called as often as the work likes, written now and then. */
export type Progress = (done: number, total: number | null, message?: string) => void;

export interface JobRun {
  readonly job: Job;
  readonly actor: Actor;
  readonly progress: Progress;
}

/** Does a job's work; returns its result (JSON). A DomainError fails the job with its Swedish message. */
export type JobHandler = (run: JobRun) => Promise<unknown>;

// biome-ignore lint/suspicious/noExplicitAny: the queue's table belongs to the platform, not the modules' schema
type AnyDb = Kysely<any>;

interface JobRow {
  id: string;
  kind: string;
  scope: string;
  status: JobStatus;
  payload: unknown;
  done: string;
  total: string | null;
  message: string | null;
  result: unknown;
  error: Job['error'];
  attempts: number;
  actor_id: string;
  actor_name: string;
  created_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
}

const iso = (value: Date | null) => (value === null ? null : value.toISOString());

function toJob(row: JobRow): Job {
  return {
    id: row.id,
    kind: row.kind,
    scope: row.scope,
    status: row.status,
    payload: row.payload,
    done: Number(row.done),
    total: row.total === null ? null : Number(row.total),
    message: row.message,
    result: row.result,
    error: row.error,
    attempts: row.attempts,
    actorName: row.actor_name,
    createdAt: row.created_at.toISOString(),
    startedAt: iso(row.started_at),
    finishedAt: iso(row.finished_at),
  };
}

const json = (value: unknown) => JSON.stringify(value ?? null);

export async function enqueueJob(
  db: AnyDb,
  actor: Actor,
  job: { kind: string; scope: string; payload: unknown; message?: string },
): Promise<Job> {
  try {
    const { rows } = await sql<JobRow>`
      insert into job (kind, scope, payload, message, actor_id, actor_name)
      values (${job.kind}, ${job.scope}, ${json(job.payload)}::jsonb, ${job.message ?? 'Väntar på att starta.'},
              ${actor.userId}, ${actor.name})
      returning *`.execute(db);
    return toJob(rows[0] as JobRow);
  } catch (error) {
    if ((error as { code?: string }).code === '23505') {
      throw jobErrors.already_running(job.scope);
    }
    throw error;
  }
}

/**
 * Jobs running in this process, as they stand now. A job's row is only written between its own queries:
 * on the embedded engine an import's transaction holds the one connection until it commits, so the row's
 * progress, and even reading it, would wait for the whole import. Keyed by the job's id (a UUID), so the
 * apps that tests run side by side in one process cannot mix them up.
 */
const runningHere = new Map<string, Job>();

export async function findJob(db: AnyDb, id: string): Promise<Job> {
  const running = runningHere.get(id);
  if (running) {
    return running;
  }
  const { rows } = await sql<JobRow>`select * from job where id = ${id}`.execute(db);
  if (!rows[0]) {
    throw jobErrors.not_found(id);
  }
  return toJob(rows[0]);
}

export async function listJobs(db: AnyDb, filter: { kind?: string; limit?: number } = {}): Promise<Job[]> {
  const { rows } = await sql<JobRow>`
    select * from job where (${filter.kind ?? null}::text is null or kind = ${filter.kind ?? null})
    order by created_at desc limit ${filter.limit ?? 50}`.execute(db);
  return rows.map(toJob);
}

const ABANDONED_AFTER = "interval '30 seconds'";
const MAX_ATTEMPTS = 3;

/** Claims the oldest queued job, or none. Jobs abandoned by a stopped process are queued again first. */
async function claimJob(db: AnyDb, kinds: readonly string[]): Promise<JobRow | null> {
  await sql`
    update job set status = 'queued', message = 'Startas om efter ett avbrott.'
    where status = 'running' and heartbeat_at < now() - ${sql.raw(ABANDONED_AFTER)} and attempts < ${MAX_ATTEMPTS}`.execute(
    db,
  );
  await sql`
    update job set status = 'failed', finished_at = now(), error = ${json({
      code: jobErrors.interrupted.code,
      message: jobErrors.interrupted.text(),
    })}::jsonb
    where status = 'running' and heartbeat_at < now() - ${sql.raw(ABANDONED_AFTER)}`.execute(db);
  const { rows } = await sql<JobRow>`
    update job set status = 'running', started_at = now(), heartbeat_at = now(), attempts = attempts + 1,
                   message = 'Startar …'
    where id = (select id from job where status = 'queued' and kind = any(${[...kinds]}::text[])
                order by created_at limit 1 for update skip locked)
    returning *`.execute(db);
  return rows[0] ?? null;
}

/** How often progress is written; the work reports as often as it likes. */
const PROGRESS_EVERY_MS = 250;

async function runJob(db: AnyDb, row: JobRow, handler: JobHandler, log: (error: unknown) => void) {
  let last = 0;
  let pending: Promise<unknown> = Promise.resolve();
  const shown = toJob(row);
  runningHere.set(row.id, shown);
  const progress: Progress = (done, total, message) => {
    runningHere.set(row.id, {
      ...shown,
      done,
      total,
      message: message ?? runningHere.get(row.id)?.message ?? null,
    });
    const now = Date.now();
    if (now - last < PROGRESS_EVERY_MS) {
      return;
    }
    last = now;
    pending = pending.then(() =>
      sql`update job set done = ${done}, total = ${total}, message = coalesce(${message ?? null}, message),
                           heartbeat_at = now()
          where id = ${row.id}`
        .execute(db)
        .catch(log),
    );
  };
  // The heartbeat keeps a long step without progress from looking abandoned.
  const heartbeat = setInterval(() => {
    pending = pending.then(() =>
      sql`update job set heartbeat_at = now() where id = ${row.id}`.execute(db).catch(log),
    );
  }, 5_000);
  try {
    const result = await handler({
      job: toJob(row),
      // The grants are the composition root's to load: the job runs with those the user holds when it runs.
      actor: { userId: row.actor_id, name: row.actor_name, grants: [] },
      progress,
    });
    await pending;
    await sql`update job set status = 'succeeded', finished_at = now(), result = ${json(result)}::jsonb,
                     message = 'Klart.', done = coalesce(total, done)
              where id = ${row.id}`.execute(db);
  } catch (error) {
    await pending;
    const known = error instanceof DomainError ? error : null;
    if (!known) {
      log(error);
    }
    const failure = known
      ? { code: known.code, message: known.message, fields: known.fields }
      : {
          code: 'internal',
          message: `Jobbet misslyckades av ett oväntat fel. Ange jobb-id ${row.id} om du kontaktar supporten.`,
        };
    await sql`update job set status = 'failed', finished_at = now(), error = ${json(failure)}::jsonb,
                     message = ${known ? 'Misslyckades.' : 'Misslyckades av ett oväntat fel.'}
              where id = ${row.id}`.execute(db);
  } finally {
    clearInterval(heartbeat);
    // After the row holds the outcome: from now on it is read from there.
    runningHere.delete(row.id);
  }
}

export interface JobWorker {
  /** Looks for work now instead of at the next poll (after a job was queued in this process). */
  wake(): void;
  /** Stops claiming new jobs and waits for the running one. */
  stop(): Promise<void>;
}

/**
 * Runs queued jobs of the given kinds, one at a time per process (two cores, and every job is heavy),
 * polling every `intervalMs`.
 */
export function startJobWorker(
  db: AnyDb,
  handlers: Readonly<Record<string, JobHandler>>,
  options: { intervalMs?: number; log?: (error: unknown) => void } = {},
): JobWorker {
  const kinds = Object.keys(handlers);
  const log = options.log ?? ((error: unknown) => console.error(error));
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | null = null;
  let busy = false;
  const tick = async () => {
    if (stopped || busy) {
      return;
    }
    busy = true;
    try {
      for (let row = await claimJob(db, kinds); row && !stopped; row = await claimJob(db, kinds)) {
        const handler = handlers[row.kind];
        if (handler) {
          running = runJob(db, row, handler, log);
          await running;
        }
      }
    } catch (error) {
      log(error);
    } finally {
      busy = false;
    }
  };
  const schedule = () => {
    timer = setTimeout(async () => {
      await tick();
      if (!stopped) {
        schedule();
      }
    }, options.intervalMs ?? 1000);
    timer.unref();
  };
  if (kinds.length > 0) {
    schedule();
  }
  return {
    wake: () => void tick(),
    async stop() {
      stopped = true;
      if (timer) {
        clearTimeout(timer);
      }
      await running;
    },
  };
}

/** Waits until a job has finished; for callers that run a job where they stand (the CLI without a server). */
export async function waitForJob(
  db: AnyDb,
  id: string,
  onUpdate: (job: Job) => void,
  intervalMs = 250,
): Promise<Job> {
  for (;;) {
    const job = await findJob(db, id);
    onUpdate(job);
    if (job.status === 'succeeded' || job.status === 'failed') {
      return job;
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
