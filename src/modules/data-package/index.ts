/** The public server surface of the data-package module. */
export { type DataPackage, type DataPackageInput, dataPackageSchema } from './contract.ts';
export { exportPackage } from './export-service.ts';
export { importPackage } from './import-service.ts';
