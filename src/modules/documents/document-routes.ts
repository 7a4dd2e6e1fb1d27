/** The documents module's routes: a document as an HTML page, a PDF, a Word file or an Excel workbook. */
import { registerOperations } from '#platform/http/operations.ts';
import { sharedPdfRenderer } from '#platform/pdf.ts';
import type { RouteRegistrar } from '../module-definition.ts';
import { documentsApi } from './contract.ts';
import { renderDocument } from './document-service.ts';

export const documentsRoutes: RouteRegistrar = (app, platform) =>
  registerOperations(app, platform, documentsApi, {
    renderDocument: async ({ query }, ctx, { reply }) => {
      const file = await renderDocument(ctx, sharedPdfRenderer(), query);
      // The HTML opens in the browser; the other formats are downloaded under their Swedish name (RFC 6266).
      const disposition = query.format === 'html' ? 'inline' : 'attachment';
      return reply
        .type(file.mediaType)
        .header(
          'content-disposition',
          `${disposition}; filename="${file.asciiName}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
        )
        .send(file.bytes);
    },
  });
