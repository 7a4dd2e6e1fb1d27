/** The public server surface of the data-package module. */
export {
  type DataPackage,
  type DataPackageInput,
  dataPackageSchema,
  PACKAGE_LISTS,
} from './contract.ts';
export { type ExportScope, exportPackage } from './export-service.ts';
export { IMPORT_JOB, importPackageStream } from './import-job.ts';
export { type ImportOptions, type ImportReport, importPackage } from './import-service.ts';
export { objectSource, type PackageSource, spooledSource } from './source.ts';
