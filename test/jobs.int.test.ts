/**
 * The job queue on both engines: one active job per kind and scope, progress and results in the job's
 * row, a DomainError failing the job in Swedish, and a job left running by a stopped process taken up
 * again by the next worker.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../src/app.ts';
import { LOCAL_ACTOR } from '../src/core/actor.ts';
import { defineErrors } from '../src/core/errors.ts';
import { enqueueJob, findJob, type Job, startJobWorker, waitForJob } from '../src/platform/jobs.ts';
import { openTestDatabase, type TestDatabase } from './db-engines.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
  await migrate(database.db);
});
afterAll(async () => {
  await database?.close();
});

const errors = defineErrors('test', { refused: { kind: 'invalid', text: () => 'Paketet är trasigt.' } });

describe('the job queue', () => {
  it('runs a job, reports its progress and keeps its result', async () => {
    const seen: number[] = [];
    const worker = startJobWorker(
      database.db,
      {
        'test.count': async ({ progress }) => {
          for (let done = 0; done <= 4; done += 1) {
            progress(done, 4, `Räknar ${done}`);
            await new Promise((resolve) => setTimeout(resolve, 300));
          }
          return { counted: 4 };
        },
      },
      { intervalMs: 50 },
    );
    const job = await enqueueJob(database.db, LOCAL_ACTOR, { kind: 'test.count', scope: 'VSS', payload: {} });
    await expect(
      enqueueJob(database.db, LOCAL_ACTOR, { kind: 'test.count', scope: 'VSS', payload: {} }),
    ).rejects.toThrow('Ett jobb av samma slag för VSS pågår redan.');
    const finished = await waitForJob(database.db, job.id, (update: Job) => seen.push(update.done), 100);
    await worker.stop();
    expect(finished).toMatchObject({ status: 'succeeded', result: { counted: 4 }, done: 4, total: 4 });
    expect(Math.max(...seen.filter((done) => done < 4))).toBeGreaterThan(0);
  });

  it("shows a job's progress while its work holds a transaction (on PGlite, the one connection) open", async () => {
    let reached = () => {};
    const atGate = new Promise<void>((resolve) => {
      reached = resolve;
    });
    let open = () => {};
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    const worker = startJobWorker(
      database.db,
      {
        'test.hold': async ({ progress }) =>
          database.db.transaction().execute(async (trx) => {
            await sql`select 1`.execute(trx);
            progress(1, 2, 'Halvvägs');
            reached();
            await gate;
            return { held: true };
          }),
      },
      { intervalMs: 50 },
    );
    const job = await enqueueJob(database.db, LOCAL_ACTOR, { kind: 'test.hold', scope: 'VSS', payload: {} });
    await atGate;
    const shown = await Promise.race([
      findJob(database.db, job.id),
      new Promise((resolve) => setTimeout(() => resolve('waited for the transaction'), 5_000)),
    ]);
    open();
    expect(shown).toMatchObject({ status: 'running', done: 1, total: 2, message: 'Halvvägs' });
    const finished = await waitForJob(database.db, job.id, () => {}, 50);
    await worker.stop();
    expect(finished).toMatchObject({ status: 'succeeded', result: { held: true }, done: 2 });
  });

  it('fails a job with the Swedish message of the DomainError that stopped it', async () => {
    const worker = startJobWorker(
      database.db,
      { 'test.refuse': async () => Promise.reject(errors.refused()) },
      { intervalMs: 50 },
    );
    const job = await enqueueJob(database.db, LOCAL_ACTOR, {
      kind: 'test.refuse',
      scope: 'VSS',
      payload: {},
    });
    const finished = await waitForJob(database.db, job.id, () => {}, 50);
    await worker.stop();
    expect(finished).toMatchObject({
      status: 'failed',
      error: { code: 'test.refused', message: 'Paketet är trasigt.' },
    });
  });

  it('takes up a job that a stopped process left running', async () => {
    const job = await enqueueJob(database.db, LOCAL_ACTOR, {
      kind: 'test.resume',
      scope: 'KS',
      payload: { n: 7 },
    });
    // As if a process had claimed it and died a minute ago.
    await sql`update job set status = 'running', attempts = 1, started_at = now() - interval '1 minute',
                            heartbeat_at = now() - interval '1 minute' where id = ${job.id}`.execute(
      database.db,
    );
    const worker = startJobWorker(
      database.db,
      { 'test.resume': async ({ job: resumed }) => ({ again: (resumed.payload as { n: number }).n }) },
      { intervalMs: 50 },
    );
    const finished = await waitForJob(database.db, job.id, () => {}, 50);
    await worker.stop();
    expect(finished).toMatchObject({ status: 'succeeded', attempts: 2, result: { again: 7 } });
  });
});
