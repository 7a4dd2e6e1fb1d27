/** The data-package module's routes: export and import, for the sections the registry lists. */

import { registerOperations } from '#platform/http/operations.ts';
import type { RouteRegistrar } from '../module-definition.ts';
import type { AnySection } from '../package-section.ts';
import { dataPackageApi, PACKAGE_LISTS } from './contract.ts';
import { exportPackage } from './export-service.ts';
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
    });
}
