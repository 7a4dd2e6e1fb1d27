// The warm-start baseline: the least a server on the embedded database must do before it can answer,
// namely start Node, open PGlite on an existing data folder and serve one Fastify route. The app's start
// time over this one's is what migrations check, module loading and route set-up add.
//
//   VERKSAM_DATA_DIR=<folder> PORT=<port> node bench/baseline/hello-server.js
// Plain JavaScript, run by node without a TypeScript loader, like the app's bundled server. It opens
// PGlite before loading Fastify, in the same order as the app's server.
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';

const pglite = await PGlite.create({ dataDir: path.join(process.env.VERKSAM_DATA_DIR, 'pgdata') });
const { default: Fastify } = await import('fastify');
const app = Fastify({ logger: false });
app.get('/', () => 'Hej');
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });

const close = async () => {
  await app.close();
  await pglite.close();
  process.exit(0);
};
process.on('SIGTERM', close);
process.on('SIGINT', close);
