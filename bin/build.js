#!/usr/bin/env node
// Builds the web app (Vite → dist/) and the server (esbuild → dist-server/). `node bin/build.js` builds
// both; `buildIfStale()` only what is missing or older than its sources. The server is bundled so that it
// starts without a TypeScript loader; its dependencies stay in node_modules.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WEB = path.join(root, 'dist', 'index.html');
const SERVER = path.join(root, 'dist-server', 'server.js');

function newestIn(target) {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) {
    return stat.mtimeMs;
  }
  return Math.max(0, ...fs.readdirSync(target).map((name) => newestIn(path.join(target, name))));
}

/** Whether `output` is missing or older than the newest of `sources` (the newest times, walked once). */
function isStale(output, sources, newest) {
  if (!fs.existsSync(output)) {
    return true;
  }
  const built = fs.statSync(output).mtimeMs;
  return sources.some((source) => newest(source) > built);
}

export function buildWeb() {
  console.log('Bygger webbgränssnittet …');
  execFileSync(
    process.execPath,
    [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
}

/**
 * Dependencies bundled into the server instead of loaded from node_modules at start: ES modules spread over
 * hundreds of files, whose loading (resolving, reading, compiling one file at a time) took about a quarter of
 * the application's start-up (ADR 0010). zod goes with the type provider that checks its schemas, so that
 * both see one copy. The rest stay in node_modules: CommonJS packages gained nothing measurable, and some
 * find files beside themselves (PGlite's WebAssembly, Swagger UI's assets). ECharts (with zrender and tslib) is
 * bundled too but loaded only with the first chart drawn: esbuild puts it in a chunk of its own.
 */
const BUNDLED = new Set(['kysely', 'zod', 'fastify-type-provider-zod', 'echarts', 'zrender', 'tslib']);

function packageOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const externalPackages = {
  name: 'external-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./#]/ }, (args) =>
      args.kind === 'entry-point' || BUNDLED.has(packageOf(args.path)) ? undefined : { external: true },
    );
  },
};

export async function buildServer() {
  const esbuild = await import('esbuild');
  fs.rmSync(path.dirname(SERVER), { recursive: true, force: true });
  await esbuild.build({
    absWorkingDir: root,
    // Worker threads are entries of their own, found next to the chunk that starts them
    // (src/platform/worker-threads.ts): the embedded database's (ADR 0010) and the ledger reader's (ADR 0013).
    entryPoints: {
      server: 'src/server.ts',
      'pglite-worker': 'src/platform/db/pglite-worker.ts',
      'ledger-reader-worker': 'src/modules/economy/ledger-reader-worker.ts',
    },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    plugins: [externalPackages],
    outdir: 'dist-server',
    sourcemap: true,
    // `--enable-source-maps` reads every map as its module loads; without the sources' text they are a
    // fraction of the size, and stack traces still point into src/ and node_modules/.
    sourcesContent: false,
    logLevel: 'warning',
  });
}

export async function buildIfStale() {
  // Both outputs depend on src/, whose 800-odd files are on every start's path: each is looked at once.
  const times = new Map();
  const newest = (source) => {
    if (!times.has(source)) {
      times.set(source, newestIn(path.join(root, source)));
    }
    return times.get(source);
  };
  const common = ['src', 'package-lock.json'];
  if (isStale(WEB, [...common, 'index.html', 'vite.config.ts'], newest)) {
    buildWeb();
  }
  if (isStale(SERVER, common, newest)) {
    await buildServer();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildWeb();
  await buildServer();
}
