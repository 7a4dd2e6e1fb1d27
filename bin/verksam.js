#!/usr/bin/env node
// Runs the Verksam command line (src/cli.ts) with tsx, so the CLI needs no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
