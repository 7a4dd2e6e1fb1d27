/**
 * Starting a worker thread from one of our own modules, in the server bundle or in the sources. The worker's
 * file is found next to the module that starts it: `name.js` in the bundle (dist-server/, where bin/build.js
 * makes it an entry of its own), or `name.ts` in the sources, which a worker can only load through tsx's
 * loader (tests and `tsx` runs: a worker does not inherit the parent's loader hooks). Under tsx a worker
 * answers first in some 0,3 s, from the bundle in about 0,1 s.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parentPort, Worker } from 'node:worker_threads';

/** A worker thread, as the modules that start one see it. */
export type ThreadWorker = Worker;

/** Also describes, for the main thread, an error thrown in a worker (errors do not cross as they are). */
export interface ThreadError {
  readonly name: string;
  readonly message: string;
  readonly stack?: string;
}

/** `bundled` and `source`: the worker's file beside the caller, as `new URL('./x.js', import.meta.url)`. */
export function spawnModuleWorker(bundled: URL, source: URL): Worker {
  if (fs.existsSync(fileURLToPath(bundled))) {
    return new Worker(bundled);
  }
  // tsx's ESM entry, resolved from this project rather than the worker's (a data: URL has no base).
  const tsx = path.join(
    path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')),
    'dist',
    'esm',
    'api',
    'index.mjs',
  );
  const code =
    `import { register } from ${JSON.stringify(pathToFileURL(tsx).href)};\n` +
    `register();\nawait import(${JSON.stringify(source.href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`));
}

export function describeError(error: unknown): ThreadError {
  if (error instanceof Error) {
    return { name: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}) };
  }
  return { name: 'Error', message: String(error) };
}

/** The error a worker described, as an Error of this thread, its stack saying where it was thrown. */
export function reviveError(error: ThreadError, where: string): Error {
  const revived = new Error(error.message);
  revived.name = error.name;
  revived.stack = `${error.name}: ${error.message} (in ${where})\n${error.stack ?? ''}`;
  return revived;
}

/**
 * In a worker: hands each message from the thread that started it to `answer`, with the means to reply
 * (moving `transfer`'s buffers rather than copying them). For the modules' workers, which keep Node's own
 * modules to the platform.
 */
export function serveParent<Request, Reply>(
  name: string,
  answer: (request: Request, reply: (message: Reply, transfer?: ArrayBuffer[]) => void) => void,
): void {
  const port = parentPort;
  if (!port) {
    throw new Error(`${name} runs as a worker thread.`);
  }
  port.on('message', (request: Request) =>
    answer(request, (message, transfer = []) => port.postMessage(message, transfer)),
  );
}
