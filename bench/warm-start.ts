/**
 * Warm start: from spawning the server on an existing data folder to its first 200 from GET /, for
 * `node bin/start.js` (what `npm start` runs), for `npm start` itself, and for the baseline (Node opening
 * PGlite on the same folder and serving hello world with Fastify). The three are interleaved, run after one
 * unmeasured round that warms the operating system's file cache, and each is stopped cleanly (SIGTERM) so
 * the next start finds a cleanly closed database and a free lock.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { type Stats, summarise } from './measure.ts';
import { freePort, start, waitFor200 } from './processes.ts';
import { BUILD_IF_STALE, BUILD_OUTPUTS, REPO_ROOT, START_ARGS, serverEnv } from './verksam.ts';

export interface WarmStartResult {
  readonly dataDir: string;
  readonly app: Stats;
  readonly npmStart: Stats;
  readonly baseline: Stats;
  /** Median app start over median baseline start. */
  readonly ratio: number;
  readonly npmRatio: number;
  /** Measured starts that were thrown away and repeated because `npm start` rebuilt during them. */
  readonly rebuilds: number;
}

type Kind = 'app' | 'npmStart' | 'baseline';

const BASELINE = path.join(import.meta.dirname, 'baseline', 'hello-server.js');

function buildTimes(): string {
  return BUILD_OUTPUTS.map((file) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0)).join(',');
}

/**
 * Builds what is stale now, so that no measured start includes a build. A build that fails (src/ caught
 * half-way through an edit) is reported with esbuild's or Vite's first error line.
 */
export function buildIfStale(): void {
  try {
    execFileSync(process.execPath, ['--input-type=module', '-e', BUILD_IF_STALE], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'inherit', 'pipe'],
    });
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? '');
    const first = stderr.split('\n').find((line) => /error/i.test(line)) ?? stderr.trim().split('\n')[0];
    throw new Error(`the build that npm start runs failed: ${first?.replace(/^\W+/, '') ?? 'no output'}`);
  }
}

async function startOnce(kind: Kind, dataDir: string): Promise<{ ms: number; rebuilt: boolean }> {
  const port = await freePort();
  const env = serverEnv({ port, dataDir });
  const before = buildTimes();
  const started = performance.now();
  const child =
    kind === 'app'
      ? start('node bin/start.js', process.execPath, START_ARGS, { env, cwd: REPO_ROOT })
      : kind === 'npmStart'
        ? start('npm start', 'npm', ['start'], { env, cwd: REPO_ROOT, group: true })
        : start('baseline hello-server', process.execPath, [BASELINE], { env, cwd: REPO_ROOT });
  try {
    await waitFor200(`http://127.0.0.1:${port}/`, child);
    return { ms: performance.now() - started, rebuilt: buildTimes() !== before };
  } finally {
    await child.stop();
  }
}

export async function measureWarmStart(dataDir: string, runs: number): Promise<WarmStartResult> {
  const kinds: Kind[] = ['app', 'npmStart', 'baseline'];
  const samples: Record<Kind, number[]> = { app: [], npmStart: [], baseline: [] };
  let rebuilds = 0;
  buildIfStale();
  for (const kind of kinds) {
    await startOnce(kind, dataDir);
  }
  for (let round = 0; round < runs; round += 1) {
    for (const kind of kinds) {
      for (let attempt = 0; ; attempt += 1) {
        if (kind !== 'baseline') {
          buildIfStale();
        }
        const { ms, rebuilt } = await startOnce(kind, dataDir);
        // Another engineer's save between our build and the start makes the start build; that is not a
        // warm start, so it is measured again (a few times at most, then kept).
        if (!rebuilt || attempt >= 2) {
          samples[kind].push(ms);
          break;
        }
        rebuilds += 1;
      }
    }
  }
  const app = summarise(samples.app);
  const npmStart = summarise(samples.npmStart);
  const baseline = summarise(samples.baseline);
  return {
    dataDir,
    app,
    npmStart,
    baseline,
    ratio: app.medianMs / baseline.medianMs,
    npmRatio: npmStart.medianMs / baseline.medianMs,
    rebuilds,
  };
}
