// The load test's baseline: a minimal Fastify server, in its own process like the app, that answers each
// benchmarked URL with the exact bytes the app answered it with, held in memory. The app's throughput over
// this one's says what the application's own work (database, building the sheet, validation) costs on
// top of Node's and Fastify's HTTP handling of the same response.
//
//   node bench/baseline/sheet-server.js <manifest.json>
//   manifest: { "port": 1234, "responses": [{ "url": "/api/v1/…?…", "file": "/tmp/…/body.json", "contentType": "…" }] }
// Plain JavaScript, run by node without a TypeScript loader, like the app's bundled server.
import fs from 'node:fs';
import Fastify from 'fastify';

const manifest = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const responses = new Map(
  manifest.responses.map((response) => [
    response.url,
    { body: fs.readFileSync(response.file), contentType: response.contentType },
  ]),
);

const app = Fastify({ logger: false });
app.get('/*', (request, reply) => {
  const response = responses.get(request.url);
  if (!response) {
    return reply.code(404).send({ error: 'not a benchmarked URL' });
  }
  return reply.type(response.contentType).send(response.body);
});

await app.listen({ port: manifest.port, host: '127.0.0.1' });
const close = async () => {
  await app.close();
  process.exit(0);
};
process.on('SIGTERM', close);
process.on('SIGINT', close);
