/** HTTP routes of the data-package module: export and import. */

import { z } from 'zod';
import type { ApiApp } from '#platform/http/create-app.ts';
import type { AppContext } from '../context.ts';
import { dataPackageSchema } from './contract.ts';
import { exportPackage } from './export-service.ts';
import { importPackage } from './import-service.ts';

const TAGS = ['Datapaket'];
const counts = z.record(z.string(), z.int());

export async function dataPackageRoutes(app: ApiApp, ctx: AppContext) {
  app.get(
    '/data-package/export',
    {
      schema: {
        operationId: 'dataPackage.export',
        tags: TAGS,
        summary: 'Exportera en enhets data för ett år (eller allt) som ett datapaket',
        querystring: z.strictObject({
          org: z
            .string()
            .trim()
            .min(1)
            .max(64)
            .optional()
            .describe('Enhetens kod, t.ex. VSS. Utelämnad: allt.'),
          year: z.coerce.number().pipe(z.int().min(1900).max(2200)).optional(),
        }),
        response: { 200: dataPackageSchema },
      },
    },
    // Serialised as it is: re-validating a package of tens of megabytes against its schema on the way out
    // costs more than building it (bench: 0.6 s of 2.6 s for a large municipality).
    async (request, reply) =>
      reply.serializer(JSON.stringify).send(await exportPackage(ctx.db, request.query)),
  );
  app.post(
    '/data-package/import',
    {
      schema: {
        operationId: 'dataPackage.import',
        tags: TAGS,
        summary: 'Läs in ett datapaket – allt eller inget; felaktiga paket listar varje fel med sökväg',
        description:
          'Poster med samma id, eller samma naturliga nyckel (enhetskod, år och typ av uppföljningstillfälle, ' +
          'målvärde per indikator, år och del …), uppdateras; övriga skapas. Se docs/data-package.md.',
        body: z.unknown(),
        response: { 200: z.object({ created: counts, updated: counts }) },
      },
    },
    (request) => importPackage(ctx.db, ctx.actorFor(request), request.body),
  );
}
