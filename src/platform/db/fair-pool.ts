/**
 * A fair queue in front of a `pg.Pool` (ADR 0010). Outside a transaction Kysely takes a connection for each
 * query and gives it back after, so under load a request that needs five queries queues five times, each
 * time behind every request that arrived meanwhile: with `pg.Pool`'s first-come queue, a flood of new
 * requests starves the ones already under way, and latency grows with the flood. Here waiters are served
 * in the order their *task* (an HTTP request, or whatever else runs queries) first asked for the database,
 * so a request already under way goes before requests that came after it, and finishes.
 *
 * A task is followed through its asynchronous calls with AsyncLocalStorage: its first query takes a ticket,
 * later queries in the same asynchronous flow carry it. Every HTTP request starts without one (Node's
 * `http.server.request.start` diagnostics channel clears it), or requests on one keep-alive connection
 * would share their first request's ticket. A task that has held the connection for longer than a budget
 * (a long import, a job) takes a new ticket, so it cannot keep the front of the queue for long.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import diagnostics from 'node:diagnostics_channel';
import type { PostgresPool, PostgresPoolClient } from 'kysely';
import type pg from 'pg';

interface Task {
  readonly ticket: number;
  /** Milliseconds this task has held a connection. */
  heldMs: number;
}

/** Time a task may hold connections before its place in the queue is taken again as a newcomer's. */
const HOLD_BUDGET_MS = 200;

const tasks = new AsyncLocalStorage<Task | undefined>();
let nextTicket = 0;

diagnostics.subscribe('http.server.request.start', () => tasks.enterWith(undefined));

function currentTask(): Task {
  const task = tasks.getStore();
  if (task && task.heldMs < HOLD_BUDGET_MS) {
    return task;
  }
  const fresh: Task = { ticket: nextTicket++, heldMs: 0 };
  // For the rest of this synchronous call and every asynchronous continuation of it: the caller's later
  // queries find the same task.
  tasks.enterWith(fresh);
  return fresh;
}

interface Waiter {
  readonly ticket: number;
  resolve(): void;
}

/**
 * Serves at most `size` holders at a time from `pool` (use the pool's `max`), the oldest task first;
 * waiters of one task keep the order they came in.
 */
export class FairPool implements PostgresPool {
  private readonly waiters: Waiter[] = [];
  private holders = 0;
  private ended = false;

  constructor(
    private readonly pool: pg.Pool,
    private readonly size: number,
  ) {}

  async connect(): Promise<PostgresPoolClient> {
    if (this.ended) {
      throw new Error('The database pool has been closed.');
    }
    const task = currentTask();
    if (this.holders < this.size && this.waiters.length === 0) {
      this.holders += 1;
    } else {
      await new Promise<void>((resolve) => this.enqueue({ ticket: task.ticket, resolve }));
    }
    const since = performance.now();
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      this.leave();
      throw error;
    }
    // pg gives each checkout its own `release`; ours also hands the turn on, once.
    const release = client.release;
    let released = false;
    client.release = (error?: Error | boolean) => {
      if (released) {
        return;
      }
      released = true;
      task.heldMs += performance.now() - since;
      release.call(client, error);
      this.leave();
    };
    return client;
  }

  /**
   * Takes no new waiters, lets those there are have their turn (a transaction under way finishes), then
   * closes the pool's connections.
   */
  async end(): Promise<void> {
    this.ended = true;
    while (this.holders > 0) {
      // Last in the queue; given the turn, hands it straight on.
      await new Promise<void>((resolve) => this.enqueue({ ticket: Number.POSITIVE_INFINITY, resolve }));
      this.leave();
    }
    await this.pool.end();
  }

  /** Inserted after every waiter with the same or a lower ticket. */
  private enqueue(waiter: Waiter): void {
    let low = 0;
    let high = this.waiters.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.waiters[middle]?.ticket ?? 0) <= waiter.ticket) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    this.waiters.splice(low, 0, waiter);
  }

  private leave(): void {
    const next = this.waiters.shift();
    if (next) {
      // The turn passes straight on; `holders` stays the same.
      next.resolve();
    } else {
      this.holders -= 1;
    }
  }
}
