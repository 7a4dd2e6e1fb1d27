/**
 * The documents module's routes: a document as an HTML page, a PDF, a Word file or an Excel workbook, and
 * its versions – listed, created, moved, opened from their snapshots, deleted while drafts, compared.
 */
import { listChanges } from '#platform/audit/change-log.ts';
import { readFile } from '#platform/files.ts';
import { registerOperations } from '#platform/http/operations.ts';
import { sharedPdfRenderer } from '#platform/pdf.ts';
import type { RouteRegistrar } from '../module-definition.ts';
import { documentsApi } from './contract.ts';
import { renderDocument } from './document-service.ts';
import { documentVersionEntity } from './model.ts';
import { renderJobFile, startRenderJob } from './render-job.ts';
import { listTemplates, saveTemplate, templateDetail, templateVersion } from './template-service.ts';
import {
  actOnVersion,
  compareVersions,
  createDraftVersion,
  deleteVersion,
  getVersion,
  listVersions,
  versionFile,
} from './version-service.ts';

/** RFC 6266: the Swedish name, and an ASCII one for clients that cannot read it. */
function disposition(kind: 'inline' | 'attachment', file: { name: string; asciiName: string }): string {
  return `${kind}; filename="${file.asciiName}"; filename*=UTF-8''${encodeURIComponent(file.name)}`;
}

export const documentsRoutes: RouteRegistrar = (app, platform) =>
  registerOperations(app, platform, documentsApi, {
    renderDocument: async ({ query }, ctx, { reply }) => {
      const file = await renderDocument(ctx, sharedPdfRenderer(), query);
      // The HTML opens in the browser; the other formats are downloaded under their Swedish name (RFC 6266).
      return reply
        .type(file.mediaType)
        .header('content-disposition', disposition(query.format === 'html' ? 'inline' : 'attachment', file))
        .send(file.bytes);
    },
    startRenderJob: async ({ body }, ctx) => {
      const job = await startRenderJob(ctx, sharedPdfRenderer(), body);
      platform.jobs?.wake();
      return job;
    },
    renderJobFile: async ({ params }, ctx, { reply }) => {
      const file = await renderJobFile(ctx, params.id);
      return reply
        .type(file.mediaType)
        .header('content-disposition', disposition(file.format === 'html' ? 'inline' : 'attachment', file))
        .send(readFile(ctx.db, file.fileId));
    },
    listVersions: ({ query }, ctx) => listVersions(ctx, query),
    createVersion: ({ body }, ctx) => createDraftVersion(ctx, body),
    getVersion: ({ params }, ctx) => getVersion(ctx, params.id),
    versionFile: async ({ params, query }, ctx, { reply }) => {
      const file = await versionFile(ctx, params.id, query.format);
      if (file.integrity !== null) {
        reply.header('x-verksam-integrity', 'mismatch');
      }
      return reply
        .type(file.mediaType)
        .header('content-disposition', disposition(query.format === 'html' ? 'inline' : 'attachment', file))
        .send(file.bytes);
    },
    versionHistory: ({ params }, ctx) => listChanges(ctx.db, documentVersionEntity.table, params.id),
    actOnVersion: ({ params, body }, ctx) => actOnVersion(ctx, sharedPdfRenderer(), params.id, body),
    deleteVersion: async ({ params, query }, ctx) => {
      await deleteVersion(ctx, params.id, query.version);
    },
    compareVersions: ({ query }, ctx) => compareVersions(ctx, query.first, query.second),
    listTemplates: (_input, ctx) => listTemplates(ctx),
    getTemplate: ({ params }, ctx) => templateDetail(ctx, params.type),
    templateVersion: ({ params }, ctx) => templateVersion(ctx, params.type, params.number),
    saveTemplate: ({ params, body }, ctx) => saveTemplate(ctx, params.type, body),
  });
