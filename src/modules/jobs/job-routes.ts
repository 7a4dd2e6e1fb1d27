/** The jobs module's routes. An upload takes the request's bytes as a stream, whatever their content type. */
import { findFile, readFile, storeFile } from '#platform/files.ts';
import type { ApiApp } from '#platform/http/create-app.ts';
import { registerOperations } from '#platform/http/operations.ts';
import { findJob, listJobs } from '#platform/jobs.ts';
import type { ByteStream } from '#platform/json-spool.ts';
import type { RouteRegistrar } from '../module-definition.ts';
import { jobsApi } from './contract.ts';

export const jobsRoutes: RouteRegistrar = (app, platform) => {
  // A scope of its own, where no body is parsed: the upload streams straight into the file store.
  void app.register(async (scoped: ApiApp) => {
    scoped.removeAllContentTypeParsers();
    scoped.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
    registerOperations(scoped, platform, jobsApi, {
      uploadFile: ({ query }, ctx, { request }) =>
        storeFile(ctx.db, (request.body ?? request.raw) as ByteStream, {
          name: query.name ?? 'fil',
          mediaType: (request.headers['content-type'] ?? 'application/octet-stream').slice(0, 200),
          createdBy: ctx.actor.userId,
        }),
      getFile: async ({ params }, ctx, { reply }) => {
        const file = await findFile(ctx.db, params.id);
        return reply
          .type(file.mediaType)
          .header('content-disposition', `attachment; filename="${encodeURIComponent(file.name)}"`)
          .send(readFile(ctx.db, file.id));
      },
      getJob: ({ params }, ctx) => findJob(ctx.db, params.id),
      listJobs: ({ query }, ctx) => listJobs(ctx.db, { kind: query.kind }),
    });
  });
};
