/** The documents module's routes: a document as an HTML page or a PDF file. */
import { registerOperations } from '#platform/http/operations.ts';
import { sharedPdfRenderer } from '#platform/pdf.ts';
import type { RouteRegistrar } from '../module-definition.ts';
import { documentsApi } from './contract.ts';
import { renderDocument } from './document-service.ts';

export const documentsRoutes: RouteRegistrar = (app, platform) =>
  registerOperations(app, platform, documentsApi, {
    renderDocument: async ({ query }, ctx, { reply }) => {
      const file = await renderDocument(ctx, sharedPdfRenderer(), query);
      // The HTML opens in the browser; the PDF is downloaded under its name.
      const disposition = query.format === 'pdf' ? 'attachment' : 'inline';
      return reply
        .type(file.mediaType)
        .header('content-disposition', `${disposition}; filename="${file.name}"`)
        .send(file.bytes);
    },
  });
