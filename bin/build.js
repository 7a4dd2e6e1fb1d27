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

function isStale(output, sources) {
  if (!fs.existsSync(output)) {
    return true;
  }
  const built = fs.statSync(output).mtimeMs;
  return sources.some((source) => newestIn(path.join(root, source)) > built);
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

export async function buildServer() {
  const esbuild = await import('esbuild');
  fs.rmSync(path.dirname(SERVER), { recursive: true, force: true });
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['src/server.ts'],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outdir: 'dist-server',
    sourcemap: true,
    logLevel: 'warning',
  });
}

export async function buildIfStale() {
  const common = ['src', 'package-lock.json'];
  if (isStale(WEB, [...common, 'index.html', 'vite.config.ts'])) {
    buildWeb();
  }
  if (isStale(SERVER, common)) {
    await buildServer();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildWeb();
  await buildServer();
}
