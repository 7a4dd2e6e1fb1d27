/**
 * Load over real HTTP with autocannon: many connections, each sending its next request as soon as the last
 * one is answered, for a fixed time. Latencies are taken from every response (autocannon's own summary has
 * no p95), so median, p95 and p99 come from the same samples.
 */
import autocannon, { type Result } from 'autocannon';
import { percentile } from './measure.ts';
import { apiHeaders, request } from './processes.ts';

export interface LoadOptions {
  readonly connections: number;
  readonly durationS: number;
  /** A request still unanswered after this counts as a timeout (an error). */
  readonly timeoutS: number;
}

export interface LoadResult {
  readonly url: string;
  readonly connections: number;
  readonly durationS: number;
  /** Answered requests (any status). */
  readonly requests: number;
  readonly rps: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /** Connection errors and timeouts. */
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
  readonly mbPerSecond: number;
}

/** A request of a run: a path on the server, optionally as a user of its own (their headers). */
export type LoadRequest =
  | string
  | { readonly path: string; readonly headers: Readonly<Record<string, string>> };

const pathOf = (request: LoadRequest) => (typeof request === 'string' ? request : request.path);

function run(
  url: string,
  options: LoadOptions,
  onResponse?: (status: number, ms: number) => void,
  paths?: readonly LoadRequest[],
) {
  return new Promise<Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: options.connections,
        duration: options.durationS,
        timeout: options.timeoutS,
        pipelining: 1,
        headers: apiHeaders,
        ...(paths
          ? {
              requests: paths.map((entry) =>
                typeof entry === 'string'
                  ? { method: 'GET', path: entry }
                  : { method: 'GET', path: entry.path, headers: { ...apiHeaders, ...entry.headers } },
              ),
            }
          : {}),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    if (onResponse) {
      instance.on('response', (_client, status, _bytes, ms) => onResponse(status, ms));
    }
  });
}

/**
 * Waits until the server has worked off requests left from a run. autocannon drops its connections when
 * the time is up, but the server still runs every request it had accepted (its handlers do not stop when
 * the client goes), which would otherwise be charged to the next run. One more request to the same URL is
 * queued behind them, on the same database pool, so its answer means the backlog is gone.
 */
export async function drain(url: string): Promise<void> {
  await request('GET', url, undefined, 600_000);
}

/** A short run with few connections to warm the JIT and the caches, then `drain`. */
export async function warmUp(url: string, seconds: number, paths?: readonly LoadRequest[]): Promise<void> {
  if (seconds > 0) {
    await run(url, { connections: 10, durationS: seconds, timeoutS: 60 }, undefined, paths);
  }
  await drain(paths?.[0] ? new URL(pathOf(paths[0]), url).href : url);
}

/**
 * `url` under load; with `paths`, each connection asks for them in turn on `url`'s server (many different
 * URLs, so many cache entries).
 */
export async function load(
  url: string,
  options: LoadOptions,
  paths?: readonly LoadRequest[],
): Promise<LoadResult> {
  const latencies: number[] = [];
  const result = await run(url, options, (_status, ms) => latencies.push(ms), paths);
  await drain(paths?.[0] ? new URL(pathOf(paths[0]), url).href : url);
  latencies.sort((a, b) => a - b);
  const answered = latencies.length;
  return {
    url,
    connections: options.connections,
    durationS: result.duration,
    requests: answered,
    rps: answered / result.duration,
    medianMs: percentile(latencies, 0.5),
    p95Ms: percentile(latencies, 0.95),
    p99Ms: percentile(latencies, 0.99),
    maxMs: latencies.at(-1) ?? Number.NaN,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    mbPerSecond: result.throughput.total / 2 ** 20 / result.duration,
  };
}

/** Several loads at once (e.g. one per server instance), started together. */
export function loadAll(urls: readonly string[], options: LoadOptions): Promise<LoadResult[]> {
  return Promise.all(urls.map((url) => load(url, options)));
}
