#!/usr/bin/env node
// `npm start`: builds what is missing or older than its sources (the web app with Vite, the server bundle
// with esbuild), then runs the server bundle. One process, so a restart costs one Node start-up.
import { buildIfStale } from './build.js';

await buildIfStale();
await import('../dist-server/server.js');
