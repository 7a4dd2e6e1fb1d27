/** The data-package module's routes: export and import, for the sections the registry lists. */

import { findFile } from '#platform/files.ts';
import { registerOperations } from '#platform/http/operations.ts';
import { enqueueJob } from '#platform/jobs.ts';
import type { RouteRegistrar } from '../module-definition.ts';
import type { AnySection } from '../package-section.ts';
import { dataPackageApi, PACKAGE_LISTS } from './contract.ts';
import { exportPackage } from './export-service.ts';
import { IMPORT_JOB, type ImportJobPayload } from './import-job.ts';
import { importPackage } from './import-service.ts';
import { objectSource } from './source.ts';

export function dataPackageRoutes(sections: () => readonly AnySection[]): RouteRegistrar {
  return (app, platform) =>
    registerOperations(app, platform, dataPackageApi, {
      // Serialised as it is: re-validating a package of tens of megabytes on the way out costs more than
      // building it.
      export: async ({ query }, ctx, { reply }) =>
        reply
          .type('application/json; charset=utf-8')
          .send(JSON.stringify(await exportPackage(ctx, query, sections()))),
      import: ({ query, body }, ctx) =>
        importPackage(ctx, objectSource(body, Object.keys(PACKAGE_LISTS)), sections(), {
          dryRun: query.dryRun === 'true',
          allowOtherMunicipality: query.otherMunicipality === 'true',
        }),
      startImport: async ({ body }, ctx) => {
        await findFile(ctx.db, body.fileId);
        const payload: ImportJobPayload = {
          fileId: body.fileId,
          dryRun: body.dryRun,
          allowOtherMunicipality: body.otherMunicipality,
        };
        const job = await enqueueJob(ctx.db, ctx.actor, {
          kind: IMPORT_JOB,
          // Imports touch everything: one at a time per installation.
          scope: 'installation',
          payload,
          message: 'Väntar på att starta inläsningen.',
        });
        platform.jobs?.wake();
        return job;
      },
    });
}
